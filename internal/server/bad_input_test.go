package server_test

import (
	"net/url"
	"strings"
	"testing"
)

// tenKB is a search of about 10 kB, far beyond the 200 characters a search may have.
var tenKB = strings.Repeat("patent+", 1463)

// q is a search parameter with s escaped as a browser would send it.
func q(s string) string { return "q=" + url.QueryEscape(s) }

func TestBadInputGetsAClearAnswerNeverAServerError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path string
		status     int
		// shows is the test id of the message the user reads; empty when nothing was refused.
		shows string
		// mentions is what that message must quote so the user sees what was wrong.
		mentions string
	}{
		{"unknown beneficiary", "/activities?beneficiary=XXX", 400, "problems", "“XXX” is not a known value for beneficiary"},
		{"unknown provider", "/activities?provider=ZZZ&provider=BRA", 400, "problems", "ZZZ"},
		{"unknown region", "/activities?region=Atlantis", 400, "problems", "Atlantis"},
		{"unknown type", "/activities?type=nope", 400, "problems", "nope"},
		{"SDG beyond 17", "/activities?sdg=18", 400, "problems", "“18”"},
		{"unknown modality", "/activities?modality=east-west", 400, "problems", "east-west"},
		{"unknown mode", "/activities?mode=telepathy", 400, "problems", "telepathy"},
		{"unknown sort", "/activities?sort=sideways", 400, "problems", "sideways"},
		{"relevance without search words", "/activities?sort=relevance", 400, "problems", "relevance"},
		{"year that is not a number", "/activities?year_from=abc", 400, "problems", "“abc”"},
		{"five-digit year", "/activities?year_from=20155", 400, "problems", "20155"},
		{"years in the wrong order", "/activities?year_from=2020&year_to=2010", 400, "problems", "2010 comes before the start year"},
		{"10 kB of search words", "/activities?q=" + tenKB, 400, "problems", "longer than 200 characters"},
		{"tsquery operators", "/activities?" + q("!&|:*()"), 200, "", ""},
		{"quotes and a prefix star", "/activities?" + q(`'":*`), 200, "", ""},
		{"operators between words", "/activities?" + q("foo & | bar"), 200, "", ""},
		{"only exclamation marks", "/activities?" + q("!!!"), 200, "", ""},
		{"a lone minus", "/activities?" + q("-"), 200, "", ""},
		{"negative page", "/activities?page=-1", 400, "problems", "“-1” is not a page number"},
		{"page zero", "/activities?page=0", 400, "problems", "“0”"},
		{"page beyond int64", "/activities?page=99999999999999999999", 400, "problems", "99999999999999999999"},
		{"page that is not a number", "/activities?page=abc", 400, "problems", "“abc”"},
		{"page beyond the end", "/activities?page=100000", 400, "problems", "There is no page 100000"},
		{"invalid UTF-8 in the search", "/activities?q=%ff%fe", 400, "problems", "not allowed"},
		{"NUL in the search", "/activities?q=patent%00", 400, "problems", "not allowed"},
		{"invalid UTF-8 in a country", "/activities?beneficiary=%ff%fe", 400, "problems", "beneficiary"},
		{"NUL in a country", "/activities?beneficiary=MOZ%00", 400, "problems", "beneficiary"},
		{"malformed query string", "/activities?q=%zz", 400, "error", "malformed query string"},
		// Pages are numbered; a cursor is not a parameter of the list, so it changes nothing.
		{"a tampered cursor", "/activities?cursor=eyJpZCI6LTF9%00", 200, "", ""},
		{"SSTAD with a malformed year", "/south-south?year_from=abc", 400, "problems", "abc"},
		{"SSTAD with a malformed query string", "/south-south?%zz", 400, "error", "malformed"},
		{"id beyond int64", "/activities/99999999999999999999", 404, "error", "no published page"},
		{"id beyond int32", "/activities/2147483648", 404, "error", "no published page"},
		{"id that is not a number", "/activities/abc", 404, "error", "no published page"},
		{"negative id", "/activities/-1", 404, "error", "no published page"},
		{"id zero", "/activities/0", 404, "error", "no published page"},
		{"NUL as id", "/activities/%00", 404, "error", "no published page"},
		{"invalid UTF-8 as id", "/activities/%ff", 404, "error", "no published page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := fetch(t, tt.path)
			if p.status != tt.status {
				t.Fatalf("GET %.80s: status %d, want %d; page says: %.300s", tt.path, p.status, tt.status, p.visibleText())
			}
			if p.doc == nil {
				t.Fatalf("GET %.80s: answers %s, want an HTML page", tt.path, p.header.Get("Content-Type"))
			}
			if tt.shows == "" {
				if p.find("problems").Length() != 0 || p.find("error").Length() != 0 {
					t.Errorf("GET %.80s warns although nothing was refused: %s", tt.path, p.visibleText())
				}
			} else if got := p.text(tt.shows); !strings.Contains(got, tt.mentions) {
				t.Errorf("GET %.80s says %q, want a message (%s) saying %q", tt.path, got, tt.shows, tt.mentions)
			}
			if strings.HasPrefix(tt.path, "/activities?") || strings.HasPrefix(tt.path, "/south-south?") {
				if tt.shows != "error" && p.find("results").Length()+p.find("empty").Length() != 1 {
					t.Errorf("GET %.80s shows neither results nor the empty message: %s", tt.path, p.visibleText())
				}
			}
		})
	}
}

func TestExportsRefuseBadInputInsteadOfExportingAnotherList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, query string
		status      int
	}{
		{"unknown beneficiary", "beneficiary=XXX", 400},
		{"unknown modality", "modality=east-west", 400},
		{"year that is not a number", "year_from=abc", 400},
		{"years in the wrong order", "year_from=2020&year_to=2010", 400},
		{"10 kB of search words", "q=" + tenKB, 400},
		{"invalid UTF-8 in the search", "q=%ff%fe", 400},
		{"NUL in a country", "beneficiary=%00", 400},
		{"malformed query string", "q=%zz", 400},
		{"tsquery operators", q("!&|:*()"), 200},
		{"quotes and a prefix star", q(`'":*`), 200},
		// A download holds the whole filtered list, so a page number does not matter to it.
		{"page beyond the end", "page=100000", 200},
	}
	for _, format := range []string{"csv", "xlsx"} {
		for _, tt := range tests {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				path := "/activities." + format + "?" + tt.query
				p := fetch(t, path)
				if p.status >= 500 {
					t.Fatalf("GET %.80s: status %d", path, p.status)
				}
				if p.status != tt.status {
					t.Fatalf("GET %.80s: status %d (%s, %d bytes), want %d: a download cannot show a warning, "+
						"so it must refuse the filter rather than export a list the user did not ask for",
						path, p.status, p.header.Get("Content-Type"), len(p.body), tt.status)
				}
				if tt.status == 400 && (p.doc == nil || p.text("error") == "") {
					t.Errorf("GET %.80s refuses without a page that says why", path)
				}
				if tt.status == 200 && p.doc != nil {
					t.Errorf("GET %.80s answers an HTML page instead of a download", path)
				}
			})
		}
	}
}
