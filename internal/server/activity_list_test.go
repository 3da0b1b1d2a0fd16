package server_test

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/activity"
)

func TestHomeShowsCountsAndNewestActivities(t *testing.T) {
	t.Parallel()
	p := get(t, "/", http.StatusOK)

	var stats []string
	p.find("stats").Find("li").Each(func(_ int, s *goquery.Selection) { stats = append(stats, squash(s.Text())) })
	all := published(t)
	countries := map[string]bool{}
	latest := ""
	for _, a := range all {
		for _, c := range a.Beneficiaries {
			countries[c] = true
		}
		latest = max(latest, a.StartDate.Format(time.DateOnly))
	}
	want := []string{
		number(len(all)) + " published activities",
		number(count(t, modality(activity.SouthSouth))) + " South-South",
		number(count(t, modality(activity.Triangular))) + " Triangular",
		number(count(t, modality(activity.NorthSouth))) + " North-South",
		number(len(countries)) + " beneficiary countries",
	}
	if !slices.Equal(stats, want) {
		t.Errorf("the home page's figures are\n%q\nwant\n%q", stats, want)
	}

	newest := p.find("newest").Find(`[data-testid="activity"] h3`)
	if newest.Length() != 5 {
		t.Fatalf("the home page shows %d newest activities, want 5", newest.Length())
	}
	if first := squash(p.find("newest").Find(".card__meta span").First().Text()); !strings.HasPrefix(first, latest) {
		t.Errorf("the newest activity starts %q, want the latest start date %s", first, latest)
	}
}

func TestListShowsAPageOfActivitiesWithTotalAndFacets(t *testing.T) {
	t.Parallel()
	p := get(t, "/activities", http.StatusOK)

	if got, want := p.total(t), len(published(t)); got != want {
		t.Errorf("the list announces %d activities, want every published one: %d", got, want)
	}
	if n := len(p.cards()); n != 20 {
		t.Errorf("the first page shows %d activities, want 20", n)
	}
	for _, m := range activity.Modalities {
		if got, want := p.facet("modality")[string(m)], count(t, modality(m)); got != want {
			t.Errorf("the %s checkbox counts %d, want %d", m, got, want)
		}
	}
	if got, want := p.selectCounts("f-beneficiary")["VUT"], count(t, beneficiary("VUT")); got != want {
		t.Errorf("Vanuatu in the beneficiary box counts %d, want %d", got, want)
	}
	if p.find("empty").Length() != 0 || p.find("problems").Length() != 0 {
		t.Errorf("an unfiltered list shows a warning: %s", p.visibleText())
	}
}

