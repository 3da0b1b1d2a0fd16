package server

import (
	"context"
	"errors"
	"net/http"
	"time"

	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/pages"
)

// resetTTL is how long a link to choose a new password works.
const resetTTL = time.Hour

// passwordForgotForm asks for the address to send a password link to, or says it was sent.
func (s *Server) passwordForgotForm(w http.ResponseWriter, r *http.Request) {
	s.renderForgot(w, r, http.StatusOK, pages.ForgotModel{Sent: r.URL.Query().Get("sent") == "1"})
}

// passwordForgotPost mails a reset link when an active account uses the address, and
// answers the same whether or not one does.
func (s *Server) passwordForgotPost(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	email, ok := emailFrom(r)
	if !ok {
		errs := validate.Errors{"email": "auth.error.email"}
		m := pages.ForgotModel{Email: shown(r.PostFormValue("email")), Errors: fieldMessages(i18n.From(ctx), errs)}
		s.renderForgot(w, r, http.StatusUnprocessableEntity, m)
		return
	}
	// The link is made after the answer, so how long the answer takes says nothing about
	// whether the address has an account.
	base := s.baseURL(r)
	s.later(func(ctx context.Context) error { return s.sendResetLink(ctx, email, base) })
	http.Redirect(w, r, "/password/forgot?sent=1", http.StatusSeeOther)
}

// sendResetLink queues a reset link for the account with email, if there is an active one.
func (s *Server) sendResetLink(ctx context.Context, email, base string) error {
	u, err := s.store.UserByEmail(ctx, email)
	if errors.Is(err, store.ErrNotFound) || err == nil && !u.Active() {
		return nil
	}
	if err != nil {
		return err
	}
	mail := i18n.Get(i18n.Default)
	return s.store.IssueLimitedToken(ctx, u.ID, store.TokenReset, resetTTL, func(token string) store.Mail {
		return store.Mail{To: u.Email, Subject: mail.T("auth.mail.reset.subject"),
			Body: mail.T("auth.mail.reset.body", u.Name, base+"/password/reset?token="+token)}
	})
}

// passwordResetForm shows the form to choose a password, if the reset or invitation link still works.
func (s *Server) passwordResetForm(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if !s.store.TokenValid(r.Context(), token, store.TokenReset, store.TokenInvite) {
		s.linkInvalid(w, r, store.TokenReset)
		return
	}
	s.renderReset(w, r, http.StatusOK, pages.ResetModel{Token: token})
}

// passwordResetPost sets the password through the link and signs its user in.
func (s *Server) passwordResetPost(w http.ResponseWriter, r *http.Request) {
	ctx, token, password := r.Context(), r.PostFormValue("token"), r.PostFormValue("password")
	if !s.store.TokenValid(ctx, token, store.TokenReset, store.TokenInvite) {
		s.linkInvalid(w, r, store.TokenReset)
		return
	}
	errs := validate.Errors{}
	checkNewPassword(errs, password, r.PostFormValue("confirm"))
	if !errs.Valid() {
		s.renderReset(w, r, http.StatusUnprocessableEntity, pages.ResetModel{Token: token, Errors: fieldMessages(i18n.From(ctx), errs)})
		return
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	u, err := s.store.SetPasswordWithToken(ctx, token, hash)
	switch {
	case errors.Is(err, store.ErrTokenInvalid):
		s.linkInvalid(w, r, store.TokenReset)
		return
	case err != nil:
		s.serverError(w, r, err)
		return
	case !u.Active():
		s.flash(r, i18n.T(ctx, "auth.reset.saved"))
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if err := s.signInAs(r, &u); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.flash(r, i18n.T(ctx, "auth.reset.done"))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// linkInvalid answers 400 for an e-mailed link that cannot be used, with the ways forward for its purpose.
func (s *Server) linkInvalid(w http.ResponseWriter, r *http.Request, purpose string) {
	l := i18n.From(r.Context())
	m := pages.LinkModel{Page: s.page(r, l.T("auth.link.title")), Help: l.T("auth.link.reset_help"),
		Steps: []pages.NextStep{{Href: "/password/forgot", Label: l.T("auth.link.forgot")}, {Href: "/login", Label: l.T("auth.link.sign_in")}}}
	if purpose == store.TokenConfirm {
		m.Help = l.T("auth.link.confirm_help")
		m.Steps = []pages.NextStep{{Href: "/login", Label: l.T("auth.link.sign_in")}, {Href: "/register", Label: l.T("auth.link.register")}}
	}
	s.render(w, r, http.StatusBadRequest, pages.LinkInvalid(m))
}

// renderForgot draws the forgotten-password page with status.
func (s *Server) renderForgot(w http.ResponseWriter, r *http.Request, status int, m pages.ForgotModel) {
	title := "auth.forgot.title"
	if m.Sent {
		title = "auth.forgot.sent_title"
	}
	m.Page = s.page(r, i18n.T(r.Context(), title))
	s.render(w, r, status, pages.PasswordForgot(m))
}

// renderReset draws the form that chooses a new password with status.
func (s *Server) renderReset(w http.ResponseWriter, r *http.Request, status int, m pages.ResetModel) {
	m.Page = s.page(r, i18n.T(r.Context(), "auth.reset.title"))
	s.render(w, r, status, pages.PasswordReset(m))
}
