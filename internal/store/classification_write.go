package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/classify"
)

// Classification is a country's development status from a date on.
type Classification struct {
	Country         string
	From            time.Time
	Status          classify.Status
	LDC, LLDC, SIDS bool
}

// ErrHistory is returned for a classification that would rewrite the past: the current row
// must start before the new one.
var ErrHistory = errors.New("a classification must start after the current one")

// RecordClassification adds a dated classification row (an LDC graduating, a scheme revised),
// closing the current one, and re-derives the modality of every activity of the country that
// starts on or after that date, all in one transaction. It returns how many activities changed.
func (s *Store) RecordClassification(ctx context.Context, c Classification) (int, error) {
	changed := 0
	err := s.InTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE country_classifications SET valid_to = $2
			WHERE iso3 = $1 AND valid_to IS NULL AND valid_from < $2`, c.Country, c.From)
		if err != nil {
			return err
		}
		if tag.RowsAffected() != 1 {
			var known bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT FROM countries WHERE iso3 = $1)`, c.Country).Scan(&known); err != nil {
				return err
			}
			if !known {
				return ErrNotFound
			}
			return ErrHistory
		}
		if _, err := tx.Exec(ctx, `INSERT INTO country_classifications (iso3, valid_from, status, ldc, lldc, sids)
			VALUES ($1, $2, $3, $4, $5, $6)`, c.Country, c.From, string(c.Status), c.LDC, c.LLDC, c.SIDS); err != nil {
			return err
		}
		changed, err = reclassify(ctx, tx, c.Country, c.From)
		return err
	})
	return changed, wrap(err, "RecordClassification")
}

// reclassify re-derives the modality of the country's activities starting on or after from,
// bumping the version of those whose modality changed so every index follows.
func reclassify(ctx context.Context, tx pgx.Tx, country string, from time.Time) (int, error) {
	h, err := loadHistory(ctx, tx)
	if err != nil {
		return 0, err
	}
	rows, err := tx.Query(ctx, activitySelect+` WHERE a.start_date >= $2 AND a.id IN
		(SELECT activity_id FROM activity_countries WHERE iso3 = $1)`, country, from)
	if err != nil {
		return 0, err
	}
	acts, err := pgx.CollectRows(rows, scanActivity)
	if err != nil {
		return 0, err
	}
	var version int64
	changed := 0
	for i := range acts {
		m := h.classifyActivity(&acts[i]).Modality
		if m == acts[i].Modality {
			continue
		}
		if version == 0 {
			if version, err = bumpVersion(ctx, tx); err != nil {
				return 0, err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE activities SET modality = $2, version = $3 WHERE id = $1`,
			acts[i].ID, string(m), version); err != nil {
			return 0, err
		}
		changed++
	}
	return changed, nil
}
