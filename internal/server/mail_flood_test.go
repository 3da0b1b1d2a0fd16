package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestAskingForResetLinksAgainAndAgainDoesNotFloodTheAddress(t *testing.T) {
	t.Parallel()
	u, _ := newAccount(t, auth.Member)
	v := newVisitor(t, portal(t))
	for range 8 {
		wantStatus(t, "asking for a link", v.submit("/password/forgot", url.Values{"email": {u.Email}}), http.StatusSeeOther)
	}
	count := func() (n int) {
		testdb.Pool(t).QueryRow(t.Context(), `SELECT count(*) FROM outbox WHERE recipient = $1`, u.Email).Scan(&n)
		return n
	}
	deadline := time.Now().Add(3 * time.Second)
	for count() < 5 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // let any late link arrive
	if n := count(); n != 5 {
		t.Errorf("%d mails to %s after 8 requests, want store.MailLimit at most an hour", n, u.Email)
	}
}

func TestTheOutboxHidesTheLinksOfDeliveredMail(t *testing.T) {
	t.Parallel()
	u, _ := newAccount(t, auth.Member)
	tokens := map[bool]string{}
	st := store.New(testdb.Pool(t))
	for _, delivered := range []bool{false, true} {
		err := st.IssueToken(t.Context(), u.ID, store.TokenReset, time.Hour, func(tok string) store.Mail {
			tokens[delivered] = tok
			return store.Mail{To: u.Email, Subject: "Reset", Body: "http://portal.test/password/reset?token=" + tok}
		})
		if err != nil {
			t.Fatal(err)
		}
		if delivered {
			testdb.Pool(t).Exec(t.Context(), `UPDATE outbox SET sent_at = now() WHERE body LIKE '%' || $1`, tokens[true])
		}
	}
	admin, _ := signedIn(t, auth.Admin)
	body := string(admin.open("/admin/outbox").body)
	if strings.Contains(body, tokens[true]) {
		t.Error("the outbox shows the secret link of a delivered mail")
	}
	if !strings.Contains(body, tokens[false]) {
		t.Error("the outbox hides the link of a mail not yet delivered, which an admin may need to pass on")
	}
}
