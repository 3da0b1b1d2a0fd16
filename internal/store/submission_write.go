package store

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/workflow"
)

// UpdateSubmission saves new field values of one of the actor's own records while it is a
// draft or sent back for changes. Anyone else's record is ErrNotFound; a record that has
// moved on (submitted, published…) is ErrConflict and is left as it was.
func (s *Store) UpdateSubmission(ctx context.Context, a *activity.Activity, actor workflow.Actor) error {
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		// Writers take the version lock before any activity row, as Transition does, so a save
		// and a submission of one record at once wait for each other instead of deadlocking.
		if _, err := tx.Exec(ctx, `SELECT value FROM activity_version FOR UPDATE`); err != nil {
			return err
		}
		var rec workflow.Record
		err := tx.QueryRow(ctx, `SELECT a.status, a.source, coalesce(a.submitted_by, 0), coalesce(a.submitted_for, '')
			FROM activities a WHERE `+ownedBy+` AND a.id = $3 FOR UPDATE`, append(ownerArgs(actor), a.ID)...).
			Scan(&rec.Status, &a.Source, &rec.SubmittedBy, &rec.Country)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if !actor.CanEdit(rec) {
			return ErrConflict
		}
		a.Status = rec.Status
		if err := saveActivity(ctx, tx, a); err != nil {
			return err
		}
		return recordEvent(ctx, tx, a.ID, actor.UserID, "edit", rec.Status, rec.Status, "")
	})
	return wrap(err, "UpdateSubmission")
}
