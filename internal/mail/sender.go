// Package mail delivers the outbox over SMTP.
package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	netmail "net/mail"
	"net/smtp"
	"os"
	"time"

	"sstc/internal/store"
)

// Config is how to reach the mail server.
type Config struct {
	Addr     string // host:port; empty means mail is not sent
	From     string // the sender address, optionally with a display name
	Username string // for PLAIN authentication, which is only done over TLS or to localhost
	Password string
}

// sendTimeout bounds one delivery, which holds the outbox row's lock while it runs.
const sendTimeout = 30 * time.Second

// Sender delivers messages to one SMTP server.
type Sender struct {
	cfg   Config
	from  *netmail.Address
	hello string
	dial  func(ctx context.Context, network, addr string) (net.Conn, error)
}

// NewSender returns a Sender for cfg.
func NewSender(cfg Config) (*Sender, error) {
	from, err := netmail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("mail: sender %q: %w", cfg.From, err)
	}
	hello, err := os.Hostname()
	if err != nil {
		hello = "localhost"
	}
	return &Sender{cfg: cfg, from: from, hello: hello, dial: (&net.Dialer{}).DialContext}, nil
}

// Send delivers one message, upgrading to TLS whenever the server offers STARTTLS.
func (s *Sender) Send(ctx context.Context, m store.Mail) error {
	to, msg, err := compose(s.from, m, time.Now())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	conn, err := s.dial(ctx, "tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	deadline, _ := ctx.Deadline()
	conn.SetDeadline(deadline)
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) }) // shutdown interrupts a send
	defer stop()
	host, _, _ := net.SplitHostPort(s.cfg.Addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := s.greet(c, host); err != nil {
		return err
	}
	if err := c.Mail(s.from.Address); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// greet says hello, starts TLS when offered and authenticates when configured to.
func (s *Sender) greet(c *smtp.Client, host string) error {
	if err := c.Hello(s.hello); err != nil {
		return err
	}
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: host}); err != nil {
			return err
		}
	}
	if s.cfg.Username == "" {
		return nil
	}
	if _, secure := c.TLSConnectionState(); !secure && !isLocalhost(host) {
		return errors.New("mail: refusing to send SMTP credentials without TLS; the server offers no STARTTLS")
	}
	return c.Auth(smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, host))
}

// isLocalhost reports whether host is this machine, the one place credentials may travel in clear.
func isLocalhost(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || host == "::1"
}
