package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/mail"
	"strings"
	"unicode/utf8"
)

// NewToken returns a random 256-bit token for a link, and the hash the database keeps of it.
// The token cannot be guessed, so it needs no signature; keeping only the hash means a copy
// of the database cannot be turned into working links.
func NewToken() (token string, hash []byte) {
	b := make([]byte, 32)
	rand.Read(b)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

// HashToken returns the hash under which a token is stored.
func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}

// MaxEmail is the longest e-mail address accepted (RFC 5321's path limit).
const MaxEmail = 254

// NormalizeEmail trims and lower-cases an address, and reports whether it is a plain,
// valid address of acceptable length.
func NormalizeEmail(s string) (string, bool) {
	if !utf8.ValidString(s) { // before lower-casing, which would replace invalid bytes
		return s, false
	}
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 3 || len(s) > MaxEmail || strings.ContainsAny(s, "\x00\r\n") {
		return s, false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndexByte(s, '@')+1:], ".") {
		return s, false
	}
	return s, true
}
