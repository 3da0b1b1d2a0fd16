package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"sstc/internal/auth"
)

func TestAFormPostedFromAnotherSiteOrWithoutItsTokenIsRefused(t *testing.T) {
	t.Parallel()
	other, _ := signedIn(t, auth.Member)
	otherToken := other.token()
	tests := []struct {
		name   string
		token  func(own string) (form url.Values, header http.Header)
		status int
	}{
		{"cross-site fetch metadata", func(own string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {own}}, http.Header{"Sec-Fetch-Site": {"cross-site"}}
		}, 403},
		{"foreign Origin", func(own string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {own}}, http.Header{"Origin": {"https://evil.example"}}
		}, 403},
		{"null Origin", func(own string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {own}}, http.Header{"Origin": {"null"}}
		}, 403},
		{"no token", func(string) (url.Values, http.Header) { return url.Values{}, nil }, 403},
		{"empty token", func(string) (url.Values, http.Header) { return url.Values{"csrf_token": {""}}, nil }, 403},
		{"wrong token", func(own string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {strings.Repeat("A", len(own))}}, nil
		}, 403},
		{"another session's token", func(string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {otherToken}}, nil
		}, 403},
		{"right token", func(own string) (url.Values, http.Header) { return url.Values{"csrf_token": {own}}, nil }, 303},
		{"right token, same-site fetch metadata", func(own string) (url.Values, http.Header) {
			return url.Values{"csrf_token": {own}}, http.Header{"Sec-Fetch-Site": {"same-origin"}}
		}, 303},
		{"right token in the X-CSRF-Token header", func(own string) (url.Values, http.Header) {
			return url.Values{}, http.Header{"X-Csrf-Token": {own}}
		}, 303},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v, _ := signedIn(t, auth.Admin)
			form, header := tt.token(v.token())
			p := v.do(http.MethodPost, "/logout", strings.NewReader(form.Encode()), header)
			if p.status != tt.status {
				t.Fatalf("POST /logout: status %d, want %d; page says: %.200s", p.status, tt.status, p.visibleText())
			}
			if stillIn := v.mayManageUsers(); stillIn != (tt.status == 403) {
				t.Errorf("after a %d answer the admin is signed in: %v", p.status, stillIn)
			}
		})
	}
}

func TestTheSignInFormRefusesCrossSitePosts(t *testing.T) {
	t.Parallel()
	u, password := newAccount(t, auth.Admin)
	v := newVisitor(t, portal(t))
	form := url.Values{"csrf_token": {v.token()}, "email": {u.Email}, "password": {password}}
	for name, header := range map[string]http.Header{
		"cross-site": {"Sec-Fetch-Site": {"cross-site"}},
		"Origin":     {"Origin": {"https://evil.example"}},
	} {
		if p := v.do(http.MethodPost, "/login", strings.NewReader(form.Encode()), header); p.status != 403 {
			t.Errorf("%s POST /login: status %d, want 403", name, p.status)
		}
	}
	if p := v.do(http.MethodPost, "/login", strings.NewReader(url.Values{"email": {u.Email}, "password": {password}}.Encode()), nil); p.status != 403 {
		t.Errorf("POST /login without the form token: status %d, want 403 (login CSRF)", p.status)
	}
	if v.mayManageUsers() {
		t.Error("a refused sign-in signed the browser in")
	}
}
