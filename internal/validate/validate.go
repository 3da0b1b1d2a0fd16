// Package validate collects what is wrong with a submitted form, field by field, as message keys.
package validate

import (
	"strings"
	"unicode/utf8"
)

// Errors maps a form field's name to the message key of its first problem.
type Errors map[string]string

// Check records key against field when ok is false and the field has no problem yet.
func (e Errors) Check(ok bool, field, key string) {
	if !ok {
		if _, seen := e[field]; !seen {
			e[field] = key
		}
	}
}

// Valid reports whether no problem was recorded.
func (e Errors) Valid() bool { return len(e) == 0 }

// Text reports whether s is valid UTF-8 with no control characters other than tab and line breaks.
func Text(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f })
}

// Line reports whether s is one line of text: valid UTF-8 without control characters.
func Line(s string) bool { return Text(s) && !strings.ContainsAny(s, "\t\r\n") }

// NotBlank reports whether s has something besides spaces.
func NotBlank(s string) bool { return strings.TrimSpace(s) != "" }

// MaxChars reports whether s has at most n characters.
func MaxChars(s string, n int) bool { return utf8.RuneCountInString(s) <= n }
