// Package seed makes realistic, deterministic demo data for the Technical Assistance Database.
package seed

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"sstc/internal/activity"
	"sstc/migrations"
)

// Country is the reference information the generator needs about a country.
type Country struct {
	ISO3, Name, Region, Subregion string
	IntermediateRegion            string // M49 intermediate region, e.g. "Western Africa"; often empty
	Status                        string // developed|developing|transition|unclassified
	LDC                           bool
	Independent                   bool // false for territories, which the generator leaves out
}

// LoadCountries reads the committed countries file, leaving out areas without a region or a status.
func LoadCountries() ([]Country, error) {
	rows, err := csv.NewReader(bytes.NewReader(migrations.CountriesCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("seed.LoadCountries: %w", err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("seed.LoadCountries: empty countries file")
	}
	col := make(map[string]int)
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, name := range []string{"iso3", "name_en", "region", "subregion", "intermediate_region", "is_independent", "development_status", "ldc"} {
		if _, ok := col[name]; !ok {
			return nil, fmt.Errorf("seed.LoadCountries: no column %q", name)
		}
	}
	var countries []Country
	for _, row := range rows[1:] {
		c := Country{
			ISO3: row[col["iso3"]], Name: row[col["name_en"]], Region: row[col["region"]],
			Subregion: row[col["subregion"]], IntermediateRegion: row[col["intermediate_region"]],
			Status: row[col["development_status"]], LDC: row[col["ldc"]] == "true",
			Independent: row[col["is_independent"]] == "true",
		}
		if c.Region == "" || c.Status == "unclassified" {
			continue
		}
		countries = append(countries, c)
	}
	return countries, nil
}

// Generator makes deterministic activities from a seed; it is not safe for concurrent use.
type Generator struct {
	r         *rand.Rand
	countries []country
	// Weighted pools of indices into countries.
	beneficiaries, south, north, northFacilitators []int
	groups, regions                                map[string][]int // beneficiary candidates by area
	first                                          time.Time
	days, covid, afterCovid                        int // day numbers counted from first
	buf                                            []byte
}

// country is a Country with what the generator derives from it once.
type country struct {
	Country
	prose, office, officeRef, group, groupName string
	langs, cities, orgs                        []string
}

// NewGenerator returns a generator of activities between the given countries, fixed by seed.
func NewGenerator(countries []Country, seed uint64) *Generator {
	cs := slices.Clone(countries)
	slices.SortFunc(cs, func(a, b Country) int { return strings.Compare(a.ISO3, b.ISO3) })
	g := &Generator{
		r:      rand.New(rand.NewPCG(seed, seed^0x5eed5eed5eed5eed)),
		groups: make(map[string][]int), regions: make(map[string][]int),
		first: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	g.days = dayNumber(g.first, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)) + 1
	g.covid = dayNumber(g.first, time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC))
	g.afterCovid = dayNumber(g.first, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
	lang := make(map[string][]string)
	for _, l := range languages {
		for _, iso3 := range strings.Fields(l.iso3s) {
			lang[iso3] = strings.Fields(l.langs)
		}
	}
	for i, c := range cs {
		d := describe(c, lang[c.ISO3])
		g.countries = append(g.countries, d)
		south := c.Status == "developing" || c.Status == "transition"
		switch {
		case excluded[c.ISO3] || !c.Independent:
		case south:
			g.south = appendN(g.south, i, southProviders[c.ISO3])
			if w := beneficiaryWeight(c); w > 0 {
				g.beneficiaries = appendN(g.beneficiaries, i, w)
				g.groups[d.group] = append(g.groups[d.group], i)
				g.regions[c.Region] = append(g.regions[c.Region], i)
			}
		case c.Status == "developed":
			g.north = appendN(g.north, i, northProviders[c.ISO3])
			g.northFacilitators = appendN(g.northFacilitators, i, northFacilitators[c.ISO3])
		}
	}
	if len(g.beneficiaries) == 0 { // a country list without the South still yields activities
		for i := range g.countries {
			g.beneficiaries = append(g.beneficiaries, i)
		}
	}
	g.south = orElse(g.south, g.beneficiaries)
	g.north = orElse(g.north, g.northFacilitators)
	return g
}

func describe(c Country, langs []string) country {
	d := country{Country: c, prose: c.Name, langs: langs, group: c.Subregion}
	if p, ok := proseNames[c.ISO3]; ok {
		d.prose = p
	}
	if len(d.langs) == 0 {
		d.langs = []string{"en"}
	}
	if c.IntermediateRegion != "" {
		d.group = c.IntermediateRegion
	}
	d.groupName = groupNames[d.group]
	if d.groupName == "" {
		d.groupName = d.group
	}
	d.office, d.officeRef = offices[c.ISO3], "the "+offices[c.ISO3]
	if d.office == "" {
		d.office = "National Intellectual Property Office of " + d.prose
		d.officeRef = "the " + d.office
	} else if strings.HasPrefix(d.office, "IP ") {
		d.officeRef = d.office
	}
	if cs := cities[c.ISO3]; cs != "" {
		d.cities = strings.Split(cs, "|")
	}
	d.orgs = append(slices.Clone(regionalOrgs[d.group]), globalOrgs...)
	return d
}

func appendN(pool []int, i, n int) []int {
	for range n {
		pool = append(pool, i)
	}
	return pool
}

func orElse(pool, fallback []int) []int {
	if len(pool) == 0 {
		return fallback
	}
	return pool
}

func dayNumber(from, to time.Time) int { return int(to.Sub(from) / (24 * time.Hour)) }

// Next returns the next activity: published, without ID or modality, which the store sets.
func (g *Generator) Next() activity.Activity {
	r := g.r
	a := activity.Activity{Status: activity.Published, Source: activity.FromImport}
	if r.IntN(4) == 0 {
		a.Source = activity.FromStaff
	}
	ti := pickWeighted(r, typeWeights)
	a.Type = typeCodes[ti]
	p := g.drawParties()
	a.Beneficiaries, a.Providers = g.codes(p.ben), g.codes(p.prov)
	a.FacilitatorCountries, a.FacilitatorOrgs = g.codes(p.fac), p.orgs

	day := r.IntN(g.days)
	a.StartDate = g.first.Add(time.Duration(day) * 24 * time.Hour)
	length := g.duration(ti)
	if length >= 0 {
		a.EndDate = a.StartDate.Add(time.Duration(length) * 24 * time.Hour)
	}
	a.Mode = g.mode(ti, day)

	host := g.host(ti, p)
	if host >= 0 {
		h := &g.countries[host]
		a.HostCountry = h.ISO3
		if a.Mode != activity.Online && len(h.cities) > 0 {
			a.VenueCity = h.cities[0]
			if r.IntN(4) == 0 {
				a.VenueCity = h.cities[r.IntN(len(h.cities))]
			}
		}
	}
	a.Languages = g.languages(host, p.ben)
	a.Participants = g.participants(ti)
	g.write(&a, ti, host, length, p)
	return a
}

func pickWeighted(r *rand.Rand, weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}
