package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"sstc/internal/auth"
)

// ErrConflict is returned when a write would break a uniqueness rule, such as a taken e-mail.
var ErrConflict = errors.New("conflict")

// User is an account.
type User struct {
	ID             int64
	Email          string
	Name           string
	Organisation   string
	Country        string // ISO alpha-3; focal points only
	Role           auth.Role
	Status         string // active or disabled
	PasswordHash   string
	EmailConfirmed bool
	SessionEpoch   int32
	CreatedAt      time.Time
	LastSignInAt   *time.Time
}

// Active reports whether the account may sign in.
func (u *User) Active() bool { return u.Status == "active" }

const userColumns = `id, email, name, organisation, coalesce(country, ''), role, status, password_hash,
	email_confirmed, session_epoch, created_at, last_sign_in_at`

func scanUser(row pgx.CollectableRow) (User, error) {
	var u User
	err := row.Scan(&u.ID, &u.Email, &u.Name, &u.Organisation, &u.Country, &u.Role, &u.Status, &u.PasswordHash,
		&u.EmailConfirmed, &u.SessionEpoch, &u.CreatedAt, &u.LastSignInAt)
	return u, err
}

// userWhere reads the one user a condition selects.
func userWhere(ctx context.Context, q querier, cond string, arg any) (User, error) {
	rows, err := q.Query(ctx, `SELECT `+userColumns+` FROM users WHERE `+cond, arg)
	if err != nil {
		return User{}, err
	}
	return pgx.CollectExactlyOneRow(rows, scanUser)
}

// UserByID returns one user.
func (s *Store) UserByID(ctx context.Context, id int64) (User, error) {
	u, err := userWhere(ctx, s.pool, "id = $1", id)
	return u, wrap(err, "UserByID")
}

// UserByEmail returns the user with a normalised e-mail address.
func (s *Store) UserByEmail(ctx context.Context, email string) (User, error) {
	u, err := userWhere(ctx, s.pool, "email = $1", email)
	return u, wrap(err, "UserByEmail")
}

// Mail is one message for the outbox.
type Mail struct {
	To, Subject, Body string
}

// CreateUser inserts u with its password hash and queues mail in the same transaction;
// ErrConflict when the e-mail address is taken.
func (s *Store) CreateUser(ctx context.Context, u *User, mail ...func(*User) (Mail, error)) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO users (email, name, organisation, country, role, password_hash, email_confirmed)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at, session_epoch, status`,
			u.Email, u.Name, u.Organisation, nullString(u.Country), string(u.Role), u.PasswordHash, u.EmailConfirmed,
		).Scan(&u.ID, &u.CreatedAt, &u.SessionEpoch, &u.Status)
		if isUniqueViolation(err) {
			return ErrConflict
		}
		if err != nil {
			return err
		}
		for _, m := range mail {
			msg, err := m(u)
			if err != nil {
				return err
			}
			if err := enqueue(ctx, tx, msg); err != nil {
				return err
			}
		}
		return nil
	}), "CreateUser")
}

// isUniqueViolation reports whether err is PostgreSQL's unique_violation.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}

// RecordSignIn notes a successful sign-in and forgets the account's failed attempts.
func (s *Store) RecordSignIn(ctx context.Context, id int64, email string) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE users SET last_sign_in_at = now() WHERE id = $1`, id); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM sign_in_failures WHERE email = $1`, email)
		return err
	}), "RecordSignIn")
}

// SetRole changes a user's role (and country, for focal points).
func (s *Store) SetRole(ctx context.Context, id int64, role auth.Role, country string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE users SET role = $2, country = $3 WHERE id = $1`, id, string(role), nullString(country))
	if err == nil && tag.RowsAffected() == 0 {
		err = ErrNotFound
	}
	return wrap(err, "SetRole")
}

// SetStatus enables or disables an account; disabling also ends its sessions.
func (s *Store) SetStatus(ctx context.Context, id int64, active bool) error {
	status := "disabled"
	if active {
		status = "active"
	}
	tag, err := s.pool.Exec(ctx, `UPDATE users SET status = $2,
		session_epoch = session_epoch + CASE WHEN $2 = 'disabled' THEN 1 ELSE 0 END WHERE id = $1`, id, status)
	if err == nil && tag.RowsAffected() == 0 {
		err = ErrNotFound
	}
	return wrap(err, "SetStatus")
}

// EndSessions signs a user out everywhere: sessions signed in under an older epoch are refused.
func (s *Store) EndSessions(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `UPDATE users SET session_epoch = session_epoch + 1 WHERE id = $1`, id)
	if err == nil && tag.RowsAffected() == 0 {
		err = ErrNotFound
	}
	return wrap(err, "EndSessions")
}

// Users lists users whose e-mail, name or organisation contains query, newest first.
func (s *Store) Users(ctx context.Context, query string, limit int) ([]User, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+userColumns+` FROM users
		WHERE $1 = '' OR strpos(lower(email || ' ' || name || ' ' || organisation), lower($1)) > 0
		ORDER BY created_at DESC, id DESC LIMIT $2`, query, limit)
	if err != nil {
		return nil, wrap(err, "Users")
	}
	users, err := pgx.CollectRows(rows, scanUser)
	return users, wrap(err, "Users")
}
