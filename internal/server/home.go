package server

import (
	"net/http"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
	"sstc/web/pages"
)

// home shows what the portal is, live counts and the newest activities.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	l := i18n.From(r.Context())
	page, err := s.catalog.Search(r.Context(), catalog.Filter{Page: 1})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	m := pages.HomeModel{Page: s.readPage(r, l.T("home.title")), Total: page.Total, Countries: len(page.Facets["beneficiary"])}
	for _, mod := range activity.Modalities[:3] {
		m.ByModality = append(m.ByModality, pages.Stat{
			Label: l.T("modality." + string(mod)), Count: page.Facets["modality"][string(mod)],
			URL: "/activities?modality=" + string(mod), Class: "stat--" + string(mod),
		})
	}
	for i := range page.Items[:min(5, len(page.Items))] {
		m.Newest = append(m.Newest, s.card(l, &page.Items[i]))
	}
	s.render(w, r, http.StatusOK, pages.Home(m))
}
