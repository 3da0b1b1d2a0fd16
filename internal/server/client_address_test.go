package server

import (
	"net/http"
	"testing"
)

func TestClientAddressGroupsAnIPv6SubscriberAndUnmapsIPv4(t *testing.T) {
	for _, tc := range []struct{ remote, want string }{
		{"192.0.2.7:5000", "192.0.2.7"},
		{"[::ffff:192.0.2.7]:5000", "192.0.2.7"},
		{"[2001:db8:1:2:aaaa::1]:443", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:bbbb::9]:443", "2001:db8:1:2::/64"},
		{"not an address", "not an address"},
	} {
		if got := clientAddress(&http.Request{RemoteAddr: tc.remote}); got != tc.want {
			t.Errorf("clientAddress(%q) = %q, want %q", tc.remote, got, tc.want)
		}
	}
}
