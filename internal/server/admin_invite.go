package server

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/components"
	"sstc/web/pages"
)

// inviteTTL is how long an invitation link works.
const inviteTTL = 7 * 24 * time.Hour

// inviteForm is what an admin typed to invite a focal point.
type inviteForm struct {
	Name, Email, Organisation, Country string
}

// adminInviteForm shows the form that invites a focal point.
func (s *Server) adminInviteForm(w http.ResponseWriter, r *http.Request) {
	s.adminInvitePage(w, r, http.StatusOK, inviteForm{}, nil)
}

// adminInvitePost creates a focal point without a password and e-mails them a link to choose one.
func (s *Server) adminInvitePost(w http.ResponseWriter, r *http.Request) {
	f := inviteForm{Name: strings.TrimSpace(r.PostFormValue("name")), Email: r.PostFormValue("email"),
		Organisation: strings.TrimSpace(r.PostFormValue("organisation")), Country: r.PostFormValue("country")}
	errs := f.validate(s.known.Countries)
	if !errs.Valid() {
		s.adminInvitePage(w, r, http.StatusUnprocessableEntity, f, errs)
		return
	}
	l := i18n.From(r.Context())
	u := store.User{Email: f.Email, Name: f.Name, Organisation: f.Organisation, Country: f.Country}
	err := s.store.InviteFocalPoint(r.Context(), &u, inviteTTL, func(token string) store.Mail {
		link := s.baseURL(r) + "/password/reset?token=" + token
		return store.Mail{To: u.Email, Subject: l.T("admin.invite.mail_subject"),
			Body: l.T("admin.invite.mail_body", u.Name, s.names[u.Country], link)}
	})
	if errors.Is(err, store.ErrConflict) {
		errs["email"] = "admin.error.email_taken"
		s.adminInvitePage(w, r, http.StatusUnprocessableEntity, f, errs)
		return
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.adminDone(w, r, u.ID, l.T("admin.invite.done", u.Name, s.names[u.Country]))
}

// validate checks an invitation against the known countries and normalises its e-mail address.
func (f *inviteForm) validate(countries map[string]bool) validate.Errors {
	errs := validate.Errors{}
	errs.Check(validate.NotBlank(f.Name), "name", "form.error.required")
	checkLine(errs, "name", f.Name)
	// NormalizeEmail lower-cases first, which turns invalid UTF-8 into valid U+FFFD: check before.
	email, ok := auth.NormalizeEmail(f.Email)
	errs.Check(validate.NotBlank(f.Email), "email", "form.error.required")
	errs.Check(validate.Text(f.Email), "email", "form.error.characters")
	errs.Check(ok, "email", "admin.error.email")
	if ok {
		f.Email = email
	}
	checkLine(errs, "organisation", f.Organisation)
	errs.Check(countries[f.Country], "country", "admin.error.country")
	return errs
}

// adminInvitePage draws the invitation form with what was typed and any problems.
func (s *Server) adminInvitePage(w http.ResponseWriter, r *http.Request, status int, f inviteForm, errs validate.Errors) {
	l := i18n.From(r.Context())
	msgs := adminMessages(l, errs)
	shown := func(v string) string { return strings.ToValidUTF8(v, "\uFFFD") }
	m := pages.AdminInviteModel{Page: s.page(r, l.T("admin.invite.title")), Errors: msgs,
		Name: components.Input{Name: "name", Label: l.T("admin.invite.name"), Value: shown(f.Name), Error: msgs["name"],
			Required: true, MaxLength: maxNameChars, Autocomplete: "off"},
		Email: components.Input{Name: "email", Type: "email", Label: l.T("admin.invite.email"), Value: shown(f.Email),
			Error: msgs["email"], Required: true, MaxLength: auth.MaxEmail, Autocomplete: "off"},
		Organisation: components.Input{Name: "organisation", Label: l.T("admin.invite.organisation"),
			Value: shown(f.Organisation), Error: msgs["organisation"], Hint: l.T("admin.invite.organisation_hint"),
			MaxLength: maxNameChars, Autocomplete: "off"},
		Country:   components.Input{Name: "country", Label: l.T("admin.invite.country"), Value: f.Country, Error: msgs["country"]},
		Countries: s.adminCountries(l.T("admin.invite.country_choose"))}
	s.render(w, r, status, pages.AdminInvite(m))
}
