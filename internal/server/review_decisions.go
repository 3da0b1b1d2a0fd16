package server

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"sstc/internal/activity"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/internal/workflow"
	"sstc/web/pages"
)

// reviewApprove publishes a pending submission.
func (s *Server) reviewApprove(w http.ResponseWriter, r *http.Request) {
	s.reviewDecide(w, r, workflow.Approve, "")
}

// reviewReject refuses a pending submission; the reason is required and goes to the submitter.
func (s *Server) reviewReject(w http.ResponseWriter, r *http.Request) {
	s.reviewDecide(w, r, workflow.Reject, "reason")
}

// reviewRequestChanges sends a pending submission back; the note is required and goes to the submitter.
func (s *Server) reviewRequestChanges(w http.ResponseWriter, r *http.Request) {
	s.reviewDecide(w, r, workflow.RequestChanges, "note")
}

// reviewDecide takes a decision on a pending submission. field names the form's text box for
// the reason or note, empty when the decision has none. A decision on a record that is no
// longer pending, or that loses a race with another reviewer's, gets the 409 page.
func (s *Server) reviewDecide(w http.ResponseWriter, r *http.Request, action workflow.Action, field string) {
	sub, ok := s.reviewTarget(w, r)
	if !ok {
		return
	}
	if sub.Status != activity.Pending {
		s.reviewConflict(w, r, sub.ID, sub.Status, "review.conflict.decided")
		return
	}
	var note string
	if field != "" {
		typed := r.PostFormValue(field)
		note = strings.TrimSpace(strings.ReplaceAll(typed, "\r\n", "\n"))
		errs := validate.Errors{}
		errs.Check(validate.NotBlank(note), field, "review.error.note_required")
		errs.Check(validate.Text(note), field, "form.error.characters")
		errs.Check(validate.MaxChars(note, workflow.MaxNote), field, "form.error.too_long")
		if !errs.Valid() {
			shown := strings.ReplaceAll(strings.ToValidUTF8(typed, "\uFFFD"), "\x00", "")
			s.reviewPage(w, r, &sub, http.StatusUnprocessableEntity, map[string]string{field: shown}, errs)
			return
		}
	}
	if !s.reviewTransition(w, r, sub.ID, action, note, "review.conflict.decided") {
		return
	}
	key := map[workflow.Action]string{workflow.Approve: "review.done.approve", workflow.Reject: "review.done.reject",
		workflow.RequestChanges: "review.done.request_changes"}[action]
	s.flash(r, i18n.T(r.Context(), key, sub.Title))
	http.Redirect(w, r, "/admin/review", http.StatusSeeOther)
}

// activityArchive takes a published activity out of the public lists. An archived record is
// not public, so the reviewer goes back to the whole queue.
func (s *Server) activityArchive(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 32)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	a, err := s.store.Activity(r.Context(), int32(id), false)
	if err != nil {
		s.adminStoreError(w, r, err)
		return
	}
	if !s.reviewTransition(w, r, a.ID, workflow.Archive, "", "review.conflict.archive") {
		return
	}
	s.flash(r, i18n.T(r.Context(), "review.done.archive", a.Title))
	http.Redirect(w, r, "/admin/review?status=all", http.StatusSeeOther)
}

// reviewTransition takes a workflow action as the signed-in user and reports whether it was taken;
// when it was not, it has answered: 409 with conflictKey when the record had moved on, 403
// when the user may not, 404 when the record is gone.
func (s *Server) reviewTransition(w http.ResponseWriter, r *http.Request, id int32, action workflow.Action, note, conflictKey string) bool {
	u := currentUser(r.Context())
	actor := workflow.Actor{UserID: u.ID, Role: u.Role, Country: u.Country}
	_, err := s.store.Transition(r.Context(), id, actor, action, note, s.notifier(r))
	switch {
	case err == nil:
		return true
	case errors.Is(err, store.ErrConflict):
		a, err := s.store.Activity(r.Context(), id, false)
		if err != nil {
			s.adminStoreError(w, r, err)
			return false
		}
		s.reviewConflict(w, r, id, a.Status, conflictKey)
	case errors.Is(err, workflow.ErrNotAllowed):
		s.errorPage(w, r, http.StatusForbidden, "error.forbidden")
	case errors.Is(err, workflow.ErrNoteRequired):
		s.errorPage(w, r, http.StatusUnprocessableEntity, "review.error.note_required")
	default:
		s.adminStoreError(w, r, err)
	}
	return false
}

// reviewTarget reads the submission the path names; an unknown or malformed id, or a record
// nobody submitted, gets the 404 page.
func (s *Server) reviewTarget(w http.ResponseWriter, r *http.Request) (store.Submitted, bool) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 32)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return store.Submitted{}, false
	}
	sub, err := s.store.Submitted(r.Context(), int32(id))
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return sub, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return sub, false
	}
	return sub, true
}

// reviewConflict answers 409: the record is no longer in the status the action starts from.
func (s *Server) reviewConflict(w http.ResponseWriter, r *http.Request, id int32, now activity.Status, key string) {
	l := i18n.From(r.Context())
	m := pages.ReviewConflictModel{Page: s.readPage(r, l.T(key+"_title")),
		Message: l.T(key, statusLabel(l, string(now))), ReviewURL: reviewURL(id)}
	s.render(w, r, http.StatusConflict, pages.ReviewConflict(m))
}
