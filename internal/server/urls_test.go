package server

import "testing"

func TestAfterSigningInPeopleAreOnlySentToPagesOfThisSite(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, next, want string }{
		{"a page", "/activities", "/activities"},
		{"a page with a query", "/ok?x=1", "/ok?x=1"},
		{"an admin page with an escaped query", "/admin/users?q=ana%40example.org", "/admin/users?q=ana%40example.org"},
		{"a fragment", "/activities#results", "/activities#results"},
		{"empty", "", "/"},
		{"the home page", "/", "/"},
		{"protocol-relative", "//evil.com", "/"},
		{"protocol-relative with a path", "//evil.com/login", "/"},
		{"backslash after the slash", "/\\evil.com", "/"},
		{"backslash later", "/a\\..\\\\evil.com", "/"},
		{"absolute URL", "https://evil.com", "/"},
		{"absolute URL without slashes", "https:evil.com", "/"},
		{"javascript", "javascript:alert(1)", "/"},
		{"data", "data:text/html,<script>alert(1)</script>", "/"},
		{"relative path", "evil.com", "/"},
		{"CR LF header injection", "/ok\r\nSet-Cookie: x=1", "/"},
		{"LF", "/ok\nLocation: https://evil.com", "/"},
		{"NUL", "/ok\x00", "/"},
		{"tab before slashes", "/\t/evil.com", "/"},
		{"encoded slash is only a path", "/%2F%2Fevil.com", "/%2F%2Fevil.com"},
		{"malformed escape", "/ok%zz", "/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safeNext(tt.next); got != tt.want {
				t.Errorf("safeNext(%q) = %q, want %q", tt.next, got, tt.want)
			}
		})
	}
}
