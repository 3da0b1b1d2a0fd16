package server

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"sstc/internal/activity"
	"sstc/internal/i18n"
	"sstc/internal/store"
	"sstc/internal/validate"
	"sstc/web/components"
	"sstc/web/pages"
)

// reviewStatuses are the values of the queue's status filter, in the order its form offers them.
var reviewStatuses = []string{"pending", "changes_requested", "rejected", "published", "archived", "all"}

const (
	reviewLimit   = 200   // how many submissions the queue shows at most
	reviewMaxDays = 36500 // the oldest age the filter takes: a hundred years
)

// reviewList shows the submissions a filter by status, country and age selects, longest waiting first.
// A refused filter value is dropped and explained, with a 400.
func (s *Server) reviewList(w http.ResponseWriter, r *http.Request) {
	l := i18n.From(r.Context())
	f, in, problems := s.reviewFilter(l, r.URL.RawQuery)
	status := http.StatusOK
	if len(problems) > 0 {
		status = http.StatusBadRequest
	}
	items, err := s.store.ReviewQueue(r.Context(), f)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	m := pages.ReviewListModel{Page: s.page(r, l.T("review.list.title")), Problems: problems,
		Status:  components.Input{Name: "status", Label: l.T("review.filter.status"), Value: in.Get("status")},
		Country: components.Input{Name: "country", Label: l.T("review.filter.country"), Value: in.Get("country")},
		OlderThan: components.Input{Name: "older_than", Type: "number", Label: l.T("review.filter.older_than"),
			Hint: l.T("review.filter.older_than_hint"), Value: in.Get("older_than"), MaxLength: 5},
		Countries: s.adminCountries(l.T("review.filter.any_country")), Limited: len(items) == reviewLimit}
	for _, st := range reviewStatuses {
		m.Statuses = append(m.Statuses, components.Option{Value: st, Label: statusLabel(l, st)})
	}
	now := time.Now()
	for _, it := range items {
		m.Rows = append(m.Rows, pages.ReviewRow{URL: reviewURL(it.ID), Title: it.Title, Submitter: reviewDash(l, it.SubmitterName),
			Country: reviewDash(l, s.names[it.SubmitterCountry]), Status: statusLabel(l, string(it.Status)),
			StatusCode: string(it.Status), Submitted: adminTime(it.SubmittedAt),
			Age: l.N("review.age", int(now.Sub(it.SubmittedAt).Hours()/24))})
	}
	s.render(w, r, status, pages.ReviewList(m))
}

// reviewFilter reads the queue's filter from a query string; it returns the store's filter,
// the values the form shows, and a message for each refused value.
func (s *Server) reviewFilter(l *i18n.Locale, query string) (store.ReviewFilter, url.Values, []string) {
	f := store.ReviewFilter{Limit: reviewLimit}
	in := url.Values{"status": {"pending"}}
	var problems []string
	q, err := url.ParseQuery(query)
	if err != nil {
		problems = append(problems, l.T("error.bad_query"))
	}
	switch st := q.Get("status"); {
	case st == "":
	case slices.Contains(reviewStatuses, st):
		in.Set("status", st)
	default:
		problems = append(problems, l.T("review.filter.bad_status"))
	}
	if st := in.Get("status"); st != "all" {
		f.Statuses = []activity.Status{activity.Status(st)}
	}
	if c := strings.ToUpper(q.Get("country")); c != "" && !s.known.Countries[c] {
		problems = append(problems, l.T("review.filter.bad_country"))
	} else {
		f.Country = c
		in.Set("country", c)
	}
	if days := q.Get("older_than"); days != "" {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > reviewMaxDays {
			problems = append(problems, l.T("review.filter.bad_older_than", l.Number(reviewMaxDays)))
		} else {
			f.OlderThan = n
			in.Set("older_than", strconv.Itoa(n))
		}
	}
	return f, in, problems
}

// reviewShow shows one submission with everything a reviewer needs to decide on it.
func (s *Server) reviewShow(w http.ResponseWriter, r *http.Request) {
	if sub, ok := s.reviewTarget(w, r); ok {
		s.reviewPage(w, r, &sub, http.StatusOK, nil, nil)
	}
}

