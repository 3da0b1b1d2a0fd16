package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"sstc/internal/activity"
)

// CopyActivities loads acts with COPY in one transaction, giving them ids, modalities and
// search documents. It is the fast path for demo data; forms go through SaveActivity, and
// millions of rows go through a Bulk load.
func (s *Store) CopyActivities(ctx context.Context, acts []activity.Activity) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		version, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		first, last, err := reserveIDs(ctx, tx, len(acts))
		if err != nil {
			return err
		}
		if err := copyBatch(ctx, tx, acts, version, first); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO activity_search SELECT a.id, activity_document(a)
			FROM activities a WHERE a.id BETWEEN $1 AND $2`, first, last)
		return err
	}), "CopyActivities")
}

// reserveIDs takes n consecutive activity ids. Every store writer holds the version lock while
// it takes ids, so the caller must hold it too: then the range is its alone.
func reserveIDs(ctx context.Context, tx pgx.Tx, n int) (first, last int32, err error) {
	err = tx.QueryRow(ctx, `SELECT setval(pg_get_serial_sequence('activities', 'id'),
		nextval(pg_get_serial_sequence('activities', 'id')) + $1 - 1)`, n).Scan(&last)
	return last - int32(n) + 1, last, err
}

// copyBatch gives acts the ids from first on and their modalities, and copies them with their
// related rows, checking their codes in bulk where the row triggers are skipped.
func copyBatch(ctx context.Context, tx pgx.Tx, acts []activity.Activity, version int64, first int32) error {
	h, err := loadHistory(ctx, tx)
	if err != nil {
		return err
	}
	for i := range acts {
		acts[i].ID = first + int32(i)
		acts[i].Modality = h.classifyActivity(&acts[i]).Modality
	}
	checkInBulk, err := skipRowTriggers(ctx, tx)
	if err != nil {
		return err
	}
	if err := copyAll(ctx, tx, acts, version); err != nil {
		return err
	}
	if !checkInBulk {
		return nil
	}
	return checkReferences(ctx, tx, first, first+int32(len(acts))-1)
}

// Bulk is a load of many batches from several connections at once. Its batches do not take
// part in the version order that lets servers follow writes one by one; Finish instead starts a
// new generation, on which every server rebuilds its index from scratch.
type Bulk struct {
	store *Store
}

// BeginBulk starts a bulk load.
func (s *Store) BeginBulk() *Bulk { return &Bulk{store: s} }

// Copy loads one batch in its own transaction; batches may be copied concurrently. The
// batch's search documents are left to Finish.
func (b *Bulk) Copy(ctx context.Context, acts []activity.Activity) error {
	var first int32
	var version int64
	// A short transaction reserves the ids under the version lock, so other writers wait only for that.
	err := b.store.InTx(ctx, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT value FROM activity_version FOR UPDATE`).Scan(&version); err != nil {
			return err
		}
		var err error
		first, _, err = reserveIDs(ctx, tx, len(acts))
		return err
	})
	if err != nil {
		return wrap(err, "Bulk.Copy")
	}
	return wrap(b.store.InTx(ctx, func(tx pgx.Tx) error {
		return copyBatch(ctx, tx, acts, version, first)
	}), "Bulk.Copy")
}

// Finish builds the missing search documents on workers connections and starts a new
// generation, and returns how many documents it built.
func (b *Bulk) Finish(ctx context.Context, workers int) (int64, error) {
	n, err := b.store.buildSearchDocuments(ctx, workers)
	if err != nil {
		return n, err
	}
	_, err = b.store.pool.Exec(ctx, `UPDATE activity_version SET value = value + 1, generation = generation + 1`)
	return n, wrap(err, "Bulk.Finish")
}

// skipRowTriggers turns off the per-row foreign-key triggers for this transaction when the
// role may (a superuser), reporting whether it did; checkReferences then checks the whole batch
// at once, which is an order of magnitude faster than checking row by row.
func skipRowTriggers(ctx context.Context, tx pgx.Tx) (bool, error) {
	var super bool
	if err := tx.QueryRow(ctx, `SELECT rolsuper FROM pg_roles WHERE rolname = current_user`).Scan(&super); err != nil || !super {
		return false, err
	}
	_, err := tx.Exec(ctx, `SET LOCAL session_replication_role = replica`)
	if err == nil {
		// Compressed page images keep the write-ahead log small, and with it the checkpoints
		// that a large load would otherwise keep forcing.
		_, err = tx.Exec(ctx, `SET LOCAL wal_compression = on`)
	}
	return err == nil, err
}

