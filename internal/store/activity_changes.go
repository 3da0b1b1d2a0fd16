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

// factsSelect reads the facts of activities; callers add the WHERE and ORDER BY.
const factsSelect = `SELECT a.id, a.status = 'published', a.start_date, a.type, a.mode, a.modality, a.version,
	ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'beneficiary'),
	ARRAY(SELECT iso3 FROM activity_countries c WHERE c.activity_id = a.id AND c.role = 'provider'),
	a.ip_areas, a.sdgs, coalesce(tsvector_to_array(s.document), '{}'),
	coalesce(tsvector_to_array(ts_filter(s.document, '{a}')), '{}')
	FROM activities a LEFT JOIN activity_search s ON s.activity_id = a.id`

// ActivityChanges streams, in batches of up to batchSize in id order, the facts of every
// activity written after version since (every activity when since is negative), and returns
// the newest version it saw. Versions commit in order (see migration 00004), so the next call
// with that version misses nothing.
func (s *Store) ActivityChanges(ctx context.Context, since int64, batchSize int, fn func([]ActivityFacts) error) (int64, error) {
	if since >= 0 {
		newest, err := s.factBatches(ctx, batchSize, fn, factsSelect+` WHERE a.version > $1 ORDER BY a.id`, since)
		return max(since, newest), wrap(err, "ActivityChanges")
	}
	newest, err := s.allFacts(ctx, batchSize, fn)
	return newest, wrap(err, "ActivityChanges")
}

// allFacts reads every activity one range of ids at a time along the primary key, so rows
// arrive in id order without sorting the table. Two connections read ahead while fn works.
func (s *Store) allFacts(ctx context.Context, batchSize int, fn func([]ActivityFacts) error) (int64, error) {
	var maxID int32
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM activities`).Scan(&maxID); err != nil {
		return 0, err
	}
	type fetched struct {
		facts  []ActivityFacts
		newest int64
		err    error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ranges := make(chan chan fetched, 2) // in id order; each delivers one range when read
	go func() {
		defer close(ranges)
		sem := make(chan struct{}, 2)
		for lo := int32(0); lo <= maxID; lo += int32(batchSize) {
			out := make(chan fetched, 1)
			select {
			case ranges <- out:
			case <-ctx.Done():
				return
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				var f fetched
				f.newest, f.err = s.factBatches(ctx, batchSize, func(b []ActivityFacts) error {
					f.facts = append(f.facts, b...)
					return nil
				}, factsSelect+` WHERE a.id >= $1 AND a.id < $2 ORDER BY a.id`, lo, lo+int32(batchSize))
				out <- f
			}()
		}
	}()
	newest := int64(-1)
	for out := range ranges {
		f := <-out
		if f.err == nil && len(f.facts) > 0 {
			f.err = fn(f.facts)
		}
		if f.err != nil {
			return 0, f.err
		}
		newest = max(newest, f.newest)
	}
	return newest, ctx.Err()
}

// factBatches runs a facts query and hands its rows to fn in batches, returning the newest version.
func (s *Store) factBatches(ctx context.Context, batchSize int, fn func([]ActivityFacts) error, sql string, args ...any) (int64, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return 0, err
	}
	var newest, version int64
	batch := make([]ActivityFacts, 0, batchSize)
	var f ActivityFacts
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
	return newest, err
}

// ActivityVersion returns the version of the newest committed activity write and the
// generation, which a bulk load advances.
func (s *Store) ActivityVersion(ctx context.Context) (version, generation int64, err error) {
	err = s.pool.QueryRow(ctx, `SELECT value, generation FROM activity_version`).Scan(&version, &generation)
	return version, generation, wrap(err, "ActivityVersion")
}
