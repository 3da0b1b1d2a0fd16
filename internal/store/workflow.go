package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/workflow"
)

// Notice is what the people told about a transition need to know, read in its transaction.
type Notice struct {
	Activity  activity.Activity // as it stands after the transition
	Action    workflow.Action
	Note      string
	Submitter *User  // nil for records nobody submitted
	Reviewers []User // the active administrators
}

// Notifier writes the mail a transition sends; nil sends none.
type Notifier func(Notice) []Mail

// Transition takes a workflow action on an activity, records the audit event and queues the
// notifier's mail, in one transaction. The change is one conditional update on the status the
// action starts from, so when two people act at once one wins and the other gets ErrConflict.
func (s *Store) Transition(ctx context.Context, id int32, actor workflow.Actor, action workflow.Action, note string, notify Notifier) (activity.Status, error) {
	var to activity.Status
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		var rec workflow.Record
		err := tx.QueryRow(ctx, `SELECT status, coalesce(submitted_by, 0), coalesce(submitted_for, '')
			FROM activities WHERE id = $1`, id).Scan(&rec.Status, &rec.SubmittedBy, &rec.Country)
		if err != nil {
			return err
		}
		if to, err = workflow.Next(actor, rec, action, note); err != nil {
			if errors.Is(err, workflow.ErrWrongStatus) {
				return ErrConflict
			}
			return err
		}
		version, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		var from activity.Status
		err = tx.QueryRow(ctx, `UPDATE activities a SET status = $2, version = $3, updated_at = now()
			FROM (SELECT status FROM activities WHERE id = $1 FOR UPDATE) old
			WHERE a.id = $1 AND a.status = ANY($4) RETURNING old.status`,
			id, string(to), version, statuses(workflow.From(action))).Scan(&from)
		if errors.Is(err, pgx.ErrNoRows) {
			return ErrConflict // someone else changed it first
		}
		if err != nil {
			return err
		}
		if err := recordEvent(ctx, tx, id, actor.UserID, string(action), from, to, note); err != nil || notify == nil {
			return err
		}
		snapshot, err := activityIn(ctx, tx, id)
		if err != nil {
			return err
		}
		return queueNotice(ctx, tx, Notice{Activity: snapshot, Action: action, Note: note}, rec.SubmittedBy, notify)
	})
	return to, wrap(err, "Transition")
}

// queueNotice completes a notice with its people and queues the mail the notifier writes.
func queueNotice(ctx context.Context, tx pgx.Tx, n Notice, submittedBy int64, notify Notifier) error {
	if submittedBy != 0 {
		u, err := userWhere(ctx, tx, "id = $1", submittedBy)
		if err != nil {
			return err
		}
		n.Submitter = &u
	}
	rows, err := tx.Query(ctx, `SELECT `+userColumns+` FROM users WHERE role = 'admin' AND status = 'active' ORDER BY id`)
	if err != nil {
		return err
	}
	if n.Reviewers, err = pgx.CollectRows(rows, scanUser); err != nil {
		return err
	}
	for _, m := range notify(n) {
		if err := enqueue(ctx, tx, m); err != nil {
			return err
		}
	}
	return nil
}

// Submission is who submits a new record, and the key of the form it came from.
type Submission struct {
	By      int64
	Country string // the focal point's country; empty for others
	Key     [16]byte
	Staff   bool // recorded by staff rather than submitted by a member State
}

// CreateSubmission saves a new draft from a submission form. The first request with a form key
// makes the record; any later one with the same key returns that record's id and false.
func (s *Store) CreateSubmission(ctx context.Context, a *activity.Activity, sub Submission) (bool, error) {
	created := false
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		// A concurrent request with the same key waits here until the first commits.
		tag, err := tx.Exec(ctx, `INSERT INTO submission_keys (key, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
			sub.Key, sub.By)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return tx.QueryRow(ctx, `SELECT activity_id FROM submission_keys WHERE key = $1 AND user_id = $2`,
				sub.Key, sub.By).Scan(&a.ID)
		}
		a.Status, a.Source = activity.Draft, activity.FromSubmission
		if sub.Staff {
			a.Source = activity.FromStaff
		}
		if err := saveActivity(ctx, tx, a); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE activities SET submitted_by = $2, submitted_for = $3 WHERE id = $1`,
			a.ID, sub.By, nullString(sub.Country)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE submission_keys SET activity_id = $2 WHERE key = $1`, sub.Key, a.ID); err != nil {
			return err
		}
		created = true
		return recordEvent(ctx, tx, a.ID, sub.By, "create", activity.Draft, activity.Draft, "")
	})
	return created, wrap(err, "CreateSubmission")
}

// Event is one status change of an activity.
type Event struct {
	ActorName string
	Action    string
	From, To  activity.Status
	Note      string
	At        time.Time
	Snapshot  activity.Activity // the record as it stood when the action was taken
}

// Events returns an activity's status changes, oldest first.
func (s *Store) Events(ctx context.Context, id int32) ([]Event, error) {
	rows, err := s.pool.Query(ctx, `SELECT coalesce(u.name, ''), e.action, e.from_status, e.to_status, e.note, e.created_at,
		e.snapshot FROM activity_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.activity_id = $1 ORDER BY e.id`, id)
	if err != nil {
		return nil, wrap(err, "Events")
	}
	events, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Event, error) {
		var e Event
		return e, r.Scan(&e.ActorName, &e.Action, &e.From, &e.To, &e.Note, &e.At, &e.Snapshot)
	})
	return events, wrap(err, "Events")
}

// LastReview returns the record as it stood at the last review decision (changes requested),
// and false when it has never been sent back: what a reviewer compares a resubmission with.
func (s *Store) LastReview(ctx context.Context, id int32) (activity.Activity, bool, error) {
	var a activity.Activity
	err := s.pool.QueryRow(ctx, `SELECT snapshot FROM activity_events WHERE activity_id = $1 AND action = $2
		ORDER BY id DESC LIMIT 1`, id, string(workflow.RequestChanges)).Scan(&a)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, false, nil
	}
	return a, err == nil, wrap(err, "LastReview")
}

// recordEvent writes an audit event with the record as it now stands.
func recordEvent(ctx context.Context, tx pgx.Tx, id int32, actorID int64, action string, from, to activity.Status, note string) error {
	snapshot, err := activityIn(ctx, tx, id)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO activity_events (activity_id, actor_id, action, from_status, to_status, note, snapshot)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, id, nullInt64(actorID), action, string(from), string(to), note, snapshot)
	return err
}

// activityIn reads an activity whatever its status inside a transaction.
func activityIn(ctx context.Context, tx pgx.Tx, id int32) (activity.Activity, error) {
	rows, err := tx.Query(ctx, activitySelect+` WHERE a.id = $1`, id)
	if err != nil {
		return activity.Activity{}, err
	}
	return pgx.CollectExactlyOneRow(rows, scanActivity)
}

// PendingCount returns how many activities wait for review.
func (s *Store) PendingCount(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM activities WHERE status = 'pending'`).Scan(&n)
	return n, wrap(err, "PendingCount")
}

// statuses converts statuses to strings for a query parameter.
func statuses(list []activity.Status) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = string(s)
	}
	return out
}

// nullInt64 is nil for zero.
func nullInt64(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}
