package mail

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
	"time"

	"sstc/internal/store"
)

// ErrHeaderBreak is returned for a recipient or subject with a line break, which could forge headers.
var ErrHeaderBreak = errors.New("mail: line break in a header field")

// compose renders m as an RFC 5322 message from sender and returns it with the recipient's address.
func compose(from *netmail.Address, m store.Mail, now time.Time) (to string, msg []byte, err error) {
	if strings.ContainsAny(m.To, "\r\n") || strings.ContainsAny(m.Subject, "\r\n") {
		return "", nil, ErrHeaderBreak
	}
	rcpt, err := netmail.ParseAddress(m.To)
	if err != nil {
		return "", nil, fmt.Errorf("mail: recipient %q: %w", m.To, err)
	}
	var b bytes.Buffer
	header := func(name, value string) { fmt.Fprintf(&b, "%s: %s\r\n", name, value) }
	header("Date", now.Format(time.RFC1123Z))
	header("Message-ID", messageID(from.Address))
	header("From", from.String())
	header("To", (&netmail.Address{Address: rcpt.Address}).String())
	header("Subject", mime.QEncoding.Encode("UTF-8", m.Subject))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=UTF-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	header("Auto-Submitted", "auto-generated") // RFC 3834: no vacation replies, please
	b.WriteString("\r\n")
	qp := quotedprintable.NewWriter(&b)
	if _, err := qp.Write([]byte(m.Body)); err != nil {
		return "", nil, err
	}
	if err := qp.Close(); err != nil {
		return "", nil, err
	}
	return rcpt.Address, b.Bytes(), nil
}

// messageID returns a new, globally unique Message-ID in the sender's domain.
func messageID(sender string) string {
	r := make([]byte, 16)
	rand.Read(r)
	return "<" + hex.EncodeToString(r) + sender[strings.LastIndexByte(sender, '@'):] + ">"
}
