package server

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"time"

	"github.com/alexedwards/scs/pgxstore"
	"github.com/alexedwards/scs/v2"
	"github.com/jackc/pgx/v5/pgxpool"

	"sstc/internal/auth"
	"sstc/internal/store"
)

// Session keys.
const (
	keyUserID = "user_id"
	keyEpoch  = "epoch" // the user's session epoch at sign-in; a newer one ends the session
	keyRole   = "role"  // the role at sign-in; a change renews the token
	keyCSRF   = "csrf"
	keyFlash  = "flash"
)

// Session lifetimes.
const (
	sessionIdle     = 2 * time.Hour
	sessionLifetime = 12 * time.Hour
)

// newSessions keeps sessions in PostgreSQL, so every instance shares them.
func newSessions(pool *pgxpool.Pool, secure bool) *scs.SessionManager {
	sm := scs.New()
	sm.Store = pgxstore.NewWithCleanupInterval(pool, 30*time.Minute)
	sm.IdleTimeout = sessionIdle
	sm.Lifetime = sessionLifetime
	sm.Cookie.Name = "sstc_session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = secure
	return sm
}

type userKey struct{}

// currentUser returns the signed-in user, or nil for an anonymous visitor.
func currentUser(ctx context.Context) *store.User {
	u, _ := ctx.Value(userKey{}).(*store.User)
	return u
}

// currentRole returns the signed-in user's role, or Anonymous.
func currentRole(ctx context.Context) auth.Role {
	if u := currentUser(ctx); u != nil {
		return u.Role
	}
	return auth.Anonymous
}

// loadUser puts the session's user in the request context. A session whose account has been
// disabled, or whose sessions were ended since it signed in, is destroyed; a changed role
// gets a new session token.
func (s *Server) loadUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		id := s.sessions.GetInt64(ctx, keyUserID)
		if id == 0 {
			next.ServeHTTP(w, r)
			return
		}
		u, err := s.store.UserByID(ctx, id)
		switch {
		case errors.Is(err, store.ErrNotFound) || (err == nil && (!u.Active() || u.SessionEpoch != int32(s.sessions.GetInt(ctx, keyEpoch)))):
			if err := s.sessions.Destroy(ctx); err != nil {
				s.serverError(w, r, err)
				return
			}
			next.ServeHTTP(w, r)
			return
		case err != nil:
			s.serverError(w, r, err)
			return
		}
		if string(u.Role) != s.sessions.GetString(ctx, keyRole) {
			if err := s.sessions.RenewToken(ctx); err != nil {
				s.serverError(w, r, err)
				return
			}
			s.sessions.Put(ctx, keyRole, string(u.Role))
			s.sessions.Put(ctx, keyCSRF, newCSRFToken())
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(ctx, userKey{}, &u)))
	})
}

// signIn starts an authenticated session for u under a new token (no session fixation),
// keeping nothing from before it.
func (s *Server) signIn(ctx context.Context, u *store.User) error {
	if err := s.sessions.Clear(ctx); err != nil {
		return err
	}
	if err := s.sessions.RenewToken(ctx); err != nil {
		return err
	}
	s.sessions.Put(ctx, keyUserID, u.ID)
	s.sessions.Put(ctx, keyEpoch, int(u.SessionEpoch))
	s.sessions.Put(ctx, keyRole, string(u.Role))
	s.sessions.Put(ctx, keyCSRF, newCSRFToken())
	return nil
}

// csrfToken returns the session's form token, making one if needed.
func (s *Server) csrfToken(ctx context.Context) string {
	t := s.sessions.GetString(ctx, keyCSRF)
	if t == "" {
		t = newCSRFToken()
		s.sessions.Put(ctx, keyCSRF, t)
	}
	return t
}

func newCSRFToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// checkCSRF refuses a state-changing request whose form token does not match its session's.
// It runs after net/http's CrossOriginProtection, which refuses cross-origin browser requests.
func (s *Server) checkCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		if err := r.ParseForm(); err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				s.errorPage(w, r, http.StatusRequestEntityTooLarge, "error.too_large")
			} else {
				s.errorPage(w, r, http.StatusBadRequest, "error.bad_form")
			}
			return
		}
		want := s.sessions.GetString(r.Context(), keyCSRF)
		got := r.Header.Get("X-CSRF-Token")
		if got == "" {
			got = r.PostFormValue("csrf_token")
		}
		if want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
			s.errorPage(w, r, http.StatusForbidden, "error.csrf")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// crossOriginRefused answers a request that net/http's CrossOriginProtection refused.
func (s *Server) crossOriginRefused() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusForbidden, "error.cross_origin")
	})
}

// require lets through only users whose role has permission p: visitors are sent to sign
// in (and back afterwards), signed-in users without it get a 403.
func (s *Server) require(p auth.Permission) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			role := currentRole(r.Context())
			switch {
			case role.Can(p):
				next.ServeHTTP(w, r)
			case role == auth.Anonymous && (r.Method == http.MethodGet || r.Method == http.MethodHead):
				http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			case role == auth.Anonymous:
				s.errorPage(w, r, http.StatusUnauthorized, "error.sign_in_first")
			default:
				s.errorPage(w, r, http.StatusForbidden, "error.forbidden")
			}
		})
	}
}

// flash stores a message to show on the next page.
func (s *Server) flash(r *http.Request, msg string) { s.sessions.Put(r.Context(), keyFlash, msg) }
