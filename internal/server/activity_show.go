package server

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/workflow"
	"sstc/web/pages"
)

// activityShow shows one published activity with every field and its parties' classification.
// Staff may also open unpublished ones, and see the private fields and the audit trail.
func (s *Server) activityShow(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 32)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	staff := currentRole(ctx).Can(auth.SeePrivate)
	a, err := s.store.Activity(ctx, int32(id), !staff)
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	parties, result, err := s.store.Classification(ctx, &a)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	l := i18n.From(ctx)
	m := pages.DetailModel{Page: s.readPage(r, a.Title), Card: s.card(l, &a), Description: a.Description}
	for _, p := range parties {
		m.Parties = append(m.Parties, s.partyRow(l, p))
	}
	party := s.names[result.Party]
	m.Reason = l.T("reason."+string(result.Reason), party, a.StartDate.Format("2006-01-02"))
	m.Fields = s.fields(l, &a)
	var private *pages.StaffDetail
	if staff {
		if private, err = s.staffDetail(r, l, &a); err != nil {
			s.serverError(w, r, err)
			return
		}
		w.Header().Set("Cache-Control", "private, no-store") // the page holds private fields
	}
	s.render(w, r, http.StatusOK, pages.ActivityDetail(m, private))
}

// staffDetail reads what staff see beyond the public page: the record's status, its private
// fields and its audit trail.
func (s *Server) staffDetail(r *http.Request, l *i18n.Locale, a *activity.Activity) (*pages.StaffDetail, error) {
	events, err := s.store.Events(r.Context(), a.ID)
	if err != nil {
		return nil, err
	}
	sub, err := s.store.SubmitterOf(r.Context(), a.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	d := &pages.StaffDetail{Status: l.T("history.status." + string(a.Status)), Published: a.Status == activity.Published}
	if actorOf(r).CanEdit(workflow.Record{Status: a.Status}) {
		d.EditURL = submissionURL(a.ID) + "/edit"
	}
	submitter := sub.Name
	if sub.Email != "" {
		submitter += " <" + sub.Email + ">"
	}
	for _, f := range []pages.Field{
		{Label: l.T("private.contact"), Value: a.Contact},
		{Label: l.T("private.submitter"), Value: submitter},
		{Label: l.T("private.submitted_for"), Value: s.names[sub.Country]},
	} {
		if f.Value != "" {
			d.Private = append(d.Private, f)
		}
	}
	for _, e := range events {
		who := e.ActorName
		if who == "" {
			who = l.T("history.nobody")
		}
		d.History = append(d.History, pages.HistoryRow{At: e.At.UTC().Format("2006-01-02 15:04 UTC"),
			AtISO: e.At.UTC().Format(time.RFC3339), Who: who, Action: l.T("history.action." + e.Action),
			From: l.T("history.status." + string(e.From)), To: l.T("history.status." + string(e.To)), Note: e.Note})
	}
	return d, nil
}

// partyRow describes one party and its classification on the activity's start date.
func (s *Server) partyRow(l *i18n.Locale, p store.PartyStatus) pages.PartyRow {
	row := pages.PartyRow{Role: l.T("role." + string(p.Role)), Code: p.Country}
	if p.Organisation != "" {
		row.Code, row.Name, row.Classification = p.Organisation, s.names[p.Organisation], l.T("status.organisation")
		return row
	}
	row.Name = s.names[p.Country]
	class := []string{l.T("status." + string(p.Status))}
	if p.Status == "" {
		class[0] = l.T("status.unknown")
	}
	for _, flag := range []struct {
		on  bool
		key string
	}{{p.LDC, "status.ldc"}, {p.LLDC, "status.lldc"}, {p.SIDS, "status.sids"}} {
		if flag.on {
			class = append(class, l.T(flag.key))
		}
	}
	row.Classification = strings.Join(class, " · ")
	return row
}

// fields lists an activity's remaining fields, leaving out empty ones.
func (s *Server) fields(l *i18n.Locale, a *activity.Activity) []pages.Field {
	var areas, sdgs, langs []string
	for _, ip := range a.IPAreas {
		areas = append(areas, l.T("ip_area."+ip))
	}
	for _, g := range slices.Sorted(slices.Values(a.SDGs)) {
		sdgs = append(sdgs, l.T("sdg."+strconv.Itoa(int(g))))
	}
	for _, lang := range a.Languages {
		langs = append(langs, l.T("language."+lang))
	}
	participants := ""
	if a.Participants > 0 {
		participants = l.Number(int(a.Participants))
	}
	all := []pages.Field{
		{Label: l.T("field.summary"), Value: a.Summary},
		{Label: l.T("field.ip_areas"), Value: strings.Join(areas, "; ")},
		{Label: l.T("field.sdgs"), Value: strings.Join(sdgs, "; ")},
		{Label: l.T("field.languages"), Value: strings.Join(langs, ", ")},
		{Label: l.T("field.participants"), Value: participants},
		{Label: l.T("field.organiser"), Value: a.Organiser},
		{Label: l.T("field.expected_result"), Value: a.ExpectedResult},
		{Label: l.T("field.outcomes"), Value: a.Outcomes},
		{Label: l.T("field.experts"), Value: a.Experts},
		{Label: l.T("field.source"), Value: l.T("source." + string(a.Source))},
		{Label: l.T("field.updated"), Value: a.UpdatedAt.Format("2006-01-02")},
	}
	var out []pages.Field
	for _, f := range all {
		if f.Value != "" {
			out = append(out, f)
		}
	}
	return out
}
