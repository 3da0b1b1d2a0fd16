// Package config reads the portal's configuration from the environment and checks it at start.
package config

import (
	"fmt"
	"net/url"
	"os"
	"strconv"
)

// DefaultDatabaseURL is the local database `make run` prepares.
const DefaultDatabaseURL = "postgres://postgres@127.0.0.1:5432/sstc?sslmode=disable"

// Config is the portal's configuration.
type Config struct {
	DatabaseURL string // DATABASE_URL
	Addr        string // ADDR, or ":" + PORT; default localhost:8080
	Migrate     bool   // SSTC_MIGRATE: run migrations when serve starts (default true)
	PublicURL   string // SSTC_PUBLIC_URL: the portal's address for links in exports
}

// FromEnv reads the configuration from the environment.
func FromEnv() (Config, error) {
	c := Config{DatabaseURL: DefaultDatabaseURL, Addr: "localhost:8080", Migrate: true}
	if v := os.Getenv("DATABASE_URL"); v != "" {
		c.DatabaseURL = v
	}
	if v := os.Getenv("PORT"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n <= 0 || n > 65535 {
			return c, fmt.Errorf("config: PORT %q is not a port number", v)
		}
		c.Addr = ":" + v
	}
	if v := os.Getenv("ADDR"); v != "" {
		c.Addr = v
	}
	if v := os.Getenv("SSTC_MIGRATE"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("config: SSTC_MIGRATE %q is not true or false", v)
		}
		c.Migrate = b
	}
	c.PublicURL = os.Getenv("SSTC_PUBLIC_URL")
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || u.Scheme == "" || u.Host == "" {
			return c, fmt.Errorf("config: SSTC_PUBLIC_URL %q is not an absolute URL", c.PublicURL)
		}
	}
	if _, err := url.Parse(c.DatabaseURL); err != nil {
		return c, fmt.Errorf("config: DATABASE_URL is not a URL: %w", err)
	}
	return c, nil
}
