package seed

import (
	"slices"

	"sstc/internal/activity"
)

// This file draws the practical details of an activity: how long it lasts, whether it is held
// online, in which languages and for how many participants.

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
