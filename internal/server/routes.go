package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"sstc/web/static"
)

// Routes returns every route of the portal with its middleware, grouped by who may call it.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.logRequests, s.recoverPanics, securityHeaders, limitBodies, withLocale, middleware.GetHead)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "error.not_found")
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusMethodNotAllowed, "error.method")
	})

	// Public: anyone may read what is published.
	r.Get("/", s.home)
	r.Get("/activities", s.activityList)
	r.Get("/activities.csv", s.activityCSV)
	r.Get("/activities.xlsx", s.activityXLSX)
	r.Get("/activities/{id}", s.activityShow)
	r.Get("/south-south", s.southSouthList)
	r.Get("/healthz", s.health)
	r.Handle("/static/*", http.StripPrefix("/static/", static.Handler()))
	return r
}

// health answers whether the database can be reached.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Pool().Ping(r.Context()); err != nil {
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
}
