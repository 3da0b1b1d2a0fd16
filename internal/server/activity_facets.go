package server

import (
	"slices"
	"strconv"
	"time"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
	"sstc/web/pages"
)

// addFacets fills the list model's filters, with counts that follow the current filter, and the
// chips that remove each active value.
func (s *Server) addFacets(m *pages.ListModel, l *i18n.Locale, kind listKind, f catalog.Filter, counts catalog.Facets) {
	countryOptions := func(param string, chosen []string) pages.FacetGroup {
		g := pages.FacetGroup{Param: param, Legend: l.T("filter." + param)}
		for _, c := range s.ref.Countries {
			if n := counts[param][c.ISO3]; n > 0 || slices.Contains(chosen, c.ISO3) {
				g.Options = append(g.Options, pages.Option{Value: c.ISO3, Label: c.Names["en"], Count: n, Selected: slices.Contains(chosen, c.ISO3)})
			}
		}
		return g
	}
	regions := pages.FacetGroup{Param: "region", Legend: l.T("filter.region")}
	for _, r := range s.regionNames {
		if n := counts["region"][r]; n > 0 || slices.Contains(f.Region, r) {
			regions.Options = append(regions.Options, pages.Option{Value: r, Label: r, Count: n, Selected: slices.Contains(f.Region, r)})
		}
	}
	m.Selects = []pages.FacetGroup{countryOptions("beneficiary", f.Beneficiary), countryOptions("provider", f.Provider), regions}

	checks := func(param, labelPrefix string, values, chosen []string) pages.FacetGroup {
		g := pages.FacetGroup{Param: param, Legend: l.T("filter." + param)}
		for _, v := range values {
			g.Options = append(g.Options, pages.Option{Value: v, Label: l.T(labelPrefix + v), Count: counts[param][v], Selected: slices.Contains(chosen, v)})
		}
		return g
	}
	modalities := stringsOf(activity.Modalities)
	if kind.modalities != nil {
		modalities = kind.modalities
	}
	chosenModality := f.Modality
	if kind.modalities != nil && len(f.Modality) == len(kind.modalities) {
		chosenModality = nil // the fixed subset itself is not a choice the user made
	}
	m.Groups = []pages.FacetGroup{
		checks("modality", "modality.", modalities, chosenModality),
		checks("type", "type.", s.ref.Types, f.Type),
		checks("mode", "mode.", stringsOf(activity.Modes), f.Mode),
		checks("ip_area", "ip_area.", s.ref.IPAreas, f.IPArea),
		checks("sdg", "sdg.", sdgValues, f.SDG),
	}
	m.Years = yearRange(l, counts["year"])
	if f.YearFrom != 0 {
		m.YearFrom = strconv.Itoa(f.YearFrom)
	}
	if f.YearTo != 0 {
		m.YearTo = strconv.Itoa(f.YearTo)
	}
	m.Chips = s.chips(l, kind, f, chosenModality)
}

// chips lists the active filter values, each with a link that removes it.
func (s *Server) chips(l *i18n.Locale, kind listKind, f catalog.Filter, modality []string) []pages.Chip {
	var chips []pages.Chip
	add := func(param, label, value string) {
		g := f
		if param == "modality" && kind.modalities != nil {
			g.Modality = modality
		}
		chips = append(chips, pages.Chip{Label: l.T("filter."+param) + ": " + label, RemoveURL: kind.path + query(g.Without(param, value))})
	}
	if f.Query != "" {
		add("q", f.Query, f.Query)
	}
	for _, c := range f.Beneficiary {
		add("beneficiary", s.names[c], c)
	}
	for _, c := range f.Provider {
		add("provider", s.names[c], c)
	}
	for _, r := range f.Region {
		add("region", r, r)
	}
	for _, v := range modality {
		add("modality", l.T("modality."+v), v)
	}
	for _, v := range f.Type {
		add("type", l.T("type."+v), v)
	}
	for _, v := range f.Mode {
		add("mode", l.T("mode."+v), v)
	}
	for _, v := range f.IPArea {
		add("ip_area", l.T("ip_area."+v), v)
	}
	for _, v := range f.SDG {
		add("sdg", l.T("sdg."+v), v)
	}
	if f.YearFrom != 0 {
		add("year_from", strconv.Itoa(f.YearFrom), strconv.Itoa(f.YearFrom))
	}
	if f.YearTo != 0 {
		add("year_to", strconv.Itoa(f.YearTo), strconv.Itoa(f.YearTo))
	}
	return chips
}

// sdgValues are the SDG numbers as filter values.
var sdgValues = func() []string {
	v := make([]string, 17)
	for i := range v {
		v[i] = strconv.Itoa(i + 1)
	}
	return v
}()

// stringsOf converts string-like values.
func stringsOf[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// currentYear is this year, the last one list filters offer by default.
func currentYear() int { return time.Now().Year() }
