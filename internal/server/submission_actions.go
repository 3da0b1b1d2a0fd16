package server

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/internal/workflow"
	"sstc/web/pages"
)

// submissionSubmit sends a draft, or a record sent back for changes, for review.
func (s *Server) submissionSubmit(w http.ResponseWriter, r *http.Request) {
	s.submissionTransition(w, r, workflow.Submit, "submission.flash.submitted")
}

// submissionWithdraw takes a record waiting for review back to draft.
func (s *Server) submissionWithdraw(w http.ResponseWriter, r *http.Request) {
	s.submissionTransition(w, r, workflow.Withdraw, "submission.flash.withdrawn")
}

// submissionPublish publishes a draft directly: staff their own records, admins any.
func (s *Server) submissionPublish(w http.ResponseWriter, r *http.Request) {
	s.submissionTransition(w, r, workflow.Publish, "submission.flash.published")
}

// submissionTransition takes a workflow action on one of the person's own records.
func (s *Server) submissionTransition(w http.ResponseWriter, r *http.Request, action workflow.Action, flashKey string) {
	sub, ok := s.ownSubmission(w, r)
	if !ok {
		return
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	if !validate.Text(note) || !validate.MaxChars(note, workflow.MaxNote) {
		s.errorPage(w, r, http.StatusBadRequest, "submission.error.note")
		return
	}
	_, err := s.store.Transition(r.Context(), sub.ID, actorOf(r), action, note, s.notifier(r))
	switch {
	case errors.Is(err, workflow.ErrNotAllowed):
		s.errorPage(w, r, http.StatusForbidden, "submission.error.not_allowed")
	case errors.Is(err, store.ErrConflict):
		s.submissionRefused(w, r, http.StatusConflict, "submission.error.changed")
	case errors.Is(err, store.ErrNotFound):
		s.errorPage(w, r, http.StatusNotFound, "submission.error.not_found")
	case err != nil:
		s.serverError(w, r, err)
	default:
		s.flash(r, i18n.T(r.Context(), flashKey))
		http.Redirect(w, r, submissionURL(sub.ID), http.StatusSeeOther)
	}
}

// ownSubmission reads the record the URL names if it is the person's own; otherwise it
// answers 404, as for a record that does not exist, and returns false.
func (s *Server) ownSubmission(w http.ResponseWriter, r *http.Request) (store.SubmittedActivity, bool) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 32)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusNotFound, "submission.error.not_found")
		return store.SubmittedActivity{}, false
	}
	sub, err := s.store.SubmissionByID(r.Context(), int32(id), actorOf(r))
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "submission.error.not_found")
		return sub, false
	}
	if err != nil {
		s.serverError(w, r, err)
		return sub, false
	}
	return sub, true
}

// submissionRefused explains why a record cannot be changed now, with status (409).
func (s *Server) submissionRefused(w http.ResponseWriter, r *http.Request, status int, key string) {
	l := i18n.From(r.Context())
	m := pages.ErrorModel{Page: s.readPage(r, l.T("submission.error.refused_title")), Status: status, Message: l.T(key)}
	s.render(w, r, status, pages.Error(m))
}

// actorOf is the signed-in person as the workflow sees them.
func actorOf(r *http.Request) workflow.Actor {
	u := currentUser(r.Context())
	if u == nil {
		return workflow.Actor{Role: auth.Anonymous}
	}
	return workflow.Actor{UserID: u.ID, Role: u.Role, Country: u.Country}
}

// submissionURL is the path of one of the person's records.
func submissionURL(id int32) string { return "/my/submissions/" + strconv.Itoa(int(id)) }

// newSubmissionKey makes a random (version 4) UUID for a new form.
func newSubmissionKey() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// parseSubmissionKey reads a form's key, a UUID in its usual text form.
func parseSubmissionKey(s string) ([16]byte, bool) {
	var key [16]byte
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return key, false
	}
	_, err := hex.Decode(key[:], []byte(s[:8]+s[9:13]+s[14:18]+s[19:23]+s[24:]))
	return key, err == nil
}

// today is the current day in UTC, the last day dates are checked against.
func today() time.Time { return time.Now().UTC().Truncate(24 * time.Hour) }
