package server_test

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/go-chi/chi/v5"

	"sstc/internal/auth"
	"sstc/internal/server"
)

// expect is the status each kind of visitor gets from a route. POSTs carry a valid form
// token and an empty form, so a status says whether the visitor got past authorisation.
type expect struct {
	anonymous, member, focalPoint, staff, admin int
}

// every is the same status for every visitor.
func every(status int) expect { return expect{status, status, status, status, status} }

// adminsOnly is what a route for administrators answers: anonymous GETs are sent to sign in,
// anonymous POSTs are told to, other roles are refused, and admins get ok.
func adminsOnly(method string, ok int) expect {
	anon := http.StatusSeeOther
	if method == http.MethodPost {
		anon = http.StatusUnauthorized
	}
	return expect{anon, 403, 403, 403, ok}
}

// matrix holds every route as "METHOD /pattern"; "* /pattern" stands for every method of a
// route registered with Handle. A route missing here fails TestEveryRouteIsInTheMatrix.
var matrix = map[string]expect{
	"GET /":                                   every(200),
	"GET /activities":                         every(200),
	"GET /activities.csv":                     every(200),
	"GET /activities.xlsx":                    every(200),
	"GET /activities/{id}":                    every(200),
	"GET /south-south":                        every(200),
	"GET /healthz":                            every(200),
	"GET /static/*":                           every(200),
	"GET /login":                              every(200),
	"POST /login":                             every(422),
	"POST /logout":                            every(303),
	"GET /register":                           every(200),
	"POST /register":                          every(422),
	"GET /register/confirm":                   every(400),
	"POST /register/confirm":                  every(400),
	"GET /experiences":                        every(200),
	"GET /activities.atom":                    every(200),
	"GET /password/forgot":                    every(200),
	"POST /password/forgot":                   every(422),
	"GET /password/reset":                     every(400),
	"POST /password/reset":                    every(400),
	"GET /admin/users":                        adminsOnly("GET", 200),
	"GET /admin/users/{id}":                   adminsOnly("GET", 200),
	"POST /admin/users/{id}/role":             adminsOnly("POST", 422),
	"POST /admin/users/{id}/status":           adminsOnly("POST", 422),
	"POST /admin/users/{id}/sessions":         adminsOnly("POST", 303),
	"GET /admin/invitations/new":              adminsOnly("GET", 200),
	"POST /admin/invitations":                 adminsOnly("POST", 422),
	"GET /admin/outbox":                       adminsOnly("GET", 200),
	"GET /admin/review":                       adminsOnly("GET", 200),
	"GET /admin/review/{id}":                  adminsOnly("GET", 404), // entered by staff, never reviewed
	"POST /admin/review/{id}/approve":         adminsOnly("POST", 404),
	"POST /admin/review/{id}/reject":          adminsOnly("POST", 404),
	"POST /admin/review/{id}/request-changes": adminsOnly("POST", 404),
	"POST /admin/activities/{id}/archive":     adminsOnly("POST", 409), // a draft cannot be archived
	// Anyone with an account fills in the form; a record nobody here owns is not found.
	"GET /my/submissions":          {303, 200, 200, 200, 200},
	"GET /my/submissions/new":      {303, 200, 200, 200, 200},
	"POST /my/submissions":         {401, 400, 400, 400, 400}, // an empty form has no submission key
	"POST /my/submissions/preview": {401, 200, 200, 200, 200},
	// Staff and admins reach any record to correct it, but submit, withdraw and publish only their own.
	"GET /my/submissions/{id}":           {303, 404, 404, 200, 200},
	"GET /my/submissions/{id}/edit":      {303, 404, 404, 200, 200},
	"POST /my/submissions/{id}":          {401, 404, 404, 422, 422},
	"POST /my/submissions/{id}/submit":   {401, 404, 404, 403, 403},
	"POST /my/submissions/{id}/withdraw": {401, 404, 404, 403, 403},
	"POST /my/submissions/{id}/publish":  {401, 404, 404, 403, 403},
}

// route is one method and pattern the router serves.
type route struct{ method, pattern string }

var (
	walkOnce sync.Once
	walked   []route
)

// routes walks the router of a server over the package database and lists every route.
func routes(t *testing.T) []route {
	t.Helper()
	walkOnce.Do(func() {
		srv, _ := newInstance(t, server.Options{})
		r, ok := srv.Routes().(chi.Routes)
		if !ok {
			t.Fatalf("Routes returns %T, want a chi.Routes to walk", srv.Routes())
		}
		chi.Walk(r, func(method, pattern string, _ http.Handler, _ ...func(http.Handler) http.Handler) error {
			walked = append(walked, route{method, pattern})
			return nil
		})
		slices.SortFunc(walked, func(a, b route) int { return strings.Compare(a.pattern+a.method, b.pattern+b.method) })
	})
	if len(walked) == 0 {
		t.Fatal("chi.Walk found no routes")
	}
	return walked
}

