package server

import (
	"net/http"
	"strings"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/workflow"
	"sstc/web/pages"
)

// submissionList lists the person's own records with their status; a focal point sees
// every record of their country.
func (s *Server) submissionList(w http.ResponseWriter, r *http.Request) {
	list, err := s.store.Submissions(r.Context(), actorOf(r))
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	l := i18n.From(r.Context())
	m := pages.SubmissionListModel{Page: s.page(r, l.T("submission.list.title"))}
	for _, sub := range list {
		m.Rows = append(m.Rows, pages.SubmissionRow{URL: submissionURL(sub.ID), Title: sub.Title,
			Status: string(sub.Status), StatusLabel: l.T("submission.status." + string(sub.Status)),
			Modality: string(sub.Modality), ModalityLabel: l.T("modality." + string(sub.Modality)),
			Dates: dateRange(&sub.Activity), Updated: sub.UpdatedAt.Format("2006-01-02")})
	}
	s.render(w, r, http.StatusOK, pages.SubmissionList(m))
}

// submissionShow shows one of the person's records: every field, its modality and why, its
// history with the reviewers' notes, and the buttons the workflow allows now.
func (s *Server) submissionShow(w http.ResponseWriter, r *http.Request) {
	sub, ok := s.ownSubmission(w, r)
	if !ok {
		return
	}
	box, err := s.modalityBox(r, &sub.Activity)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	events, err := s.store.Events(r.Context(), sub.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	l, actor, rec := i18n.From(r.Context()), actorOf(r), sub.Record()
	m := pages.SubmissionShowModel{Page: s.page(r, sub.Title), URL: submissionURL(sub.ID), Title: sub.Title,
		Status: string(sub.Status), StatusLabel: l.T("submission.status." + string(sub.Status)),
		StatusHelp: l.T("submission.status_help." + string(sub.Status)), Modality: box,
		Fields: s.submissionFields(l, &sub.Activity), CanEdit: actor.CanEdit(rec),
		CanSubmit: may(actor, rec, workflow.Submit), CanWithdraw: may(actor, rec, workflow.Withdraw),
		CanPublish: may(actor, rec, workflow.Publish)}
	for _, e := range events {
		h := pages.HistoryEntry{At: e.At.UTC().Format("2006-01-02 15:04 UTC"), Note: e.Note,
			What: l.T("submission.history." + e.Action)}
		if actor.Role.Can(auth.SeePrivate) {
			h.Who = e.ActorName
		}
		m.History = append(m.History, h)
	}
	s.render(w, r, http.StatusOK, pages.SubmissionShow(m))
}

// may reports whether the workflow lets actor take action on the record now.
func may(actor workflow.Actor, rec workflow.Record, action workflow.Action) bool {
	_, err := workflow.Next(actor, rec, action, "")
	return err == nil
}

// submissionFields lists every filled-in field of a record, the private contact included:
// the submitter sees what they typed.
func (s *Server) submissionFields(l *i18n.Locale, a *activity.Activity) []pages.Field {
	venue := a.VenueCity
	if a.HostCountry != "" {
		venue = strings.TrimPrefix(venue+", "+s.names[a.HostCountry], ", ")
	}
	first := []pages.Field{
		{Label: l.T("submission.field.type"), Value: l.T("type." + a.Type)},
		{Label: l.T("submission.field.mode"), Value: l.T("mode." + string(a.Mode))},
		{Label: l.T("submission.show.dates"), Value: dateRange(a)},
		{Label: l.T("submission.show.venue"), Value: venue},
		{Label: l.T("submission.field.beneficiaries"), Value: s.joinNames(a.Beneficiaries)},
		{Label: l.T("submission.field.providers"), Value: s.joinNames(a.Providers)},
		{Label: l.T("submission.field.facilitator_countries"), Value: s.joinNames(a.FacilitatorCountries)},
		{Label: l.T("submission.field.facilitator_orgs"), Value: s.joinNames(a.FacilitatorOrgs)},
		{Label: l.T("submission.field.description"), Value: a.Description},
		{Label: l.T("submission.field.experts"), Value: a.Experts},
		{Label: l.T("submission.field.contact"), Value: a.Contact},
	}
	var out []pages.Field
	for _, f := range first {
		if f.Value != "" {
			out = append(out, f)
		}
	}
	return append(out, s.fields(l, a)...)
}
