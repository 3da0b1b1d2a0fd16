package server

import (
	"net/url"
	"strings"
)

// urlQueryEscape escapes s for a query parameter.
func urlQueryEscape(s string) string { return url.QueryEscape(s) }

// safeNext returns next when it is a path on this site, and "/" otherwise, so a crafted
// link cannot send someone elsewhere after signing in (an open redirect).
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") ||
		strings.ContainsAny(next, "\\\r\n\x00") {
		return "/"
	}
	if u, err := url.Parse(next); err != nil || u.Host != "" || u.Scheme != "" {
		return "/"
	}
	return next
}
