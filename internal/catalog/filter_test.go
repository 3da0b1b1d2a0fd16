package catalog

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

var known = Known{
	Countries: map[string]bool{"BRA": true, "MOZ": true},
	Regions:   map[string]bool{"Africa": true, "Eastern Africa": true},
	Types:     map[string]bool{"workshop": true},
	IPAreas:   map[string]bool{"patents": true},
}

func TestParseFilter(t *testing.T) {
	for _, tc := range []struct {
		name     string
		query    string
		want     Filter
		problems []string // the parameters refused
	}{
		{"empty", "", Filter{Sort: SortNewest, Page: 1}, nil},
		{"codes fold to capitals and repeat", "beneficiary=moz&beneficiary=BRA&beneficiary=MOZ",
			Filter{Beneficiary: []string{"MOZ", "BRA"}, Sort: SortNewest, Page: 1}, nil},
		{"search defaults to relevance", "q=patent+offices",
			Filter{Query: "patent offices", Sort: SortRelevance, Page: 1}, nil},
		{"relevance without words", "sort=relevance", Filter{Sort: SortNewest, Page: 1}, []string{"sort"}},
		{"unknown values", "type=nope&provider=XXX&sdg=18&modality=east-west",
			Filter{Sort: SortNewest, Page: 1}, []string{"provider", "type", "modality", "sdg"}},
		{"years", "year_from=2015&year_to=2020", Filter{YearFrom: 2015, YearTo: 2020, Sort: SortNewest, Page: 1}, nil},
		{"malformed years", "year_from=abc&year_to=20155", Filter{Sort: SortNewest, Page: 1}, []string{"year_from", "year_to"}},
		{"years out of order", "year_from=2020&year_to=2010", Filter{YearFrom: 2020, Sort: SortNewest, Page: 1}, []string{"year_to"}},
		{"bad pages", "page=-1", Filter{Sort: SortNewest, Page: 1}, []string{"page"}},
		{"huge page", "page=99999999999999999999", Filter{Sort: SortNewest, Page: 1}, []string{"page"}},
		{"overlong search", "q=" + strings.Repeat("a", 10_000), Filter{Sort: SortNewest, Page: 1}, []string{"q"}},
		{"NUL byte", "q=a%00b&region=Africa", Filter{Region: []string{"Africa"}, Sort: SortNewest, Page: 1}, []string{"q"}},
		{"invalid UTF-8", "beneficiary=%ff%fe", Filter{Sort: SortNewest, Page: 1}, []string{"beneficiary"}},
		{"tsquery punctuation is just words", "q=!%26|:*()", Filter{Query: "!&|:*()", Sort: SortRelevance, Page: 1}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := url.ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			got, problems := ParseFilter(v, known)
			if !equalFilters(got, tc.want) {
				t.Errorf("filter %+v, want %+v", got, tc.want)
			}
			var params []string
			for _, p := range problems {
				params = append(params, p.Param)
			}
			if !slices.Equal(params, tc.problems) {
				t.Errorf("problems with %v, want %v", params, tc.problems)
			}
		})
	}
}

func equalFilters(a, b Filter) bool {
	return a.Values().Encode() == b.Values().Encode() && a.Sort == b.Sort
}

func TestFilterValuesRoundTrip(t *testing.T) {
	f := Filter{Query: "seeds", Beneficiary: []string{"MOZ"}, Region: []string{"Eastern Africa"}, Type: []string{"workshop"},
		IPArea: []string{"patents"}, SDG: []string{"9"}, YearFrom: 2012, Sort: SortOldest, Page: 3}
	got, problems := ParseFilter(f.Values(), known)
	if len(problems) > 0 || !equalFilters(got, f) {
		t.Errorf("round trip gave %+v (%v), want %+v", got, problems, f)
	}
	if w := f.Without("beneficiary", "MOZ"); w.Has("beneficiary") || w.Has("page") {
		t.Errorf("Without left %v, want no beneficiary and the first page", w)
	}
}

func FuzzParseFilter(f *testing.F) {
	f.Add("q=patent&beneficiary=MOZ&page=2")
	f.Add("year_from=2020&year_to=2010&sort=relevance")
	f.Fuzz(func(t *testing.T, query string) {
		v, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		got, _ := ParseFilter(v, known)
		if got.Page < 1 || got.Page > MaxPage || len(got.Query) > 4*MaxQueryLen {
			t.Errorf("filter out of bounds: %+v", got)
		}
		// What a filter writes, it reads back without complaint.
		if again, problems := ParseFilter(got.Values(), known); len(problems) > 0 || !equalFilters(again, got) {
			t.Errorf("round trip of %+v gave %+v %v", got, again, problems)
		}
	})
}
