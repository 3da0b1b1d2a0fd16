package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
)

// SaveActivity inserts a (when a.ID is 0) or updates it, deriving its modality from its
// parties' classification on its start date, all in one transaction.
func (s *Store) SaveActivity(ctx context.Context, a *activity.Activity) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error { return saveActivity(ctx, tx, a) }), "SaveActivity")
}

// saveActivity is SaveActivity inside a caller's transaction.
func saveActivity(ctx context.Context, tx pgx.Tx, a *activity.Activity) error {
	h, err := loadHistory(ctx, tx)
	if err != nil {
		return err
	}
	a.Modality = h.classifyActivity(a).Modality
	version, err := bumpVersion(ctx, tx)
	if err != nil {
		return err
	}
	args := append(activityValues(a), version)
	if a.ID == 0 {
		err = tx.QueryRow(ctx, `INSERT INTO activities (`+activityColumnList+`, version)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
				RETURNING id, created_at, updated_at`, args...).Scan(&a.ID, &a.CreatedAt, &a.UpdatedAt)
	} else {
		err = tx.QueryRow(ctx, `UPDATE activities SET (`+activityColumnList+`, version, updated_at) =
				($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, now())
				WHERE id = $23 RETURNING created_at, updated_at`, append(args, a.ID)...).Scan(&a.CreatedAt, &a.UpdatedAt)
	}
	if err != nil {
		return err
	}
	return replaceParties(ctx, tx, a)
}

// activityColumnList names the writable columns in the order activityValues gives them.
const activityColumnList = `title, summary, description, type, mode, start_date, end_date, venue_city,
	host_country, languages, participants, ip_areas, sdgs, organiser, expected_result, outcomes, source, status, modality,
	experts, contact`

// activityColumns are the same columns as a slice, for COPY.
var activityColumns = []string{"title", "summary", "description", "type", "mode", "start_date", "end_date",
	"venue_city", "host_country", "languages", "participants", "ip_areas", "sdgs", "organiser", "expected_result", "outcomes",
	"source", "status", "modality", "experts", "contact"}

// activityValues returns a's writable fields, empty optional ones as NULL.
func activityValues(a *activity.Activity) []any {
	return []any{a.Title, a.Summary, a.Description, a.Type, string(a.Mode), a.StartDate, nullDate(a.EndDate),
		a.VenueCity, nullString(a.HostCountry), nonNil(a.Languages), nullInt(a.Participants), nonNil(a.IPAreas),
		nonNil(a.SDGs), a.Organiser,
		a.ExpectedResult, a.Outcomes, string(a.Source), string(a.Status), string(a.Modality), a.Experts, a.Contact}
}

// bumpVersion takes the next activity version; its row lock orders concurrent writers by commit.
func bumpVersion(ctx context.Context, tx pgx.Tx) (int64, error) {
	var v int64
	err := tx.QueryRow(ctx, `UPDATE activity_version SET value = value + 1 RETURNING value`).Scan(&v)
	return v, err
}

// replaceParties rewrites a's countries and organisations, and its search document.
func replaceParties(ctx context.Context, tx pgx.Tx, a *activity.Activity) error {
	batch := &pgx.Batch{}
	for _, table := range []string{"activity_countries", "activity_organisations"} {
		batch.Queue("DELETE FROM "+table+" WHERE activity_id = $1", a.ID)
	}
	batch.Queue(`INSERT INTO activity_countries (activity_id, role, iso3)
		SELECT $1::integer, 'beneficiary', unnest($2::text[]) UNION ALL
		SELECT $1::integer, 'provider', unnest($3::text[]) UNION ALL
		SELECT $1::integer, 'facilitator', unnest($4::text[])`,
		a.ID, nonNil(a.Beneficiaries), nonNil(a.Providers), nonNil(a.FacilitatorCountries))
	batch.Queue(`INSERT INTO activity_organisations SELECT $1::integer, unnest($2::text[])`, a.ID, nonNil(a.FacilitatorOrgs))
	batch.Queue(`INSERT INTO activity_search SELECT a.id, activity_document(a) FROM activities a WHERE a.id = $1
		ON CONFLICT (activity_id) DO UPDATE SET document = excluded.document`, a.ID)
	return tx.SendBatch(ctx, batch).Close()
}

// nullDate is nil for the zero time.
func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// nullString is nil for the empty string.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullInt is nil for zero.
func nullInt(n int32) any {
	if n == 0 {
		return nil
	}
	return n
}

// nonNil turns a nil slice into an empty one, which PostgreSQL reads as an empty array.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
