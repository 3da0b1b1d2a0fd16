package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"

	_ "github.com/jackc/pgx/v5/stdlib" // the database/sql driver goose runs on
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"sstc/migrations"
)

// Migrate runs a goose command ("up", "down" or "status") against the database at url.
func Migrate(ctx context.Context, url, command string, out io.Writer) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return fmt.Errorf("store.Migrate: %w", err)
	}
	defer db.Close()
	// The advisory lock lets several instances start at once without racing.
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return fmt.Errorf("store.Migrate: %w", err)
	}
	provider, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("store.Migrate: %w", err)
	}
	switch command {
	case "up":
		results, err := provider.Up(ctx)
		for _, r := range results {
			slog.Info("migrated", "version", r.Source.Version, "file", r.Source.Path, "duration", r.Duration)
		}
		return wrap(err, "Migrate")
	case "down":
		r, err := provider.Down(ctx)
		if r != nil {
			fmt.Fprintf(out, "rolled back %s\n", r.Source.Path)
		}
		return wrap(err, "Migrate")
	case "status":
		statuses, err := provider.Status(ctx)
		for _, st := range statuses {
			applied := "pending"
			if st.State == goose.StateApplied {
				applied = st.AppliedAt.Format("2006-01-02 15:04:05")
			}
			fmt.Fprintf(out, "%-40s %s\n", st.Source.Path, applied)
		}
		return wrap(err, "Migrate")
	}
	return fmt.Errorf("store.Migrate: unknown command %q (want up, down or status)", command)
}
