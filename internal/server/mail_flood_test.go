package server_test

import (
	"net/http"
	"net/url"
	"testing"
	"time"

	"sstc/internal/auth"
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
