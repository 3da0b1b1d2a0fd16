package seed

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/classify"
)

// The reference lists of migrations/00004_activities.sql.
var (
	wantTypes = []string{"training", "seminar", "workshop", "conference", "study_visit", "expert_mission",
		"advisory", "office_modernisation", "awareness", "fellowship"}
	wantAreas = []string{"patents", "trademarks", "industrial_designs", "geographical_indications", "copyright",
		"traditional_knowledge", "genetic_resources", "plant_varieties", "enforcement", "technology_transfer",
		"ip_policy", "ip_office_administration", "innovation_support"}
	wantOrgs = []string{"AFDB", "ARIPO", "ASEAN", "AU", "EAPO", "EPO", "GCCPO", "ISDB", "OAPI", "UNCTAD", "UNDP",
		"UNIDO", "UNOSSC", "WB", "WTO"}
)

func loadCountries(t testing.TB) []Country {
	t.Helper()
	countries, err := LoadCountries()
	if err != nil {
		t.Fatal(err)
	}
	return countries
}

func generate(t testing.TB, seed uint64, n int) []activity.Activity {
	t.Helper()
	g := NewGenerator(loadCountries(t), seed)
	out := make([]activity.Activity, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

func TestLoadCountries(t *testing.T) {
	countries := loadCountries(t)
	if len(countries) < 240 {
		t.Fatalf("LoadCountries() gave %d countries, want the 248 classified areas", len(countries))
	}
	byCode := make(map[string]Country)
	for _, c := range countries {
		byCode[c.ISO3] = c
	}
	if _, ok := byCode["ATA"]; ok {
		t.Error("Antarctica is loaded, want it left out")
	}
	if c := byCode["MOZ"]; c.Name != "Mozambique" || c.Status != "developing" || !c.LDC ||
		c.Region != "Africa" || c.IntermediateRegion != "Eastern Africa" || !c.Independent {
		t.Errorf("MOZ = %+v", c)
	}
	if c := byCode["JPN"]; c.Status != "developed" || c.LDC {
		t.Errorf("JPN = %+v", c)
	}
}

func TestGeneratorIsDeterministic(t *testing.T) {
	a, b := generate(t, 7, 100), generate(t, 7, 100)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different activities")
	}
	if c := generate(t, 8, 100); reflect.DeepEqual(a, c) {
		t.Error("different seeds gave the same activities")
	}
}

func TestGeneratorCoversEveryTypeAreaAndRegion(t *testing.T) {
	countries := loadCountries(t)
	region := make(map[string]string)
	for _, c := range countries {
		region[c.ISO3] = c.Region
	}
	types, areas, regions := map[string]int{}, map[string]int{}, map[string]int{}
	for _, a := range generate(t, 1, 2000) {
		types[a.Type]++
		for _, area := range a.IPAreas {
			areas[area]++
		}
		for _, b := range a.Beneficiaries {
			regions[region[b]]++
		}
	}
	for _, want := range wantTypes {
		if types[want] == 0 {
			t.Errorf("no activity of type %q in 2,000", want)
		}
	}
	for _, want := range wantAreas {
		if areas[want] == 0 {
			t.Errorf("no activity on IP area %q in 2,000", want)
		}
	}
	for _, want := range []string{"Africa", "Americas", "Asia", "Europe", "Oceania"} {
		if regions[want] == 0 {
			t.Errorf("no beneficiary in %s in 2,000", want)
		}
	}
}

func TestGeneratorMakesValidActivities(t *testing.T) {
	known := make(map[string]bool)
	for _, c := range loadCountries(t) {
		known[c.ISO3] = true
	}
	first, last := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	lang := regexp.MustCompile(`^[a-z]{2}$`)
	for i, a := range generate(t, 3, 5000) {
		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("activity %d %q: "+format, append([]any{i, a.Title}, args...)...)
		}
		if a.ID != 0 || a.Status != activity.Published || a.Modality != "" {
			fail("ID %d, status %q, modality %q; want 0, published, empty", a.ID, a.Status, a.Modality)
		}
		if a.Source != activity.FromImport && a.Source != activity.FromStaff {
			fail("source %q", a.Source)
		}
		if a.StartDate.Before(first) || a.StartDate.After(last) {
			fail("starts %s, outside 2010-01-01..2026-11-30", a.StartDate)
		}
		if !a.EndDate.IsZero() && a.EndDate.Before(a.StartDate) {
			fail("ends %s before it starts %s", a.EndDate, a.StartDate)
		}
		if !slices.Contains(wantTypes, a.Type) || !slices.Contains(activity.Modes, a.Mode) {
			fail("type %q, mode %q", a.Type, a.Mode)
		}
		if n := len(a.Title); n == 0 || n > 300 || len(a.Summary) > 2000 || len(a.Description) > 20000 {
			fail("title, summary or description too long")
		}
		for _, text := range []string{a.Title, a.Summary, a.Description, a.ExpectedResult, a.Outcomes, a.Organiser} {
			if strings.ContainsAny(text, "{}") || strings.Contains(text, "  ") || strings.HasSuffix(text, " ") {
				fail("badly filled text %q", text)
			}
		}
		if a.Summary == "" || a.Description == "" || a.ExpectedResult == "" || a.Outcomes == "" {
			fail("a text is empty")
		}
		if n := len(a.IPAreas); n < 1 || n > 3 {
			fail("%d IP areas", n)
		}
		for _, area := range a.IPAreas {
			if !slices.Contains(wantAreas, area) {
				fail("unknown IP area %q", area)
			}
		}
		if n := len(a.SDGs); n < 1 || n > 3 {
			fail("%d SDGs", n)
		}
		for j, sdg := range a.SDGs {
			if sdg < 1 || sdg > 17 || slices.Contains(a.SDGs[:j], sdg) {
				fail("SDGs %v", a.SDGs)
			}
		}
		if len(a.Languages) == 0 {
			fail("no language")
		}
		for _, l := range a.Languages {
			if !lang.MatchString(l) {
				fail("language %q", l)
			}
		}
		if a.Participants < 0 || a.Participants > 300 {
			fail("%d participants", a.Participants)
		}
		for _, org := range a.FacilitatorOrgs {
			if !slices.Contains(wantOrgs, org) {
				fail("unknown organisation %q", org)
			}
		}
		if len(a.Beneficiaries) == 0 {
			fail("no beneficiary")
		}
		seen := make(map[string]bool)
		for _, code := range slices.Concat(a.Beneficiaries, a.Providers, a.FacilitatorCountries) {
			if !known[code] || seen[code] {
				fail("country %q unknown or in two roles: %v %v %v", code, a.Beneficiaries, a.Providers, a.FacilitatorCountries)
			}
			seen[code] = true
		}
		if a.HostCountry != "" && !seen[a.HostCountry] {
			fail("host %q takes no part", a.HostCountry)
		}
	}
}