// lookup finds a route's entry in the matrix.
func lookup(r route) (expect, bool) {
	if e, ok := matrix[r.method+" "+r.pattern]; ok {
		return e, true
	}
	e, ok := matrix["* "+r.pattern]
	return e, ok
}

// target is the account the admin routes act on in the matrix; no one signs in as it.
var (
	targetOnce sync.Once
	targetID   int64
)

// concrete turns a route pattern into a path with real ids.
func concrete(t *testing.T, pattern string) string {
	t.Helper()
	targetOnce.Do(func() { u, _ := newAccount(t, auth.Member); targetID = u.ID })
	switch {
	case strings.HasPrefix(pattern, "/activities/"):
		pattern = strings.ReplaceAll(pattern, "{id}", idOf(t, southSouth))
	case strings.HasPrefix(pattern, "/my/submissions/"):
		pattern = strings.ReplaceAll(pattern, "{id}", idOf(t, draft))
	case strings.HasPrefix(pattern, "/admin/review/"):
		pattern = strings.ReplaceAll(pattern, "{id}", idOf(t, southSouth))
	case strings.HasPrefix(pattern, "/admin/activities/"):
		pattern = strings.ReplaceAll(pattern, "{id}", idOf(t, draft))
	case strings.HasPrefix(pattern, "/admin/users/"):
		pattern = strings.ReplaceAll(pattern, "{id}", strconv.FormatInt(targetID, 10))
	}
	pattern = strings.ReplaceAll(pattern, "/*", "/css/site.css")
	if strings.ContainsAny(pattern, "{}*") {
		t.Fatalf("no real value for the parameters of %s: teach concrete about it", pattern)
	}
	return pattern
}

func TestEveryRouteIsInTheMatrix(t *testing.T) {
	t.Parallel()
	for _, r := range routes(t) {
		if _, ok := lookup(r); !ok {
			t.Errorf("%s %s is not in the authorisation matrix: add it to the matrix", r.method, r.pattern)
		}
	}
}

func TestEachRoleGetsExactlyTheRoutesItMayUse(t *testing.T) {
	t.Parallel()
	roles := []struct {
		name string
		role auth.Role
		want func(expect) int
	}{
		{"anonymous", auth.Anonymous, func(e expect) int { return e.anonymous }},
		{"member", auth.Member, func(e expect) int { return e.member }},
		{"focal_point", auth.FocalPoint, func(e expect) int { return e.focalPoint }},
		{"staff", auth.Staff, func(e expect) int { return e.staff }},
		{"admin", auth.Admin, func(e expect) int { return e.admin }},
	}
	all := routes(t)
	for _, rl := range roles {
		t.Run(rl.name, func(t *testing.T) {
			t.Parallel()
			var token string
			as := func() *visitor { // a browser with a session of the role, and its form token
				v := newVisitor(t, portal(t))
				if rl.role != auth.Anonymous {
					v, _ = signedIn(t, rl.role)
				}
				token = v.token()
				return v
			}
			v := as()
			for _, r := range all {
				e, ok := lookup(r)
				if !ok || r.method == http.MethodConnect {
					continue
				}
				if r.pattern == "/logout" { // it ends the session, so it gets one of its own
					v = as()
				}
				path := concrete(t, r.pattern)
				var p page
				if r.method == http.MethodGet {
					p = v.open(path)
				} else {
					// The token goes in the header too, for methods whose body is not a form.
					p = v.do(r.method, path, strings.NewReader("csrf_token="+token), http.Header{"X-Csrf-Token": {token}})
				}
				if want := rl.want(e); p.status != want {
					t.Errorf("%s %s: status %d, want %d (Location %q)", r.method, path, p.status, want, p.header.Get("Location"))
				}
				if r.pattern == "/logout" {
					v = as()
				}
			}
		})
	}
}

func TestEveryAnswerCarriesTheSecurityHeaders(t *testing.T) {
	t.Parallel()
	type request struct{ name, method, path string }
	var requests []request
	for _, r := range routes(t) {
		if r.method == http.MethodGet {
			requests = append(requests, request{r.method + " " + r.pattern, r.method, concrete(t, r.pattern)})
		}
	}
	requests = append(requests, request{"404", http.MethodGet, "/no/such/page"},
		request{"405", http.MethodDelete, "/activities"}, request{"403 without a form token", http.MethodPost, "/logout"})
	for _, who := range []auth.Role{auth.Anonymous, auth.Admin} {
		t.Run(map[auth.Role]string{auth.Anonymous: "anonymous", auth.Admin: "admin"}[who], func(t *testing.T) {
			v := newVisitor(t, portal(t))
			if who != auth.Anonymous {
				v, _ = signedIn(t, who)
			}
			for _, rq := range requests {
				p := v.do(rq.method, rq.path, nil, nil)
				h := p.header
				csp := h.Get("Content-Security-Policy")
				if csp == "" || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
					t.Errorf("%s (%d): Content-Security-Policy %q", rq.name, p.status, csp)
				}
				if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
					t.Errorf("%s (%d): X-Content-Type-Options %q, Referrer-Policy %q", rq.name, p.status,
						h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
				}
			}
		})
	}
}
