package store

import (
	"context"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
)

// CopyActivities bulk-loads acts with COPY in one transaction, giving them ids and modalities.
// It is the fast path for demo and scale data; forms go through SaveActivity.
func (s *Store) CopyActivities(ctx context.Context, acts []activity.Activity) error {
	return wrap(s.InTx(ctx, func(tx pgx.Tx) error {
		h, err := loadHistory(ctx, tx)
		if err != nil {
			return err
		}
		version, err := bumpVersion(ctx, tx)
		if err != nil {
			return err
		}
		// The lock keeps other writers from taking ids out of the range reserved here.
		if _, err := tx.Exec(ctx, `LOCK TABLE activities IN EXCLUSIVE MODE`); err != nil {
			return err
		}
		var last int32
		err = tx.QueryRow(ctx, `SELECT setval(pg_get_serial_sequence('activities', 'id'),
			nextval(pg_get_serial_sequence('activities', 'id')) + $1 - 1)`, len(acts)).Scan(&last)
		if err != nil {
			return err
		}
		for i := range acts {
			acts[i].ID = last - int32(len(acts)-1-i)
			acts[i].Modality = h.classifyActivity(&acts[i]).Modality
		}
		return copyAll(ctx, tx, acts, version)
	}), "CopyActivities")
}

// copyAll writes acts and their related rows with one COPY per table.
func copyAll(ctx context.Context, tx pgx.Tx, acts []activity.Activity, version int64) error {
	cols := append([]string{"id", "version"}, activityColumns...)
	rows := pgx.CopyFromSlice(len(acts), func(i int) ([]any, error) {
		return append([]any{acts[i].ID, version}, activityValues(&acts[i])...), nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"activities"}, cols, rows); err != nil {
		return err
	}
	var countries, orgs, areas, sdgs [][]any
	for _, a := range acts {
		for _, c := range a.Beneficiaries {
			countries = append(countries, []any{a.ID, "beneficiary", c})
		}
		for _, c := range a.Providers {
			countries = append(countries, []any{a.ID, "provider", c})
		}
		for _, c := range a.FacilitatorCountries {
			countries = append(countries, []any{a.ID, "facilitator", c})
		}
		for _, o := range a.FacilitatorOrgs {
			orgs = append(orgs, []any{a.ID, o})
		}
		for _, ip := range a.IPAreas {
			areas = append(areas, []any{a.ID, ip})
		}
		for _, g := range a.SDGs {
			sdgs = append(sdgs, []any{a.ID, g})
		}
	}
	for _, c := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"activity_countries", []string{"activity_id", "role", "iso3"}, countries},
		{"activity_organisations", []string{"activity_id", "organisation"}, orgs},
		{"activity_ip_areas", []string{"activity_id", "ip_area"}, areas},
		{"activity_sdgs", []string{"activity_id", "sdg"}, sdgs},
	} {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
			return err
		}
	}
	return nil
}
