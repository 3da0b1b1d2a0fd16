// Package config reads the portal's configuration from the environment and checks it at start.
package config

import (
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"os"
	"strconv"
	"strings"

	"sstc/internal/auth"
)

// DefaultDatabaseURL is the local database `make run` prepares.
const DefaultDatabaseURL = "postgres://postgres@127.0.0.1:5432/sstc?sslmode=disable"

// Config is the portal's configuration.
type Config struct {
	DatabaseURL string // DATABASE_URL
	Addr        string // ADDR, or ":" + PORT; default localhost:8080
	Migrate     bool   // SSTC_MIGRATE: run migrations when serve starts (default true)
	// PublicURL (SSTC_PUBLIC_URL) is the portal's address for links in exports and e-mail;
	// by default the local address it listens on. Set it in production.
	PublicURL string
	// SecureCookies (SSTC_SECURE_COOKIES) marks the session cookie Secure; default true when
	// SSTC_PUBLIC_URL is https.
	SecureCookies bool
	SMTPAddr      string // SMTP_ADDR: host:port of the mail server; empty keeps mail in the outbox
	SMTPFrom      string // SMTP_FROM: the sender address, required with SMTP_ADDR
	SMTPUsername  string // SMTP_USERNAME: for PLAIN authentication, sent only over TLS
	SMTPPassword  string // SMTP_PASSWORD
	DemoPassword  string // SSTC_DEMO_PASSWORD: the demo accounts' password; empty = generated
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
	c.PublicURL = strings.TrimSuffix(os.Getenv("SSTC_PUBLIC_URL"), "/")
	if c.PublicURL == "" {
		c.PublicURL = localURL(c.Addr)
	}
	if u, err := url.Parse(c.PublicURL); err != nil || u.Scheme == "" || u.Host == "" {
		return c, fmt.Errorf("config: SSTC_PUBLIC_URL %q is not an absolute URL", c.PublicURL)
	}
	c.SecureCookies = strings.HasPrefix(c.PublicURL, "https://")
	if v := os.Getenv("SSTC_SECURE_COOKIES"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("config: SSTC_SECURE_COOKIES %q is not true or false", v)
		}
		c.SecureCookies = b
	}
	if err := c.readSMTP(); err != nil {
		return c, err
	}
	c.DemoPassword = os.Getenv("SSTC_DEMO_PASSWORD")
	if n := len(c.DemoPassword); n > 0 && (n < auth.MinPassword || n > auth.MaxPassword) {
		return c, fmt.Errorf("config: SSTC_DEMO_PASSWORD must be %d to %d bytes long", auth.MinPassword, auth.MaxPassword)
	}
	if _, err := url.Parse(c.DatabaseURL); err != nil {
		return c, fmt.Errorf("config: DATABASE_URL is not a URL: %w", err)
	}
	return c, nil
}

// readSMTP reads and checks the mail server settings.
func (c *Config) readSMTP() error {
	c.SMTPAddr, c.SMTPFrom = os.Getenv("SMTP_ADDR"), os.Getenv("SMTP_FROM")
	c.SMTPUsername, c.SMTPPassword = os.Getenv("SMTP_USERNAME"), os.Getenv("SMTP_PASSWORD")
	if c.SMTPAddr == "" {
		return nil
	}
	if host, port, err := net.SplitHostPort(c.SMTPAddr); err != nil || host == "" || port == "" {
		return fmt.Errorf("config: SMTP_ADDR %q is not host:port", c.SMTPAddr)
	}
	if c.SMTPFrom == "" {
		return fmt.Errorf("config: SMTP_FROM is required when SMTP_ADDR is set")
	}
	if _, err := mail.ParseAddress(c.SMTPFrom); err != nil {
		return fmt.Errorf("config: SMTP_FROM %q is not an e-mail address", c.SMTPFrom)
	}
	if (c.SMTPUsername == "") != (c.SMTPPassword == "") {
		return fmt.Errorf("config: set both SMTP_USERNAME and SMTP_PASSWORD, or neither")
	}
	return nil
}

// localURL is the address of a portal listening on addr on this machine, the default for links.
func localURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://localhost:8080"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}
