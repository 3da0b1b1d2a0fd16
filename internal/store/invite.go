package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/auth"
)

// InviteFocalPoint creates u as a focal point without a password, issues the invitation link
// that lets them choose one and queues its mail, in one transaction; ErrConflict when the
// e-mail address is taken.
func (s *Store) InviteFocalPoint(ctx context.Context, u *User, ttl time.Duration, mail func(token string) Mail) error {
	u.Role, u.PasswordHash, u.EmailConfirmed = auth.FocalPoint, "", false
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO users (email, name, organisation, country, role)
			VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at, session_epoch, status`,
			u.Email, u.Name, u.Organisation, nullString(u.Country), string(u.Role),
		).Scan(&u.ID, &u.CreatedAt, &u.SessionEpoch, &u.Status)
		if isUniqueViolation(err) {
			return ErrConflict
		}
		if err != nil {
			return err
		}
		return issueToken(ctx, tx, u.ID, TokenInvite, ttl, mail)
	}), "InviteFocalPoint")
}
