package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// RecordSignInAttempt notes a sign-in attempt for an account from a client address before its
// password is checked, and returns how many attempts each has made within window, this one
// included. Advisory locks on the account and the address make parallel attempts count one
// after another, so a burst cannot slip past the limit. A successful sign-in clears the
// account's attempts (RecordSignIn).
func (s *Store) RecordSignInAttempt(ctx context.Context, email, address string, window time.Duration) (byEmail, byAddress int, err error) {
	err = s.InTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('sign-in e:' || $1)),
			pg_advisory_xact_lock(hashtext('sign-in a:' || $2))`, email, address); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO sign_in_failures (email, address) VALUES ($1, $2)`, email, address); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT
			(SELECT count(*) FROM sign_in_failures WHERE email = $1 AND created_at > now() - make_interval(secs => $3)),
			(SELECT count(*) FROM sign_in_failures WHERE address = $2 AND created_at > now() - make_interval(secs => $3))`,
			email, address, window.Seconds()).Scan(&byEmail, &byAddress)
	})
	return byEmail, byAddress, wrap(err, "RecordSignInAttempt")
}
