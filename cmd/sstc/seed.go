package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"

	"sstc/internal/config"
	"sstc/internal/seed"
	"sstc/internal/store"
)

// seedCommand loads demo data or scale data into the configured database.
func seedCommand(ctx context.Context, cfg config.Config, args []string) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	demo := fs.Bool("demo", false, "load the demo activities into an empty database")
	bench := fs.Int("bench", 0, "load this many generated activities")
	from := fs.Uint64("seed", 42, "random seed for --bench")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *demo == (*bench > 0) {
		return errors.New("usage: sstc seed --demo | --bench N")
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	if *bench > 0 {
		return seed.Bench(ctx, st, *bench, *from, os.Stdout)
	}
	loaded, err := seed.DemoIfEmpty(ctx, st)
	switch {
	case err != nil:
		return err
	case loaded:
		fmt.Printf("loaded %d demo activities\n", seed.DemoSize)
	default:
		fmt.Println("the database already holds activities; demo data not loaded")
	}
	return nil
}
