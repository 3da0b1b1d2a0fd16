package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// OutboxMail is a queued message with its delivery state.
type OutboxMail struct {
	ID        int64
	Mail      Mail
	CreatedAt time.Time
	Attempts  int
	LastError string
	SentAt    *time.Time
}

// enqueue queues a message in the caller's transaction.
func enqueue(ctx context.Context, tx pgx.Tx, m Mail) error {
	_, err := tx.Exec(ctx, `INSERT INTO outbox (recipient, subject, body) VALUES ($1, $2, $3)`, m.To, m.Subject, m.Body)
	return err
}

// Outbox lists the newest messages, sent or not.
func (s *Store) Outbox(ctx context.Context, limit int) ([]OutboxMail, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, recipient, subject, body, created_at, attempts, last_error, sent_at
		FROM outbox ORDER BY id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, wrap(err, "Outbox")
	}
	mails, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (OutboxMail, error) {
		var m OutboxMail
		return m, r.Scan(&m.ID, &m.Mail.To, &m.Mail.Subject, &m.Mail.Body, &m.CreatedAt, &m.Attempts, &m.LastError, &m.SentAt)
	})
	return mails, wrap(err, "Outbox")
}

// DeliverDue hands up to limit due, unsent messages to send, one at a time under a row lock so
// that several instances never send one twice; failures are retried later with growing delays.
// It returns how many were sent.
func (s *Store) DeliverDue(ctx context.Context, limit int, send func(Mail) error) (int, error) {
	sent := 0
	for range limit {
		found, ok, err := s.deliverOne(ctx, send)
		if err != nil || !found {
			return sent, wrap(err, "DeliverDue")
		}
		if ok {
			sent++
		}
	}
	return sent, nil
}

// maxAttempts is how often a message is tried before it is left for an administrator to read
// in the outbox (about a day of growing delays).
const maxAttempts = 12

// deliverOne tries the oldest due message, reporting whether there was one and whether it went.
func (s *Store) deliverOne(ctx context.Context, send func(Mail) error) (found, sent bool, err error) {
	err = s.InTx(ctx, func(tx pgx.Tx) error {
		var id int64
		var m Mail
		err := tx.QueryRow(ctx, `SELECT id, recipient, subject, body FROM outbox
			WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < $1 ORDER BY next_attempt_at
			LIMIT 1 FOR UPDATE SKIP LOCKED`, maxAttempts).Scan(&id, &m.To, &m.Subject, &m.Body)
		if err == pgx.ErrNoRows {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		if sendErr := send(m); sendErr != nil {
			_, err = tx.Exec(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
				next_attempt_at = now() + least(interval '1 hour', interval '30 seconds' * power(2, attempts))
				WHERE id = $1`, id, sendErr.Error())
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE outbox SET attempts = attempts + 1, sent_at = now(), last_error = '' WHERE id = $1`, id)
		sent = err == nil
		return err
	})
	return found, sent && err == nil, err
}

// MailLimit is how many messages an address may be sent in an hour because of what someone
// else typed into a form (registering with it, asking for a reset), so the portal cannot be
// used to flood it.
const MailLimit = 5

// underMailLimit locks the recipient for the rest of the transaction and reports whether it
// may be sent another message; the lock makes parallel requests count one after another.
func underMailLimit(ctx context.Context, tx pgx.Tx, recipient string) (bool, error) {
	var n int
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('mail to:' || $1))`, recipient); err != nil {
		return false, err
	}
	err := tx.QueryRow(ctx, `SELECT count(*) FROM outbox WHERE recipient = $1
		AND created_at > now() - interval '1 hour'`, recipient).Scan(&n)
	return n < MailLimit, err
}
