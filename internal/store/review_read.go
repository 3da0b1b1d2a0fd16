package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
)

// ReviewFilter narrows the review queue; a zero field does not filter.
type ReviewFilter struct {
	Statuses  []activity.Status // any of these statuses; empty for every status but draft
	Country   string            // ISO alpha-3 the record was submitted for, or one of its beneficiaries
	OlderThan int               // submitted more than this many days ago
	Limit     int
}

// ReviewItem is one submitted activity as the review queue lists it.
type ReviewItem struct {
	ID               int32
	Title            string
	Status           activity.Status
	SubmitterName    string // empty when nobody's account submitted it
	SubmitterCountry string // the country it was submitted for, or else the submitter's
	SubmittedAt      time.Time
}

// submittedAt is when a record was last sent for review: its newest submit event, or else its last change.
const submittedAt = `coalesce((SELECT max(e.created_at) FROM activity_events e
	WHERE e.activity_id = a.id AND e.action = 'submit'), a.updated_at)`

// isSubmission limits a query to records that members or focal points sent in.
const isSubmission = `a.source = 'submission'`

// ReviewQueue lists the submitted activities a filter selects, the longest waiting first.
func (s *Store) ReviewQueue(ctx context.Context, f ReviewFilter) ([]ReviewItem, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, title, status, submitter, country, submitted_at FROM (
		SELECT a.id, a.title, a.status, coalesce(u.name, '') AS submitter,
			coalesce(a.submitted_for::text, u.country::text, '') AS country, `+submittedAt+` AS submitted_at
		FROM activities a LEFT JOIN users u ON u.id = a.submitted_by
		WHERE `+isSubmission+`
			AND (cardinality($1::text[]) = 0 AND a.status <> 'draft' OR a.status = ANY($1::text[]))
			AND ($2 = '' OR a.submitted_for::text = $2 OR EXISTS (SELECT 1 FROM activity_countries c
				WHERE c.activity_id = a.id AND c.role = 'beneficiary' AND c.iso3::text = $2))
		) q
		WHERE $3 = 0 OR submitted_at < now() - make_interval(days => $3)
		ORDER BY submitted_at, id LIMIT $4`,
		statuses(f.Statuses), f.Country, f.OlderThan, f.Limit)
	if err != nil {
		return nil, wrap(err, "ReviewQueue")
	}
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (ReviewItem, error) {
		var it ReviewItem
		return it, r.Scan(&it.ID, &it.Title, &it.Status, &it.SubmitterName, &it.SubmitterCountry, &it.SubmittedAt)
	})
	return items, wrap(err, "ReviewQueue")
}

// Submitted is a submitted activity with who sent it, for its reviewers.
type Submitted struct {
	activity.Activity
	SubmittedFor string // ISO alpha-3; empty when the submitter acts for no country
	Submitter    *User  // nil when no account submitted it
}

// Submitted returns a submitted activity whatever its status; ErrNotFound for records staff
// entered or imported, which are not reviewed.
func (s *Store) Submitted(ctx context.Context, id int32) (Submitted, error) {
	var sub Submitted
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		var by int64
		err := tx.QueryRow(ctx, `SELECT coalesce(a.submitted_by, 0), coalesce(a.submitted_for::text, '')
			FROM activities a WHERE a.id = $1 AND `+isSubmission, id).Scan(&by, &sub.SubmittedFor)
		if err != nil {
			return err
		}
		if sub.Activity, err = activityIn(ctx, tx, id); err != nil {
			return err
		}
		if by != 0 {
			u, err := userWhere(ctx, tx, "id = $1", by)
			if err != nil {
				return err
			}
			sub.Submitter = &u
		}
		return nil
	})
	return sub, wrap(err, "Submitted")
}
