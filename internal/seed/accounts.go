package seed

import (
	"context"
	"fmt"

	"sstc/internal/auth"
	"sstc/internal/store"
)

// DemoAccount is one of the accounts a demo database starts with.
type DemoAccount struct {
	Email, Name string
	Role        auth.Role
	Country     string
}

// DemoAccountList is one account per role, all sharing the demo password.
var DemoAccountList = []DemoAccount{
	{Email: "admin@example.org", Name: "Demo Administrator", Role: auth.Admin},
	{Email: "staff@example.org", Name: "Demo Staff Member", Role: auth.Staff},
	{Email: "focal.point@example.org", Name: "Demo Focal Point (Brazil)", Role: auth.FocalPoint, Country: "BRA"},
	{Email: "member@example.org", Name: "Demo Member", Role: auth.Member},
}

// DemoAccounts creates the demo accounts, confirmed and active, when there are no users yet,
// and reports whether it did.
func DemoAccounts(ctx context.Context, st *store.Store, password string) (created bool, err error) {
	var n int
	if err := st.Pool().QueryRow(ctx, `SELECT count(*) FROM users`).Scan(&n); err != nil {
		return false, fmt.Errorf("seed.DemoAccounts: %w", err)
	}
	if n > 0 {
		return false, nil
	}
	for _, a := range DemoAccountList {
		hash, err := auth.HashPassword(password)
		if err != nil {
			return false, fmt.Errorf("seed.DemoAccounts: %w", err)
		}
		u := store.User{Email: a.Email, Name: a.Name, Role: a.Role, Country: a.Country, PasswordHash: hash, EmailConfirmed: true}
		if err := st.CreateUser(ctx, &u); err != nil {
			return false, fmt.Errorf("seed.DemoAccounts: %w", err)
		}
	}
	return true, nil
}
