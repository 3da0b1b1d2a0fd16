package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

var accountSeq atomic.Int64

// newAccount creates a confirmed, active member with an address no other test uses.
func newAccount(t *testing.T, st *store.Store) store.User {
	t.Helper()
	u := store.User{Email: fmt.Sprintf("person%d.%d@example.org", time.Now().UnixNano(), accountSeq.Add(1)),
		Name: "Ana Silva", Role: auth.Member, PasswordHash: "x", EmailConfirmed: true}
	if err := st.CreateUser(t.Context(), &u); err != nil {
		t.Fatalf("creating %s: %v", u.Email, err)
	}
	return u
}

func TestAnEmailAddressBelongsToOneAccountWhateverItsCase(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	first := newAccount(t, st)
	if first.ID == 0 || first.Status != "active" || first.CreatedAt.IsZero() {
		t.Errorf("CreateUser did not fill in the id, status and creation time: %+v", first)
	}
	mixed := strings.ToUpper(first.Email[:1]) + first.Email[1:]
	normal, _ := auth.NormalizeEmail(mixed)
	again := store.User{Email: normal, Name: "Someone Else", Role: auth.Member}
	if err := st.CreateUser(t.Context(), &again); !errors.Is(err, store.ErrConflict) {
		t.Errorf("second account for %s: %v, want ErrConflict", mixed, err)
	}
	raw := store.User{Email: mixed, Name: "Someone Else", Role: auth.Member}
	if err := st.CreateUser(t.Context(), &raw); err == nil {
		t.Errorf("an account was stored under the un-normalised address %s", mixed)
	}
}

// issue makes a link token for u and returns it as the mail carried it.
func issue(t *testing.T, st *store.Store, u store.User, purpose string, ttl time.Duration) string {
	t.Helper()
	var token string
	err := st.IssueToken(t.Context(), u.ID, purpose, ttl, func(tok string) store.Mail {
		token = tok
		return store.Mail{To: u.Email, Subject: purpose, Body: "https://sstc.example/link?token=" + tok}
	})
	if err != nil {
		t.Fatalf("issuing a %s link: %v", purpose, err)
	}
	return token
}

func TestALinkWorksOnceForItsPurposeUntilItExpires(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	ctx := t.Context()
	expire := func(token string) {
		if _, err := st.Pool().Exec(ctx, `UPDATE user_tokens SET expires_at = now() - interval '1 minute'
			WHERE token_hash = $1`, auth.HashToken(token)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		purpose string
		spoil   func(token string) string // what happens to the link before it is used
		use     func(token string) error
		works   bool
	}{
		{"confirmation", store.TokenConfirm, nil, confirm(st), true},
		{"reset", store.TokenReset, nil, resetPassword(st), true},
		{"invitation", store.TokenInvite, nil, resetPassword(st), true},
		{"confirmation used twice", store.TokenConfirm, func(tok string) string { confirm(st)(tok); return tok }, confirm(st), false},
		{"reset used twice", store.TokenReset, func(tok string) string { resetPassword(st)(tok); return tok }, resetPassword(st), false},
		{"expired confirmation", store.TokenConfirm, func(tok string) string { expire(tok); return tok }, confirm(st), false},
		{"expired invitation", store.TokenInvite, func(tok string) string { expire(tok); return tok }, resetPassword(st), false},
		{"reset link used to confirm", store.TokenReset, nil, confirm(st), false},
		{"confirmation link used to reset", store.TokenConfirm, nil, resetPassword(st), false},
		{"tampered last character", store.TokenReset, func(tok string) string { return tok[:len(tok)-1] + flip(tok[len(tok)-1]) }, resetPassword(st), false},
		{"truncated", store.TokenConfirm, func(tok string) string { return tok[:20] }, confirm(st), false},
		{"empty", store.TokenConfirm, func(string) string { return "" }, confirm(st), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			u := newAccount(t, st)
			token := issue(t, st, u, tt.purpose, time.Hour)
			if tt.spoil != nil {
				token = tt.spoil(token)
			}
			valid := st.TokenValid(ctx, token, store.TokenConfirm, store.TokenReset, store.TokenInvite)
			err := tt.use(token)
			if tt.works && (err != nil || !valid) {
				t.Fatalf("a fresh %s link is refused: valid %v, %v", tt.purpose, valid, err)
			}
			if !tt.works && !errors.Is(err, store.ErrTokenInvalid) {
				t.Fatalf("the link was accepted or failed oddly: %v, want ErrTokenInvalid", err)
			}
		})
	}
}

