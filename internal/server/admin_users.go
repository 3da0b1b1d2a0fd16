package server

import (
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
	"sstc/web/components"
	"sstc/web/pages"
)

// adminUserLimit is how many accounts the list shows at most.
const adminUserLimit = 200

// adminUserList lists the accounts, newest first, narrowed by an optional search.
func (s *Server) adminUserList(w http.ResponseWriter, r *http.Request) {
	l := i18n.From(r.Context())
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	m := pages.AdminUsersModel{Page: s.page(r, l.T("admin.users.title")), Query: q}
	status := http.StatusOK
	if !validate.Text(q) || !validate.MaxChars(q, 200) {
		q, m.Query, m.QueryError, status = "", "", l.T("admin.error.query"), http.StatusBadRequest
	}
	users, err := s.store.Users(r.Context(), q, adminUserLimit)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	for i := range users {
		m.Rows = append(m.Rows, s.adminUserRow(l, &users[i]))
	}
	m.Limited = len(users) == adminUserLimit
	s.render(w, r, status, pages.AdminUsers(m))
}

// adminUserShow shows one account with the forms that change it.
func (s *Server) adminUserShow(w http.ResponseWriter, r *http.Request) {
	if u, ok := s.adminTarget(w, r); ok {
		s.adminUserPage(w, r, &u, http.StatusOK, string(u.Role), u.Country, nil)
	}
}

// adminUserRole changes an account's role: a focal point needs a known country, other roles have none.
func (s *Server) adminUserRole(w http.ResponseWriter, r *http.Request) {
	u, ok := s.adminTarget(w, r)
	if !ok {
		return
	}
	role, country := auth.Role(r.PostFormValue("role")), r.PostFormValue("country")
	errs := validate.Errors{}
	errs.Check(role.Valid(), "role", "form.error.choose")
	errs.Check(role == auth.Admin || u.ID != currentUser(r.Context()).ID, "role", "admin.error.own_role")
	errs.Check(role != auth.FocalPoint || s.known.Countries[country], "country", "admin.error.country")
	if !errs.Valid() {
		s.adminUserPage(w, r, &u, http.StatusUnprocessableEntity, string(role), country, errs)
		return
	}
	if role != auth.FocalPoint {
		country = ""
	}
	if err := s.store.SetRole(r.Context(), u.ID, role, country); err != nil {
		s.adminStoreError(w, r, err)
		return
	}
	l := i18n.From(r.Context())
	s.adminDone(w, r, u.ID, l.T("admin.role.done", u.Name, l.T("role_name."+string(role))))
}

// adminUserStatus enables (active=true) or disables (active=false) an account; disabling ends its sessions.
func (s *Server) adminUserStatus(w http.ResponseWriter, r *http.Request) {
	u, ok := s.adminTarget(w, r)
	if !ok {
		return
	}
	value := r.PostFormValue("active")
	active := value == "true"
	errs := validate.Errors{}
	errs.Check(active || value == "false", "status", "form.error.choose")
	errs.Check(active || u.ID != currentUser(r.Context()).ID, "status", "admin.error.own_status")
	if !errs.Valid() {
		s.adminUserPage(w, r, &u, http.StatusUnprocessableEntity, string(u.Role), u.Country, errs)
		return
	}
	if err := s.store.SetStatus(r.Context(), u.ID, active); err != nil {
		s.adminStoreError(w, r, err)
		return
	}
	msg := "admin.access.disabled_done"
	if active {
		msg = "admin.access.enabled_done"
	}
	s.adminDone(w, r, u.ID, i18n.T(r.Context(), msg, u.Name))
}

// adminUserEndSessions signs an account out on every device.
func (s *Server) adminUserEndSessions(w http.ResponseWriter, r *http.Request) {
	u, ok := s.adminTarget(w, r)
	if !ok {
		return
	}
	if err := s.store.EndSessions(r.Context(), u.ID); err != nil {
		s.adminStoreError(w, r, err)
		return
	}
	s.adminDone(w, r, u.ID, i18n.T(r.Context(), "admin.sessions.done", u.Name))
}

// adminTarget reads the account the path names; an unknown or malformed id gets the 404 page.
func (s *Server) adminTarget(w http.ResponseWriter, r *http.Request) (store.User, bool) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return store.User{}, false
	}
	u, err := s.store.UserByID(r.Context(), id)
	if err != nil {
		s.adminStoreError(w, r, err)
		return store.User{}, false
	}
	return u, true
}

// adminStoreError answers a failed store call: 404 for an account that is gone, 500 otherwise.
func (s *Server) adminStoreError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	s.serverError(w, r, err)
}

// adminDone leaves msg for the next page and sends the admin back to the account's page.
func (s *Server) adminDone(w http.ResponseWriter, r *http.Request, id int64, msg string) {
	s.flash(r, msg)
	http.Redirect(w, r, adminUserURL(id), http.StatusSeeOther)
}

// adminUserPage draws an account's page with the role form's choices and any problems.
func (s *Server) adminUserPage(w http.ResponseWriter, r *http.Request, u *store.User, status int, role, country string, errs validate.Errors) {
	l := i18n.From(r.Context())
	msgs := adminMessages(l, errs)
	m := pages.AdminUserModel{Page: s.page(r, u.Name), User: s.adminUserRow(l, u), Active: u.Active(),
		EmailConfirmed: u.EmailConfirmed, HasPassword: u.PasswordHash != "", StatusError: msgs["status"], Errors: msgs,
		Role:      components.Input{Name: "role", Label: l.T("admin.role.label"), Value: role, Error: msgs["role"]},
		Country:   components.Input{Name: "country", Label: l.T("admin.role.country"), Value: country, Error: msgs["country"]},
		Countries: s.adminCountries(l.T("admin.role.country_none"))}
	for _, ro := range auth.Roles {
		m.Roles = append(m.Roles, components.Option{Value: string(ro), Label: l.T("role_name." + string(ro))})
	}
	s.render(w, r, status, pages.AdminUser(m))
}

// adminUserRow is an account as the admin pages show it.
func (s *Server) adminUserRow(l *i18n.Locale, u *store.User) pages.AdminUserRow {
	row := pages.AdminUserRow{URL: adminUserURL(u.ID), Name: u.Name, Email: u.Email, Organisation: u.Organisation,
		Country: l.T("admin.none"), Role: l.T("role_name." + string(u.Role)), Status: l.T("admin.status." + u.Status),
		Created: adminTime(u.CreatedAt), LastSignIn: l.T("admin.never")}
	if u.Country != "" {
		row.Country = s.names[u.Country]
	}
	if u.LastSignInAt != nil {
		row.LastSignIn = adminTime(*u.LastSignInAt)
	}
	return row
}

// adminCountries lists the countries by English name after a first, empty choice.
func (s *Server) adminCountries(empty string) []components.Option {
	opts := make([]components.Option, 0, len(s.ref.Countries)+1)
	opts = append(opts, components.Option{Value: "", Label: empty})
	for _, c := range s.ref.Countries {
		opts = append(opts, components.Option{Value: c.ISO3, Label: c.Names["en"]})
	}
	return opts
}

// adminMessages turns a form's problems into messages, by field.
func adminMessages(l *i18n.Locale, errs validate.Errors) map[string]string {
	msgs := make(map[string]string, len(errs))
	for field, key := range errs {
		msgs[field] = l.T(key)
	}
	return msgs
}

// adminUserURL is the address of an account's admin page.
func adminUserURL(id int64) string { return "/admin/users/" + strconv.FormatInt(id, 10) }

// adminTime writes a moment for the admin pages, in UTC.
func adminTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
