package main

import (
	"strings"
	"testing"

	"sstc/internal/auth"
)

func TestParseUserCreate(t *testing.T) {
	tests := []struct {
		name    string
		args    string
		wantErr string // empty: accepted
	}{
		{"admin", "--email Admin@Example.org --role admin", ""},
		{"focal point with a country", "--email fp@example.org --role focal_point --country bra --name Ana", ""},
		{"focal point without a country", "--email fp@example.org --role focal_point", "needs --country"},
		{"country for a member", "--email m@example.org --role member --country BRA", "only for focal points"},
		{"unknown role", "--email m@example.org --role owner", "not one of"},
		{"no role", "--email m@example.org", "not one of"},
		{"bad e-mail", "--email not-an-address --role admin", "not a valid e-mail"},
		{"stray argument", "--email m@example.org --role admin extra", "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := parseUserCreate(strings.Fields(tt.args))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			case err == nil && (!u.EmailConfirmed || u.Name == "" || u.Email != strings.ToLower(u.Email)):
				t.Errorf("user %+v: want a confirmed user with a name and a lower-case e-mail", u)
			}
		})
	}
}

func TestReadLinePassword(t *testing.T) {
	tests := []struct {
		name, input, want, wantErr string
	}{
		{"line with newline", "correct horse battery\n", "correct horse battery", ""},
		{"Windows line ending", "correct horse battery\r\nrest", "correct horse battery", ""},
		{"no newline", "correct horse battery", "correct horse battery", ""},
		{"64 characters of Cyrillic", strings.Repeat("ж", 64) + "\n", strings.Repeat("ж", 64), ""},
		{"empty", "", "", "no password"},
		{"too short", "short\n", "", "shorter"},
		{"too long", strings.Repeat("x", auth.MaxPassword+10), "", "longer"},
		{"NUL byte", "correct\x00horse battery\n", "", "control characters"},
		{"invalid UTF-8", "correct horse \xff battery\n", "", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readLine(strings.NewReader(tt.input))
			if err == nil {
				err = checkPassword(got)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
