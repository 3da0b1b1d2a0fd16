package main

import (
	"context"
	"flag"
	"os"
	"time"

	"sstc/internal/loadtest"
)

// defaultLoadPaths are the list variants the speed targets name.
var defaultLoadPaths = []string{
	"/activities",
	"/activities?modality=south-south&type=workshop",
	"/activities?beneficiary=KEN&ip_area=patents",
	"/activities?region=Africa&year_from=2015&year_to=2020&sdg=9",
	"/activities?page=2000",
	"/activities?sort=oldest&mode=online",
	"/activities?q=patent",
	"/activities?q=patent&sort=newest",
	"/activities?q=geographical+indications&beneficiary=KEN",
	"/south-south",
}

// loadCommand measures the running portal's answer times for a set of pages.
func loadCommand(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	base := fs.String("url", "http://localhost:8080", "the portal to measure (loopback only)")
	requests := fs.Int("n", 200, "requests per page")
	duration := fs.Duration("duration", 20*time.Second, "time limit per page")
	concurrency := fs.Int("c", 1, "requests in flight at once")
	if err := fs.Parse(args); err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = defaultLoadPaths
	}
	results, err := loadtest.Run(ctx, loadtest.Options{Base: *base, Paths: paths, Requests: *requests,
		Duration: *duration, Concurrency: max(1, *concurrency)})
	loadtest.Print(os.Stdout, results)
	return err
}
