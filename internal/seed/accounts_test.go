package seed

import (
	"context"
	"testing"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func TestDemoAccountsSignInOnAnEmptyDatabaseOnly(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	const password = "demo-password-1"
	created, err := DemoAccounts(ctx, st, password)
	if err != nil || !created {
		t.Fatalf("DemoAccounts on an empty database = %v, %v; want true, nil", created, err)
	}
	for _, a := range DemoAccountList {
		u, err := st.UserByEmail(ctx, a.Email)
		if err != nil {
			t.Fatalf("%s: %v", a.Email, err)
		}
		if u.Role != a.Role || u.Country != a.Country || !u.Active() || !u.EmailConfirmed {
			t.Errorf("%s: role %q, country %q, status %q, confirmed %v", a.Email, u.Role, u.Country, u.Status, u.EmailConfirmed)
		}
		if !checkPassword(u.PasswordHash, password) {
			t.Errorf("%s: the demo password does not match", a.Email)
		}
	}

	created, err = DemoAccounts(ctx, st, "another-password")
	if err != nil || created {
		t.Errorf("DemoAccounts a second time = %v, %v; want false, nil", created, err)
	}
	if u, _ := st.UserByEmail(ctx, "admin@example.org"); !checkPassword(u.PasswordHash, password) {
		t.Error("a second run changed the admin's password")
	}
}

// checkPassword reports whether password matches hash.
func checkPassword(hash, password string) bool {
	ok, err := auth.CheckPassword(hash, password)
	return ok && err == nil
}
