package server

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"sstc/internal/activity"
	"sstc/internal/activityform"
	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/pages"
)

// submissionNew shows an empty activity form with a fresh submission key.
func (s *Server) submissionNew(w http.ResponseWriter, r *http.Request) {
	m := s.submissionForm(r, url.Values{}, nil)
	m.Key = newSubmissionKey()
	s.renderSubmissionForm(w, r, http.StatusOK, m)
}

// submissionCreate saves a new draft. The form's key makes a double click, a resend or a
// retry land on the record the first request made instead of making another.
func (s *Server) submissionCreate(w http.ResponseWriter, r *http.Request) {
	key, ok := parseSubmissionKey(r.PostFormValue("submission_key"))
	if !ok {
		s.errorPage(w, r, http.StatusBadRequest, "submission.error.key")
		return
	}
	a, errs := activityform.Decode(r.PostForm, s.formKnown())
	if !errs.Valid() {
		m := s.submissionForm(r, r.PostForm, errs)
		m.Key = r.PostFormValue("submission_key")
		s.renderSubmissionForm(w, r, http.StatusUnprocessableEntity, m)
		return
	}
	u := currentUser(r.Context())
	sub := store.Submission{By: u.ID, Key: key, Staff: u.Role.Can(auth.EditActivities)}
	if u.Role == auth.FocalPoint {
		sub.Country = u.Country
	}
	created, err := s.store.CreateSubmission(r.Context(), &a, sub)
	if errors.Is(err, store.ErrNotFound) { // another account's key
		s.errorPage(w, r, http.StatusBadRequest, "submission.error.key")
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if created {
		s.flash(r, i18n.T(r.Context(), "submission.flash.created"))
	}
	http.Redirect(w, r, submissionURL(a.ID), http.StatusSeeOther)
}

// submissionEdit shows the form filled in with one of the person's records, while it may change.
func (s *Server) submissionEdit(w http.ResponseWriter, r *http.Request) {
	sub, ok := s.ownSubmission(w, r)
	if !ok {
		return
	}
	if !actorOf(r).CanEdit(sub.Record()) {
		s.submissionRefused(w, r, http.StatusConflict, "submission.error.locked")
		return
	}
	m := s.submissionForm(r, activityform.Encode(&sub.Activity), nil)
	m.ID, m.Action, m.Cancel = sub.ID, submissionURL(sub.ID), submissionURL(sub.ID)
	m.Seen = strconv.FormatInt(sub.UpdatedAt.UnixMicro(), 10)
	s.renderSubmissionForm(w, r, http.StatusOK, m)
}

// submissionUpdate saves the edited fields of a draft or of a record sent back for changes.
func (s *Server) submissionUpdate(w http.ResponseWriter, r *http.Request) {
	sub, ok := s.ownSubmission(w, r)
	if !ok {
		return
	}
	a, errs := activityform.Decode(r.PostForm, s.formKnown())
	if !errs.Valid() {
		m := s.submissionForm(r, r.PostForm, errs)
		m.ID, m.Action, m.Cancel = sub.ID, submissionURL(sub.ID), submissionURL(sub.ID)
		m.Seen = r.PostFormValue("seen")
		s.renderSubmissionForm(w, r, http.StatusUnprocessableEntity, m)
		return
	}
	a.ID = sub.ID
	var seen time.Time
	if micros, err := strconv.ParseInt(r.PostFormValue("seen"), 10, 64); err == nil {
		seen = time.UnixMicro(micros)
	}
	err := s.store.UpdateSubmission(r.Context(), &a, actorOf(r), seen)
	switch {
	case errors.Is(err, store.ErrStale):
		s.submissionRefused(w, r, http.StatusConflict, "submission.error.stale")
	case errors.Is(err, store.ErrNotFound):
		s.errorPage(w, r, http.StatusNotFound, "submission.error.not_found")
	case errors.Is(err, store.ErrConflict):
		s.submissionRefused(w, r, http.StatusConflict, "submission.error.locked")
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.flash(r, i18n.T(r.Context(), "submission.flash.saved"))
		http.Redirect(w, r, submissionURL(a.ID), http.StatusSeeOther)
	}
}

// submissionPreview shows the form again as it was sent, with the modality the activity
// would get and why. It saves nothing.
func (s *Server) submissionPreview(w http.ResponseWriter, r *http.Request) {
	a, errs := activityform.Decode(r.PostForm, s.formKnown())
	m := s.submissionForm(r, r.PostForm, errs)
	if id, err := strconv.ParseInt(r.PostFormValue("id"), 10, 32); err == nil && id > 0 {
		m.ID, m.Action, m.Cancel = int32(id), submissionURL(int32(id)), submissionURL(int32(id))
	} else if _, ok := parseSubmissionKey(r.PostFormValue("submission_key")); ok {
		m.Key = r.PostFormValue("submission_key")
	} else {
		m.Key = newSubmissionKey()
	}
	box, err := s.modalityBox(r, &a)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	m.Modality = &box
	s.renderSubmissionForm(w, r, http.StatusOK, m)
}

// modalityBox classifies a (saved or not) and explains the result.
func (s *Server) modalityBox(r *http.Request, a *activity.Activity) (pages.ModalityBox, error) {
	_, result, err := s.store.Classification(r.Context(), a)
	if err != nil {
		return pages.ModalityBox{}, err
	}
	l := i18n.From(r.Context())
	start := l.T("submission.modality.no_date")
	if !a.StartDate.IsZero() {
		start = a.StartDate.Format("2006-01-02")
	}
	party := s.names[result.Party]
	if party == "" {
		party = result.Party
	}
	return pages.ModalityBox{Modality: string(result.Modality), Label: l.T("modality." + string(result.Modality)),
		Reason: l.T("reason."+string(result.Reason), party, start)}, nil
}

// renderSubmissionForm draws the activity form with status.
func (s *Server) renderSubmissionForm(w http.ResponseWriter, r *http.Request, status int, m pages.SubmissionFormModel) {
	title := "submission.new.title"
	if m.ID != 0 {
		title = "submission.edit.title"
	}
	m.Page = s.page(r, i18n.T(r.Context(), title))
	s.render(w, r, status, pages.SubmissionForm(m))
}

// formKnown lists the codes the activity form accepts.
func (s *Server) formKnown() activityform.Known {
	k := activityform.Known{Countries: s.known.Countries, Types: s.known.Types, IPAreas: s.known.IPAreas,
		Organisations: map[string]bool{}, Today: today()}
	for _, o := range s.ref.Organisations {
		k.Organisations[o.Code] = true
	}
	return k
}

// submissionForm is the activity form's model holding the values of form, with errs beside
// their fields and, at the top, in a summary that names each field.
func (s *Server) submissionForm(r *http.Request, form url.Values, errs validate.Errors) pages.SubmissionFormModel {
	l := i18n.From(r.Context())
	m := pages.SubmissionFormModel{Action: "/my/submissions", Cancel: "/my/submissions", Order: activityform.Fields,
		Controls: map[string]pages.FormControl{}, Values: map[string]string{}, Chosen: map[string]map[string]bool{},
		Errors: pages.FormErrors{}}
	for _, name := range activityform.Fields {
		c := pages.FormControl{Name: name, Label: l.T("submission.field." + name), MaxLength: activityform.MaxChars[name]}
		if l.Has("submission.hint." + name) {
			c.Hint = l.T("submission.hint." + name)
		}
		if key, bad := errs[name]; bad {
			c.Error = l.T(key)
			m.Errors[name] = c.Label + ": " + c.Error
		}
		m.Controls[name] = c
		m.Values[name] = form.Get(name)
		m.Chosen[name] = map[string]bool{}
		for _, v := range form[name] {
			m.Chosen[name][v] = true
		}
	}
	for _, name := range []string{activityform.Title, activityform.Type, activityform.Mode, activityform.StartDate,
		activityform.Beneficiaries, activityform.Providers} {
		c := m.Controls[name]
		c.Required = true
		m.Controls[name] = c
	}
	for _, t := range s.ref.Types {
		m.Types = append(m.Types, pages.Choice{Value: t, Label: l.T("type." + t)})
	}
	for _, mode := range activity.Modes {
		m.Modes = append(m.Modes, pages.Choice{Value: string(mode), Label: l.T("mode." + string(mode))})
	}
	for _, c := range s.ref.Countries {
		m.Countries = append(m.Countries, pages.Choice{Value: c.ISO3, Label: c.Names["en"]})
	}
	for _, o := range s.ref.Organisations {
		m.Organisations = append(m.Organisations, pages.Choice{Value: o.Code, Label: o.Name})
	}
	for _, a := range s.ref.IPAreas {
		m.IPAreas = append(m.IPAreas, pages.Choice{Value: a, Label: l.T("ip_area." + a)})
	}
	for n := 1; n <= 17; n++ {
		m.SDGs = append(m.SDGs, pages.Choice{Value: strconv.Itoa(n), Label: l.T("sdg." + strconv.Itoa(n))})
	}
	for _, lang := range activityform.LanguageCodes {
		m.Languages = append(m.Languages, pages.Choice{Value: lang, Label: l.T("language." + lang)})
	}
	return m
}
