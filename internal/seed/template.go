package seed

import "strings"

// This file holds the small template language of the word lists: text with {slot} placeholders,
// parsed once at start-up and filled per activity.

// slot is a placeholder in a template, filled per activity.
type slot uint8

const (
	literal slot = iota
	slotScope
	slotTopic
	slotAud
	slotOffice
	slotCountries
	slotRegion
	slotOrg
	slotKind
	slotAKind // the kind with its article, starting a sentence
	slotProviders
	slotSupport
	slotD1
	slotD2
	slotD3
	slotMethod
	slotCount
)

var slotNames = map[string]slot{
	"scope": slotScope, "topic": slotTopic, "system": slotTopic, "law": slotTopic, "aud": slotAud,
	"office": slotOffice, "countries": slotCountries, "region": slotRegion, "org": slotOrg, "kind": slotKind,
	"Akind": slotAKind, "providers": slotProviders, "support": slotSupport, "d1": slotD1, "d2": slotD2,
	"d3": slotD3, "method": slotMethod,
}

// template is a parsed text with slots; source says which topic list fills its topic slot.
type template struct {
	parts  []part
	source int // 0 topics, 1 systems, 2 laws
}

type part struct {
	slot slot
	lit  string
}

var topicSources = [][]topic{topics, systems, laws}

func parse(s string) template {
	var t template
	for s != "" {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			t.parts = append(t.parts, part{lit: s})
			break
		}
		end := strings.IndexByte(s, '}')
		name := s[open+1 : end]
		sl, ok := slotNames[name]
		if !ok {
			panic("seed: unknown slot {" + name + "} in template")
		}
		switch name {
		case "system":
			t.source = 1
		case "law":
			t.source = 2
		}
		if open > 0 {
			t.parts = append(t.parts, part{lit: s[:open]})
		}
		t.parts = append(t.parts, part{slot: sl})
		s = s[end+1:]
	}
	return t
}

func parseAll(ss []string) []template {
	ts := make([]template, len(ss))
	for i, s := range ss {
		ts[i] = parse(s)
	}
	return ts
}

var (
	titles             = make([][]template, len(titleTemplates))
	parsedOpenings     = parseAll(summaryOpenings)
	parsedClosings     = parseAll(summaryClosings)
	parsedContexts     = parseAll(descriptionContexts)
	parsedBodies       = parseAll(descriptionBodies)
	parsedDescClosings = parseAll(descriptionClosings)
	parsedExpected     = parseAll(expectedResults)
)

func init() {
	for i, ts := range titleTemplates {
		titles[i] = parseAll(ts)
	}
}

// appendTemplate writes t with the slot values v to b.
func appendTemplate(b []byte, t template, v *[slotCount]string) []byte {
	for _, p := range t.parts {
		if p.slot == literal {
			b = append(b, p.lit...)
		} else {
			b = append(b, v[p.slot]...)
		}
	}
	return b
}
