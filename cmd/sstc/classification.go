package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"sstc/internal/classify"
	"sstc/internal/config"
	"sstc/internal/store"
)

// classificationCommand records a country's new development classification from a date on
// (an LDC graduating, say) and re-derives the modality of the activities it affects.
func classificationCommand(ctx context.Context, cfg config.Config, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		return errors.New("usage: sstc classification add --country ISO3 --from YYYY-MM-DD --status developed|developing|transition [--ldc] [--lldc] [--sids]")
	}
	fs := flag.NewFlagSet("classification add", flag.ContinueOnError)
	country := fs.String("country", "", "ISO alpha-3 code")
	from := fs.String("from", "", "first day of the new classification, YYYY-MM-DD")
	status := fs.String("status", "", "developed, developing or transition")
	ldc := fs.Bool("ldc", false, "least developed country")
	lldc := fs.Bool("lldc", false, "landlocked developing country")
	sids := fs.Bool("sids", false, "small island developing State")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	c := store.Classification{Country: strings.ToUpper(*country), Status: classify.Status(*status), LDC: *ldc, LLDC: *lldc, SIDS: *sids}
	var err error
	if c.From, err = time.Parse("2006-01-02", *from); err != nil {
		return fmt.Errorf("--from %q is not a date like 2026-11-24", *from)
	}
	if c.Status != classify.Developed && c.Status != classify.Developing && c.Status != classify.Transition {
		return fmt.Errorf("--status %q is not developed, developing or transition", *status)
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	n, err := store.New(pool).RecordClassification(ctx, c)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no country %q", c.Country)
	}
	if err != nil {
		return err
	}
	fmt.Printf("%s is %s from %s; %d activities changed modality\n", c.Country, c.Status, *from, n)
	return nil
}
