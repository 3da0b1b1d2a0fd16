package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// RegisterMember inserts a new member with an unconfirmed address and queues the e-mail with its
// confirmation link, in one transaction; ErrConflict when the address is taken.
func (s *Store) RegisterMember(ctx context.Context, u *User, ttl time.Duration, mail func(token string) Mail) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO users (email, name, organisation, role, password_hash, email_confirmed)
			VALUES ($1, $2, $3, 'member', $4, false) ON CONFLICT (email) DO NOTHING
			RETURNING id, role, created_at, session_epoch, status, email_confirmed`,
			u.Email, u.Name, u.Organisation, u.PasswordHash,
		).Scan(&u.ID, &u.Role, &u.CreatedAt, &u.SessionEpoch, &u.Status, &u.EmailConfirmed)
		if err == pgx.ErrNoRows {
			return ErrConflict
		}
		if err != nil {
			return err
		}
		return issueToken(ctx, tx, u.ID, TokenConfirm, ttl, mail)
	}), "RegisterMember")
}

// QueueMail queues one message on its own, unless its recipient already had MailLimit
// messages this hour (it is sent because of what someone else typed).
func (s *Store) QueueMail(ctx context.Context, m Mail) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		if ok, err := underMailLimit(ctx, tx, m.To); err != nil || !ok {
			return err
		}
		return enqueue(ctx, tx, m)
	}), "QueueMail")
}
