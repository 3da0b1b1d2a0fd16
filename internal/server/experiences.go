package server

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"sstc/internal/auth"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
	"sstc/web/pages"
)

// experiencesPerPage is how many activities a page of the Exchange of experience shows.
const experiencesPerPage = 20

// experienceList shows the Exchange of experience: the published activities member states
// submitted, most recently published first, with the way to submit one.
func (s *Server) experienceList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := i18n.From(ctx)
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "error.bad_query")
		return
	}
	page, ok := pageNumber(values.Get("page"))
	if !ok {
		s.errorPage(w, r, http.StatusBadRequest, "experiences.error.page", l.T("experiences.error.not_a_page", shown(values.Get("page"))))
		return
	}
	total, err := s.store.ExperienceCount(ctx)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	last := max(1, (total+experiencesPerPage-1)/experiencesPerPage)
	if page > last {
		s.errorPage(w, r, http.StatusBadRequest, "experiences.error.page", l.T("experiences.error.beyond", page, last))
		return
	}
	acts, err := s.store.Experiences(ctx, (page-1)*experiencesPerPage, experiencesPerPage)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	m := pages.ExperiencesModel{Page: s.readPage(r, l.T("experiences.title")), Total: total,
		CanSubmit: currentRole(ctx).Can(auth.RecordActivity), Pager: experiencePager(page, last)}
	for i := range acts {
		m.Cards = append(m.Cards, s.card(l, &acts[i]))
	}
	s.render(w, r, http.StatusOK, pages.Experiences(m))
}

// pageNumber reads a ?page= value: absent or empty is the first page.
func pageNumber(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 1, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 1 && n <= catalog.MaxPage
}

// experiencePager links the pages of the Exchange of experience around page.
func experiencePager(page, last int) pages.Pager {
	at := func(n int) string {
		if n == 1 {
			return "/experiences"
		}
		return "/experiences?page=" + strconv.Itoa(n)
	}
	p := pages.Pager{Page: page, Pages: last, FirstURL: at(1), LastURL: at(last)}
	if page > 1 {
		p.PrevURL = at(page - 1)
	}
	if page < last {
		p.NextURL = at(page + 1)
	}
	return p
}
