// Package catalog answers list queries over published activities: it parses and checks the
// filter in a URL, keeps the in-memory facet index in step with the database, and pages results.
package catalog

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"sstc/internal/activity"
)

// Sort orders a list.
type Sort string

// List orders.
const (
	SortNewest    Sort = "newest"
	SortOldest    Sort = "oldest"
	SortRelevance Sort = "relevance"
)

// Limits on what a filter may ask for.
const (
	MaxQueryLen = 200 // characters of a search query
	MinYear     = 1990
	MaxYear     = 2100
	MaxPage     = 1_000_000
	PageSize    = 20
)

// Filter is the whole state of a list page, as carried in its URL.
type Filter struct {
	Query       string
	Beneficiary []string
	Provider    []string
	Region      []string
	Type        []string
	Mode        []string
	Modality    []string
	IPArea      []string
	SDG         []string
	YearFrom    int // 0 when open
	YearTo      int // 0 when open
	Sort        Sort
	Page        int // from 1
}

// Problem is one parameter that was refused, with a message key saying why.
type Problem struct {
	Param string
	Key   string // message catalogue key
	Value string
}

// Known lists the values a filter may name.
type Known struct {
	Countries map[string]bool // ISO alpha-3
	Regions   map[string]bool // M49 region, sub-region and intermediate-region names
	Types     map[string]bool
	IPAreas   map[string]bool
}

// ParseFilter reads a filter from query parameters. Values it cannot use are left out and
// reported as problems, so a page can still show what it understood.
func ParseFilter(v url.Values, known Known) (Filter, []Problem) {
	p := parser{values: v}
	f := Filter{
		Query:       p.query(),
		Beneficiary: p.codes("beneficiary", known.Countries, true),
		Provider:    p.codes("provider", known.Countries, true),
		Region:      p.codes("region", known.Regions, false),
		Type:        p.codes("type", known.Types, false),
		Mode:        p.codes("mode", setOf(activity.Modes), false),
		Modality:    p.codes("modality", setOf(activity.Modalities), false),
		IPArea:      p.codes("ip_area", known.IPAreas, false),
		SDG:         p.codes("sdg", sdgNumbers, false),
		YearFrom:    p.number("year_from", MinYear, MaxYear, "filter.error.year"),
		YearTo:      p.number("year_to", MinYear, MaxYear, "filter.error.year"),
		Page:        max(1, p.number("page", 1, MaxPage, "filter.error.page")),
	}
	if f.YearFrom != 0 && f.YearTo != 0 && f.YearFrom > f.YearTo {
		p.problem("year_to", "filter.error.year_order", strconv.Itoa(f.YearTo))
		f.YearTo = 0
	}
	f.Sort = p.sort(f.Query != "")
	return f, p.problems
}

// parser collects values and problems from query parameters.
type parser struct {
	values   url.Values
	problems []Problem
}

func (p *parser) problem(param, key, value string) {
	p.problems = append(p.problems, Problem{Param: param, Key: key, Value: value})
}

// text returns the parameter's non-empty values that are valid UTF-8 without control characters.
func (p *parser) text(param string) []string {
	var out []string
	for _, s := range p.values[param] {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
		case !utf8.ValidString(s) || strings.ContainsFunc(s, isControl):
			p.problem(param, "filter.error.encoding", "")
		default:
			out = append(out, s)
		}
	}
	return out
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// query returns the search words, refusing overlong ones.
func (p *parser) query() string {
	q := strings.Join(p.text("q"), " ")
	if utf8.RuneCountInString(q) > MaxQueryLen {
		p.problem("q", "filter.error.query_length", "")
		return ""
	}
	return q
}

// codes returns the parameter's known values, deduplicated; upper folds codes to capitals.
func (p *parser) codes(param string, known map[string]bool, upper bool) []string {
	var out []string
	for _, s := range p.text(param) {
		if upper {
			s = strings.ToUpper(s)
		}
		switch {
		case !known[s]:
			p.problem(param, "filter.error.unknown", s)
		case !slices.Contains(out, s):
			out = append(out, s)
		}
	}
	return out
}

// number returns the parameter as an integer in [lo, hi], or 0 when absent or refused.
func (p *parser) number(param string, lo, hi int, key string) int {
	vals := p.text(param)
	if len(vals) == 0 {
		return 0
	}
	n, err := strconv.Atoi(vals[0])
	if err != nil || n < lo || n > hi {
		p.problem(param, key, vals[0])
		return 0
	}
	return n
}

// sort returns the requested order; relevance only makes sense while searching and is its default.
func (p *parser) sort(searching bool) Sort {
	def := SortNewest
	if searching {
		def = SortRelevance
	}
	vals := p.text("sort")
	if len(vals) == 0 {
		return def
	}
	switch s := Sort(vals[0]); s {
	case SortNewest, SortOldest:
		return s
	case SortRelevance:
		if searching {
			return s
		}
	}
	p.problem("sort", "filter.error.unknown", vals[0])
	return def
}

// sdgNumbers holds "1" to "17".
var sdgNumbers = func() map[string]bool {
	m := map[string]bool{}
	for i := 1; i <= 17; i++ {
		m[strconv.Itoa(i)] = true
	}
	return m
}()

// setOf makes a lookup set of string-like values.
func setOf[T ~string](values []T) map[string]bool {
	m := map[string]bool{}
	for _, v := range values {
		m[string(v)] = true
	}
	return m
}

// Values encodes f as query parameters; a page number of 1 and default orders are left out.
func (f Filter) Values() url.Values {
	v := url.Values{}
	if f.Query != "" {
		v.Set("q", f.Query)
	}
	for _, p := range []struct {
		name   string
		values []string
	}{{"beneficiary", f.Beneficiary}, {"provider", f.Provider}, {"region", f.Region}, {"type", f.Type},
		{"mode", f.Mode}, {"modality", f.Modality}, {"ip_area", f.IPArea}, {"sdg", f.SDG}} {
		for _, s := range p.values {
			v.Add(p.name, s)
		}
	}
	if f.YearFrom != 0 {
		v.Set("year_from", strconv.Itoa(f.YearFrom))
	}
	if f.YearTo != 0 {
		v.Set("year_to", strconv.Itoa(f.YearTo))
	}
	if f.Sort != "" && f.Sort != SortNewest && !(f.Sort == SortRelevance && f.Query != "") {
		v.Set("sort", string(f.Sort))
	}
	if f.Page > 1 {
		v.Set("page", strconv.Itoa(f.Page))
	}
	return v
}

// Without returns the query parameters of f less one value of param, back on the first page.
func (f Filter) Without(param, value string) url.Values {
	f.Page = 1
	v := f.Values()
	kept := slices.DeleteFunc(slices.Clone(v[param]), func(s string) bool { return s == value })
	if len(kept) == 0 {
		v.Del(param)
	} else {
		v[param] = kept
	}
	return v
}

// Active reports whether f narrows the list at all.
func (f Filter) Active() bool {
	g := f
	g.Sort, g.Page = "", 1
	return len(g.Values()) > 0
}
