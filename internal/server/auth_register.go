package server

import (
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/pages"
)

// confirmTTL is how long a link to confirm a new member's address works.
const confirmTTL = 48 * time.Hour

// maxNameChars bounds names and organisations, as the users table does.
const maxNameChars = 200

// registerForm shows the registration form, or, after a registration, says to check the mail.
func (s *Server) registerForm(w http.ResponseWriter, r *http.Request) {
	s.renderRegister(w, r, http.StatusOK, pages.RegisterModel{Sent: r.URL.Query().Get("sent") == "1"})
}

// registerPost creates a member and mails the confirmation link. An address that already has
// an account gets a warning mail instead, and the visitor sees the same answer either way.
func (s *Server) registerPost(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name, org := strings.TrimSpace(r.PostFormValue("name")), strings.TrimSpace(r.PostFormValue("organisation"))
	email, emailOK := emailFrom(r)
	password := r.PostFormValue("password")
	errs := validate.Errors{}
	errs.Check(validate.NotBlank(name), "name", "auth.error.name_required")
	checkLine(errs, "name", name)
	checkLine(errs, "organisation", org)
	errs.Check(emailOK, "email", "auth.error.email")
	checkNewPassword(errs, password, r.PostFormValue("confirm"))
	if !errs.Valid() {
		m := pages.RegisterModel{Name: shown(name), Organisation: shown(org), Email: shown(r.PostFormValue("email")),
			Errors: fieldMessages(i18n.From(ctx), errs)}
		s.renderRegister(w, r, http.StatusUnprocessableEntity, m)
		return
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	u := store.User{Email: email, Name: name, Organisation: org, Role: auth.Member, PasswordHash: hash}
	mail, base := i18n.Get(i18n.Default), s.baseURL(r)
	err = s.store.RegisterMember(ctx, &u, confirmTTL, func(token string) store.Mail {
		return store.Mail{To: email, Subject: mail.T("auth.mail.confirm.subject"),
			Body: mail.T("auth.mail.confirm.body", name, base+"/register/confirm?token="+token)}
	})
	if errors.Is(err, store.ErrConflict) {
		err = s.store.QueueMail(ctx, store.Mail{To: email, Subject: mail.T("auth.mail.taken.subject"),
			Body: mail.T("auth.mail.taken.body", base+"/password/forgot")})
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/register?sent=1", http.StatusSeeOther)
}

// registerConfirmForm shows the button that confirms a new member's address; opening the
// e-mailed link changes nothing by itself.
func (s *Server) registerConfirmForm(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if !s.store.TokenValid(r.Context(), token, store.TokenConfirm) {
		s.linkInvalid(w, r, store.TokenConfirm)
		return
	}
	m := pages.ResetModel{Page: s.page(r, i18n.T(r.Context(), "auth.confirm.title")), Token: token}
	s.render(w, r, http.StatusOK, pages.ConfirmAddress(m))
}

// registerConfirm uses an e-mailed link to confirm a new member's address.
func (s *Server) registerConfirm(w http.ResponseWriter, r *http.Request) {
	_, err := s.store.ConfirmEmail(r.Context(), r.PostFormValue("token"))
	if errors.Is(err, store.ErrTokenInvalid) {
		s.linkInvalid(w, r, store.TokenConfirm)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.flash(r, i18n.T(r.Context(), "auth.confirm.done"))
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// renderRegister draws the registration page with status.
func (s *Server) renderRegister(w http.ResponseWriter, r *http.Request, status int, m pages.RegisterModel) {
	title := "auth.register.title"
	if m.Sent {
		title = "auth.register.sent_title"
	}
	m.Page = s.page(r, i18n.T(r.Context(), title))
	s.render(w, r, status, pages.Register(m))
}

// checkLine checks a one-line text field such as a name or an organisation.
func checkLine(errs validate.Errors, field, value string) {
	errs.Check(validate.Line(value), field, "form.error.characters")
	errs.Check(validate.MaxChars(value, maxNameChars), field, "form.error.too_long")
}

// checkNewPassword checks a chosen password and its confirmation.
func checkNewPassword(errs validate.Errors, password, confirm string) {
	errs.Check(password != "", "password", "form.error.required")
	errs.Check(len(password) <= auth.MaxPassword, "password", "auth.error.password_long")
	errs.Check(utf8.RuneCountInString(password) >= auth.MinPassword, "password", "auth.error.password_short")
	errs.Check(validate.Text(password), "password", "auth.error.password_characters")
	errs.Check(confirm == password, "confirm", "auth.error.confirm_mismatch")
}
