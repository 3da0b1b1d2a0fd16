package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/auth"
)

// Token purposes.
const (
	TokenConfirm = "confirm" // confirm the e-mail address of a new member
	TokenReset   = "reset"   // choose a new password
	TokenInvite  = "invite"  // an invited focal point sets a first password
)

// ErrTokenInvalid is returned for a link that is unknown, used, expired or for another purpose.
var ErrTokenInvalid = errors.New("link invalid, used or expired")

// IssueToken makes a single-use link token for user and queues the mail that carries it, in
// one transaction; mail receives the token to put in the link.
func (s *Store) IssueToken(ctx context.Context, userID int64, purpose string, ttl time.Duration, mail func(token string) Mail) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		return issueToken(ctx, tx, userID, purpose, ttl, mail)
	}), "IssueToken")
}

// IssueLimitedToken is IssueToken for links that someone other than the account holder may
// ask for (a password reset): past MailLimit messages an hour to the address, nothing is sent.
func (s *Store) IssueLimitedToken(ctx context.Context, userID int64, purpose string, ttl time.Duration, mail func(token string) Mail) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		var email string
		if err := tx.QueryRow(ctx, `SELECT email FROM users WHERE id = $1`, userID).Scan(&email); err != nil {
			return err
		}
		if ok, err := underMailLimit(ctx, tx, email); err != nil || !ok {
			return err
		}
		return issueToken(ctx, tx, userID, purpose, ttl, mail)
	}), "IssueLimitedToken")
}

// issueToken is IssueToken inside a caller's transaction.
func issueToken(ctx context.Context, tx pgx.Tx, userID int64, purpose string, ttl time.Duration, mail func(string) Mail) error {
	token, hash := auth.NewToken()
	if _, err := tx.Exec(ctx, `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
		VALUES ($1, $2, $3, now() + make_interval(secs => $4))`, userID, purpose, hash, ttl.Seconds()); err != nil {
		return err
	}
	return enqueue(ctx, tx, mail(token))
}

// consumeToken marks a token used and returns its user; one conditional update, so a link
// used twice at once works once.
func consumeToken(ctx context.Context, tx pgx.Tx, token string, purposes ...string) (int64, error) {
	var userID int64
	err := tx.QueryRow(ctx, `UPDATE user_tokens SET used_at = now()
		WHERE token_hash = $1 AND purpose = ANY($2) AND used_at IS NULL AND expires_at > now()
		RETURNING user_id`, auth.HashToken(token), purposes).Scan(&userID)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, ErrTokenInvalid
	}
	return userID, err
}

// ConfirmEmail consumes a confirmation link and marks the address confirmed.
func (s *Store) ConfirmEmail(ctx context.Context, token string) (User, error) {
	var u User
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		id, err := consumeToken(ctx, tx, token, TokenConfirm)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE users SET email_confirmed = true WHERE id = $1`, id); err != nil {
			return err
		}
		if err := retireTokens(ctx, tx, id, TokenConfirm); err != nil {
			return err
		}
		u, err = userWhere(ctx, tx, "id = $1", id)
		return err
	})
	return u, wrap(err, "ConfirmEmail")
}

// TokenValid reports whether a link can still be used, without using it (to show its form).
func (s *Store) TokenValid(ctx context.Context, token string, purposes ...string) bool {
	var ok bool
	s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT FROM user_tokens WHERE token_hash = $1 AND purpose = ANY($2)
		AND used_at IS NULL AND expires_at > now())`, auth.HashToken(token), purposes).Scan(&ok)
	return ok
}

// SetPasswordWithToken consumes a reset or invitation link and sets the password it was for;
// the address is then confirmed and every other session of the account ends.
func (s *Store) SetPasswordWithToken(ctx context.Context, token, hash string) (User, error) {
	var u User
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		id, err := consumeToken(ctx, tx, token, TokenReset, TokenInvite)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE users SET password_hash = $2, email_confirmed = true,
			session_epoch = session_epoch + 1 WHERE id = $1`, id, hash); err != nil {
			return err
		}
		if err := retireTokens(ctx, tx, id, TokenReset, TokenInvite); err != nil {
			return err
		}
		u, err = userWhere(ctx, tx, "id = $1", id)
		return err
	})
	return u, wrap(err, "SetPasswordWithToken")
}

// retireTokens ends a user's other outstanding links of the given purposes once one was used.
func retireTokens(ctx context.Context, tx pgx.Tx, userID int64, purposes ...string) error {
	_, err := tx.Exec(ctx, `UPDATE user_tokens SET used_at = now()
		WHERE user_id = $1 AND purpose = ANY($2) AND used_at IS NULL`, userID, purposes)
	return err
}
