// Command sstc is the SSTC portal: its web server and its maintenance commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"sstc/internal/config"
	"sstc/internal/mail"
	"sstc/internal/seed"
	"sstc/internal/server"
	"sstc/internal/store"
)

const usage = `usage: sstc <command> [flags]

commands:
  serve [--demo]          run the web server (migrates first unless SSTC_MIGRATE=false);
                          --demo loads demo data and demo accounts into an empty database
  migrate up|down|status  change or show the database schema
  seed --demo             load about 2,000 demo activities
  seed --bench N          load N generated activities fast, for measurements
  classification add --country ISO3 --from DATE --status S [--ldc] [--lldc] [--sids]
                          record a new dated classification and re-derive affected modalities
  load [-url U] [-n N] [paths…]
                          measure a running portal's answer times (loopback only)
  user create --email E --role admin|staff|focal_point|member [--name N] [--country ISO3]
                          create an account; the password is prompted for or read from stdin
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	slog.SetDefault(log)
	if err := run(ctx, os.Args[1:], log); err != nil {
		fmt.Fprintln(os.Stderr, "sstc:", err)
		os.Exit(1)
	}
}

// run dispatches to a subcommand.
func run(ctx context.Context, args []string, log *slog.Logger) error {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return errors.New("no command given")
	}
	cfg, err := config.FromEnv()
	if err != nil {
		return err
	}
	switch args[0] {
	case "serve":
		return serve(ctx, cfg, args[1:], log)
	case "migrate":
		if len(args) != 2 {
			return errors.New("usage: sstc migrate up|down|status")
		}
		return store.Migrate(ctx, cfg.DatabaseURL, args[1], os.Stdout)
	case "seed":
		return seedCommand(ctx, cfg, args[1:])
	case "load":
		return loadCommand(ctx, args[1:])
	case "classification":
		return classificationCommand(ctx, cfg, args[1:])
	case "user":
		return userCommand(ctx, cfg, args[1:])
	}
	fmt.Fprint(os.Stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// serve migrates, optionally seeds, and serves until ctx is cancelled, then drains requests.
func serve(ctx context.Context, cfg config.Config, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	demo := fs.Bool("demo", false, "load demo data into an empty database")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.Migrate {
		if err := store.Migrate(ctx, cfg.DatabaseURL, "up", os.Stdout); err != nil {
			return err
		}
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer pool.Close()
	st := store.New(pool)
	if *demo {
		loaded, err := seed.DemoIfEmpty(ctx, st)
		if err != nil {
			return err
		}
		if loaded {
			log.Info("loaded demo activities into the empty database", "count", seed.DemoSize)
		}
		if err := demoAccounts(ctx, st, cfg.DemoPassword, os.Stdout); err != nil {
			return err
		}
	}
	srv, err := server.New(ctx, st, log, server.Options{PublicURL: cfg.PublicURL, SecureCookies: cfg.SecureCookies})
	if err != nil {
		return err
	}
	httpServer := &http.Server{
		Addr:              cfg.Addr,
		Handler:           srv.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      5 * time.Minute, // exports of the whole database take a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	fmt.Printf("SSTC portal listening on %s\n", displayURL(ln.Addr(), cfg.Addr))
	go mail.Run(ctx, st, mail.Config{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom,
		Username: cfg.SMTPUsername, Password: cfg.SMTPPassword}, log)
	errs := make(chan error, 1)
	go func() { errs <- httpServer.Serve(ln) }()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down; finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = httpServer.Shutdown(shutdownCtx)
	srv.Close()
	return err
}

// displayURL is the address to print for people to open.
func displayURL(addr net.Addr, configured string) string {
	host, port, _ := net.SplitHostPort(configured)
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	if tcp, ok := addr.(*net.TCPAddr); ok {
		port = fmt.Sprint(tcp.Port)
	}
	return "http://" + net.JoinHostPort(host, port)
}
