// Package testdb gives each test package its own PostgreSQL database, cloned from a template
// that is migrated once per migration set, so packages can run their tests in parallel.
package testdb

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sstc/internal/store"
	"sstc/migrations"
)

// DefaultURL is the server tests use when DATABASE_URL is unset.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

var (
	pool   *pgxpool.Pool
	dbURL  string
	dbName string
)

// Main creates the package's database, runs the tests, drops the database and exits.
func Main(m *testing.M) {
	ctx := context.Background()
	admin := os.Getenv("DATABASE_URL")
	if admin == "" {
		admin = DefaultURL
	}
	var err error
	dbName, dbURL, err = create(ctx, admin)
	if err != nil {
		log.Fatalf("testdb: %v (is PostgreSQL running? set DATABASE_URL)", err)
	}
	if pool, err = pgxpool.New(ctx, dbURL); err != nil {
		log.Fatalf("testdb: %v", err)
	}
	code := m.Run()
	pool.Close()
	if err := exec(ctx, admin, "DROP DATABASE "+pgx.Identifier{dbName}.Sanitize()+" WITH (FORCE)"); err != nil {
		log.Printf("testdb: %v", err)
	}
	os.Exit(code)
}

// Pool returns the package's database.
func Pool(tb testing.TB) *pgxpool.Pool {
	tb.Helper()
	if pool == nil {
		tb.Fatal("testdb: call testdb.Main from TestMain")
	}
	return pool
}

// URL returns the connection URL of the package's database.
func URL(tb testing.TB) string {
	Pool(tb)
	return dbURL
}

// create clones the migrated template into a new database named after the test binary.
func create(ctx context.Context, admin string) (name, dbURL string, err error) {
	tmpl, err := template(ctx, admin)
	if err != nil {
		return "", "", err
	}
	suffix := make([]byte, 4)
	rand.Read(suffix)
	name = fmt.Sprintf("sstc_test_%s_%x", sanitize(filepath.Base(os.Args[0])), suffix)
	err = exec(ctx, admin, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s",
		pgx.Identifier{name}.Sanitize(), pgx.Identifier{tmpl}.Sanitize()))
	return name, withDatabase(admin, name), err
}

// template returns the name of a database migrated to the current migration files, making it
// if needed. An advisory lock keeps parallel test packages from building it twice.
func template(ctx context.Context, admin string) (string, error) {
	name := "sstc_template_" + migrationsHash()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock(hashtext('sstc testdb template'))"); err != nil {
		return "", err
	}
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil || exists {
		return name, err
	}
	building := name + "_building"
	stmts := []string{
		"DROP DATABASE IF EXISTS " + building,
		"CREATE DATABASE " + building,
	}
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			return "", err
		}
	}
	if err := store.Migrate(ctx, withDatabase(admin, building), "up", nil); err != nil {
		return "", err
	}
	_, err = conn.Exec(ctx, "ALTER DATABASE "+building+" RENAME TO "+name)
	return name, err
}

// migrationsHash identifies the migration set, so a changed migration gets a new template.
func migrationsHash() string {
	h := sha256.New()
	fs.WalkDir(migrations.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(migrations.FS, path)
			h.Write([]byte(path))
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// exec runs one statement on the admin database.
func exec(ctx context.Context, admin, sql string) error {
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// withDatabase returns u with its database name replaced.
func withDatabase(u, name string) string {
	parsed, err := url.Parse(u)
	if err != nil {
		return u
	}
	parsed.Path = "/" + name
	return parsed.String()
}

// sanitize keeps the letters and digits of s, lower-cased.
func sanitize(s string) string {
	out := make([]byte, 0, len(s))
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+'a'-'A')
		}
	}
	return string(out[:min(len(out), 20)])
}
