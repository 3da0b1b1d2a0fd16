package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
)

// ActivityFacts are the filterable facts of one activity, as the in-memory index needs them.
type ActivityFacts struct {
	ID                                int32
	Published                         bool
	Start                             time.Time
	Type, Mode, Modality              string
	Beneficiaries, Providers, IPAreas []string
	SDGs                              []int16
	// Words and TitleWords are the search document's lexemes, of all the text and of the title.
	Words, TitleWords []string
}

// ActivityChanges streams, in batches of up to batchSize, the facts of every activity written
// after version since, and returns the newest version it saw. Versions commit in order (see
// migration 00004), so the next call with that version misses nothing.
func (s *Store) ActivityChanges(ctx context.Context, since int64, batchSize int, fn func([]ActivityFacts) error) (int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.status = 'published', a.start_date, a.type, a.mode, a.modality, a.version,
		ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'beneficiary'),
		ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'provider'),
		a.ip_areas, a.sdgs, coalesce(tsvector_to_array(s.document), '{}'),
		coalesce(tsvector_to_array(ts_filter(s.document, '{a}')), '{}')
		FROM activities a LEFT JOIN activity_search s ON s.activity_id = a.id WHERE a.version > $1`, since)
	if err != nil {
		return since, wrap(err, "ActivityChanges")
	}
	newest := since
	batch := make([]ActivityFacts, 0, batchSize)
	var f ActivityFacts
	var version int64
	_, err = pgx.ForEachRow(rows, []any{&f.ID, &f.Published, &f.Start, &f.Type, &f.Mode, &f.Modality, &version,
		&f.Beneficiaries, &f.Providers, &f.IPAreas, &f.SDGs, &f.Words, &f.TitleWords}, func() error {
		newest = max(newest, version)
		batch = append(batch, f)
		f = ActivityFacts{} // the next row must not scan into slices the batch holds
		if len(batch) == batchSize {
			err := fn(batch)
			batch = batch[:0]
			return err
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = fn(batch)
	}
	if err != nil {
		return since, wrap(err, "ActivityChanges")
	}
	return newest, nil
}

// ActivityVersion returns the version of the newest committed activity write and the
// generation, which a bulk load advances.
func (s *Store) ActivityVersion(ctx context.Context) (version, generation int64, err error) {
	err = s.pool.QueryRow(ctx, `SELECT value, generation FROM activity_version`).Scan(&version, &generation)
	return version, generation, wrap(err, "ActivityVersion")
}
