package server

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
	"sstc/web/pages"
)

// listKind is what distinguishes the full database from its South-South subset.
type listKind struct {
	path, headingKey, introKey string
	modalities                 []string // the only modalities the list may show; nil for all
}

var (
	allActivities = listKind{path: "/activities", headingKey: "list.heading", introKey: "list.intro"}
	southSouth    = listKind{path: "/south-south", headingKey: "sstad.heading", introKey: "sstad.intro",
		modalities: []string{string(activity.SouthSouth), string(activity.Triangular)}}
)

// activityList shows the Technical Assistance Database with filters and facet counts.
func (s *Server) activityList(w http.ResponseWriter, r *http.Request) { s.list(w, r, allActivities) }

// southSouthList shows the SSTAD: the same list fixed to South-South and triangular activities.
func (s *Server) southSouthList(w http.ResponseWriter, r *http.Request) { s.list(w, r, southSouth) }

// list answers a list page; a filter it could not fully use still shows what it understood, with a 400.
func (s *Server) list(w http.ResponseWriter, r *http.Request, kind listKind) {
	f, problems, ok := s.parseFilter(w, r, kind)
	if !ok {
		return
	}
	page, err := s.catalog.Search(r.Context(), f)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	l := i18n.From(r.Context())
	pages_ := max(1, (page.Total+catalog.PageSize-1)/catalog.PageSize)
	if f.Page > pages_ {
		problems = append(problems, catalog.Problem{Param: "page", Key: "filter.error.page_beyond", Value: strconv.Itoa(f.Page)})
	}
	m := s.listModel(l, kind, f, page)
	m.Page = s.readPage(r, m.Heading)
	for _, p := range problems {
		m.Problems = append(m.Problems, l.T(p.Key, p.Param, p.Value))
	}
	status := http.StatusOK
	if len(problems) > 0 {
		status = http.StatusBadRequest
	}
	s.render(w, r, status, pages.ActivityList(m))
}

// parseFilter reads the list filter of r; a query string that cannot be decoded at all gets a 400 page.
func (s *Server) parseFilter(w http.ResponseWriter, r *http.Request, kind listKind) (catalog.Filter, []catalog.Problem, bool) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "error.bad_query")
		return catalog.Filter{}, nil, false
	}
	f, problems := catalog.ParseFilter(values, s.known)
	if kind.modalities != nil {
		var kept []string
		for _, m := range f.Modality {
			if slices.Contains(kind.modalities, m) {
				kept = append(kept, m)
			} else {
				problems = append(problems, catalog.Problem{Param: "modality", Key: "filter.error.unknown", Value: m})
			}
		}
		if f.Modality = kept; len(kept) == 0 {
			f.Modality = kind.modalities
		}
	}
	return f, problems, true
}

// listModel builds the list page's view model.
func (s *Server) listModel(l *i18n.Locale, kind listKind, f catalog.Filter, page catalog.Page) pages.ListModel {
	m := pages.ListModel{
		Heading: l.T(kind.headingKey), Intro: l.T(kind.introKey), Action: kind.path,
		Query: f.Query, Total: page.Total, ClearURL: kind.path,
	}
	exportFilter := f
	exportFilter.Page = 1
	m.CSVURL = "/activities.csv" + query(exportFilter.Values())
	m.XLSXURL = "/activities.xlsx" + query(exportFilter.Values())
	for i := range page.Items {
		m.Cards = append(m.Cards, s.card(l, &page.Items[i]))
	}
	for _, srt := range []catalog.Sort{catalog.SortNewest, catalog.SortOldest, catalog.SortRelevance} {
		if srt == catalog.SortRelevance && f.Query == "" {
			continue
		}
		m.Sorts = append(m.Sorts, pages.Option{Value: string(srt), Label: l.T("sort." + string(srt)), Selected: f.Sort == srt})
	}
	s.addFacets(&m, l, kind, f, page.Facets)
	m.Pager = pager(kind.path, f, page.Total)
	return m
}

// pager links the pages around f's page.
func pager(path string, f catalog.Filter, total int) pages.Pager {
	n := max(1, (total+catalog.PageSize-1)/catalog.PageSize)
	at := func(p int) string {
		g := f
		g.Page = p
		return path + query(g.Values())
	}
	p := pages.Pager{Page: min(f.Page, n), Pages: n, FirstURL: at(1), LastURL: at(n)}
	if p.Page > 1 {
		p.PrevURL = at(p.Page - 1)
	}
	if p.Page < n {
		p.NextURL = at(p.Page + 1)
	}
	return p
}

// query renders values as a query string, with its "?" when not empty.
func query(v url.Values) string {
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

func itoa(n int) string { return strconv.Itoa(n) }

// yearRange lists the years a filter can choose from.
func yearRange(l *i18n.Locale, counts map[string]int) []pages.Option {
	var opts []pages.Option
	for y := catalog.MaxYear; y >= catalog.MinYear; y-- {
		key := strconv.Itoa(y)
		if counts[key] > 0 || (y >= 2010 && y <= currentYear()) {
			opts = append(opts, pages.Option{Value: key, Label: fmt.Sprintf("%s (%s)", key, l.Number(counts[key])), Count: counts[key]})
		}
	}
	return opts
}
