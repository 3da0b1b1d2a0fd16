package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"sstc/internal/auth"
	"sstc/web/static"
)

// Routes returns every route of the portal with its middleware, grouped by who may call it.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	crossOrigin := http.NewCrossOriginProtection()
	crossOrigin.SetDenyHandler(s.crossOriginRefused())
	secureHeaders := func(next http.Handler) http.Handler { return securityHeaders(s.sessions.Cookie.Secure, next) }
	r.Use(s.logRequests, s.recoverPanics, secureHeaders, limitBodies, withLocale, middleware.GetHead,
		s.sessions.LoadAndSave, crossOrigin.Handler, s.loadUser, s.checkCSRF)
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
	r.Get("/experiences", s.experienceList)
	r.Get("/activities.atom", s.activityFeed)
	r.Get("/healthz", s.health)
	r.Get("/static/*", http.StripPrefix("/static/", static.Handler()).ServeHTTP)

	// Accounts: anyone may sign in, register, and use the links the portal e-mails.
	r.Get("/login", s.loginForm)
	r.Post("/login", s.loginPost)
	r.Post("/logout", s.logout)
	r.Get("/register", s.registerForm)
	r.Post("/register", s.registerPost)
	r.Get("/register/confirm", s.registerConfirmForm)
	r.Post("/register/confirm", s.registerConfirm)
	r.Get("/password/forgot", s.passwordForgotForm)
	r.Post("/password/forgot", s.passwordForgotPost)
	r.Get("/password/reset", s.passwordResetForm)
	r.Post("/password/reset", s.passwordResetPost)

	// Anyone with an account: fill in the activity form, then submit it (or, staff, publish it).
	r.Group(func(r chi.Router) {
		r.Use(s.require(auth.RecordActivity), noStore)
		r.Get("/my/submissions", s.submissionList)
		r.Get("/my/submissions/new", s.submissionNew)
		r.Post("/my/submissions", s.submissionCreate)
		r.Post("/my/submissions/preview", s.submissionPreview)
		r.Get("/my/submissions/{id}", s.submissionShow)
		r.Get("/my/submissions/{id}/edit", s.submissionEdit)
		r.Post("/my/submissions/{id}", s.submissionUpdate)
		r.Post("/my/submissions/{id}/submit", s.submissionSubmit)
		r.Post("/my/submissions/{id}/withdraw", s.submissionWithdraw)
		r.Post("/my/submissions/{id}/publish", s.submissionPublish)
	})

	// Reviewers: the queue of submitted activities and the decisions on them.
	r.Group(func(r chi.Router) {
		r.Use(s.require(auth.ReviewSubmitted), noStore)
		r.Get("/admin/review", s.reviewList)
		r.Get("/admin/review/{id}", s.reviewShow)
		r.Post("/admin/review/{id}/approve", s.reviewApprove)
		r.Post("/admin/review/{id}/reject", s.reviewReject)
		r.Post("/admin/review/{id}/request-changes", s.reviewRequestChanges)
		r.Post("/admin/activities/{id}/archive", s.activityArchive)
	})

	// Administrators: users, invitations and the e-mail outbox.
	r.Group(func(r chi.Router) {
		r.Use(s.require(auth.ManageUsers), noStore)
		r.Get("/admin/users", s.adminUserList)
		r.Get("/admin/users/{id}", s.adminUserShow)
		r.Post("/admin/users/{id}/role", s.adminUserRole)
		r.Post("/admin/users/{id}/status", s.adminUserStatus)
		r.Post("/admin/users/{id}/sessions", s.adminUserEndSessions)
		r.Get("/admin/invitations/new", s.adminInviteForm)
		r.Post("/admin/invitations", s.adminInvitePost)
	})
	r.With(s.require(auth.ReadOutbox), noStore).Get("/admin/outbox", s.adminOutbox)
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
