package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/workflow"
)

// ErrStale is returned when a record changed after the form that edits it was opened.
var ErrStale = errors.New("changed since the form was opened")

// UpdateSubmission saves new field values of a record the actor may edit (workflow.CanEdit):
// their own while it is a draft or sent back, or, for staff, any record not under review. Anyone else's record is ErrNotFound; a record that has
// moved on (submitted, published…) is ErrConflict and is left as it was. When seen is not
// zero it is the record's last change as the form saw it, and a later change is ErrStale,
// so two people editing one record cannot silently overwrite each other.
func (s *Store) UpdateSubmission(ctx context.Context, a *activity.Activity, actor workflow.Actor, seen time.Time) error {
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		// Writers take the version lock before any activity row, as Transition does, so a save
		// and a submission of one record at once wait for each other instead of deadlocking.
		if _, err := tx.Exec(ctx, `SELECT value FROM activity_version FOR UPDATE`); err != nil {
			return err
		}
		var rec workflow.Record
		var updated time.Time
		err := tx.QueryRow(ctx, `SELECT a.status, a.source, coalesce(a.submitted_by, 0), coalesce(a.submitted_for, ''),
			a.updated_at FROM activities a WHERE `+reachableBy(actor)+` AND a.id = $3 FOR UPDATE`, append(ownerArgs(actor), a.ID)...).
			Scan(&rec.Status, &a.Source, &rec.SubmittedBy, &rec.Country, &updated)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if !actor.CanEdit(rec) {
			return ErrConflict
		}
		if !seen.IsZero() && !updated.Equal(seen) {
			return ErrStale
		}
		a.Status = rec.Status
		if err := saveActivity(ctx, tx, a); err != nil {
			return err
		}
		return recordEvent(ctx, tx, a.ID, actor.UserID, "edit", rec.Status, rec.Status, "")
	})
	return wrap(err, "UpdateSubmission")
}
