package store

import (
	"context"
	"strings"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/workflow"
)

// SubmittedActivity is an activity with who submitted it and for which country: what the
// workflow needs to say who may act on it.
type SubmittedActivity struct {
	activity.Activity
	SubmittedBy int64  // 0 for imported and legacy records
	Country     string // the country a focal point submitted it for
}

// Record is what the workflow needs to know about the activity.
func (s SubmittedActivity) Record() workflow.Record {
	return workflow.Record{Status: s.Status, SubmittedBy: s.SubmittedBy, Country: s.Country}
}

// submissionSelect is activitySelect with the submitter and country after its columns.
var submissionSelect = strings.Replace(activitySelect, "\n\tFROM activities a",
	",\n\tcoalesce(a.submitted_by, 0), coalesce(a.submitted_for, '')\n\tFROM activities a", 1)

// ownedBy is the condition that a is the actor's own record, as workflow.Actor.Owns says:
// its creator's, or any of its country's for a focal point. $1 is the user, $2 the country.
const ownedBy = `(a.submitted_by = $1 OR $2 <> '' AND a.submitted_for = $2)`

// reachableBy is ownedBy for most people; staff and admins, who edit activities directly, may
// reach every record. It keeps ownedBy's parameters $1 and $2.
func reachableBy(actor workflow.Actor) string {
	if actor.Role.Can(auth.EditActivities) {
		return `($1::bigint IS NOT NULL AND $2::text IS NOT NULL)` // always true, with the same parameters
	}
	return ownedBy
}

// ownerArgs are the parameters of ownedBy for actor.
func ownerArgs(actor workflow.Actor) []any {
	country := ""
	if actor.Role == auth.FocalPoint {
		country = actor.Country
	}
	return []any{actor.UserID, country}
}

// scanSubmitted reads one row of submissionSelect.
func scanSubmitted(row pgx.CollectableRow) (SubmittedActivity, error) {
	var s SubmittedActivity
	var err error
	s.Activity, err = scanActivity(extraColumns{row, []any{&s.SubmittedBy, &s.Country}})
	return s, err
}

// extraColumns scans the columns a query adds after activitySelect's into extra.
type extraColumns struct {
	pgx.CollectableRow
	extra []any
}

func (r extraColumns) Scan(dest ...any) error {
	return r.CollectableRow.Scan(append(dest, r.extra...)...)
}

// maxSubmissions bounds the list of one person's records.
const maxSubmissions = 500

// Submissions lists the actor's own records, whatever their status, the latest changed first.
func (s *Store) Submissions(ctx context.Context, actor workflow.Actor) ([]SubmittedActivity, error) {
	if actor.UserID == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, submissionSelect+` WHERE `+ownedBy+` ORDER BY a.updated_at DESC, a.id DESC LIMIT $3`,
		append(ownerArgs(actor), maxSubmissions)...)
	if err != nil {
		return nil, wrap(err, "Submissions")
	}
	list, err := pgx.CollectRows(rows, scanSubmitted)
	return list, wrap(err, "Submissions")
}

// SubmissionByID returns one of the actor's own records (any record, for staff and admins);
// anyone else's is ErrNotFound.
func (s *Store) SubmissionByID(ctx context.Context, id int32, actor workflow.Actor) (SubmittedActivity, error) {
	rows, err := s.pool.Query(ctx, submissionSelect+` WHERE `+reachableBy(actor)+` AND a.id = $3`, append(ownerArgs(actor), id)...)
	if err != nil {
		return SubmittedActivity{}, wrap(err, "SubmissionByID")
	}
	sub, err := pgx.CollectExactlyOneRow(rows, scanSubmitted)
	return sub, wrap(err, "SubmissionByID")
}
