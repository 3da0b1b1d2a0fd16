// Package loadtest measures how fast a running portal answers a set of pages.
package loadtest

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"text/tabwriter"
	"time"
)

// Options bound a run: it stops after Requests per path or after Duration, whichever comes first.
type Options struct {
	Base        string // e.g. http://localhost:8080
	Paths       []string
	Requests    int
	Duration    time.Duration
	Concurrency int
}

// Result is the latency distribution of one path.
type Result struct {
	Path          string
	Count, Errors int
	Median, P90   time.Duration
	P99, Max      time.Duration
}

// Run requests each path in turn and returns its latencies. It only targets loopback addresses.
func Run(ctx context.Context, o Options) ([]Result, error) {
	u, err := url.Parse(o.Base)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("loadtest: %s is not a loopback address; only local servers are measured", u.Hostname())
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: o.Concurrency}}
	var results []Result
	for _, p := range o.Paths {
		r, err := measure(ctx, client, o, p)
		if err != nil {
			return results, err
		}
		results = append(results, r)
	}
	return results, nil
}

// measure requests one path from Concurrency workers until the count or the time runs out.
func measure(ctx context.Context, client *http.Client, o Options, path string) (Result, error) {
	// One request first, so a broken path fails loudly and connections are warm.
	if _, err := get(ctx, client, o.Base+path); err != nil {
		return Result{}, fmt.Errorf("loadtest: %s: %w", path, err)
	}
	ctx, cancel := context.WithTimeout(ctx, o.Duration)
	defer cancel()
	var mu sync.Mutex
	var took []time.Duration
	errs := 0
	var wg sync.WaitGroup
	next := make(chan struct{})
	go func() {
		defer close(next)
		for range o.Requests {
			select {
			case next <- struct{}{}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range o.Concurrency {
		wg.Go(func() {
			for range next {
				d, err := get(ctx, client, o.Base+path)
				mu.Lock()
				if err != nil {
					if ctx.Err() == nil {
						errs++
					}
				} else {
					took = append(took, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.Sort(took)
	r := Result{Path: path, Count: len(took), Errors: errs}
	if len(took) > 0 {
		at := func(q float64) time.Duration { return took[min(len(took)-1, int(q*float64(len(took))))] }
		r.Median, r.P90, r.P99, r.Max = at(0.5), at(0.9), at(0.99), took[len(took)-1]
	}
	return r, nil
}

// get fetches url, reads the whole body and returns the time taken; a status ≥ 400 is an error.
func get(ctx context.Context, client *http.Client, url string) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	if resp.StatusCode >= 400 {
		return 0, fmt.Errorf("status %d", resp.StatusCode)
	}
	return time.Since(start), nil
}

// Print writes results as a table.
func Print(w io.Writer, results []Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "requests\terrors\tmedian\tp90\tp99\tmax\t path")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	for _, r := range results {
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t %s\n", r.Count, r.Errors, ms(r.Median), ms(r.P90), ms(r.P99), ms(r.Max), r.Path)
	}
	tw.Flush()
}
