package server_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// parties lists the rows of a detail page's parties table: role, name with code, classification.
func (p page) parties() [][3]string {
	var rows [][3]string
	p.find("parties").Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
		rows = append(rows, [3]string{squash(tr.Find("td").Eq(0).Text()), squash(tr.Find("th").Text()), squash(tr.Find("td").Eq(1).Text())})
	})
	return rows
}

// fields returns a detail page's labelled fields, by label.
func (p page) fields() map[string]string {
	out := map[string]string{}
	p.find("fields").Find("div").Each(func(_ int, d *goquery.Selection) {
		out[squash(d.Find("dt").Text())] = squash(d.Find("dd").Text())
	})
	return out
}

func TestActivityPageShowsEveryField(t *testing.T) {
	t.Parallel()
	a := made(t, southSouth)
	p := get(t, activityPath(t, southSouth), http.StatusOK)

	if got := p.text("title"); got != a.Title {
		t.Errorf("the heading reads %q, want %q", got, a.Title)
	}
	if got := squash(p.doc.Find("title").Text()); !strings.HasPrefix(got, a.Title) {
		t.Errorf("the window title is %q, want it to start with the activity's", got)
	}
	var meta []string
	p.doc.Find("article .card__meta span").Each(func(_ int, s *goquery.Selection) { meta = append(meta, squash(s.Text())) })
	if want := []string{"2019-03-11 – 2019-03-15", "Workshop", "In person", "Maputo, Mozambique"}; !slices.Equal(meta, want) {
		t.Errorf("the page shows dates, type, mode and venue as %q, want %q", meta, want)
	}
	if got := squash(p.doc.Find("article p.lead").Text()); got != a.Description {
		t.Errorf("the description reads %q, want %q", got, a.Description)
	}
	want := map[string]string{
		"Summary":                         a.Summary,
		"Fields of intellectual property": "Patents; Trademarks",
		"Sustainable Development Goals":   "SDG 9: Industry, innovation and infrastructure; SDG 17: Partnerships for the goals",
		"Languages":                       "Portuguese, English",
		"Participants":                    "35",
		"Organiser":                       a.Organiser,
		"Expected result":                 a.ExpectedResult,
		"Outcomes":                        a.Outcomes,
		"Recorded by":                     "Staff",
		"Last updated":                    a.UpdatedAt.Format("2006-01-02"),
	}
	got := p.fields()
	for label, value := range want {
		if got[label] != value {
			t.Errorf("%s reads %q, want %q", label, got[label], value)
		}
	}
	if p.doc.Find(`nav.breadcrumbs a[href="/activities"]`).Length() != 1 {
		t.Errorf("the page has no way back to the list")
	}
}

func TestActivityPageExplainsItsModality(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, modality, reason string
		parties                [][3]string
	}{
		{southSouth, "South-South", "On 2019-03-11 every beneficiary and provider was a developing country or an economy in transition",
			[][3]string{
				{"Beneficiary", "Angola (AGO)", "Developing · LDC"},
				{"Beneficiary", "Mozambique (MOZ)", "Developing · LDC"},
				{"Provider", "Brazil (BRA)", "Developing"},
			}},
		{triangular, "Triangular", "and Japan, a developed country, facilitated: triangular cooperation.",
			[][3]string{{"Beneficiary", "Kenya (KEN)", "Developing"}, {"Provider", "India (IND)", "Developing"}, {"Facilitator", "Japan (JPN)", "Developed"}}},
		{organisation, "Triangular", "United Nations Development Programme, an intergovernmental organisation, facilitated",
			[][3]string{{"Beneficiary", "Ethiopia (ETH)", "Developing · LDC · Landlocked"}, {"Provider", "China (CHN)", "Developing"},
				{"Facilitator", "United Nations Development Programme (UNDP)", "Intergovernmental organisation"}}},
		{northSouth, "North-South", "France, a provider, was a developed country on 2021-02-01: North-South cooperation.",
			[][3]string{{"Beneficiary", "Senegal (SEN)", "Developing · LDC"}, {"Provider", "France (FRA)", "Developed"}}},
		// Vanuatu graduated from the LDC list on 2020-12-04: the page classifies it on the activity's date.
		{vanuatu2015, "South-South", "On 2015-06-01",
			[][3]string{{"Beneficiary", "Vanuatu (VUT)", "Developing · LDC · Small island developing State"}, {"Provider", "Brazil (BRA)", "Developing"}}},
		{vanuatu2022, "South-South", "On 2022-06-01",
			[][3]string{{"Beneficiary", "Vanuatu (VUT)", "Developing · Small island developing State"}, {"Provider", "Brazil (BRA)", "Developing"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := get(t, activityPath(t, tt.name), http.StatusOK)
			if got := p.text("modality"); got != tt.modality {
				t.Errorf("the modality reads %q, want %q", got, tt.modality)
			}
			if got := p.text("reason"); !strings.Contains(got, tt.reason) {
				t.Errorf("the reason reads %q, want it to say %q", got, tt.reason)
			}
			if got := p.parties(); !slices.Equal(got, tt.parties) {
				t.Errorf("the parties table reads\n%q\nwant\n%q", got, tt.parties)
			}
		})
	}
}

