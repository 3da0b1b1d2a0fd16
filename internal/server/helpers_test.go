package server_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// page is an answer of the portal as a user's browser would receive it.
type page struct {
	status int
	header http.Header
	body   []byte
	doc    *goquery.Document
}

// fetch requests path (with its query) from the test portal.
func fetch(t testing.TB, path string) page {
	t.Helper()
	base := portal(t)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, base+path, nil)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", path, err)
	}
	p := page{status: res.StatusCode, header: res.Header, body: body}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		if p.doc, err = goquery.NewDocumentFromReader(bytes.NewReader(body)); err != nil {
			t.Fatalf("GET %s: parsing the HTML: %v", path, err)
		}
	}
	return p
}

// get fetches an HTML page and fails the test unless it answers with status.
func get(t testing.TB, path string, status int) page {
	t.Helper()
	p := fetch(t, path)
	if p.status != status {
		t.Fatalf("GET %s: status %d, want %d; page says: %.300s", path, p.status, status, p.visibleText())
	}
	if p.doc == nil {
		t.Fatalf("GET %s: %s is not an HTML page", path, p.header.Get("Content-Type"))
	}
	return p
}

// find selects the elements with a data-testid.
func (p page) find(testid string) *goquery.Selection {
	return p.doc.Find(`[data-testid="` + testid + `"]`)
}

// text is the visible text of the elements with a data-testid, spaces collapsed.
func (p page) text(testid string) string { return squash(p.find(testid).Text()) }

// visibleText is the text of the page's main content, for failure messages.
func (p page) visibleText() string {
	if p.doc == nil {
		return string(p.body)
	}
	return squash(p.doc.Find("main").Text())
}

// total is the number of activities the list's heading announces.
func (p page) total(t testing.TB) int {
	t.Helper()
	n, ok := firstNumber(p.text("total"))
	if !ok {
		t.Fatalf("no total on the page: %q", p.text("total"))
	}
	return n
}

// card is one activity of a list as it appears on screen.
type card struct {
	title, href, modality, beneficiaries, providers, facilitators string
	meta                                                          []string // dates, type, mode, venue
}

// cards lists the activity cards of the page's results, in order.
func (p page) cards() []card {
	var out []card
	p.find("results").Find(`[data-testid="activity"]`).Each(func(_ int, s *goquery.Selection) {
		c := card{title: squash(s.Find("h3 a").Text()), href: s.Find("h3 a").AttrOr("href", ""),
			modality: squash(s.Find(`[data-testid="modality"]`).Text())}
		s.Find(".card__meta span").Each(func(_ int, m *goquery.Selection) { c.meta = append(c.meta, squash(m.Text())) })
		s.Find("dl div").Each(func(_ int, d *goquery.Selection) {
			switch dd := squash(d.Find("dd").Text()); squash(d.Find("dt").Text()) {
			case "Beneficiaries":
				c.beneficiaries = dd
			case "Providers":
				c.providers = dd
			case "Facilitators":
				c.facilitators = dd
			}
		})
		out = append(out, c)
	})
	return out
}

// startDate is the first date a card shows.
func (c card) startDate() string {
	if len(c.meta) == 0 || len(c.meta[0]) < 10 {
		return ""
	}
	return c.meta[0][:10]
}

// facet returns the counts a checkbox filter shows, by value.
func (p page) facet(param string) map[string]int {
	counts := map[string]int{}
	p.find("facet-" + param).Find(".check").Each(func(_ int, s *goquery.Selection) {
		n, _ := firstNumber(s.Find(".count").Text())
		counts[s.Find("input").AttrOr("value", "")] = n
	})
	return counts
}

// selectCounts returns the counts a select box's options show, by value.
func (p page) selectCounts(id string) map[string]int {
	counts := map[string]int{}
	p.doc.Find("select#" + id + " option").Each(func(_ int, s *goquery.Selection) {
		if v := s.AttrOr("value", ""); v != "" {
			label := s.Text()
			n, _ := firstNumber(label[strings.LastIndex(label, "("):])
			counts[v] = n
		}
	})
	return counts
}