// reviewPage draws a submission's review page; typed holds what was typed into the decision
// forms, errs their problems.
func (s *Server) reviewPage(w http.ResponseWriter, r *http.Request, sub *store.Submitted, status int, typed map[string]string, errs validate.Errors) {
	ctx := r.Context()
	l := i18n.From(ctx)
	a := &sub.Activity
	parties, result, err := s.store.Classification(ctx, a)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	events, err := s.store.Events(ctx, a.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	before, sentBack, err := s.store.LastReview(ctx, a.ID)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	msgs := adminMessages(l, errs)
	m := pages.ReviewModel{Page: s.page(r, a.Title), URL: reviewURL(a.ID), Card: s.card(l, a),
		StatusCode: string(a.Status), StatusLabel: statusLabel(l, string(a.Status)),
		Decidable: a.Status == activity.Pending, Fields: s.reviewFields(l, a), Submitter: s.submitterFields(l, sub),
		Reason:      l.T("reason."+string(result.Reason), s.names[result.Party], a.StartDate.Format(time.DateOnly)),
		Resubmitted: sentBack && a.Status != activity.ChangesRequested, Errors: msgs,
		Request: pages.ReviewNote{Name: "note", Label: l.T("review.request.label"), Hint: l.T("review.request.hint"),
			Value: typed["note"], Error: msgs["note"]},
		Reject: pages.ReviewNote{Name: "reason", Label: l.T("review.reject.label"), Hint: l.T("review.reject.hint"),
			Value: typed["reason"], Error: msgs["reason"]}}
	if m.Resubmitted {
		m.Changes = s.reviewChanges(l, &before, a)
	}
	if a.Status == activity.Published {
		m.PublicURL, m.ArchiveURL = activityURL(a.ID), "/admin/activities/"+itoa(int(a.ID))+"/archive"
	}
	for _, p := range parties {
		m.Parties = append(m.Parties, s.partyRow(l, p))
	}
	for _, e := range events {
		m.History = append(m.History, pages.ReviewEvent{At: adminTime(e.At), Actor: reviewDash(l, e.ActorName),
			Action: l.T("history.action." + e.Action), From: statusLabel(l, string(e.From)),
			To: statusLabel(l, string(e.To)), Note: e.Note})
	}
	s.render(w, r, status, pages.ReviewShow(m))
}

// reviewValues lists, as text, every field a submitter fills in, in the form's order; a
// reviewer compares two versions of a record field by field.
func (s *Server) reviewValues(l *i18n.Locale, a *activity.Activity) []pages.Field {
	end, participants := "", ""
	if !a.EndDate.IsZero() {
		end = a.EndDate.Format(time.DateOnly)
	}
	if a.Participants > 0 {
		participants = l.Number(int(a.Participants))
	}
	sdgs := make([]string, len(a.SDGs))
	for i, g := range slices.Sorted(slices.Values(a.SDGs)) {
		sdgs[i] = strconv.Itoa(int(g))
	}
	field := func(key, value string) pages.Field { return pages.Field{Label: l.T(key), Value: value} }
	return []pages.Field{
		field("review.field.title", a.Title), field("field.summary", a.Summary),
		field("review.field.description", a.Description), field("review.field.type", l.T("type."+a.Type)),
		field("review.field.mode", l.T("mode."+string(a.Mode))), field("review.field.start", a.StartDate.Format(time.DateOnly)),
		field("review.field.end", end), field("review.field.venue", a.VenueCity),
		field("review.field.host", s.names[a.HostCountry]),
		field("review.field.beneficiaries", s.joinNames(a.Beneficiaries)),
		field("review.field.providers", s.joinNames(a.Providers)),
		field("review.field.facilitators", s.joinNames(a.FacilitatorCountries)),
		field("review.field.organisations", s.joinNames(a.FacilitatorOrgs)),
		field("field.ip_areas", reviewLabels(l, "ip_area.", a.IPAreas)), field("field.sdgs", reviewLabels(l, "sdg.", sdgs)),
		field("field.languages", reviewLabels(l, "language.", a.Languages)), field("field.participants", participants),
		field("field.organiser", a.Organiser), field("field.expected_result", a.ExpectedResult),
		field("field.outcomes", a.Outcomes), field("review.field.experts", a.Experts),
		field("review.field.contact", a.Contact),
	}
}

// reviewFields lists every field of a submission but its title, saying so where one is empty.
func (s *Server) reviewFields(l *i18n.Locale, a *activity.Activity) []pages.Field {
	fields := s.reviewValues(l, a)[1:]
	for i := range fields {
		fields[i].Value = reviewDash(l, fields[i].Value)
	}
	return fields
}

// reviewChanges lists the fields that differ between a record as it was sent back and as it is now.
func (s *Server) reviewChanges(l *i18n.Locale, before, now *activity.Activity) []pages.ReviewChange {
	was, is := s.reviewValues(l, before), s.reviewValues(l, now)
	var out []pages.ReviewChange
	for i := range is {
		if was[i].Value != is[i].Value {
			out = append(out, pages.ReviewChange{Field: is[i].Label, Before: reviewDash(l, was[i].Value), Now: reviewDash(l, is[i].Value)})
		}
	}
	return out
}

// submitterFields describes who sent a submission in, for reviewers only.
func (s *Server) submitterFields(l *i18n.Locale, sub *store.Submitted) []pages.Field {
	var u store.User
	if sub.Submitter != nil {
		u = *sub.Submitter
	}
	field := func(key, value string) pages.Field { return pages.Field{Label: l.T(key), Value: reviewDash(l, value)} }
	return []pages.Field{
		field("admin.col.name", u.Name), field("admin.col.email", u.Email),
		field("admin.col.organisation", u.Organisation), field("review.field.submitted_for", s.names[sub.SubmittedFor]),
		field("review.field.created", adminTime(sub.CreatedAt)), field("review.field.updated", adminTime(sub.UpdatedAt)),
	}
}

// reviewLabels joins the translated labels of codes.
func reviewLabels(l *i18n.Locale, prefix string, codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = l.T(prefix + c)
	}
	return strings.Join(out, "; ")
}

// reviewDash is s, or a dash when it is empty.
func reviewDash(l *i18n.Locale, s string) string {
	if s == "" {
		return l.T("admin.none")
	}
	return s
}

// reviewURL is the address of a submission's review page.
func reviewURL(id int32) string { return "/admin/review/" + itoa(int(id)) }

// statusLabel names a workflow status, or the queue's "every status" choice, as the history does.
func statusLabel(l *i18n.Locale, status string) string {
	if status == "all" {
		return l.T("review.status.all")
	}
	return l.T("history.status." + status)
}
