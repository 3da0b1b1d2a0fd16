package mail

import (
	"errors"
	"io"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"testing"
	"time"

	"sstc/internal/store"
)

func TestComposeRefusesBadHeaders(t *testing.T) {
	from := &netmail.Address{Name: "SSTC portal", Address: "portal@example.org"}
	tests := []struct {
		name string
		mail store.Mail
		want error
	}{
		{"line feed in the recipient", store.Mail{To: "a@example.org\nBcc: b@example.org", Subject: "Hi"}, ErrHeaderBreak},
		{"carriage return in the subject", store.Mail{To: "a@example.org", Subject: "Hi\rBcc: b@example.org"}, ErrHeaderBreak},
		{"line feed in the subject", store.Mail{To: "a@example.org", Subject: "Hi\n\nbody"}, ErrHeaderBreak},
		{"not an address", store.Mail{To: "nobody", Subject: "Hi"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := compose(from, tt.mail, time.Now())
			if err == nil {
				t.Fatal("composed a message, want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestComposeEncodesText(t *testing.T) {
	from := &netmail.Address{Name: "Portail SSTC", Address: "portal@example.org"}
	body := "Olá, São Paulo!\nConfirm: https://sstc.example.org/confirm?t=" + strings.Repeat("x", 100) + "\n"
	tests := []struct{ name, subject string }{
		{"plain subject", "Confirm your e-mail address"},
		{"accented subject", "Confirmez votre adresse électronique"},
		{"non-Latin subject", "Подтвердите адрес"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			to, raw, err := compose(from, store.Mail{To: "Ana@Example.org", Subject: tt.subject, Body: body},
				time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if to != "Ana@Example.org" {
				t.Errorf("recipient = %q", to)
			}
			msg := readMessage(t, raw)
			if got := msg.subject; got != tt.subject {
				t.Errorf("subject = %q, want %q", got, tt.subject)
			}
			if msg.body != strings.ReplaceAll(body, "\n", "\r\n") {
				t.Errorf("body = %q", msg.body)
			}
			if got := msg.header.Get("Date"); got != "Sun, 01 Mar 2026 12:00:00 +0000" {
				t.Errorf("Date = %q", got)
			}
		})
	}
}

// message is a parsed message as a mail client would show it.
type message struct {
	header  netmail.Header
	subject string
	body    string
}

// readMessage parses raw like a mail client and checks the headers every message must have.
func readMessage(t *testing.T, raw []byte) message {
	t.Helper()
	for i, line := range strings.Split(string(raw), "\n") {
		if len(strings.TrimSuffix(line, "\r")) > 78 && !strings.HasPrefix(line, "Subject:") {
			t.Errorf("line %d is %d characters long", i, len(line))
		}
	}
	m, err := netmail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Date", "Message-Id", "From", "To", "Subject"} {
		if m.Header.Get(h) == "" {
			t.Errorf("no %s header", h)
		}
	}
	if ct := m.Header.Get("Content-Type"); ct != "text/plain; charset=UTF-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(quotedprintable.NewReader(m.Body))
	if err != nil {
		t.Fatal(err)
	}
	return message{header: m.Header, subject: subject, body: string(body)}
}