var numberRE = regexp.MustCompile(`\d[\d,]*`)

// firstNumber reads the first number in s, with or without thousands separators.
func firstNumber(s string) (int, bool) {
	m := numberRE.FindString(s)
	n, err := strconv.Atoi(strings.ReplaceAll(m, ",", ""))
	return n, err == nil
}

// squash collapses runs of white space, as a browser shows text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// activityPath is the address of a hand-made activity's page.
func activityPath(t testing.TB, name string) string { return "/activities/" + idOf(t, name) }

// dbCount counts the published activities "a" that match an SQL condition on its own columns.
func dbCount(t testing.TB, cond string, args ...any) int {
	t.Helper()
	var n int
	err := testdb.Pool(t).QueryRow(context.Background(),
		`SELECT count(*) FROM activities a WHERE a.status = 'published' AND (`+cond+`)`, args...).Scan(&n)
	if err != nil {
		t.Fatalf("counting %s: %v", cond, err)
	}
	return n
}

var (
	oracleOnce sync.Once
	everyOne   []activity.Activity // every published activity, as the store reads it
	regionsOf  map[string][]string // country → its M49 region, sub-region and intermediate region
	oracleErr  error
)

// published returns every published activity, read straight from the store: the tests' oracle.
func published(t testing.TB) []activity.Activity {
	t.Helper()
	portal(t)
	oracleOnce.Do(func() { oracleErr = loadOracle(store.New(testdb.Pool(t))) })
	if oracleErr != nil {
		t.Fatalf("reading the published activities: %v", oracleErr)
	}
	return everyOne
}

// loadOracle reads every published activity and the countries' regions.
func loadOracle(st *store.Store) error {
	ctx := context.Background()
	rows, err := st.Pool().Query(ctx, `SELECT id FROM activities WHERE status = 'published' ORDER BY id`)
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		return err
	}
	if everyOne, err = st.ActivitiesByID(ctx, ids); err != nil {
		return err
	}
	ref, err := st.Reference(ctx)
	if err != nil {
		return err
	}
	regionsOf = map[string][]string{}
	for _, c := range ref.Countries {
		regionsOf[c.ISO3] = []string{c.Region, c.Subregion, c.IntermediateRegion}
	}
	return nil
}

// count counts the published activities that match every condition.
func count(t testing.TB, conds ...func(*activity.Activity) bool) int {
	t.Helper()
	n := 0
	for i := range published(t) {
		if !slices.ContainsFunc(conds, func(c func(*activity.Activity) bool) bool { return !c(&everyOne[i]) }) {
			n++
		}
	}
	return n
}

// beneficiary holds for an activity that helps one of the countries.
func beneficiary(codes ...string) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool { return overlaps(a.Beneficiaries, codes) }
}

// provider holds for an activity one of the countries provided.
func provider(codes ...string) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool { return overlaps(a.Providers, codes) }
}

// region holds for an activity with a beneficiary in the M49 region, sub-region or intermediate region.
func region(name string) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool {
		return slices.ContainsFunc(a.Beneficiaries, func(c string) bool { return slices.Contains(regionsOf[c], name) })
	}
}

// ofType holds for an activity of the type.
func ofType(typ string) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool { return a.Type == typ }
}

// modality holds for an activity of one of the modalities.
func modality(values ...activity.Modality) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool { return slices.Contains(values, a.Modality) }
}

// years holds for an activity that starts in the range of years.
func years(from, to int) func(*activity.Activity) bool {
	return func(a *activity.Activity) bool { return a.StartDate.Year() >= from && a.StartDate.Year() <= to }
}

// overlaps reports whether the two lists share a value.
func overlaps(have, want []string) bool {
	return slices.ContainsFunc(have, func(v string) bool { return slices.Contains(want, v) })
}
