// Package seed makes realistic, deterministic demo data for the Technical Assistance Database.
package seed

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
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

// beneficiaryWeight favours LDCs and leaves out the South's main providers.
func beneficiaryWeight(c Country) int {
	switch p := southProviders[c.ISO3]; {
	case p >= 2:
		return 0
	case p == 1:
		return 1
	case c.LDC:
		return 3
	}
	return 2
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

// duration is the number of days from start to end, or -1 when the end is unknown.
func (g *Generator) duration(ti int) int {
	r := g.r
	switch {
	case r.IntN(50) == 0:
		return -1
	case typeCodes[ti] == "fellowship":
		return 20 + r.IntN(70)
	case typeCodes[ti] == "office_modernisation" || typeCodes[ti] == "advisory":
		if r.IntN(2) == 0 {
			return 14 + r.IntN(60)
		}
	case typeCodes[ti] == "conference" || typeCodes[ti] == "seminar" || typeCodes[ti] == "awareness":
		return r.IntN(3)
	}
	if r.IntN(20) == 0 {
		return 14 + r.IntN(21)
	}
	return 1 + r.IntN(10)
}

func (g *Generator) mode(ti, day int) activity.Mode {
	online, hybrid := 3, 1 // percent
	switch {
	case day >= g.afterCovid:
		online, hybrid = 18, 14
	case day >= g.covid:
		online, hybrid = 60, 10
	}
	if t := typeCodes[ti]; t == "study_visit" || t == "fellowship" || t == "office_modernisation" || t == "expert_mission" {
		online /= 2
	}
	switch n := g.r.IntN(100); {
	case n < online:
		return activity.Online
	case n < online+hybrid:
		return activity.Hybrid
	}
	return activity.InPerson
}

// host is usually the provider for visits and fellowships, and a beneficiary for events at home.
func (g *Generator) host(ti int, p parties) int {
	r := g.r
	useProvider := len(p.prov) > 0
	switch typeCodes[ti] {
	case "study_visit", "fellowship":
	case "expert_mission", "advisory", "office_modernisation":
		useProvider = false
	case "conference":
		useProvider = useProvider && r.IntN(2) == 0
	default:
		useProvider = useProvider && r.IntN(7) == 0
	}
	if useProvider {
		return p.prov[0]
	}
	if len(p.ben) == 0 {
		return -1
	}
	return p.ben[r.IntN(len(p.ben))]
}

func (g *Generator) languages(host int, ben []int) []string {
	var langs []string
	add := func(l string) {
		if len(langs) < 3 && !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	if host >= 0 {
		add(g.countries[host].langs[0])
	}
	for _, b := range ben {
		add(g.countries[b].langs[0])
	}
	if len(langs) > 1 || g.r.IntN(4) == 0 {
		add("en")
	}
	return langs
}

var participantRange = [][2]int{{12, 40}, {30, 150}, {15, 60}, {80, 300}, {10, 25}, {10, 40}, {10, 30}, {10, 50}, {40, 300}, {10, 20}}

func (g *Generator) participants(ti int) int32 {
	if g.r.IntN(16) == 0 {
		return 0
	}
	lo, hi := participantRange[ti][0], participantRange[ti][1]
	return int32(lo + g.r.IntN(hi-lo+1))
}

func (g *Generator) codes(idx []int) []string {
	if len(idx) == 0 {
		return nil
	}
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = g.countries[c].ISO3
	}
	return out
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

// parties are one activity's countries, as indices into Generator.countries, and organisations.
type parties struct {
	ben, prov, fac []int
	orgs           []string
}

// drawParties draws beneficiaries from one area and, in the modality mix the portal sees, providers
// and facilitators: about 60% south-south, 20% triangular, 15% north-south, 5% without a provider.
func (g *Generator) drawParties() parties {
	r := g.r
	var p parties
	if len(g.beneficiaries) == 0 {
		return p
	}
	first := g.beneficiaries[r.IntN(len(g.beneficiaries))]
	c := &g.countries[first]
	p.ben = append(make([]int, 0, 4), first)
	n := 1
	switch k := r.IntN(100); {
	case k >= 90:
		n = 4
	case k >= 75:
		n = 3
	case k >= 55:
		n = 2
	}
	for try := 0; len(p.ben) < n && try < 12; try++ {
		pool := g.groups[c.group]
		if r.IntN(5) == 0 || len(pool) < 2 {
			pool = g.regions[c.Region]
		}
		if len(pool) == 0 {
			break
		}
		if b := pool[r.IntN(len(pool))]; !slices.Contains(p.ben, b) {
			p.ben = append(p.ben, b)
		}
	}
	kind, pool := r.IntN(100), g.south
	if kind >= 80 {
		pool = g.north
	}
	if kind < 95 {
		p.prov = g.pickNear(pool, first, p.ben, nil)
		if len(p.prov) > 0 && r.IntN(9) == 0 {
			p.prov = append(p.prov, g.pickNear(pool, first, p.ben, p.prov)...)
		}
	}
	switch {
	case kind < 60:
		if r.IntN(14) == 0 {
			p.fac = g.pickNear(g.south, first, p.ben, p.prov)
		}
	case kind < 80:
		if r.IntN(10) < 6 {
			p.fac = g.pickNear(g.northFacilitators, first, p.ben, p.prov)
		}
		if len(p.fac) == 0 || r.IntN(6) == 0 {
			p.orgs = g.org(c)
		}
	case kind < 95:
		if r.IntN(12) == 0 {
			p.orgs = g.org(c)
		}
	default:
		if r.IntN(3) == 0 {
			p.orgs = g.org(c)
		}
	}
	return p
}

// pickNear picks one country of pool that is in neither avoid list, most often one sharing a
// region or a working language with the anchor; it returns nil when it finds none.
func (g *Generator) pickNear(pool []int, anchor int, avoid1, avoid2 []int) []int {
	if len(pool) == 0 {
		return nil
	}
	a := &g.countries[anchor]
	near := g.r.IntN(8) > 0
	for try := range 16 {
		i := pool[g.r.IntN(len(pool))]
		if slices.Contains(avoid1, i) || slices.Contains(avoid2, i) {
			continue
		}
		c := &g.countries[i]
		if near && try < 12 && c.Region != a.Region && (c.langs[0] == "en" || c.langs[0] != a.langs[0]) {
			continue
		}
		return []int{i}
	}
	return nil
}

// org picks a facilitating organisation, more often a regional one where there is one.
func (g *Generator) org(c *country) []string {
	regional := len(c.orgs) - len(globalOrgs)
	if regional > 0 && g.r.IntN(5) < 3 {
		return []string{c.orgs[g.r.IntN(regional)]}
	}
	return []string{globalOrgs[g.r.IntN(len(globalOrgs))]}
}

var dayWords = []string{"one-day", "two-day", "three-day", "four-day", "five-day", "six-day", "seven-day", "eight-day", "nine-day", "ten-day", "", "", "", "two-week"}

// write fills the texts, IP areas and SDGs of a, all drawn from one topic so that they agree.
func (g *Generator) write(a *activity.Activity, ti, host, length int, p parties) {
	r := g.r
	t := titles[ti][r.IntN(len(titles[ti]))]
	src := topicSources[t.source]
	tp := &src[r.IntN(len(src))]
	var v [slotCount]string
	v[slotTopic], v[slotAud] = tp.phrase, tp.audiences[r.IntN(len(tp.audiences))]
	v[slotCountries], v[slotProviders] = g.names(p.ben, ""), g.names(p.prov, "national institutions")
	v[slotScope], v[slotRegion] = g.scope(p.ben)
	v[slotOffice] = "the national IP office"
	if len(p.prov) > 0 {
		v[slotOffice] = g.countries[p.prov[0]].officeRef
	} else if host >= 0 {
		v[slotOffice] = g.countries[host].officeRef
	}
	a.Organiser, v[slotOrg] = g.organiser(ti, host, p, tp)
	v[slotKind] = typeNouns[ti]
	if a.Mode == activity.Online {
		v[slotKind] = "online " + v[slotKind]
	}
	if length >= 0 && length < len(dayWords) && dayWords[length] != "" {
		v[slotKind] = dayWords[length] + " " + v[slotKind]
	}
	v[slotAKind] = "A " + v[slotKind]
	if strings.IndexByte("aeio", v[slotKind][0]) >= 0 && !strings.HasPrefix(v[slotKind], "one-") {
		v[slotAKind] = "An " + v[slotKind]
	}
	v[slotSupport] = g.support(p)
	d := tp.details
	i := r.IntN(len(d))
	v[slotD1], v[slotD2], v[slotD3] = d[i], d[(i+1)%len(d)], d[(i+2)%len(d)]
	v[slotMethod] = methods[r.IntN(len(methods))]

	a.Title = g.text(&v, t)
	a.Summary = g.text(&v, pick(r, parsedOpenings), pick(r, parsedClosings))
	a.Description = g.text(&v, pick(r, parsedContexts), pick(r, parsedBodies), pick(r, parsedDescClosings))
	a.ExpectedResult = g.text(&v, pick(r, parsedExpected))
	a.Outcomes = outcomeSentences[r.IntN(len(outcomeSentences))]
	if a.Participants > 0 {
		a.Outcomes = strconv.Itoa(int(a.Participants)) + " participants took part. " + a.Outcomes
	}
	a.IPAreas = slices.Clone(tp.areas)
	a.SDGs = g.sdgs(tp, v[slotAud], ti)
}

// text renders templates as sentences separated by spaces; empty templates are skipped.
func (g *Generator) text(v *[slotCount]string, ts ...template) string {
	b := g.buf[:0]
	for _, t := range ts {
		if len(t.parts) == 0 {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendTemplate(b, t, v)
	}
	g.buf = b
	return string(b)
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// names lists countries in prose ("Kenya, Uganda and Rwanda"), or returns none when empty.
func (g *Generator) names(idx []int, none string) string {
	b := g.buf[:0]
	for i, c := range idx {
		switch {
		case i == 0:
		case i == len(idx)-1:
			b = append(b, " and "...)
		default:
			b = append(b, ", "...)
		}
		b = append(b, g.countries[c].prose...)
	}
	g.buf = b
	if len(b) == 0 {
		return none
	}
	return string(b)
}

// scope says how far an event reaches and names the area of its beneficiaries.
func (g *Generator) scope(ben []int) (scope, area string) {
	if len(ben) == 0 {
		return "National", "developing countries"
	}
	first := &g.countries[ben[0]]
	sameGroup, sameRegion := true, true
	for _, b := range ben[1:] {
		sameGroup = sameGroup && g.countries[b].group == first.group
		sameRegion = sameRegion && g.countries[b].Region == first.Region
	}
	switch {
	case len(ben) == 1:
		return scopeSingle[g.r.IntN(len(scopeSingle))], first.prose
	case sameGroup:
		return scopeGroup[g.r.IntN(len(scopeGroup))], first.groupName
	case sameRegion:
		return "Regional", regionNames[first.Region]
	}
	return scopeWide[g.r.IntN(len(scopeWide))], "developing countries"
}

// organiser names who organised the activity, alone and as it reads in a sentence.
func (g *Generator) organiser(ti, host int, p parties, tp *topic) (name, ref string) {
	r := g.r
	visit := typeCodes[ti] == "study_visit" || typeCodes[ti] == "fellowship"
	switch {
	case len(p.prov) > 0 && (visit || r.IntN(5) < 2):
		c := &g.countries[p.prov[0]]
		return c.office, c.officeRef
	case len(p.orgs) > 0 && r.IntN(3) == 0:
		name = organisations[p.orgs[0]] + " (" + p.orgs[0] + ")"
	case host < 0:
		return "", "national experts"
	case r.IntN(2) == 0:
		c := &g.countries[host]
		return c.office, c.officeRef
	default:
		m := ministryByArea[tp.areas[0]]
		if m == "" {
			m = ministries[r.IntN(len(ministries))]
		}
		name = "Ministry of " + m + " of " + g.countries[host].prose
	}
	return name, "the " + name
}

// support names the facilitators as a clause to end a sentence with.
func (g *Generator) support(p parties) string {
	var who []string
	for _, f := range p.fac {
		who = append(who, "the Government of "+g.countries[f].prose)
	}
	for _, o := range p.orgs {
		who = append(who, "the "+organisations[o])
	}
	if len(who) == 0 {
		return ""
	}
	return " with the support of " + strings.Join(who, " and ")
}

func (g *Generator) sdgs(tp *topic, aud string, ti int) []int16 {
	r := g.r
	out := make([]int16, 0, 3)
	add := func(n int16) {
		if len(out) < 3 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	if strings.Contains(aud, "women") {
		add(5)
	}
	for _, n := range tp.sdgs[:1+r.IntN(len(tp.sdgs))] {
		add(n)
	}
	if (typeCodes[ti] == "training" || typeCodes[ti] == "fellowship") && r.IntN(4) == 0 {
		add(4)
	}
	if r.IntN(4) == 0 {
		add(17)
	}
	return out
}
