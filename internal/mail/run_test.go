package mail

import (
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// queue puts one message in an otherwise empty outbox and returns its id.
func queue(t *testing.T, st *store.Store, m store.Mail) int64 {
	t.Helper()
	ctx := context.Background()
	if _, err := st.Pool().Exec(ctx, `DELETE FROM outbox`); err != nil {
		t.Fatal(err)
	}
	var id int64
	err := st.Pool().QueryRow(ctx, `INSERT INTO outbox (recipient, subject, body) VALUES ($1, $2, $3) RETURNING id`,
		m.To, m.Subject, m.Body).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// outboxState is what an admin sees of one message at /admin/outbox.
type outboxState struct {
	attempts  int
	lastError string
	sent      bool
}

// waitFor polls the message's state until ok accepts it, and fails the test after five seconds.
func waitFor(t *testing.T, st *store.Store, id int64, ok func(outboxState) bool) outboxState {
	t.Helper()
	var s outboxState
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		err := st.Pool().QueryRow(context.Background(), `SELECT attempts, last_error, sent_at IS NOT NULL
			FROM outbox WHERE id = $1`, id).Scan(&s.attempts, &s.lastError, &s.sent)
		if err != nil {
			t.Fatal(err)
		}
		if ok(s) {
			return s
		}
	}
	t.Fatalf("outbox message %d stuck at %+v", id, s)
	return s
}

// runSender starts Run against addr until the test ends.
func runSender(t *testing.T, st *store.Store, addr string) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		Run(ctx, st, Config{Addr: addr, From: "SSTC Portal <portal@example.org>"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	}()
	t.Cleanup(func() { cancel(); <-done })
}

func TestRunDeliversTheOutbox(t *testing.T) {
	st := store.New(testdb.Pool(t))
	server := startFakeSMTP(t, false)
	mail := store.Mail{To: "ana@example.org", Subject: "Confirmez votre adresse électronique", Body: "Bonjour Ana,\n\nmerci.\n"}
	id := queue(t, st, mail)
	runSender(t, st, server.addr)

	var env envelope
	select {
	case env = <-server.received:
	case <-time.After(5 * time.Second):
		t.Fatal("the server received no message")
	}
	if env.from != "portal@example.org" || env.to != "ana@example.org" {
		t.Errorf("envelope from %q to %q", env.from, env.to)
	}
	msg := readMessage(t, env.data)
	if msg.subject != mail.Subject || !strings.Contains(msg.body, "merci.") {
		t.Errorf("received subject %q, body %q", msg.subject, msg.body)
	}
	if got := msg.header.Get("From"); got != `"SSTC Portal" <portal@example.org>` {
		t.Errorf("From = %q", got)
	}
	if s := waitFor(t, st, id, func(s outboxState) bool { return s.sent }); s.attempts != 1 || s.lastError != "" {
		t.Errorf("after delivery: %+v, want one attempt and no error", s)
	}
}

func TestRunKeepsMailTheServerRefuses(t *testing.T) {
	st := store.New(testdb.Pool(t))
	server := startFakeSMTP(t, true)
	id := queue(t, st, store.Mail{To: "ana@example.org", Subject: "Reset your password", Body: "…"})
	runSender(t, st, server.addr)

	s := waitFor(t, st, id, func(s outboxState) bool { return s.attempts > 0 })
	if s.sent || s.attempts != 1 || !strings.Contains(s.lastError, "451") {
		t.Errorf("after a 451: %+v, want unsent, one attempt and the server's answer", s)
	}
}

func TestSendRefusesCredentialsInClearText(t *testing.T) {
	server := startFakeSMTP(t, false)
	s, err := NewSender(Config{Addr: "mail.example.org:587", From: "portal@example.org", Username: "portal", Password: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	s.dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, server.addr)
	}
	err = s.Send(context.Background(), store.Mail{To: "ana@example.org", Subject: "Hi", Body: "Hi"})
	if err == nil || !strings.Contains(err.Error(), "TLS") {
		t.Errorf("Send = %v, want a refusal to authenticate without TLS", err)
	}
	if server.said("AUTH") || server.said("MAIL") {
		t.Error("the client sent AUTH or MAIL to a server without TLS")
	}
}
