package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
)

// activitySelect reads a whole activity with its related codes aggregated into arrays.
const activitySelect = `SELECT a.id, a.title, a.summary, a.description, a.type, a.mode, a.start_date, a.end_date,
	a.venue_city, coalesce(a.host_country, ''), a.languages, coalesce(a.participants, 0), a.ip_areas, a.sdgs, a.organiser,
	a.expected_result, a.outcomes, a.experts, a.contact, a.source, a.status, a.modality, a.created_at, a.updated_at,
	ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'beneficiary' ORDER BY iso3),
	ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'provider' ORDER BY iso3),
	ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'facilitator' ORDER BY iso3),
	ARRAY(SELECT organisation FROM activity_organisations o WHERE o.activity_id = a.id ORDER BY organisation)
	FROM activities a`

// scanActivity reads one row of activitySelect.
func scanActivity(row pgx.CollectableRow) (activity.Activity, error) {
	var a activity.Activity
	var end *time.Time
	err := row.Scan(&a.ID, &a.Title, &a.Summary, &a.Description, &a.Type, &a.Mode, &a.StartDate, &end,
		&a.VenueCity, &a.HostCountry, &a.Languages, &a.Participants, &a.IPAreas, &a.SDGs, &a.Organiser,
		&a.ExpectedResult, &a.Outcomes, &a.Experts, &a.Contact, &a.Source, &a.Status, &a.Modality, &a.CreatedAt, &a.UpdatedAt,
		&a.Beneficiaries, &a.Providers, &a.FacilitatorCountries, &a.FacilitatorOrgs)
	if end != nil {
		a.EndDate = *end
	}
	return a, err
}

// Activity returns one activity; with publishedOnly it is ErrNotFound unless published.
func (s *Store) Activity(ctx context.Context, id int32, publishedOnly bool) (activity.Activity, error) {
	rows, err := s.pool.Query(ctx, activitySelect+` WHERE a.id = $1 AND (a.status = 'published' OR NOT $2)`,
		id, publishedOnly)
	if err != nil {
		return activity.Activity{}, wrap(err, "Activity")
	}
	a, err := pgx.CollectExactlyOneRow(rows, scanActivity)
	return a, wrap(err, "Activity")
}

// ActivitiesByID returns the published activities with the given ids, in the order given.
func (s *Store) ActivitiesByID(ctx context.Context, ids []int32) ([]activity.Activity, error) {
	rows, err := s.pool.Query(ctx, activitySelect+` JOIN unnest($1::integer[]) WITH ORDINALITY AS k(id, n)
		ON k.id = a.id WHERE a.status = 'published' ORDER BY k.n`, ids)
	if err != nil {
		return nil, wrap(err, "ActivitiesByID")
	}
	acts, err := pgx.CollectRows(rows, scanActivity)
	return acts, wrap(err, "ActivitiesByID")
}

// TSQuery turns a web-search style query into the text of a tsquery: PostgreSQL's parser,
// stemmer and stop words decide what the words are. All stop words give "".
func (s *Store) TSQuery(ctx context.Context, query string) (string, error) {
	var q string
	err := s.pool.QueryRow(ctx, `SELECT websearch_to_tsquery('english', $1)::text`, query).Scan(&q)
	return q, wrap(err, "TSQuery")
}

// ConfirmText returns those of ids whose search document matches the query, for what the
// in-memory index cannot check itself (words that follow each other).
func (s *Store) ConfirmText(ctx context.Context, ids []int32, query string) ([]int32, error) {
	rows, err := s.pool.Query(ctx, `SELECT activity_id FROM activity_search
		WHERE activity_id = ANY($1) AND document @@ websearch_to_tsquery('english', $2)`, ids, query)
	if err != nil {
		return nil, wrap(err, "ConfirmText")
	}
	confirmed, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if confirmed == nil {
		confirmed = []int32{}
	}
	return confirmed, wrap(err, "ConfirmText")
}
