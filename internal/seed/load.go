package seed

import (
	"context"
	"fmt"
	"io"
	"time"

	"sstc/internal/activity"
	"sstc/internal/store"
)

// DemoSize is the number of activities in the demo data.
const DemoSize = 2000

// DemoIfEmpty loads the demo activities when the database holds none, and reports whether it did.
func DemoIfEmpty(ctx context.Context, st *store.Store) (bool, error) {
	var n int
	if err := st.Pool().QueryRow(ctx, `SELECT count(*) FROM activities`).Scan(&n); err != nil {
		return false, fmt.Errorf("seed.DemoIfEmpty: %w", err)
	}
	if n > 0 {
		return false, nil
	}
	countries, err := LoadCountries()
	if err != nil {
		return false, err
	}
	g := NewGenerator(countries, 1)
	acts := make([]activity.Activity, DemoSize)
	for i := range acts {
		acts[i] = g.Next()
	}
	return true, st.CopyActivities(ctx, acts)
}

// benchBatch is the number of activities generated and copied at a time.
const benchBatch = 50_000

// Bench loads n generated activities in batches, reporting the COPY rate to out.
func Bench(ctx context.Context, st *store.Store, n int, seed uint64, out io.Writer) error {
	countries, err := LoadCountries()
	if err != nil {
		return err
	}
	g := NewGenerator(countries, seed)
	var copying time.Duration
	start := time.Now()
	batch := make([]activity.Activity, 0, benchBatch)
	for done := 0; done < n; done += len(batch) {
		batch = batch[:0]
		for range min(benchBatch, n-done) {
			batch = append(batch, g.Next())
		}
		t := time.Now()
		if err := st.CopyActivities(ctx, batch); err != nil {
			return err
		}
		copying += time.Since(t)
		fmt.Fprintf(out, "\r%d of %d activities", done+len(batch), n)
	}
	fmt.Fprintf(out, "\nloaded %d activities in %s; COPY part %s = %.0f activities/s\n",
		n, time.Since(start).Round(time.Millisecond), copying.Round(time.Millisecond), float64(n)/copying.Seconds())
	return nil
}
