package server_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"sstc/internal/auth"
	"sstc/internal/server"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// newInstance starts another server over the package database, as a second process would,
// and returns it with its address.
func newInstance(t testing.TB, opts server.Options) (*server.Server, string) {
	t.Helper()
	portal(t) // the data is seeded once, by the shared portal
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := server.New(t.Context(), store.New(testdb.Pool(t)), log, opts)
	if err != nil {
		t.Fatalf("starting another instance: %v", err)
	}
	ts := httptest.NewServer(srv.Routes())
	t.Cleanup(ts.Close)
	return srv, ts.URL
}

func TestTwoInstancesShareSessions(t *testing.T) {
	t.Parallel()
	_, a := newInstance(t, server.Options{})
	_, b := newInstance(t, server.Options{})
	admin, password := newAccount(t, auth.Admin)
	onA := newVisitor(t, a)
	onA.signIn(admin.Email, password)
	cookie := onA.cookie()

	onB := withCookie(t, b, cookie)
	if !onB.mayManageUsers() {
		t.Fatal("signed in on A, instance B does not know the admin")
	}
	if p := onB.submit("/logout", nil); p.status != http.StatusSeeOther {
		t.Fatalf("POST /logout on B: status %d, want 303", p.status)
	}
	if withCookie(t, a, cookie).mayManageUsers() {
		t.Error("signed out on B, instance A still accepts the session cookie")
	}
}

func TestSignInThrottlingHoldsAcrossInstances(t *testing.T) {
	t.Parallel()
	_, a := newInstance(t, server.Options{})
	_, b := newInstance(t, server.Options{})
	u, password := newAccount(t, auth.Admin)
	t.Cleanup(func() { // the failures also count against 127.0.0.1, which every test shares
		testdb.Pool(t).Exec(t.Context(), `DELETE FROM sign_in_failures WHERE email = $1`, u.Email)
	})
	guesser := newVisitor(t, a)
	for i, base := range []string{a, b, a, b, a} {
		p := guesser.at(base).submit("/login", url.Values{"email": {u.Email}, "password": {"wrong guess " + password}})
		if p.status < 400 || p.status >= 500 {
			t.Fatalf("wrong password %d: status %d, want a 4xx", i+1, p.status)
		}
	}
	owner := newVisitor(t, b)
	p := owner.submit("/login", url.Values{"email": {u.Email}, "password": {password}})
	if p.status != http.StatusTooManyRequests {
		t.Errorf("the right password after 5 failures: status %d, want 429", p.status)
	}
	if owner.mayManageUsers() || owner.at(a).mayManageUsers() {
		t.Error("the right password during throttling signed the session in")
	}
}

func TestTheSessionCookieCannotBeReadByScriptsOrSentCrossSite(t *testing.T) {
	t.Parallel()
	_, tls := newInstance(t, server.Options{SecureCookies: true})
	tests := []struct {
		name, base string
		secure     bool
	}{
		{"plain HTTP by default", portal(t), false},
		{"served over TLS", tls, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newVisitor(t, tt.base).open("/login") // the form's token starts a session
			for _, line := range p.header.Values("Set-Cookie") {
				if c, err := http.ParseSetCookie(line); err == nil && c.Name == sessionCookie {
					if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != tt.secure || c.Path != "/" {
						t.Errorf("cookie %q: want HttpOnly, SameSite=Lax, Path=/, Secure %v", c.String(), tt.secure)
					}
					return
				}
			}
			t.Errorf("GET /login (status %d) set no %s cookie", p.status, sessionCookie)
		})
	}
}
