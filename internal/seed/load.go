package seed

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

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
const benchBatch = 20_000

// Bench loads n generated activities: one generator and one COPY connection per core, then the
// search documents, built on every core. It reports each part's rate to out.
func Bench(ctx context.Context, st *store.Store, n int, seed uint64, out io.Writer) error {
	countries, err := LoadCountries()
	if err != nil {
		return err
	}
	workers := runtime.NumCPU()
	bulk := st.BeginBulk()
	var copying time.Duration // the slowest worker's time in COPY
	var mu sync.Mutex
	var copied int
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	for w := range workers {
		share := n / workers
		if w == 0 {
			share += n % workers
		}
		g.Go(func() error {
			gen := NewGenerator(countries, seed+uint64(w))
			var spent time.Duration
			batch := make([]activity.Activity, 0, benchBatch)
			for done := 0; done < share; done += len(batch) {
				batch = batch[:0]
				for range min(benchBatch, share-done) {
					batch = append(batch, gen.Next())
				}
				t := time.Now()
				if err := bulk.Copy(gctx, batch); err != nil {
					return err
				}
				spent += time.Since(t)
				mu.Lock()
				copied += len(batch)
				copying = max(copying, spent)
				fmt.Fprintf(out, "\rcopied %d of %d activities", copied, n)
				mu.Unlock()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nCOPY part: %d activities in %s on %d connections = %.0f activities/s\n",
		n, copying.Round(time.Millisecond), workers, float64(n)/copying.Seconds())
	t := time.Now()
	written, err := bulk.Finish(ctx, workers)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "search documents: %d in %s = %.0f/s\ntotal %s\n", written, time.Since(t).Round(time.Millisecond),
		float64(written)/time.Since(t).Seconds(), time.Since(start).Round(time.Millisecond))
	return nil
}