// confirm uses a link to confirm an e-mail address.
func confirm(st *store.Store) func(string) error {
	return func(token string) error { _, err := st.ConfirmEmail(context.Background(), token); return err }
}

// resetPassword uses a link to set a new password.
func resetPassword(st *store.Store) func(string) error {
	return func(token string) error {
		_, err := st.SetPasswordWithToken(context.Background(), token, "new-hash")
		return err
	}
}

// flip returns a different character of the base64url alphabet.
func flip(c byte) string {
	if c == 'A' {
		return "B"
	}
	return "A"
}

func TestSettingAPasswordByLinkConfirmsAndEndsOtherSessions(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	u := newAccount(t, st)
	token := issue(t, st, u, store.TokenInvite, time.Hour)
	got, err := st.SetPasswordWithToken(t.Context(), token, "new-hash")
	if err != nil {
		t.Fatal(err)
	}
	if got.PasswordHash != "new-hash" || !got.EmailConfirmed || got.SessionEpoch != u.SessionEpoch+1 {
		t.Errorf("after the invitation: hash %q, confirmed %v, epoch %d→%d", got.PasswordHash, got.EmailConfirmed, u.SessionEpoch, got.SessionEpoch)
	}
	mails, err := st.Outbox(t.Context(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mails {
		if m.Mail.To == u.Email && strings.Contains(m.Mail.Body, token) {
			return
		}
	}
	t.Errorf("no mail to %s carries the link", u.Email)
}

func TestSignInAttemptsAreCountedPerAccountAndPerAddress(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	ctx := t.Context()
	victim, other := newAccount(t, st).Email, newAccount(t, st).Email
	addr := fmt.Sprintf("192.0.2.%d", accountSeq.Add(1)%250)
	var byEmail, byAddr int
	var err error
	for _, f := range []struct{ email, addr string }{
		{victim, addr}, {victim, "198.51.100.7"}, {other, addr}, {victim, addr},
	} {
		if byEmail, byAddr, err = st.RecordSignInAttempt(ctx, f.email, f.addr, 15*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	if byEmail != 3 || byAddr != 3 {
		t.Errorf("attempts for %s from %s: %d by account, %d by address; want 3 and 3", victim, addr, byEmail, byAddr)
	}
	if _, err := st.Pool().Exec(ctx, `UPDATE sign_in_failures SET created_at = now() - interval '1 hour' WHERE email = $1`, victim); err != nil {
		t.Fatal(err)
	}
	if byEmail, byAddr, _ = st.RecordSignInAttempt(ctx, victim, addr, 15*time.Minute); byEmail != 1 || byAddr != 2 {
		t.Errorf("an hour later: %d by account, %d by address; want 1 and 2", byEmail, byAddr)
	}
	if err := st.RecordSignIn(ctx, 0, other); err != nil {
		t.Fatal(err)
	}
	if byEmail, _, _ = st.RecordSignInAttempt(ctx, other, addr, time.Hour); byEmail != 1 {
		t.Errorf("after a successful sign-in the account has %d attempts, want only the new one", byEmail)
	}
}

func TestParallelSignInAttemptsAreAllCounted(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	email := newAccount(t, st).Email
	counts := make(chan int, 20)
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			n, _, err := st.RecordSignInAttempt(t.Context(), email, "203.0.113.9", time.Hour)
			if err != nil {
				t.Error(err)
			}
			counts <- n
		})
	}
	wg.Wait()
	close(counts)
	seen := map[int]bool{}
	for n := range counts {
		seen[n] = true
	}
	if len(seen) != 20 {
		t.Errorf("20 parallel attempts saw %d distinct counts, want 1 to 20 each once", len(seen))
	}
}

func TestDisablingOrEndingSessionsBumpsTheSessionEpoch(t *testing.T) {
	t.Parallel()
	st := store.New(testdb.Pool(t))
	ctx := t.Context()
	u := newAccount(t, st)
	steps := []struct {
		name   string
		do     func() error
		status string
		epoch  int32
	}{
		{"disable", func() error { return st.SetStatus(ctx, u.ID, false) }, "disabled", 1},
		{"enable", func() error { return st.SetStatus(ctx, u.ID, true) }, "active", 1},
		{"enable again", func() error { return st.SetStatus(ctx, u.ID, true) }, "active", 1},
		{"end sessions", func() error { return st.EndSessions(ctx, u.ID) }, "active", 2},
		{"disable again", func() error { return st.SetStatus(ctx, u.ID, false) }, "disabled", 3},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, err := st.UserByID(ctx, u.ID)
		if err != nil || got.Status != s.status || got.SessionEpoch != u.SessionEpoch+s.epoch {
			t.Errorf("after %s: status %q, epoch %d, %v; want %q, %d", s.name, got.Status, got.SessionEpoch, err, s.status, u.SessionEpoch+s.epoch)
		}
	}
	if err := st.SetStatus(ctx, -1, false); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("disabling an unknown user: %v, want ErrNotFound", err)
	}
}

