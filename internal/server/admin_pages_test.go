package server_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/auth"
	"sstc/internal/server"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// adminEmailPrefix marks the accounts and mail these tests make, so they can be removed afterwards.
const adminEmailPrefix = "adminpages-"

var (
	adminOnce sync.Once
	adminURL  string
	adminErr  error
)

// adminPortal returns the address of a portal of the admin pages' own. The accounts
// and mail a test makes are removed when it ends, so other tests find the database as it was.
func adminPortal(t *testing.T) string {
	t.Helper()
	pool := testdb.Pool(t)
	adminOnce.Do(func() {
		log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		srv, err := server.New(context.Background(), store.New(pool), log, server.Options{PublicURL: "http://portal.test"})
		if err != nil {
			adminErr = err
			return
		}
		adminURL = httptest.NewServer(srv.Routes()).URL
	})
	if adminErr != nil {
		t.Fatalf("starting the admin test portal: %v", adminErr)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		pool.Exec(ctx, `DELETE FROM outbox WHERE recipient LIKE $1`, adminEmailPrefix+"%")
		pool.Exec(ctx, `DELETE FROM users WHERE email LIKE $1`, adminEmailPrefix+"%")
	})
	return adminURL
}

// adminAccount creates an account with a password; a focal point acts for Brazil.
func adminAccount(t *testing.T, role auth.Role, name string) store.User {
	t.Helper()
	hash, err := auth.HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	u := store.User{Email: adminEmailPrefix + strings.ReplaceAll(strings.ToLower(name), " ", ".") + "@example.org",
		Name: name, Role: role, PasswordHash: hash, EmailConfirmed: true}
	if role == auth.FocalPoint {
		u.Country = "BRA"
	}
	if err := store.New(testdb.Pool(t)).CreateUser(t.Context(), &u); err != nil {
		t.Fatalf("creating %s: %v", name, err)
	}
	return u
}

// adminAccountNow reads an account back from the database.
func adminAccountNow(t *testing.T, id int64) store.User {
	t.Helper()
	u, err := store.New(testdb.Pool(t)).UserByID(t.Context(), id)
	if err != nil {
		t.Fatalf("reading account %d: %v", id, err)
	}
	return u
}

// adminBrowser is one person using the portal in their own browser.
type adminBrowser struct {
	t      *testing.T
	base   string
	client *http.Client
	csrf   string // the form token of the last page seen
}

// adminSignIn returns a browser signed in as u.
func adminSignIn(t *testing.T, u store.User) *adminBrowser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	v := &adminBrowser{t: t, base: adminPortal(t), client: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	v.do(http.MethodGet, "/login", nil) // for the form token
	form := url.Values{"email": {u.Email}, "password": {"correct horse battery staple"}}
	if p := v.do(http.MethodPost, "/login", form); p.status != http.StatusSeeOther {
		t.Fatalf("signing in as %s: status %d: %s", u.Name, p.status, p.body)
	}
	v.do(http.MethodGet, "/", nil) // signing in gives the session a new form token
	return v
}

