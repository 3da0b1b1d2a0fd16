package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/classify"
)

// querier is what both a pool and a transaction can do.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// period is one dated row of a country's classification, valid on [from, to).
type period struct {
	from, to        time.Time // to is zero while the row is current
	status          classify.Status
	ldc, lldc, sids bool
}

// statusHistory holds every country's classification periods.
type statusHistory map[string][]period

// loadHistory reads the whole classification history (a few hundred rows).
func loadHistory(ctx context.Context, q querier) (statusHistory, error) {
	rows, err := q.Query(ctx, `SELECT iso3, valid_from, valid_to, status, ldc, lldc, sids
		FROM country_classifications`)
	if err != nil {
		return nil, err
	}
	h := statusHistory{}
	var iso3, status string
	var p period
	var to *time.Time
	_, err = pgx.ForEachRow(rows, []any{&iso3, &p.from, &to, &status, &p.ldc, &p.lldc, &p.sids}, func() error {
		p.to, p.status = time.Time{}, classify.Status(status)
		if to != nil {
			p.to = *to
		}
		h[iso3] = append(h[iso3], p)
		return nil
	})
	return h, err
}

// on returns the status country had on date; Unknown when no row covers it.
func (h statusHistory) on(country string, date time.Time) classify.Status {
	return h.period(country, date).status
}

// period returns the classification row of country that covers date, or a zero period.
func (h statusHistory) period(country string, date time.Time) period {
	for _, p := range h[country] {
		if !date.Before(p.from) && (p.to.IsZero() || date.Before(p.to)) {
			return p
		}
	}
	return period{}
}

// PartyStatus is one party of an activity with its classification on the activity's start date.
type PartyStatus struct {
	classify.Party
	LDC, LLDC, SIDS bool
}

// Classification returns a's parties with their classification on its start date, and the
// modality they give with the rule that decided it.
func (s *Store) Classification(ctx context.Context, a *activity.Activity) ([]PartyStatus, classify.Result, error) {
	h, err := loadHistory(ctx, s.pool)
	if err != nil {
		return nil, classify.Result{}, wrap(err, "Classification")
	}
	parties := h.parties(a)
	out := make([]PartyStatus, len(parties))
	for i, p := range parties {
		per := h.period(p.Country, a.StartDate)
		out[i] = PartyStatus{Party: p, LDC: per.ldc, LLDC: per.lldc, SIDS: per.sids}
	}
	return out, classify.Classify(parties), nil
}

// classifyActivity derives a's modality from its parties' statuses on its start date.
func (h statusHistory) classifyActivity(a *activity.Activity) classify.Result {
	return classify.Classify(h.parties(a))
}

// parties lists a's countries and organisations with their statuses on its start date.
func (h statusHistory) parties(a *activity.Activity) []classify.Party {
	var ps []classify.Party
	add := func(role activity.Role, codes []string) {
		for _, c := range codes {
			ps = append(ps, classify.Party{Role: role, Country: c, Status: h.on(c, a.StartDate)})
		}
	}
	add(activity.Beneficiary, a.Beneficiaries)
	add(activity.Provider, a.Providers)
	add(activity.Facilitator, a.FacilitatorCountries)
	for _, o := range a.FacilitatorOrgs {
		ps = append(ps, classify.Party{Role: activity.Facilitator, Organisation: o})
	}
	return ps
}
