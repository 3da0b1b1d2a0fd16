package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/workflow"
)

// lastPublished is when activity "a" was last published through the workflow (an approval or a
// direct publication), NULL for records published without it; $1 lists the two actions.
const lastPublished = `(SELECT max(e.created_at) FROM activity_events e
	WHERE e.activity_id = a.id AND e.action = ANY($1))`

// publishActions are the workflow actions that publish a record, as a query parameter.
var publishActions = []string{string(workflow.Approve), string(workflow.Publish)}

// ExperienceCount returns how many published activities member states submitted.
func (s *Store) ExperienceCount(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM activities
		WHERE status = 'published' AND source = 'submission'`).Scan(&n)
	return n, wrap(err, "ExperienceCount")
}

// Experiences returns a page of the published activities member states submitted, most
// recently published first.
func (s *Store) Experiences(ctx context.Context, offset, limit int) ([]activity.Activity, error) {
	rows, err := s.pool.Query(ctx, activitySelect+` WHERE a.status = 'published' AND a.source = 'submission'
		ORDER BY coalesce(`+lastPublished+`, a.updated_at) DESC, a.id DESC LIMIT $2 OFFSET $3`,
		publishActions, limit, offset)
	if err != nil {
		return nil, wrap(err, "Experiences")
	}
	acts, err := pgx.CollectRows(rows, scanActivity)
	return acts, wrap(err, "Experiences")
}

// Publication is a published activity with the time it was last published.
type Publication struct {
	activity.Activity
	PublishedAt time.Time
}

// RecentlyPublished returns the n most recently published activities of every source, newest
// first; a record published without the workflow (an import) counts from its creation.
func (s *Store) RecentlyPublished(ctx context.Context, n int) ([]Publication, error) {
	rows, err := s.pool.Query(ctx, `WITH recent AS (
			SELECT a.id, coalesce(`+lastPublished+`, a.created_at) AS published_at FROM activities a
			WHERE a.status = 'published' ORDER BY published_at DESC, a.id DESC LIMIT $2)
		SELECT x.*, r.published_at FROM (`+activitySelect+` WHERE a.id IN (SELECT id FROM recent)) x
		JOIN recent r ON r.id = x.id ORDER BY r.published_at DESC, r.id DESC`, publishActions, n)
	if err != nil {
		return nil, wrap(err, "RecentlyPublished")
	}
	pubs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Publication, error) {
		var p Publication
		var err error
		p.Activity, err = scanActivity(trailingTime{row, &p.PublishedAt})
		return p, err
	})
	return pubs, wrap(err, "RecentlyPublished")
}

// trailingTime is a row of activitySelect's columns and one time after them, which Scan
// reads past the columns scanActivity asks for.
type trailingTime struct {
	pgx.CollectableRow
	at *time.Time
}

// Scan reads the row into dest and its last column into the time.
func (r trailingTime) Scan(dest ...any) error { return r.CollectableRow.Scan(append(dest, r.at)...) }

// Submitter is who submitted an activity and for which country: private, for staff.
type Submitter struct {
	Name, Email string
	Country     string // ISO alpha-3; empty when not submitted for a country
}

// SubmitterOf returns who submitted an activity; ErrNotFound when nobody did.
func (s *Store) SubmitterOf(ctx context.Context, id int32) (Submitter, error) {
	var sub Submitter
	err := s.pool.QueryRow(ctx, `SELECT u.name, u.email, coalesce(a.submitted_for, '')
		FROM activities a JOIN users u ON u.id = a.submitted_by WHERE a.id = $1`, id).
		Scan(&sub.Name, &sub.Email, &sub.Country)
	return sub, wrap(err, "SubmitterOf")
}
