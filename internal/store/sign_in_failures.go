package store

import (
	"context"
	"time"
)

// RecordSignInFailure notes a failed sign-in for an account and a client address.
func (s *Store) RecordSignInFailure(ctx context.Context, email, address string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO sign_in_failures (email, address) VALUES ($1, $2)`, email, address)
	return wrap(err, "RecordSignInFailure")
}

// SignInFailures counts the recent failures for an account and for a client address.
func (s *Store) SignInFailures(ctx context.Context, email, address string, window time.Duration) (byEmail, byAddress int, err error) {
	err = s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM sign_in_failures WHERE email = $1 AND created_at > now() - make_interval(secs => $3)),
		(SELECT count(*) FROM sign_in_failures WHERE address = $2 AND created_at > now() - make_interval(secs => $3))`,
		email, address, window.Seconds()).Scan(&byEmail, &byAddress)
	return byEmail, byAddress, wrap(err, "SignInFailures")
}
