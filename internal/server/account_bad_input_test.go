package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// badDomain marks the addresses these tests sign in with, so their failures can be forgotten.
const badDomain = "bad-input.example"

// form is a form post: the fields, with the session's form token added when it is sent.
type form = url.Values

// fresh returns an address no account has yet.
func fresh(what string) string {
	return fmt.Sprintf("%s.%d.%d@%s", what, time.Now().UnixNano(), accountSeq.Add(1), badDomain)
}

// registration is a valid registration with the password given.
func registration(password string) form {
	return form{"name": {"Ana Silva"}, "organisation": {"INPI"}, "email": {fresh("new")},
		"password": {password}, "confirm": {password}}
}

// resetLink issues a reset link for u straight through the store and returns its token.
func resetLink(t *testing.T, u store.User) string {
	t.Helper()
	var token string
	err := store.New(testdb.Pool(t)).IssueToken(t.Context(), u.ID, store.TokenReset, time.Hour, func(tok string) store.Mail {
		token = tok
		return store.Mail{To: u.Email, Subject: "reset", Body: tok}
	})
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// spoiled returns a copy of f with one field changed.
func spoiled(f form, field, value string) form {
	g := form{}
	for k, v := range f {
		g[k] = slices.Clone(v)
	}
	g.Set(field, value)
	return g
}

type badRow struct {
	name, path string
	form       form
	class      int    // the status class wanted: 3 for a redirect, 4 for a refusal
	location   string // for a redirect, where it must lead
	admin      bool   // posted by a signed-in admin
}

// badRows lists the hostile and the borderline posts to the account forms.
func badRows(t *testing.T) []badRow {
	member, password := newAccount(t, auth.Member)
	t.Cleanup(func() { // the failures also count against 127.0.0.1, which every test shares
		testdb.Pool(t).Exec(t.Context(), `DELETE FROM sign_in_failures WHERE email = $1 OR email LIKE $2`, member.Email, "%"+badDomain)
	})
	login := form{"email": {member.Email}, "password": {password}}
	rows := []badRow{
		{"login: 300-character e-mail", "/login", form{"email": {strings.Repeat("a", 300-len(badDomain)-1) + "@" + badDomain}, "password": {password}}, 4, "", false},
		{"login: 10 kB password", "/login", spoiled(login, "password", strings.Repeat("p", 10<<10)), 4, "", false},
		{"login: next to another site", "/login", spoiled(login, "next", "https://evil.example/"), 3, "/", false},
		{"login: next protocol-relative", "/login", spoiled(login, "next", "//evil.example"), 3, "/", false},
		{"login: next with a backslash", "/login", spoiled(login, "next", `/\evil.example`), 3, "/", false},
		{"login: next javascript", "/login", spoiled(login, "next", "javascript:alert(1)"), 3, "/", false},
		{"login: next on this site", "/login", spoiled(login, "next", "/activities?q=x"), 3, "/activities?q=x", false},
		{"register: 300-character e-mail", "/register", spoiled(registration("long enough password"), "email", strings.Repeat("a", 300)+"@"+badDomain), 4, "", false},
		{"register: 10 kB password", "/register", registration(strings.Repeat("p", 10<<10)), 4, "", false},
		{"register: 64 ASCII characters", "/register", registration(strings.Repeat("a", 64)), 3, "/register?sent=1", false},
		{"register: 64 × é", "/register", registration(strings.Repeat("é", 64)), 3, "/register?sent=1", false},
		{"register: 64 four-byte characters", "/register", registration(strings.Repeat("𝄞", 64)), 3, "/register?sent=1", false},
		{"forgot: 300-character e-mail", "/password/forgot", form{"email": {strings.Repeat("a", 300) + "@" + badDomain}}, 4, "", false},
	}
	target, _ := newAccount(t, auth.Member)
	token := resetLink(t, target)
	forms := []struct {
		path  string
		form  form
		admin bool
	}{
		{"/admin/invitations", form{"name": {"Bea Costa"}, "email": {fresh("invited")}, "organisation": {"INPI"}, "country": {"BRA"}}, true},
		{"/login", login, false},
		{"/register", registration("long enough password"), false},
		{"/password/forgot", form{"email": {fresh("forgot")}}, false},
		{"/password/reset", form{"token": {token}, "password": {"long enough password"}, "confirm": {"long enough password"}}, false},
	}
	for _, f := range forms {
		for field, v := range f.form {
			rows = append(rows,
				badRow{fmt.Sprintf("%s: invalid UTF-8 in %s", f.path, field), f.path, spoiled(f.form, field, "\xff\xfe"+v[0]), 4, "", f.admin},
				badRow{fmt.Sprintf("%s: NUL in %s", f.path, field), f.path, spoiled(f.form, field, v[0]+"\x00"), 4, "", f.admin},
				badRow{fmt.Sprintf("%s: truncated UTF-8 in %s", f.path, field), f.path, spoiled(f.form, field, v[0]+"\xc3"), 4, "", f.admin})
		}
	}
	return rows
}

func TestHostileAccountFormsGetAClearRefusalOrASafeRedirect(t *testing.T) {
	t.Parallel()
	for _, tt := range badRows(t) {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v := newVisitor(t, portal(t))
			if tt.admin {
				v, _ = signedIn(t, auth.Admin)
			}
			p := v.submit(tt.path, tt.form)
			if p.status/100 != tt.class {
				t.Fatalf("POST %s: status %d, want %dxx; page says: %.300s", tt.path, p.status, tt.class, p.visibleText())
			}
			if loc := p.header.Get("Location"); tt.location != "" && loc != tt.location {
				t.Errorf("POST %s: redirected to %q, want %q", tt.path, loc, tt.location)
			}
		})
	}
}

func TestTheSignInPageDropsAForeignNext(t *testing.T) {
	t.Parallel()
	for _, next := range []string{"https://evil.example/", "//evil.example", "/%5Cevil.example", "%ff%00"} {
		p := newVisitor(t, portal(t)).open("/login?next=" + next)
		if p.status != http.StatusOK || p.doc == nil {
			t.Fatalf("GET /login?next=%s: status %d, want the sign-in page", next, p.status)
		}
		p.doc.Find(`input[name="next"]`).Each(func(_ int, s *goquery.Selection) {
			if v := s.AttrOr("value", ""); v != "" {
				t.Errorf("GET /login?next=%s: the form carries next=%q", next, v)
			}
		})
	}
}

func TestAnOversizedBodyIsRefusedClearly(t *testing.T) {
	t.Parallel()
	v := newVisitor(t, portal(t))
	token := v.token()
	huge := strings.Repeat("a", 2<<20)
	tests := []struct {
		name, path, body string
		header           http.Header
	}{
		{"2 MB in a field, token first", "/login", "csrf_token=" + token + "&email=" + huge, nil},
		{"2 MB with the token in a header", "/login", "email=" + huge, http.Header{"X-Csrf-Token": {token}}},
		{"2 MB registration", "/register", "csrf_token=" + token + "&name=" + huge, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := v.do(http.MethodPost, tt.path, strings.NewReader(tt.body), tt.header)
			if p.status != http.StatusRequestEntityTooLarge && p.status != http.StatusBadRequest {
				t.Errorf("POST %s with 2 MB: status %d, want 413 or 400; page says: %.200s", tt.path, p.status, p.visibleText())
			}
		})
	}
}
