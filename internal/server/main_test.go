package server_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/seed"
	"sstc/internal/server"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// The hand-made activities every test can rely on, by name.
const (
	southSouth   = "south-south"    // BRA provides to AGO and MOZ in 2019, with every field filled in
	triangular   = "triangular"     // IND provides to KEN, JPN (developed) facilitates
	northSouth   = "north-south"    // FRA (developed) provides to SEN
	organisation = "organisation"   // CHN provides to ETH, UNDP facilitates
	searchable   = "searchable"     // the only activity with the word "zanzibarcloves"
	scripted     = "scripted"       // a title with an HTML script tag
	formula      = "formula"        // a title a spreadsheet would run as a formula
	vanuatu2015  = "vanuatu-2015"   // VUT was still an LDC (it graduated on 2020-12-04)
	vanuatu2022  = "vanuatu-2022"   // VUT no longer an LDC
	draft        = "draft"          // never published
	searchWord   = "zanzibarcloves" // appears in the searchable activity's title only
)

var (
	startOnce sync.Once
	portalURL string                       // the test server's address
	handIDs   map[string]int32             // hand-made activity ids by name
	hand      map[string]activity.Activity // hand-made activities as saved, by name
	startErr  error
)

// portal returns the address of the package's test portal, starting it on first use.
func portal(t testing.TB) string {
	t.Helper()
	pool := testdb.Pool(t)
	startOnce.Do(func() { startErr = start(store.New(pool)) })
	if startErr != nil {
		t.Fatalf("starting the test portal: %v", startErr)
	}
	return portalURL
}

// start seeds the demo data and the hand-made activities, then serves the portal. The server
// lives until the test binary exits, when testdb drops the database.
func start(st *store.Store) error {
	ctx := context.Background()
	if _, err := seed.DemoIfEmpty(ctx, st); err != nil {
		return err
	}
	handIDs, hand = map[string]int32{}, map[string]activity.Activity{}
	for name, a := range handMade() {
		if err := st.SaveActivity(ctx, &a); err != nil {
			return err
		}
		handIDs[name], hand[name] = a.ID, a
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	srv, err := server.New(ctx, st, log, server.Options{PublicURL: "http://portal.test"})
	if err != nil {
		return err
	}
	portalURL = httptest.NewServer(srv.Routes()).URL
	return nil
}

// made returns a hand-made activity as saved.
func made(t testing.TB, name string) activity.Activity {
	portal(t)
	return hand[name]
}

// idOf returns a hand-made activity's id, as pages write it.
func idOf(t testing.TB, name string) string {
	portal(t)
	return strconv.Itoa(int(handIDs[name]))
}

// day parses an ISO date.
func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// handMade returns the activities whose parties and words the tests know exactly.
func handMade() map[string]activity.Activity {
	base := func(title, typ string, mode activity.Mode, start string, ben, prov []string) activity.Activity {
		return activity.Activity{Title: title, Type: typ, Mode: mode, StartDate: day(start),
			Beneficiaries: ben, Providers: prov, Source: activity.FromStaff, Status: activity.Published}
	}
	ss := base("Workshop on patent drafting for Lusophone African examiners", "workshop", activity.InPerson,
		"2019-03-11", []string{"MOZ", "AGO"}, []string{"BRA"})
	ss.EndDate = day("2019-03-15")
	ss.Summary = "Five days of drafting exercises for patent examiners."
	ss.Description = "Examiners from Angola and Mozambique practised drafting and examining claims with Brazilian colleagues."
	ss.VenueCity, ss.HostCountry = "Maputo", "MOZ"
	ss.Languages = []string{"pt", "en"}
	ss.Participants = 35
	ss.Organiser = "National Institute of Industrial Property of Brazil"
	ss.ExpectedResult = "Examiners who draft clearer claims."
	ss.Outcomes = "Twelve examiners certified."
	ss.IPAreas = []string{"patents", "trademarks"}
	ss.SDGs = []int16{9, 17}

	tri := base("Seminar on trademark examination in East Africa", "seminar", activity.Hybrid,
		"2018-09-03", []string{"KEN"}, []string{"IND"})
	tri.FacilitatorCountries = []string{"JPN"}
	org := base("Expert mission on IP office automation", "expert_mission", activity.InPerson,
		"2020-11-16", []string{"ETH"}, []string{"CHN"})
	org.FacilitatorOrgs = []string{"UNDP"}
	gi := base("Branding "+searchWord+" as a geographical indication", "workshop", activity.Online,
		"2023-05-08", []string{"TZA"}, []string{"IND"})
	gi.IPAreas = []string{"geographical_indications"}
	hidden := base("Unpublished draftprobe seminar", "seminar", activity.Online, "2021-01-01", []string{"KEN"}, []string{"BRA"})
	hidden.Status = activity.Draft
	return map[string]activity.Activity{
		southSouth:   ss,
		triangular:   tri,
		northSouth:   base("Online course on copyright for Senegalese librarians", "training", activity.Online, "2021-02-01", []string{"SEN"}, []string{"FRA"}),
		organisation: org,
		searchable:   gi,
		scripted:     base("<script>alert(1)</script> xssprobe seminar", "seminar", activity.Online, "2017-04-04", []string{"KEN"}, []string{"BRA"}),
		formula:      base(`=HYPERLINK("https://example.org","formulaprobe")`, "training", activity.Online, "2016-10-10", []string{"MOZ"}, []string{"BRA"}),
		vanuatu2015:  base("Copyright clinic for Vanuatu creators", "awareness", activity.InPerson, "2015-06-01", []string{"VUT"}, []string{"BRA"}),
		vanuatu2022:  base("Copyright clinic for Vanuatu creators, second edition", "awareness", activity.InPerson, "2022-06-01", []string{"VUT"}, []string{"BRA"}),
		draft:        hidden,
	}
}