// do sends a request, with the form token when there is a form, and reads the answer.
func (v *adminBrowser) do(method, path string, form url.Values) page {
	v.t.Helper()
	var body io.Reader
	if form != nil {
		form.Set("csrf_token", v.csrf)
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(v.t.Context(), method, v.base+path, body)
	if err != nil {
		v.t.Fatalf("%s %s: %v", method, path, err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	res, err := v.client.Do(req)
	if err != nil {
		v.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	p := page{status: res.StatusCode, header: res.Header}
	if p.body, err = io.ReadAll(res.Body); err != nil {
		v.t.Fatalf("%s %s: reading the body: %v", method, path, err)
	}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		if p.doc, err = goquery.NewDocumentFromReader(bytes.NewReader(p.body)); err != nil {
			v.t.Fatalf("%s %s: parsing the HTML: %v", method, path, err)
		}
		if token, ok := p.doc.Find(`input[name="csrf_token"]`).Attr("value"); ok {
			v.csrf = token
		}
	}
	return p
}

// get fetches a page and fails the test unless it answers with status.
func (v *adminBrowser) get(path string, status int) page {
	v.t.Helper()
	p := v.do(http.MethodGet, path, nil)
	if p.status != status {
		v.t.Fatalf("GET %s: status %d, want %d; page says: %.300s", path, p.status, status, p.visibleText())
	}
	return p
}

// post sends a form as the page's form would and fails the test unless it answers with status.
func (v *adminBrowser) post(path string, form url.Values, status int) page {
	v.t.Helper()
	if v.csrf == "" {
		v.get("/", http.StatusOK)
	}
	p := v.do(http.MethodPost, path, form)
	if p.status != status {
		v.t.Fatalf("POST %s %v: status %d, want %d; page says: %.300s", path, form, p.status, status, p.visibleText())
	}
	return p
}

// follow posts a form that must redirect, then fetches where it leads.
func (v *adminBrowser) follow(path string, form url.Values) page {
	v.t.Helper()
	p := v.post(path, form, http.StatusSeeOther)
	return v.get(p.header.Get("Location"), http.StatusOK)
}

// adminSignedInAs is the name the page's header shows as signed in; empty for a visitor.
func adminSignedInAs(p page) string {
	return squash(p.doc.Find(".account__who").Contents().First().Text())
}

// adminAudit fails the test for every accessibility rule the page breaks.
func adminAudit(t *testing.T, path string, p page) {
	t.Helper()
	for _, problem := range audit(p.doc) {
		t.Errorf("%s: %s", path, problem)
	}
}

func TestAdminListsAndSearchesUsers(t *testing.T) {
	admin := adminAccount(t, auth.Admin, "Ada Admin")
	adminAccount(t, auth.Staff, "Stella Staffer")
	adminAccount(t, auth.FocalPoint, "Fabio Focal")
	ada := adminSignIn(t, admin)

	p := ada.get("/admin/users", http.StatusOK)
	adminAudit(t, "/admin/users", p)
	rows := p.text("users")
	for _, want := range []string{"Ada Admin", "Stella Staffer", adminEmailPrefix + "stella.staffer@example.org", "Fabio Focal", "Brazil", "focal point", "Active", "Never"} {
		if !strings.Contains(rows, want) {
			t.Errorf("the list of users does not show %q: %s", want, rows)
		}
	}
	if href := p.find("invite-link").AttrOr("href", ""); href != "/admin/invitations/new" {
		t.Errorf("the invitation link goes to %q", href)
	}

	p = ada.get("/admin/users?q=STELLA", http.StatusOK)
	if n := p.find("user-row").Length(); n != 1 || !strings.Contains(p.text("users"), "Stella Staffer") {
		t.Errorf("searching for STELLA shows %d rows: %s", n, p.text("users"))
	}
	if got := p.doc.Find("input#q").AttrOr("value", ""); got != "STELLA" {
		t.Errorf("the search box holds %q, want what was typed", got)
	}
	if p := ada.get("/admin/users?q=nobodyhasthisname", http.StatusOK); p.find("empty").Length() != 1 {
		t.Error("a search that finds nobody does not say so")
	}
	for _, q := range []string{"%00", "%FF%FE", strings.Repeat("x", 300)} {
		p := ada.get("/admin/users?q="+q, http.StatusBadRequest)
		if p.text("error-q") == "" || p.find("user-row").Length() == 0 {
			t.Errorf("q=%.20s: want the problem beside the search box and every account", q)
		}
	}
}

func TestAdminInvitesAFocalPoint(t *testing.T) {
	ada := adminSignIn(t, adminAccount(t, auth.Admin, "Ada Admin"))
	adminAudit(t, "/admin/invitations/new", ada.get("/admin/invitations/new", http.StatusOK))
	email := adminEmailPrefix + "ines.invited@example.org"

	p := ada.post("/admin/invitations", url.Values{"name": {"Inês Invited"}, "email": {"not an address"}, "country": {"ZZZ"}},
		http.StatusUnprocessableEntity)
	if p.text("error-email") == "" || p.text("error-country") == "" || p.text("error-summary") == "" {
		t.Errorf("a bad address and an unknown country are not explained: %s", p.visibleText())
	}
	if got := p.doc.Find("input#name").AttrOr("value", ""); got != "Inês Invited" {
		t.Errorf("the form lost the name typed: %q", got)
	}
	adminAudit(t, "POST /admin/invitations (invalid)", p)
	for name, bad := range map[string]string{"invalid UTF-8": "\xff\xfe" + email, "truncated UTF-8": email + "\xc3", "NUL byte": email + "\x00"} {
		p := ada.post("/admin/invitations", url.Values{"name": {"Inês"}, "email": {bad}, "country": {"BRA"}}, http.StatusUnprocessableEntity)
		if p.text("error-email") == "" {
			t.Errorf("%s e-mail: no problem shown beside the e-mail", name)
		}
	}
	for name, bad := range map[string]string{"NUL byte": "Inês\x00", "10 kB": strings.Repeat("n", 10_000), "blank": "  "} {
		p := ada.post("/admin/invitations", url.Values{"name": {bad}, "email": {email}, "country": {"BRA"}}, http.StatusUnprocessableEntity)
		if p.text("error-name") == "" {
			t.Errorf("%s name: no problem shown beside the name", name)
		}
	}

	p = ada.follow("/admin/invitations", url.Values{"name": {"Inês Invited"}, "email": {"  " + strings.ToUpper(email) + " "},
		"organisation": {"INPI"}, "country": {"BRA"}})
	if !strings.Contains(p.text("flash"), "Inês Invited is invited as focal point for Brazil") {
		t.Errorf("flash = %q", p.text("flash"))
	}
	for testid, want := range map[string]string{"user-email": email, "user-role": "focal point", "user-country": "Brazil",
		"user-password": "Not chosen yet (the invitation has not been used)", "user-email-confirmed": "No"} {
		if got := p.text(testid); got != want {
			t.Errorf("the new account's %s shows %q, want %q", testid, got, want)
		}
	}

	p = ada.get("/admin/outbox", http.StatusOK)
	adminAudit(t, "/admin/outbox", p)
	mail := p.find("mail").First()
	body := mail.Find(`[data-testid="mail-body"]`).Text()
	if to := squash(mail.Find(`[data-testid="mail-to"]`).Text()); to != email {
		t.Fatalf("the newest mail goes to %q, want the invitation to %s", to, email)
	}
	token := regexp.MustCompile(`/password/reset\?token=([\w-]+)`).FindStringSubmatch(body)
	if token == nil || !strings.Contains(body, "Inês Invited") || squash(mail.Find(`[data-testid="mail-state"]`).Text()) != "Pending" {
		t.Fatalf("the invitation mail has no link to set the password, or is not pending: %s", body)
	}
	if !store.New(testdb.Pool(t)).TokenValid(t.Context(), token[1], store.TokenInvite) {
		t.Error("the invitation link is not a valid invitation token")
	}

	p = ada.post("/admin/invitations", url.Values{"name": {"Someone Else"}, "email": {email}, "country": {"KEN"}}, http.StatusUnprocessableEntity)
	if !strings.Contains(p.text("error-email"), "already exists") {
		t.Errorf("inviting a registered address again: %q beside the e-mail", p.text("error-email"))
	}
}

func TestAdminChangesRoles(t *testing.T) {
	admin := adminAccount(t, auth.Admin, "Ada Admin")
	member := adminAccount(t, auth.Member, "Mia Member")
	ada, mia := adminSignIn(t, admin), adminSignIn(t, member)
	path := "/admin/users/" + strconv.FormatInt(member.ID, 10)
	adminAudit(t, path, ada.get(path, http.StatusOK))

	tests := []struct {
		name, role, country, field string
	}{
		{"focal point without a country", "focal_point", "", "country"},
		{"focal point of an unknown country", "focal_point", "ZZZ", "country"},
		{"a country code with a NUL byte", "focal_point", "BRA\x00", "country"},
		{"an unknown role", "xyz", "BRA", "role"},
		{"no role", "", "", "role"},
	}
	for _, tc := range tests {
		p := ada.post(path+"/role", url.Values{"role": {tc.role}, "country": {tc.country}}, http.StatusUnprocessableEntity)
		if p.text("error-"+tc.field) == "" {
			t.Errorf("%s: no problem beside %s: %s", tc.name, tc.field, p.visibleText())
		}
		if got := p.doc.Find("select#role option[selected]").AttrOr("value", ""); tc.role != "xyz" && got != tc.role {
			t.Errorf("%s: the form forgot the role chosen, shows %q", tc.name, got)
		}
	}
	if u := adminAccountNow(t, member.ID); u.Role != auth.Member {
		t.Fatalf("a refused change changed the role to %s", u.Role)
	}

	p := ada.follow(path+"/role", url.Values{"role": {"focal_point"}, "country": {"KEN"}})
	if p.text("flash") != "Mia Member is now focal point." || p.text("user-country") != "Kenya" {
		t.Errorf("after the change: flash %q, country %q", p.text("flash"), p.text("user-country"))
	}
	ada.follow(path+"/role", url.Values{"role": {"admin"}, "country": {"KEN"}})
	if u := adminAccountNow(t, member.ID); u.Role != auth.Admin || u.Country != "" {
		t.Errorf("an administrator keeps no country: role %s, country %q", u.Role, u.Country)
	}
	if p := mia.get("/admin/users", http.StatusOK); adminSignedInAs(p) != "Mia Member" {
		t.Errorf("the new role does not hold on the person's next page")
	}

	p = ada.post("/admin/users/"+strconv.FormatInt(admin.ID, 10)+"/role", url.Values{"role": {"staff"}}, http.StatusUnprocessableEntity)
	if !strings.Contains(p.text("error-role"), "your own administrator role") {
		t.Errorf("an admin demoting themselves is told %q", p.text("error-role"))
	}
	if u := adminAccountNow(t, admin.ID); u.Role != auth.Admin {
		t.Errorf("the admin demoted themselves to %s", u.Role)
	}
}

func TestAdminDisablesEnablesAndEndsSessions(t *testing.T) {
	admin := adminAccount(t, auth.Admin, "Ada Admin")
	staff := adminAccount(t, auth.Staff, "Stella Staffer")
	ada, stella := adminSignIn(t, admin), adminSignIn(t, staff)
	path := "/admin/users/" + strconv.FormatInt(staff.ID, 10)

	p := ada.follow(path+"/status", url.Values{"active": {"false"}})
	if !strings.Contains(p.text("flash"), "disabled") || p.text("user-status") != "Disabled" {
		t.Errorf("after disabling: flash %q, status %q", p.text("flash"), p.text("user-status"))
	}
	if p := stella.get("/", http.StatusOK); adminSignedInAs(p) != "" {
		t.Errorf("a disabled account is still signed in as %q", adminSignedInAs(p))
	}
	p = ada.follow(path+"/status", url.Values{"active": {"true"}})
	if p.text("user-status") != "Active" {
		t.Errorf("after enabling the status is %q", p.text("user-status"))
	}

	stella = adminSignIn(t, adminAccountNow(t, staff.ID))
	p = ada.follow(path+"/sessions", url.Values{})
	if !strings.Contains(p.text("flash"), "Every session of Stella Staffer has ended") {
		t.Errorf("flash = %q", p.text("flash"))
	}
	if p := stella.get("/", http.StatusOK); adminSignedInAs(p) != "" {
		t.Errorf("after ending the sessions the person is still signed in as %q", adminSignedInAs(p))
	}

	for _, bad := range []string{"", "maybe", "1", "false\x00"} {
		if p := ada.post(path+"/status", url.Values{"active": {bad}}, http.StatusUnprocessableEntity); p.text("error-status") == "" {
			t.Errorf("active=%q: no problem shown", bad)
		}
	}
	self := "/admin/users/" + strconv.FormatInt(admin.ID, 10)
	p = ada.post(self+"/status", url.Values{"active": {"false"}}, http.StatusUnprocessableEntity)
	if !strings.Contains(p.text("error-status"), "cannot disable your own account") {
		t.Errorf("an admin disabling themselves is told %q", p.text("error-status"))
	}
	if u := adminAccountNow(t, admin.ID); !u.Active() {
		t.Error("the admin disabled themselves")
	}
}

func TestAdminPagesOfUnknownAccountsAreNotFound(t *testing.T) {
	ada := adminSignIn(t, adminAccount(t, auth.Admin, "Ada Admin"))
	for _, id := range []string{"abc", "0", "-1", "99999999999", "99999999999999999999999", "1.5", "%00"} {
		if p := ada.get("/admin/users/"+id, http.StatusNotFound); p.find("error").Length() == 0 {
			t.Errorf("/admin/users/%s does not show the not-found page", id)
		}
		for _, action := range []string{"role", "status", "sessions"} {
			ada.post("/admin/users/"+id+"/"+action, url.Values{"role": {"staff"}, "active": {"true"}}, http.StatusNotFound)
		}
	}
}

func TestAdminPagesAreForAdminsOnly(t *testing.T) {
	adminPortal(t)
	for _, role := range []auth.Role{auth.Staff, auth.FocalPoint, auth.Member} {
		v := adminSignIn(t, adminAccount(t, role, "Someone "+string(role)))
		for _, path := range []string{"/admin/users", "/admin/invitations/new", "/admin/outbox"} {
			if p := v.get(path, http.StatusForbidden); strings.Contains(string(p.body), adminEmailPrefix) {
				t.Errorf("%s sees e-mail addresses at %s", role, path)
			}
		}
	}
}