func TestListFiltersShowOnlyMatchingActivities(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, query string
		want        func(testing.TB) int // how many activities the filter should give
		shows       func(card) bool      // what every card must visibly show; nil when cards do not show it
	}{
		{"one beneficiary", "beneficiary=MOZ", counting(beneficiary("MOZ")),
			func(c card) bool { return strings.Contains(c.beneficiaries, "Mozambique") }},
		{"beneficiary codes fold to capitals", "beneficiary=moz", counting(beneficiary("MOZ")), nil},
		{"two beneficiaries are alternatives", "beneficiary=MOZ&beneficiary=VUT", counting(beneficiary("MOZ", "VUT")),
			func(c card) bool {
				return strings.Contains(c.beneficiaries, "Mozambique") || strings.Contains(c.beneficiaries, "Vanuatu")
			}},
		{"provider", "provider=BRA", counting(provider("BRA")),
			func(c card) bool { return strings.Contains(c.providers, "Brazil") }},
		{"intermediate region", "region=Eastern+Africa", counting(region("Eastern Africa")), nil},
		{"sub-region", "region=Sub-Saharan+Africa", counting(region("Sub-Saharan Africa")), nil},
		{"region", "region=Oceania", counting(region("Oceania")), nil},
		{"type", "type=workshop", counting(ofType("workshop")), func(c card) bool { return slices.Contains(c.meta, "Workshop") }},
		{"years", "year_from=2015&year_to=2016", counting(years(2015, 2016)),
			func(c card) bool { return c.startDate() >= "2015-01-01" && c.startDate() <= "2016-12-31" }},
		{"from a year on", "year_from=2024", counting(years(2024, 9999)),
			func(c card) bool { return c.startDate() >= "2024-01-01" }},
		{"IP area", "ip_area=geographical_indications",
			counting(func(a *activity.Activity) bool { return slices.Contains(a.IPAreas, "geographical_indications") }), nil},
		{"SDG", "sdg=9", counting(func(a *activity.Activity) bool { return slices.Contains(a.SDGs, 9) }), nil},
		{"one modality", "modality=north-south", counting(modality(activity.NorthSouth)),
			func(c card) bool { return c.modality == "North-South" }},
		{"repeated modality", "modality=south-south&modality=triangular", counting(modality(activity.SouthSouth, activity.Triangular)),
			func(c card) bool { return c.modality == "South-South" || c.modality == "Triangular" }},
		{"mode", "mode=online", counting(func(a *activity.Activity) bool { return a.Mode == activity.Online }),
			func(c card) bool { return slices.Contains(c.meta, "Online") }},
		{"search words", "q=patent+examiners", func(t testing.TB) int {
			return dbCount(t, `to_tsvector('english', concat_ws(' ', a.title, a.summary, a.description, a.organiser,
				a.venue_city, a.expected_result, a.outcomes)) @@ websearch_to_tsquery('english', 'patent examiners')`)
		}, nil},
		{"several filters at once", "beneficiary=MOZ&provider=BRA&type=workshop",
			counting(beneficiary("MOZ"), provider("BRA"), ofType("workshop")),
			func(c card) bool {
				return strings.Contains(c.beneficiaries, "Mozambique") && strings.Contains(c.providers, "Brazil")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := get(t, "/activities?"+tt.query, http.StatusOK)
			want := tt.want(t)
			if got := p.total(t); got != want || want == 0 {
				t.Fatalf("?%s announces %d activities, want %d (and more than none)", tt.query, got, want)
			}
			cards := p.cards()
			if len(cards) != min(20, want) {
				t.Errorf("?%s shows %d cards, want %d", tt.query, len(cards), min(20, want))
			}
			for _, c := range cards {
				if tt.shows != nil && !tt.shows(c) {
					t.Errorf("?%s shows an activity that does not match: %+v", tt.query, c)
				}
			}
		})
	}
}

func TestSearchForAUniqueWordFindsThatActivity(t *testing.T) {
	t.Parallel()
	p := get(t, "/activities?q="+searchWord, http.StatusOK)
	cards := p.cards()
	if p.total(t) != 1 || len(cards) != 1 {
		t.Fatalf("searching %q finds %d activities, want exactly the one that has it", searchWord, p.total(t))
	}
	if cards[0].href != activityPath(t, searchable) || cards[0].title != made(t, searchable).Title {
		t.Errorf("searching %q finds %+v, want %q", searchWord, cards[0], made(t, searchable).Title)
	}
	if got := p.doc.Find("input#q").AttrOr("value", ""); got != searchWord {
		t.Errorf("the search box holds %q after the search, want %q", got, searchWord)
	}
}

func TestFacetCountsFollowTheFilter(t *testing.T) {
	t.Parallel()
	p := get(t, "/activities?modality=triangular", http.StatusOK)
	total := p.total(t)
	types := p.facet("type")
	sum := 0
	for _, n := range types {
		sum += n
	}
	if sum != total { // an activity has exactly one type
		t.Errorf("with modality=triangular the type counts add up to %d, want the total %d", sum, total)
	}
	checked := 0
	for _, typ := range []string{"training", "seminar", "workshop", "expert_mission"} {
		if types[typ] == 0 {
			continue
		}
		checked++
		narrowed := get(t, "/activities?modality=triangular&type="+typ, http.StatusOK)
		if got := narrowed.total(t); got != types[typ] {
			t.Errorf("the %s checkbox promised %d activities; ticking it gives %d", typ, types[typ], got)
		}
	}
	if checked < 2 {
		t.Fatalf("too few types to check: %v", types)
	}
	// A dimension's own counts leave out its own filter, so the other choices stay visible.
	if got, want := p.facet("modality")["south-south"], get(t, "/activities?modality=south-south", http.StatusOK).total(t); got != want {
		t.Errorf("while filtering triangular, South-South counts %d, want the %d that choosing it gives", got, want)
	}
	if got, want := p.selectCounts("f-beneficiary")["KEN"], get(t, "/activities?modality=triangular&beneficiary=KEN", http.StatusOK).total(t); got != want || got == 0 {
		t.Errorf("with modality=triangular Kenya counts %d, want %d (not none: a hand-made one is there)", got, want)
	}
}

