package store

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// Country is a country or area with its names and M49 regions.
type Country struct {
	ISO3, ISO2                            string
	Names                                 map[string]string // by language code: en, fr, es, ar, zh, ru
	Region, Subregion, IntermediateRegion string
	Status                                string // current development status
	LDC, LLDC, SIDS                       bool
}

// Organisation is an intergovernmental organisation that can facilitate activities.
type Organisation struct {
	Code, Name string
}

// Reference is the reference data pages and forms choose from.
type Reference struct {
	Countries     []Country // ordered by English name
	Organisations []Organisation
	Types         []string // activity type codes in display order
	IPAreas       []string // IP area codes in display order
}

// Reference reads the reference lists.
func (s *Store) Reference(ctx context.Context) (*Reference, error) {
	ref := &Reference{}
	rows, err := s.pool.Query(ctx, `SELECT c.iso3, c.iso2, c.name_en, c.name_fr, c.name_es, c.name_ar, c.name_zh,
			c.name_ru, c.region, c.subregion, c.intermediate_region, k.status, k.ldc, k.lldc, k.sids
		FROM countries c JOIN country_classifications k ON k.iso3 = c.iso3 AND k.valid_to IS NULL
		ORDER BY c.name_en`)
	if err != nil {
		return nil, wrap(err, "Reference")
	}
	var c Country
	var en, fr, es, ar, zh, ru string
	_, err = pgx.ForEachRow(rows, []any{&c.ISO3, &c.ISO2, &en, &fr, &es, &ar, &zh, &ru, &c.Region, &c.Subregion,
		&c.IntermediateRegion, &c.Status, &c.LDC, &c.LLDC, &c.SIDS}, func() error {
		c.Names = map[string]string{"en": en, "fr": fr, "es": es, "ar": ar, "zh": zh, "ru": ru}
		ref.Countries = append(ref.Countries, c)
		return nil
	})
	if err != nil {
		return nil, wrap(err, "Reference")
	}
	if ref.Organisations, err = collect(ctx, s.pool, `SELECT code, name_en FROM organisations ORDER BY code`,
		func(r pgx.CollectableRow) (Organisation, error) {
			var o Organisation
			return o, r.Scan(&o.Code, &o.Name)
		}); err != nil {
		return nil, wrap(err, "Reference")
	}
	if ref.Types, err = collect(ctx, s.pool, `SELECT code FROM activity_types ORDER BY position`, pgx.RowTo[string]); err != nil {
		return nil, wrap(err, "Reference")
	}
	if ref.IPAreas, err = collect(ctx, s.pool, `SELECT code FROM ip_areas ORDER BY position`, pgx.RowTo[string]); err != nil {
		return nil, wrap(err, "Reference")
	}
	return ref, nil
}

// collect runs sql and maps every row with fn.
func collect[T any](ctx context.Context, q querier, sql string, fn pgx.RowToFunc[T], args ...any) ([]T, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, fn)
}