func TestGeneratorModalityMix(t *testing.T) {
	status := make(map[string]classify.Status)
	for _, c := range loadCountries(t) {
		status[c.ISO3] = classify.Status(c.Status)
	}
	counts := make(map[activity.Modality]int)
	const n = 10000
	for _, a := range generate(t, 11, n) {
		var parties []classify.Party
		add := func(role activity.Role, codes []string) {
			for _, c := range codes {
				parties = append(parties, classify.Party{Role: role, Country: c, Status: status[c]})
			}
		}
		add(activity.Beneficiary, a.Beneficiaries)
		add(activity.Provider, a.Providers)
		add(activity.Facilitator, a.FacilitatorCountries)
		for _, o := range a.FacilitatorOrgs {
			parties = append(parties, classify.Party{Role: activity.Facilitator, Organisation: o})
		}
		counts[classify.Classify(parties).Modality]++
	}
	tests := []struct {
		modality activity.Modality
		min, max int // percent
	}{
		{activity.SouthSouth, 50, 68},
		{activity.Triangular, 14, 26},
		{activity.NorthSouth, 11, 20},
		{activity.Unclassified, 2, 9},
	}
	for _, tt := range tests {
		t.Run(string(tt.modality), func(t *testing.T) {
			if pct := counts[tt.modality] * 100 / n; pct < tt.min || pct > tt.max {
				t.Errorf("%d%% %s, want %d–%d%%", pct, tt.modality, tt.min, tt.max)
			}
		})
	}
}

func TestGeneratorVariesTitlesAndGoesOnlineAfter2020(t *testing.T) {
	titles := make(map[string]bool)
	var before, beforeOnline, after, afterOnline int
	for _, a := range generate(t, 5, 5000) {
		titles[a.Title] = true
		if a.StartDate.Year() < 2020 {
			before++
			if a.Mode == activity.Online {
				beforeOnline++
			}
		} else {
			after++
			if a.Mode == activity.Online {
				afterOnline++
			}
		}
	}
	if len(titles) < 3000 {
		t.Errorf("%d distinct titles in 5,000 activities, want at least 3,000", len(titles))
	}
	if beforeOnline*after >= afterOnline*before {
		t.Errorf("online before 2020: %d/%d, after: %d/%d; want more after", beforeOnline, before, afterOnline, after)
	}
}

func TestGeneratorWithoutCountries(t *testing.T) {
	a := NewGenerator(nil, 1).Next()
	if a.Title == "" || len(a.Beneficiaries) != 0 {
		t.Errorf("Next() without countries = %+v", a)
	}
}

func BenchmarkNext(b *testing.B) {
	g := NewGenerator(loadCountries(b), 1)
	b.ReportAllocs()
	for b.Loop() {
		g.Next()
	}
}
