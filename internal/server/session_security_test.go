package server_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// sessionCookie is the name of the portal's session cookie.
const sessionCookie = "sstc_session"

var accountSeq atomic.Int64

// newAccount creates a confirmed, active account with the role and returns it with its password.
func newAccount(t testing.TB, role auth.Role) (store.User, string) {
	t.Helper()
	portal(t)
	password := fmt.Sprintf("pässwörd-%d-long-enough", accountSeq.Add(1))
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	u := store.User{Email: fmt.Sprintf("%s.%d.%d@example.org", strings.ReplaceAll(string(role), "_", "-"),
		time.Now().UnixNano(), accountSeq.Add(1)), Name: "Test " + string(role), Role: role,
		PasswordHash: hash, EmailConfirmed: true}
	if role == auth.FocalPoint {
		u.Country = "BRA"
	}
	if err := store.New(testdb.Pool(t)).CreateUser(t.Context(), &u); err != nil {
		t.Fatalf("creating a %s: %v", role, err)
	}
	return u, password
}

// visitor is one person's browser: its own cookie jar, and redirects shown rather than followed.
type visitor struct {
	t    testing.TB
	base string
	c    *http.Client
}

// newVisitor returns a browser with no cookies, pointed at the portal at base.
func newVisitor(t testing.TB, base string) *visitor {
	jar, _ := cookiejar.New(nil)
	return &visitor{t: t, base: base, c: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// signedIn returns a browser on the test portal signed in as a new account with the role.
func signedIn(t testing.TB, role auth.Role) (*visitor, store.User) {
	t.Helper()
	u, password := newAccount(t, role)
	v := newVisitor(t, portal(t))
	v.signIn(u.Email, password)
	return v, u
}

// at returns the same browser, cookies and all, pointed at another instance.
func (v *visitor) at(base string) *visitor { return &visitor{t: v.t, base: base, c: v.c} }

// do sends a request with optional extra headers and reads the answer.
func (v *visitor) do(method, path string, body io.Reader, header http.Header) page {
	v.t.Helper()
	req, err := http.NewRequestWithContext(v.t.Context(), method, v.base+path, body)
	if err != nil {
		v.t.Fatalf("%s %s: %v", method, path, err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	if body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	res, err := v.c.Do(req)
	if err != nil {
		v.t.Fatalf("%s %.80s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	p := page{status: res.StatusCode, header: res.Header, body: b}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		p.doc, _ = goquery.NewDocumentFromReader(bytes.NewReader(b))
	}
	return p
}

// open GETs path.
func (v *visitor) open(path string) page { v.t.Helper(); return v.do(http.MethodGet, path, nil, nil) }

// token reads the session's form token from the hidden csrf_token field of a page's form.
func (v *visitor) token() string {
	v.t.Helper()
	for _, path := range []string{"/login", "/"} {
		if p := v.open(path); p.doc != nil {
			if tok, ok := p.doc.Find(`input[name="csrf_token"]`).Attr("value"); ok && tok != "" {
				return tok
			}
		}
	}
	v.t.Fatal("no page of the portal has a form with a csrf_token field")
	return ""
}

// submit POSTs form to path with the session's form token, as the browser would from the page.
func (v *visitor) submit(path string, form url.Values) page {
	v.t.Helper()
	f := url.Values{"csrf_token": {v.token()}}
	for k, vs := range form {
		f[k] = vs
	}
	return v.do(http.MethodPost, path, strings.NewReader(f.Encode()), nil)
}

// signIn signs in through the sign-in form and fails the test unless it is redirected on.
func (v *visitor) signIn(email, password string) {
	v.t.Helper()
	if p := v.submit("/login", url.Values{"email": {email}, "password": {password}}); p.status != http.StatusSeeOther {
		v.t.Fatalf("signing in as %s: status %d, want 303; page says: %.300s", email, p.status, p.visibleText())
	}
}

// cookie returns the value of the browser's session cookie, or "".
func (v *visitor) cookie() string {
	u, _ := url.Parse(v.base)
	for _, c := range v.c.Jar.Cookies(u) {
		if c.Name == sessionCookie {
			return c.Value
		}
	}
	return ""
}

// withCookie returns a fresh browser that presents the session cookie value, as a thief would.
func withCookie(t testing.TB, base, value string) *visitor {
	v := newVisitor(t, base)
	u, _ := url.Parse(base)
	v.c.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: value, Path: "/"}})
	return v
}

// mayManageUsers reports whether the browser's session is an admin's: /admin/users answers, not a sign-in redirect.
func (v *visitor) mayManageUsers() bool {
	v.t.Helper()
	p := v.open("/admin/users")
	if p.status != http.StatusOK && (p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/login")) {
		v.t.Fatalf("GET /admin/users: status %d (Location %q), want 200 or a redirect to /login", p.status, p.header.Get("Location"))
	}
	return p.status == http.StatusOK
}

func TestSigningInGivesANewSessionAndSigningOutKillsIt(t *testing.T) {
	t.Parallel()
	admin, password := newAccount(t, auth.Admin)
	v := newVisitor(t, portal(t))
	v.token()
	before := v.cookie()
	v.signIn(admin.Email, password)
	during := v.cookie()
	if before == "" || during == "" || during == before {
		t.Fatalf("session cookie before sign-in %q, after %q: want a new token at sign-in (session fixation)", before, during)
	}
	if withCookie(t, v.base, before).mayManageUsers() {
		t.Error("the cookie from before sign-in is signed in too")
	}
	if !v.mayManageUsers() {
		t.Fatal("the admin is not signed in")
	}
	if p := v.submit("/logout", nil); p.status != http.StatusSeeOther {
		t.Fatalf("POST /logout: status %d, want 303", p.status)
	}
	if withCookie(t, v.base, during).mayManageUsers() {
		t.Error("the session cookie still works after sign-out (replayed)")
	}
	if v.mayManageUsers() {
		t.Error("the browser is still signed in after sign-out")
	}
}

func TestAnAdminCanCutOffAnAccountsSessions(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	tests := []struct {
		name string
		cut  func(id int64) error
	}{
		{"disabled account", func(id int64) error { return st.SetStatus(t.Context(), id, false) }},
		{"sessions ended", func(id int64) error { return st.EndSessions(t.Context(), id) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v, u := signedIn(t, auth.Admin)
			if !v.mayManageUsers() {
				t.Fatal("the admin is not signed in")
			}
			if err := tt.cut(u.ID); err != nil {
				t.Fatal(err)
			}
			if v.mayManageUsers() {
				t.Error("still signed in on the next request")
			}
		})
	}
}

func TestAForgedOrTruncatedSessionCookieIsAnonymous(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	real := admin.cookie()
	for name, value := range map[string]string{
		"truncated": real[:len(real)/2], "one character changed": real[:len(real)-1] + "x",
		"made up": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "empty": "",
		"4 kB": strings.Repeat("A", 4000), "SQL": "x' OR '1'='1", "percent signs": "%ff%00%zz",
	} {
		t.Run(name, func(t *testing.T) {
			v := withCookie(t, admin.base, value)
			if p := v.open("/"); p.status != http.StatusOK {
				t.Errorf("GET /: status %d, want 200", p.status)
			}
			if v.mayManageUsers() {
				t.Error("a forged cookie is signed in")
			}
		})
	}
	if !admin.mayManageUsers() {
		t.Error("the real session stopped working")
	}
}
