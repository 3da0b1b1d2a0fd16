package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/term"

	"sstc/internal/auth"
	"sstc/internal/config"
	"sstc/internal/seed"
	"sstc/internal/store"
	"sstc/internal/validate"
)

const userUsage = "usage: sstc user create --email E --role admin|staff|focal_point|member [--name N] [--country ISO3]"

// userCommand creates an account whose password comes from a prompt or standard input.
func userCommand(ctx context.Context, cfg config.Config, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return errors.New(userUsage)
	}
	u, err := parseUserCreate(args[1:])
	if err != nil {
		return err
	}
	password, err := readPassword(os.Stdin, os.Stderr)
	if err != nil {
		return err
	}
	if u.PasswordHash, err = auth.HashPassword(password); err != nil {
		return err
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	if err := checkCountry(ctx, st, u.Country); err != nil {
		return err
	}
	if err := st.CreateUser(ctx, &u); errors.Is(err, store.ErrConflict) {
		return fmt.Errorf("a user with the e-mail address %s already exists", u.Email)
	} else if err != nil {
		return err
	}
	fmt.Printf("created %s %s (id %d)\n", u.Role, u.Email, u.ID)
	return nil
}

// parseUserCreate reads and checks the flags of `user create` into an active, confirmed user.
func parseUserCreate(args []string) (store.User, error) {
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	email := fs.String("email", "", "the e-mail address to sign in with")
	role := fs.String("role", "", "admin, staff, focal_point or member")
	name := fs.String("name", "", "the person's name (default: the e-mail address's local part)")
	country := fs.String("country", "", "ISO alpha-3 code of a focal point's country")
	if err := fs.Parse(args); err != nil {
		return store.User{}, err
	}
	if fs.NArg() > 0 {
		return store.User{}, errors.New(userUsage)
	}
	u := store.User{Role: auth.Role(*role), Name: strings.TrimSpace(*name), Country: strings.ToUpper(*country), EmailConfirmed: true}
	var ok bool
	if u.Email, ok = auth.NormalizeEmail(*email); !ok {
		return u, fmt.Errorf("--email %q is not a valid e-mail address\n%s", *email, userUsage)
	}
	if !u.Role.Valid() {
		return u, fmt.Errorf("--role %q is not one of admin, staff, focal_point, member", *role)
	}
	if u.Name == "" {
		u.Name = u.Email[:strings.IndexByte(u.Email, '@')]
	}
	if !validate.Text(u.Name) || !validate.MaxChars(u.Name, 200) {
		return u, errors.New("--name must be plain text of at most 200 characters")
	}
	switch {
	case u.Role == auth.FocalPoint && u.Country == "":
		return u, errors.New("a focal point needs --country (ISO alpha-3, e.g. BRA)")
	case u.Role != auth.FocalPoint && u.Country != "":
		return u, errors.New("--country is only for focal points")
	}
	return u, nil
}

// checkCountry reports an error unless code is empty or a known country.
func checkCountry(ctx context.Context, st *store.Store, code string) error {
	if code == "" {
		return nil
	}
	ref, err := st.Reference(ctx)
	if err != nil {
		return err
	}
	for _, c := range ref.Countries {
		if c.ISO3 == code {
			return nil
		}
	}
	return fmt.Errorf("--country %q is not a known ISO alpha-3 country code", code)
}

// readPassword prompts twice without echo on a terminal; otherwise it reads one line.
func readPassword(in *os.File, prompt io.Writer) (string, error) {
	fd := int(in.Fd())
	if !term.IsTerminal(fd) {
		password, err := readLine(in)
		if err != nil {
			return "", err
		}
		return password, checkPassword(password)
	}
	fmt.Fprint(prompt, "Password: ")
	first, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return "", err
	}
	if err := checkPassword(string(first)); err != nil {
		return "", err
	}
	fmt.Fprint(prompt, "Password again: ")
	second, err := term.ReadPassword(fd)
	fmt.Fprintln(prompt)
	if err != nil {
		return "", err
	}
	if string(first) != string(second) {
		return "", errors.New("the passwords differ")
	}
	return string(first), nil
}

// readLine reads the first line of r without its line ending.
func readLine(r io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(r, auth.MaxPassword+3)).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if line == "" {
		return "", errors.New("no password on standard input")
	}
	return line, nil
}

// checkPassword applies the sign-up rules to a password.
func checkPassword(p string) error {
	switch {
	case len(p) < auth.MinPassword:
		return fmt.Errorf("the password is shorter than %d bytes", auth.MinPassword)
	case len(p) > auth.MaxPassword:
		return fmt.Errorf("the password is longer than %d bytes", auth.MaxPassword)
	case !validate.Text(p) || strings.ContainsAny(p, "\r\n"):
		return errors.New("the password must be UTF-8 text without control characters")
	}
	return nil
}

// demoAccounts creates the demo accounts in an empty users table and prints how to sign in.
// An empty password means a generated one.
func demoAccounts(ctx context.Context, st *store.Store, password string, out io.Writer) error {
	if password == "" {
		b := make([]byte, 12) // 16 URL-safe characters
		rand.Read(b)
		password = base64.RawURLEncoding.EncodeToString(b)
	}
	created, err := seed.DemoAccounts(ctx, st, password)
	if err != nil || !created {
		return err
	}
	if err := seed.DemoSubmissions(ctx, st); err != nil {
		return err
	}
	fmt.Fprintln(out, "Created demo accounts (sign in at /login):")
	for _, a := range seed.DemoAccountList {
		fmt.Fprintf(out, "  %-25s %s\n", a.Email, a.Role)
	}
	fmt.Fprintf(out, "  password: %s\n", password)
	return nil
}