// Not parallel: DeliverDue takes every due message of the database.
func TestTheOutboxSendsDueMailOnceAndRetriesFailuresLater(t *testing.T) {
	st := store.New(testdb.Pool(t))
	ctx := t.Context()
	good, bad := newAccount(t, st), newAccount(t, st)
	issue(t, st, good, store.TokenConfirm, time.Hour)
	issue(t, st, bad, store.TokenConfirm, time.Hour)
	attempts, failing := map[string]int{}, true
	send := func(m store.Mail) error {
		attempts[m.To]++
		if m.To == bad.Email && failing {
			return errors.New("550 mailbox unavailable")
		}
		return nil
	}
	n, err := st.DeliverDue(ctx, 1000, send)
	due := 0
	for _, a := range attempts {
		due += a
	}
	// DeliverDue documents that it returns how many were sent, so the failure does not count.
	if err != nil || n != due-1 || attempts[good.Email] != 1 || attempts[bad.Email] != 1 {
		t.Errorf("DeliverDue = %d, %v after %d attempts (%v); want every due mail tried once and %d sent", n, err, due, attempts, due-1)
	}
	if n, err := st.DeliverDue(ctx, 1000, send); n != 0 || err != nil || attempts[bad.Email] != 1 {
		t.Errorf("a second round sent %d (%v) and retried the failure at once (%d attempts)", n, err, attempts[bad.Email])
	}
	state := func(to string) (m store.OutboxMail) {
		mails, _ := st.Outbox(ctx, 1000)
		for _, m = range mails {
			if m.Mail.To == to {
				break
			}
		}
		return m
	}
	if m := state(good.Email); m.SentAt == nil || m.Attempts != 1 || m.LastError != "" {
		t.Errorf("delivered mail: sent %v, %d attempts, error %q", m.SentAt, m.Attempts, m.LastError)
	}
	if m := state(bad.Email); m.SentAt != nil || m.Attempts != 1 || !strings.Contains(m.LastError, "550") {
		t.Errorf("failed mail: sent %v, %d attempts, error %q", m.SentAt, m.Attempts, m.LastError)
	}
	if _, err := st.Pool().Exec(ctx, `UPDATE outbox SET next_attempt_at = now() WHERE recipient = $1`, bad.Email); err != nil {
		t.Fatal(err)
	}
	failing = false
	if n, err := st.DeliverDue(ctx, 1000, send); n != 1 || err != nil || state(bad.Email).SentAt == nil {
		t.Errorf("the retry sent %d, %v; want the failed mail sent", n, err)
	}
}
