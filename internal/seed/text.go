package seed

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"sstc/internal/activity"
)

// This file writes the texts of an activity (title, summary, description, expected result and
// outcomes) and picks the IP areas and SDGs of its topic.

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
