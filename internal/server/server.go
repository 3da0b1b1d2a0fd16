// Package server is the portal's HTTP layer: routes, middleware and one file of handlers per area.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/a-h/templ"
	"github.com/alexedwards/scs/v2"

	"sstc/internal/auth"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/web/layout"
	"sstc/web/pages"
)

// Server holds what the handlers share.
type Server struct {
	store   *store.Store
	catalog *catalog.Catalog
	ref     *store.Reference
	known   catalog.Known
	names   map[string]string // country or organisation code → English name
	// regionNames lists the M49 regions, sub-regions and intermediate regions, sorted.
	regionNames []string
	log         *slog.Logger
	// publicURL is the portal's address for links in exports and e-mail; empty to use the request's host.
	publicURL string
	sessions  *scs.SessionManager
	// background tracks work started by requests that outlives them; Close waits for it.
	background sync.WaitGroup
}

// Options configure a server.
type Options struct {
	// PublicURL is the portal's address for links in exports and e-mail; empty to use the request's host.
	PublicURL string
	// SecureCookies marks the session cookie Secure, for a portal served over TLS.
	SecureCookies bool
}

// New returns a server over st, reading the reference lists once.
func New(ctx context.Context, st *store.Store, log *slog.Logger, opts Options) (*Server, error) {
	ref, err := st.Reference(ctx)
	if err != nil {
		return nil, err
	}
	s := &Server{store: st, ref: ref, log: log, names: map[string]string{}, publicURL: opts.PublicURL,
		sessions: newSessions(st.Pool(), opts.SecureCookies)}
	s.known = catalog.Known{Countries: map[string]bool{}, Regions: map[string]bool{}, Types: map[string]bool{}, IPAreas: map[string]bool{}}
	for _, c := range ref.Countries {
		s.known.Countries[c.ISO3] = true
		s.names[c.ISO3] = c.Names["en"]
		for _, r := range []string{c.Region, c.Subregion, c.IntermediateRegion} {
			if r != "" && !s.known.Regions[r] {
				s.known.Regions[r] = true
				s.regionNames = append(s.regionNames, r)
			}
		}
	}
	for _, o := range ref.Organisations {
		s.names[o.Code] = o.Name
	}
	for _, t := range ref.Types {
		s.known.Types[t] = true
	}
	for _, a := range ref.IPAreas {
		s.known.IPAreas[a] = true
	}
	slices.Sort(s.regionNames)
	s.catalog = catalog.New(st, ref)
	if err := s.catalog.Sync(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// later runs fn after the request has been answered, with its own time limit, and logs its error.
func (s *Server) later(fn func(context.Context) error) {
	s.background.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := fn(ctx); err != nil {
			s.log.Error("background work failed", "err", err)
		}
	})
}

// Close waits for the work requests left running in the background.
func (s *Server) Close() { s.background.Wait() }

// page returns the shared page model for a page with a form that changes something: it makes
// sure the session has a form token.
func (s *Server) page(r *http.Request, title string) layout.Page {
	s.csrfToken(r.Context())
	return s.readPage(r, title)
}

// readPage returns the shared page model for r: who is signed in, the flash message and the
// form token if the session has one. Reading pages do not start a session, so anonymous
// readers cost no database write.
func (s *Server) readPage(r *http.Request, title string) layout.Page {
	ctx := r.Context()
	p := layout.Page{Title: title, Path: r.URL.Path, Role: currentRole(ctx), CSRFToken: s.sessions.GetString(ctx, keyCSRF)}
	if s.sessions.Exists(ctx, keyFlash) {
		p.Flash = s.sessions.PopString(ctx, keyFlash)
	}
	if u := currentUser(ctx); u != nil {
		p.UserName = u.Name
		if u.Role.Can(auth.ReviewSubmitted) {
			p.Pending, _ = s.store.PendingCount(ctx) // a missing count must not cost the page
		}
	}
	return p
}

// render writes c with status, rendering into a buffer first so an error never sends half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// serverError logs err and answers with a generic 500 page.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "request_id", requestID(r.Context()), "err", err)
	s.errorPage(w, r, http.StatusInternalServerError, "error.server")
}

// errorPage answers with status and a page that explains it with the message key.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, key string, details ...string) {
	l := i18n.From(r.Context())
	m := pages.ErrorModel{Page: s.readPage(r, l.T(fmt.Sprintf("error.status.%d", status))), Status: status, Message: l.T(key), Details: details}
	s.render(w, r, status, pages.Error(m))
}