func TestUnknownActivityIsNotFound(t *testing.T) {
	t.Parallel()
	p := get(t, "/activities/2147483647", http.StatusNotFound)
	if !strings.Contains(p.text("error"), "There is no published page at this address") {
		t.Errorf("an unknown activity says %q", p.text("error"))
	}
}

func TestUnpublishedActivityStaysHidden(t *testing.T) {
	t.Parallel()
	id := idOf(t, draft)
	get(t, activityPath(t, draft), http.StatusNotFound)

	list := get(t, "/activities?q=draftprobe", http.StatusOK)
	if list.total(t) != 0 || list.find("empty").Length() != 1 {
		t.Errorf("searching the draft's word lists: %s", list.visibleText())
	}
	kenya := get(t, "/activities?beneficiary=KEN&provider=BRA&year_from=2021&year_to=2021", http.StatusOK)
	for _, c := range kenya.cards() {
		if c.href == "/activities/"+id {
			t.Errorf("the list shows the draft %q", c.title)
		}
	}
	for _, path := range []string{"/activities.csv", "/activities.csv?q=draftprobe"} {
		csv := fetch(t, path)
		if csv.status != http.StatusOK {
			t.Fatalf("GET %s: status %d", path, csv.status)
		}
		if rows := csvRows(t, csv.body); slices.ContainsFunc(rows, func(r []string) bool { return r[0] == id }) {
			t.Errorf("GET %s exports the draft", path)
		}
	}
	if rows := xlsxRows(t, fetch(t, "/activities.xlsx?q=draftprobe").body); len(rows) != 1 {
		t.Errorf("the workbook for the draft's word holds %d activities, want none", len(rows)-1)
	}
}

func TestScriptInATitleIsShownAsText(t *testing.T) {
	t.Parallel()
	const raw = "<script>alert(1)</script>"
	title := made(t, scripted).Title
	list := get(t, "/activities?q=xssprobe", http.StatusOK)
	detail := get(t, activityPath(t, scripted), http.StatusOK)
	for name, p := range map[string]page{"list": list, "detail": detail} {
		if strings.Contains(string(p.body), raw) {
			t.Errorf("the %s page sends the title's script tag unescaped", name)
		}
		if n := p.doc.Find("script").Length(); n != 0 {
			t.Errorf("the %s page has %d script elements, want none", name, n)
		}
	}
	if cards := list.cards(); len(cards) != 1 || cards[0].title != title {
		t.Errorf("the list shows %+v, want the title as text: %q", cards, title)
	}
	if got := detail.text("title"); got != title {
		t.Errorf("the detail heading reads %q, want the title as text: %q", got, title)
	}

	csv := fetch(t, "/activities.csv?q=xssprobe")
	if rows := csvRows(t, csv.body); len(rows) != 2 || rows[1][1] != title {
		t.Errorf("the CSV holds %q, want the title as it was written", rows)
	}
	if ct, cd := csv.header.Get("Content-Type"), csv.header.Get("Content-Disposition"); !strings.HasPrefix(ct, "text/csv") || !strings.HasPrefix(cd, "attachment") {
		t.Errorf("the CSV comes as %q, %q; want a text/csv attachment a browser will not render", ct, cd)
	}
}

func TestEveryResponseCarriesSecurityHeaders(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"/", "/activities", activityPath(t, southSouth), "/south-south", "/activities/0",
		"/activities?beneficiary=XXX", "/activities.csv?q=" + searchWord, "/activities.xlsx?q=" + searchWord, "/static/css/site.css"} {
		h := fetch(t, path).header
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", path, got)
		}
		if got := h.Get("Referrer-Policy"); got == "" || got == "unsafe-url" {
			t.Errorf("GET %s: Referrer-Policy %q", path, got)
		}
	}
}
