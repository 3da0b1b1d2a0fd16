package server

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
	"unicode"

	"sstc/internal/auth"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/pages"
)

// Sign-in throttling: failures within the window that pause signing in, per account and per address.
const (
	signInWindow      = 15 * time.Minute
	maxFailsByEmail   = 5
	maxFailsByAddress = 20
)

// Why a sign-in was refused after the password was checked.
var (
	errSignInFailed = errors.New("wrong e-mail address or password")
	errUnconfirmed  = errors.New("e-mail address not confirmed")
)

// dummyHash is checked when no account can match, so an unknown address takes as long as a known one.
var dummyHash = sync.OnceValue(func() string {
	h, err := auth.HashPassword("no account has this password")
	if err != nil {
		panic(err)
	}
	return h
})

// loginForm shows the sign-in form.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	s.renderLogin(w, r, http.StatusOK, pages.LoginModel{Next: keptNext(r.URL.Query().Get("next"))})
}

// loginPost signs a user in; failures are counted, and too many pause signing in before any password is checked.
func (s *Server) loginPost(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), i18n.From(r.Context())
	email, emailOK := emailFrom(r)
	password := r.PostFormValue("password")
	m := pages.LoginModel{Email: shown(r.PostFormValue("email")), Next: keptNext(r.PostFormValue("next"))}
	errs := validate.Errors{}
	errs.Check(emailOK, "email", "auth.error.email")
	errs.Check(password != "", "password", "auth.error.password_required")
	errs.Check(len(password) <= auth.MaxPassword, "password", "auth.error.password_long")
	if !errs.Valid() {
		m.Errors = fieldMessages(l, errs)
		s.renderLogin(w, r, http.StatusUnprocessableEntity, m)
		return
	}
	// The attempt is counted before the password is checked, so parallel guesses count too.
	byEmail, byAddress, err := s.store.RecordSignInAttempt(ctx, email, clientAddress(r), signInWindow)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if byEmail > maxFailsByEmail || byAddress > maxFailsByAddress {
		m.Problem = l.T("auth.login.throttled")
		s.renderLogin(w, r, http.StatusTooManyRequests, m)
		return
	}
	u, err := s.authenticate(ctx, email, password)
	switch {
	case errors.Is(err, errSignInFailed):
		m.Problem = l.T("auth.login.failed")
		s.renderLogin(w, r, http.StatusUnprocessableEntity, m)
		return
	case errors.Is(err, errUnconfirmed):
		m.Problem = l.T("auth.login.unconfirmed")
		s.renderLogin(w, r, http.StatusForbidden, m)
		return
	case err != nil:
		s.serverError(w, r, err)
		return
	}
	if err := s.signInAs(r, &u); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.flash(r, l.T("auth.login.signed_in", u.Name))
	http.Redirect(w, r, safeNext(m.Next), http.StatusSeeOther)
}

// authenticate checks an e-mail address and password, always hashing once whatever the account.
func (s *Server) authenticate(ctx context.Context, email, password string) (store.User, error) {
	u, err := s.store.UserByEmail(ctx, email)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return u, err
	}
	found := err == nil && u.PasswordHash != ""
	hash := dummyHash()
	if found {
		hash = u.PasswordHash
	}
	match, err := auth.CheckPassword(hash, password)
	switch {
	case err != nil:
		return u, err
	case !found || !match || !u.Active():
		return u, errSignInFailed
	case u.Role == auth.Member && !u.EmailConfirmed:
		return u, errUnconfirmed
	}
	return u, nil
}

// signInAs starts u's session and notes the sign-in, which also forgets its failed attempts.
func (s *Server) signInAs(r *http.Request, u *store.User) error {
	if err := s.signIn(r.Context(), u); err != nil {
		return err
	}
	return s.store.RecordSignIn(r.Context(), u.ID, u.Email)
}

// logout ends the session; the flash goes into the new, empty one.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := s.sessions.Destroy(r.Context()); err != nil {
		s.serverError(w, r, err)
		return
	}
	s.flash(r, i18n.T(r.Context(), "auth.logout.done"))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// renderLogin draws the sign-in form with status.
func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, m pages.LoginModel) {
	m.Page = s.page(r, i18n.T(r.Context(), "auth.login.title"))
	s.render(w, r, status, pages.Login(m))
}

// clientAddress names the client for throttling sign-ins: its IPv4 address, or its IPv6 /64,
// since one IPv6 subscriber usually holds a whole /64.
func clientAddress(r *http.Request) string {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	addr := ap.Addr().Unmap()
	if addr.Is6() {
		prefix, _ := addr.Prefix(64)
		return prefix.String()
	}
	return addr.String()
}

// emailFrom reads and normalises a form's e-mail address.
func emailFrom(r *http.Request) (string, bool) { return auth.NormalizeEmail(r.PostFormValue("email")) }

// keptNext keeps a next= path only when it is safe to go to, so the form never carries a foreign one.
func keptNext(next string) string {
	if safeNext(next) != next {
		return ""
	}
	return next
}

// shown makes what someone typed safe to show back: valid UTF-8, no control characters, not overlong.
func shown(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300])
	}
	return s
}

// messageArgs fills in the limits some field messages name.
var messageArgs = map[string][]any{
	"auth.error.password_long":  {auth.MaxPassword},
	"auth.error.password_short": {auth.MinPassword},
}

// fieldMessages translates a form's problems for display beside its fields.
func fieldMessages(l *i18n.Locale, errs validate.Errors) pages.FormErrors {
	out := pages.FormErrors{}
	for field, key := range errs {
		out[field] = l.T(key, messageArgs[key]...)
	}
	return out
}