// checkReferences fails when a row of the batch names a code that does not exist.
func checkReferences(ctx context.Context, tx pgx.Tx, first, last int32) error {
	var bad int
	err := tx.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM activities a WHERE a.id BETWEEN $1 AND $2 AND (
			NOT EXISTS (SELECT FROM activity_types t WHERE t.code = a.type) OR
			(a.host_country IS NOT NULL AND NOT EXISTS (SELECT FROM countries c WHERE c.iso3 = a.host_country)) OR
			EXISTS (SELECT FROM unnest(a.ip_areas) code WHERE code NOT IN (SELECT i.code FROM ip_areas i)))) +
		(SELECT count(*) FROM activity_countries x WHERE x.activity_id BETWEEN $1 AND $2
			AND NOT EXISTS (SELECT FROM countries c WHERE c.iso3 = x.iso3)) +
		(SELECT count(*) FROM activity_organisations x WHERE x.activity_id BETWEEN $1 AND $2
			AND NOT EXISTS (SELECT FROM organisations o WHERE o.code = x.organisation))`, first, last).Scan(&bad)
	if err == nil && bad > 0 {
		err = fmt.Errorf("%d rows name unknown codes", bad)
	}
	return err
}

// buildSearchDocuments writes the missing search documents, one id range per worker at a time,
// and returns how many it wrote.
func (s *Store) buildSearchDocuments(ctx context.Context, workers int) (int64, error) {
	var lo, hi int32
	err := s.pool.QueryRow(ctx, `SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM activities`).Scan(&lo, &hi)
	if err != nil {
		return 0, wrap(err, "buildSearchDocuments")
	}
	const chunk = 10_000
	ranges := make(chan int32)
	written := make(chan int64, workers)
	g, ctx := errgroup.WithContext(ctx)
	for range workers {
		g.Go(func() error {
			var n int64
			defer func() { written <- n }()
			for from := range ranges {
				tag, err := s.pool.Exec(ctx, `INSERT INTO activity_search SELECT a.id, activity_document(a)
					FROM activities a WHERE a.id BETWEEN $1 AND $2
					AND NOT EXISTS (SELECT FROM activity_search d WHERE d.activity_id = a.id)`, from, from+chunk-1)
				if err != nil {
					return err
				}
				n += tag.RowsAffected()
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(ranges)
		for from := lo; from <= hi && from > 0; from += chunk {
			select {
			case ranges <- from:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	err = g.Wait()
	close(written)
	var total int64
	for n := range written {
		total += n
	}
	if errors.Is(err, context.Canceled) {
		return total, err
	}
	return total, wrap(err, "buildSearchDocuments")
}

// copyAll writes acts and their countries and organisations with one COPY per table.
func copyAll(ctx context.Context, tx pgx.Tx, acts []activity.Activity, version int64) error {
	cols := append([]string{"id", "version"}, activityColumns...)
	rows := pgx.CopyFromSlice(len(acts), func(i int) ([]any, error) {
		return append([]any{acts[i].ID, version}, activityValues(&acts[i])...), nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"activities"}, cols, rows); err != nil {
		return err
	}
	var countries, orgs [][]any
	for _, a := range acts {
		for _, p := range []struct {
			role  string
			codes []string
		}{{"beneficiary", a.Beneficiaries}, {"provider", a.Providers}, {"facilitator", a.FacilitatorCountries}} {
			for _, c := range p.codes {
				countries = append(countries, []any{a.ID, p.role, c})
			}
		}
		for _, o := range a.FacilitatorOrgs {
			orgs = append(orgs, []any{a.ID, o})
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"activity_countries"}, []string{"activity_id", "role", "iso3"},
		pgx.CopyFromRows(countries)); err != nil {
		return err
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"activity_organisations"}, []string{"activity_id", "organisation"},
		pgx.CopyFromRows(orgs))
	return err
}
