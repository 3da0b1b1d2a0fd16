package server_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"sstc/internal/auth"
	"sstc/internal/testdb"
)

// flowAddress returns an address no account has yet, for the journeys below.
func flowAddress(what string) string {
	return strings.Replace(fresh(what), "@"+badDomain, "@auth-flow.example", 1)
}

// lastMail returns the newest message the portal queued for an address.
// Some mail is queued just after the answer (a reset link), so this waits a little for it.
func lastMail(t *testing.T, to string) string {
	t.Helper()
	var body string
	var err error
	for range 50 {
		err = testdb.Pool(t).QueryRow(t.Context(), `SELECT body FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`, to).Scan(&body)
		if err == nil {
			return body
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no mail for %s: %v", to, err)
	return ""
}

var linkPath = regexp.MustCompile(`https?://[^/\s]+(/\S*)`)

// linkIn returns the path and query of the link in a mail that starts with prefix.
func linkIn(t *testing.T, body, prefix string) string {
	t.Helper()
	for _, m := range linkPath.FindAllStringSubmatch(body, -1) {
		if strings.HasPrefix(m[1], prefix) {
			return m[1]
		}
	}
	t.Fatalf("the mail has no %s link:\n%s", prefix, body)
	return ""
}

// wantStatus fails the test unless p answered with status.
func wantStatus(t *testing.T, what string, p page, status int) {
	t.Helper()
	if p.status != status {
		t.Fatalf("%s: status %d, want %d; page says: %.300s", what, p.status, status, p.visibleText())
	}
}

func TestANewMemberConfirmsTheAddressThenSignsIn(t *testing.T) {
	t.Parallel()
	email, password := flowAddress("member"), "a long enough password"
	v := newVisitor(t, portal(t))
	p := v.submit("/register", url.Values{"name": {"Ana Souza"}, "email": {strings.ToUpper(email)},
		"password": {password}, "confirm": {password}})
	wantStatus(t, "registering", p, http.StatusSeeOther)
	if loc := p.header.Get("Location"); loc != "/register?sent=1" {
		t.Fatalf("registering: redirected to %q, want /register?sent=1", loc)
	}
	p = v.submit("/login", url.Values{"email": {email}, "password": {password}})
	wantStatus(t, "signing in before confirming", p, http.StatusForbidden)
	if got := p.text("form-problem"); !strings.Contains(got, "not confirmed") {
		t.Errorf("signing in before confirming says %q, want it to ask for the confirmation", got)
	}
	link := linkIn(t, lastMail(t, email), "/register/confirm?token=")
	wantStatus(t, "a tampered link", v.open(link+"x"), http.StatusBadRequest)
	opened := v.open(link)
	wantStatus(t, "opening the link", opened, http.StatusOK)
	if opened.find("confirm-form").Length() != 1 {
		t.Fatal("the link opens no confirmation button")
	}
	token := strings.TrimPrefix(link, "/register/confirm?token=")
	wantStatus(t, "confirming", v.submit("/register/confirm", url.Values{"token": {token}}), http.StatusSeeOther)
	if got := v.open("/login").text("flash"); !strings.Contains(got, "confirmed") {
		t.Errorf("after confirming, the sign-in page says %q", got)
	}
	reused := v.open(link)
	wantStatus(t, "the link used again", reused, http.StatusBadRequest)
	if reused.find("link-invalid").Length() != 1 {
		t.Error("a used link does not explain that it cannot be used")
	}
	v.signIn(email, password)
	if got := v.open("/").text("account"); !strings.Contains(got, "Ana Souza") {
		t.Errorf("after signing in the header says %q, want the member's name", got)
	}
}

func TestRegisteringATakenAddressLooksTheSameAndWarnsItsOwner(t *testing.T) {
	t.Parallel()
	owner, _ := newAccount(t, auth.Member)
	p := newVisitor(t, portal(t)).submit("/register", url.Values{"name": {"Someone Else"}, "email": {owner.Email},
		"password": {"another long password"}, "confirm": {"another long password"}})
	wantStatus(t, "registering a taken address", p, http.StatusSeeOther)
	if loc := p.header.Get("Location"); loc != "/register?sent=1" {
		t.Errorf("registering a taken address: redirected to %q, want the same /register?sent=1", loc)
	}
	mail := lastMail(t, owner.Email)
	linkIn(t, mail, "/password/forgot")
	if strings.Contains(mail, "token=") {
		t.Errorf("the warning to the owner carries a link token:\n%s", mail)
	}
}

func TestAWrongPasswordAndAnUnknownAddressGetTheSameAnswer(t *testing.T) {
	t.Parallel()
	u, _ := newAccount(t, auth.Staff)
	unknown := flowAddress("nobody")
	t.Cleanup(func() {
		testdb.Pool(t).Exec(t.Context(), `DELETE FROM sign_in_failures WHERE email = $1 OR email = $2`, u.Email, unknown)
	})
	v := newVisitor(t, portal(t))
	known := v.submit("/login", url.Values{"email": {u.Email}, "password": {"not the password"}})
	stranger := v.submit("/login", url.Values{"email": {unknown}, "password": {"not the password"}})
	wantStatus(t, "a wrong password", known, http.StatusUnprocessableEntity)
	wantStatus(t, "an unknown address", stranger, http.StatusUnprocessableEntity)
	if a, b := known.text("form-problem"), stranger.text("form-problem"); a == "" || a != b {
		t.Errorf("a wrong password says %q, an unknown address %q: want one and the same message", a, b)
	}
	if v, _ := known.doc.Find(`input[name="password"]`).Attr("value"); v != "" {
		t.Errorf("the password was sent back in the form: %q", v)
	}
}

func TestAResetLinkSetsThePasswordOnce(t *testing.T) {
	t.Parallel()
	u, old := newAccount(t, auth.FocalPoint)
	v := newVisitor(t, portal(t))
	p := v.submit("/password/forgot", url.Values{"email": {u.Email}})
	wantStatus(t, "asking for a link", p, http.StatusSeeOther)
	link := linkIn(t, lastMail(t, u.Email), "/password/reset?token=")
	token := strings.TrimPrefix(link, "/password/reset?token=")
	wantStatus(t, "opening the link", v.open(link), http.StatusOK)
	p = v.submit("/password/reset", url.Values{"token": {token}, "password": {"a new password 1"}, "confirm": {"a new password 2"}})
	wantStatus(t, "passwords that differ", p, http.StatusUnprocessableEntity)
	if p.find("error-confirm").Length() != 1 {
		t.Error("passwords that differ: no message beside the confirmation")
	}
	p = v.submit("/password/reset", url.Values{"token": {token}, "password": {"a new password 1"}, "confirm": {"a new password 1"}})
	wantStatus(t, "choosing a password", p, http.StatusSeeOther)
	if got := v.open("/").text("account"); !strings.Contains(got, u.Name) {
		t.Errorf("after choosing a password the header says %q, want the user signed in", got)
	}
	wantStatus(t, "the link opened again", v.open(link), http.StatusBadRequest)
	again := newVisitor(t, portal(t)).submit("/password/reset", url.Values{"token": {token}, "password": {"a third password"}, "confirm": {"a third password"}})
	wantStatus(t, "the link used again", again, http.StatusBadRequest)
	wantStatus(t, "the old password", newVisitor(t, portal(t)).submit("/login", url.Values{"email": {u.Email}, "password": {old}}), http.StatusUnprocessableEntity)
	newVisitor(t, portal(t)).signIn(u.Email, "a new password 1")
}