func TestPagesWalkTheWholeFilteredList(t *testing.T) {
	t.Parallel()
	const filter = "/activities?beneficiary=MOZ&beneficiary=KEN"
	first := get(t, filter, http.StatusOK)
	total := first.total(t)
	last := (total + 19) / 20
	if last < 3 {
		t.Fatalf("the filter gives %d activities; the test needs at least three pages", total)
	}
	seen := map[string]bool{}
	for n := 1; n <= last; n++ {
		p := get(t, filter+"&page="+strconv.Itoa(n), http.StatusOK)
		cards := p.cards()
		if want := min(20, total-(n-1)*20); len(cards) != want {
			t.Errorf("page %d of %d shows %d activities, want %d", n, last, len(cards), want)
		}
		for _, c := range cards {
			if seen[c.href] {
				t.Errorf("page %d repeats %s", n, c.href)
			}
			seen[c.href] = true
		}
		p.find("pager").Find("a").Each(func(_ int, a *goquery.Selection) {
			u, err := url.Parse(a.AttrOr("href", ""))
			if err != nil || !slices.Equal(u.Query()["beneficiary"], []string{"MOZ", "KEN"}) {
				t.Errorf("page %d links to %q, which loses the filter", n, a.AttrOr("href", ""))
			}
		})
	}
	if len(seen) != total {
		t.Errorf("walking every page shows %d activities, want the total %d", len(seen), total)
	}
	if next := first.find("pager").Find(`a[rel="next"]`).AttrOr("href", ""); !strings.Contains(next, "page=2") {
		t.Errorf("the first page's next link is %q, want page 2", next)
	}
}

func TestSortOrdersByStartDate(t *testing.T) {
	t.Parallel()
	dates := []string{}
	for _, a := range published(t) {
		dates = append(dates, a.StartDate.Format(time.DateOnly))
	}
	for _, tt := range []struct {
		sort    string
		inOrder func(a, b string) bool
		first   string
	}{
		{"newest", func(a, b string) bool { return a >= b }, slices.Max(dates)},
		{"oldest", func(a, b string) bool { return a <= b }, slices.Min(dates)},
	} {
		t.Run(tt.sort, func(t *testing.T) {
			cards := get(t, "/activities?sort="+tt.sort, http.StatusOK).cards()
			for i := 1; i < len(cards); i++ {
				if !tt.inOrder(cards[i-1].startDate(), cards[i].startDate()) {
					t.Errorf("sorted %s, %s comes before %s", tt.sort, cards[i-1].startDate(), cards[i].startDate())
				}
			}
			if len(cards) == 0 || cards[0].startDate() != tt.first {
				t.Errorf("sorted %s, the list starts with %+v, want an activity of %s", tt.sort, cards[:min(1, len(cards))], tt.first)
			}
		})
	}
}

func TestAFilterThatMatchesNothingSaysSo(t *testing.T) {
	t.Parallel()
	p := get(t, "/activities?q="+searchWord+"&modality=north-south", http.StatusOK)
	if p.find("empty").Length() != 1 || len(p.cards()) != 0 || p.total(t) != 0 {
		t.Fatalf("a filter that matches nothing shows: %s", p.visibleText())
	}
	if !strings.Contains(p.text("empty"), "No activity matches this filter") {
		t.Errorf("the empty message reads %q", p.text("empty"))
	}
	if p.find("empty").Find(`a[href="/activities"]`).Length() == 0 {
		t.Errorf("the empty message offers no way back to the whole list")
	}
}

// counting makes the expected count of a filter from its conditions.
func counting(conds ...func(*activity.Activity) bool) func(testing.TB) int {
	return func(t testing.TB) int { return count(t, conds...) }
}

// number formats n as the pages do, with thousands separators.
func number(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
