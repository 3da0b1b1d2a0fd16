package server_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jackc/pgx/v5"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

// reviewCase is one submission a focal point for Brazil has sent for review, and the people around it.
type reviewCase struct {
	id        int32
	path      string // its review page
	title     string
	submitter store.User
	author    workflow.Actor // the submitter, acting through the store
	st        *store.Store
}

// submittedForReview creates a focal point and, through the store as the form would, a draft
// with the title (made unique with a number) for the beneficiary, and submits it.
func submittedForReview(t *testing.T, title, beneficiary string) reviewCase {
	t.Helper()
	title = fmt.Sprintf("%s %d", title, time.Now().UnixNano())
	fp, _ := newAccount(t, auth.FocalPoint)
	st := store.New(testdb.Pool(t))
	a := activity.Activity{Title: title, Summary: "Three days on examining collective marks.", Type: "workshop",
		Mode: activity.InPerson, StartDate: day("2024-05-06"), EndDate: day("2024-05-08"), VenueCity: "Luanda",
		HostCountry: beneficiary, Beneficiaries: []string{beneficiary}, Providers: []string{"BRA"},
		Organiser: "INPI Brazil", Experts: "Marta Lima", Contact: "Ana Souza, ana.souza@example.org"}
	var key [16]byte
	rand.Read(key[:])
	if _, err := st.CreateSubmission(t.Context(), &a, store.Submission{By: fp.ID, Country: fp.Country, Key: key}); err != nil {
		t.Fatalf("creating the submission: %v", err)
	}
	author := workflow.Actor{UserID: fp.ID, Role: fp.Role, Country: fp.Country}
	if _, err := st.Transition(t.Context(), a.ID, author, workflow.Submit, "", nil); err != nil {
		t.Fatalf("submitting it: %v", err)
	}
	id := fmt.Sprint(a.ID)
	return reviewCase{id: a.ID, path: "/admin/review/" + id, title: title, submitter: fp, author: author, st: st}
}

// status reads the submission's status from the database.
func (c reviewCase) status(t *testing.T) activity.Status {
	t.Helper()
	a, err := c.st.Activity(t.Context(), c.id, false)
	if err != nil {
		t.Fatal(err)
	}
	return a.Status
}

// reviewMail returns the newest mail to an address whose subject starts with prefix.
func reviewMail(t *testing.T, to, prefix string) store.Mail {
	t.Helper()
	m := store.Mail{To: to}
	err := testdb.Pool(t).QueryRow(t.Context(), `SELECT subject, body FROM outbox WHERE recipient = $1
		AND starts_with(subject, $2) ORDER BY id DESC LIMIT 1`, to, prefix).Scan(&m.Subject, &m.Body)
	if errors.Is(err, pgx.ErrNoRows) {
		t.Fatalf("no mail to %s with a subject starting %q", to, prefix)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// queueTitles lists the titles the review queue shows.
func queueTitles(p page) []string {
	var titles []string
	p.find("review-link").Each(func(_ int, s *goquery.Selection) { titles = append(titles, squash(s.Text())) })
	return titles
}

// lists reports whether the queue page lists the title.
func lists(p page, title string) bool { return slices.Contains(queueTitles(p), title) }

func TestTheReviewQueueListsSubmissionsByStatusCountryAndAge(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	c := submittedForReview(t, "Queue probe: study visit on collective marks", "AGO")
	queue := admin.open("/admin/review")
	wantStatus(t, "the queue", queue, http.StatusOK)
	if !lists(queue, c.title) {
		t.Fatalf("the queue does not list the pending submission; it lists %q", queueTitles(queue))
	}
	if n := queue.find("pending-count"); n.Length() != 1 || squash(n.Text()) == "" {
		t.Errorf("the admin navigation shows no pending count")
	}
	for _, problem := range audit(queue.doc) {
		t.Errorf("the queue: %s", problem)
	}
	row := queue.find("queue-row").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return squash(s.Find("th").Text()) == c.title
	})
	if got := squash(row.Find(`[data-testid="queue-submitter"]`).Text()); got != c.submitter.Name {
		t.Errorf("the row names the submitter %q, want %q", got, c.submitter.Name)
	}
	if got := squash(row.Find(`[data-testid="queue-country"]`).Text()); got != "Brazil" {
		t.Errorf("the row gives the country %q, want Brazil", got)
	}
	if got := squash(row.Find(`[data-testid="queue-status"]`).Text()); got != "Waiting for review" {
		t.Errorf("the row gives the status %q", got)
	}

	filters := []struct {
		query string
		lists bool
	}{
		{"country=AGO", true},
		{"country=ago", true},
		{"country=KEN", false},
		{"status=pending&country=AGO", true},
		{"status=all&country=AGO", true},
		{"status=published", false},
		{"status=changes_requested", false},
		{"older_than=0", true},
		{"older_than=7", false},
	}
	for _, f := range filters {
		if p := admin.open("/admin/review?" + f.query); p.status != http.StatusOK || lists(p, c.title) != f.lists {
			t.Errorf("?%s: status %d, lists the submission %v; want 200, %v", f.query, p.status, lists(p, c.title), f.lists)
		}
	}
	_, err := testdb.Pool(t).Exec(t.Context(), `UPDATE activity_events SET created_at = now() - interval '10 days'
		WHERE activity_id = $1 AND action = 'submit'`, c.id)
	if err != nil {
		t.Fatal(err)
	}
	old := admin.open("/admin/review?older_than=7&country=AGO")
	if !lists(old, c.title) {
		t.Fatalf("?older_than=7 does not list a submission sent 10 days ago: %q", queueTitles(old))
	}
	if !strings.Contains(old.text("queue-age"), "10 days") {
		t.Errorf("the ages shown are %q, want 10 days", old.text("queue-age"))
	}
}

func TestTheReviewQueueRefusesUnknownFilterValuesClearly(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	for name, query := range map[string]string{
		"unknown status": "status=deleted", "unknown country": "country=XXX", "SQL": "country=" + url.QueryEscape("' OR 1=1--"),
		"words for days": "older_than=seven", "negative days": "older_than=-1", "too many days": "older_than=99999999999",
		"malformed query": "status=%zz", "invalid UTF-8": "country=%ff%fe",
	} {
		t.Run(name, func(t *testing.T) {
			p := admin.open("/admin/review?" + query)
			wantStatus(t, "?"+query, p, http.StatusBadRequest)
			if p.text("filter-problems") == "" {
				t.Errorf("?%s says nothing about the refused value", query)
			}
			for _, problem := range audit(p.doc) {
				t.Errorf("?%s: %s", query, problem)
			}
		})
	}
}

func TestTheReviewPageShowsEverythingAndWhatChangedSinceTheLastReview(t *testing.T) {
	t.Parallel()
	admin, reviewer := signedIn(t, auth.Admin)
	c := submittedForReview(t, "Study visit on geographical indications", "AGO")
	p := admin.open(c.path)
	wantStatus(t, "the review page", p, http.StatusOK)
	for _, problem := range audit(p.doc) {
		t.Errorf("the review page: %s", problem)
	}
	if got := p.text("title"); got != c.title {
		t.Errorf("the heading reads %q", got)
	}
	fields := p.text("fields")
	for _, want := range []string{"Ana Souza, ana.souza@example.org", "Marta Lima", "INPI Brazil", "Workshop", "2024-05-06", "Angola"} {
		if !strings.Contains(fields, want) {
			t.Errorf("the fields do not show %q: %s", want, fields)
		}
	}
	if got := p.text("submitter"); !strings.Contains(got, c.submitter.Email) || !strings.Contains(got, "Brazil") {
		t.Errorf("the submitter part reads %q, want the e-mail address and the country", got)
	}
	if parties := p.text("parties"); !strings.Contains(parties, "Angola") || !strings.Contains(parties, "Developing") {
		t.Errorf("the parties read %q", parties)
	}
	if p.text("modality") != "South-South" || p.text("reason") == "" {
		t.Errorf("modality %q because %q", p.text("modality"), p.text("reason"))
	}
	if !strings.Contains(p.text("history"), "Submitted for review") {
		t.Errorf("the history reads %q", p.text("history"))
	}
	if p.find("changes-section").Length() != 0 {
		t.Error("a first submission shows a comparison with a previous review")
	}

	note := "Please give the number of participants."
	wantStatus(t, "requesting changes", admin.submit(c.path+"/request-changes", url.Values{"note": {note}}), http.StatusSeeOther)
	if got := c.status(t); got != activity.ChangesRequested {
		t.Fatalf("status %s after requesting changes", got)
	}
	mail := reviewMail(t, c.submitter.Email, "Changes requested: ")
	if !strings.Contains(mail.Body, note) || !strings.Contains(mail.Body, fmt.Sprintf("/my/submissions/%d", c.id)) {
		t.Errorf("the submitter's mail lacks the note or the link:\n%s", mail.Body)
	}
	back := admin.open(c.path)
	if back.find("decisions").Length() != 0 || !strings.Contains(back.text("not-pending"), "Changes requested") {
		t.Errorf("a record sent back still offers decisions, or does not say its status: %q", back.text("not-pending"))
	}

	a, err := c.st.Activity(t.Context(), c.id, false)
	if err != nil {
		t.Fatal(err)
	}
	a.Title, a.Participants = "Study visit on geographical indications for coffee", 24
	if err := c.st.SaveActivity(t.Context(), &a); err != nil {
		t.Fatal(err)
	}
	if _, err := c.st.Transition(t.Context(), c.id, c.author, workflow.Submit, "", nil); err != nil {
		t.Fatal(err)
	}
	again := admin.open(c.path)
	changes := map[string][2]string{}
	again.find("change").Each(func(_ int, s *goquery.Selection) {
		changes[squash(s.Find("th").Text())] = [2]string{squash(s.Find("td").Eq(0).Text()), squash(s.Find("td").Eq(1).Text())}
	})
	want := map[string][2]string{"Title": {c.title, a.Title}, "Participants": {"—", "24"}}
	if fmt.Sprint(changes) != fmt.Sprint(want) {
		t.Errorf("what changed reads %v, want %v", changes, want)
	}
	if h := again.text("history"); !strings.Contains(h, note) || !strings.Contains(h, reviewer.Name) {
		t.Errorf("the history does not show the note and who wrote it: %q", h)
	}
}

func TestApprovingPublishesTellsTheSubmitterAndHappensOnce(t *testing.T) {
	// Not parallel: the published record would change the totals the list tests compare.
	admin, _ := signedIn(t, auth.Admin)
	c := submittedForReview(t, "Workshop on plant variety protection for Angolan breeders", "AGO")
	t.Cleanup(func() {
		c.st.Transition(context.Background(), c.id, workflow.Actor{Role: auth.Admin}, workflow.Archive, "", nil)
	})

	done := admin.submit(c.path+"/approve", nil)
	wantStatus(t, "approving", done, http.StatusSeeOther)
	if loc := done.header.Get("Location"); loc != "/admin/review" {
		t.Errorf("approving leads to %q, want the queue", loc)
	}
	if flash := admin.open("/admin/review").text("flash"); !strings.Contains(flash, c.title) {
		t.Errorf("the queue's message reads %q", flash)
	}
	if got := c.status(t); got != activity.Published {
		t.Fatalf("status %s after approval", got)
	}
	public := fmt.Sprintf("/activities/%d", c.id)
	if got := get(t, public, http.StatusOK).text("title"); got != c.title {
		t.Errorf("the public page's heading reads %q", got)
	}
	list := get(t, "/activities?q="+url.QueryEscape("plant variety Angolan breeders"), http.StatusOK)
	if cards := list.cards(); len(cards) != 1 || cards[0].href != public || cards[0].modality != "South-South" {
		t.Errorf("the public list shows %+v, want the approved activity, South-South", cards)
	}
	mail := reviewMail(t, c.submitter.Email, "Your activity is published: ")
	if !strings.Contains(mail.Body, public) {
		t.Errorf("the submitter's mail has no link to the public page:\n%s", mail.Body)
	}

	again := admin.submit(c.path+"/approve", nil)
	wantStatus(t, "approving again", again, http.StatusConflict)
	if msg := again.text("conflict-message"); !strings.Contains(msg, "already reviewed") || !strings.Contains(msg, "Published") {
		t.Errorf("the second approval says %q", msg)
	}
	for _, problem := range audit(again.doc) {
		t.Errorf("the conflict page: %s", problem)
	}
	shown := admin.open(c.path)
	if shown.find("decisions").Length() != 0 || shown.find("archive-form").Length() != 1 {
		t.Error("a published record offers decisions, or no archive form")
	}

	archived := admin.submit(fmt.Sprintf("/admin/activities/%d/archive", c.id), nil)
	wantStatus(t, "archiving", archived, http.StatusSeeOther)
	if loc := archived.header.Get("Location"); loc != "/admin/review?status=all" {
		t.Errorf("archiving leads to %q", loc)
	}
	get(t, public, http.StatusNotFound)
	reviewMail(t, c.submitter.Email, "Your activity is archived: ")
	wantStatus(t, "archiving again", admin.submit(fmt.Sprintf("/admin/activities/%d/archive", c.id), nil), http.StatusConflict)
}

func TestRejectingNeedsAReasonAndKeepsWhatWasTyped(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	c := submittedForReview(t, "Seminar on trade secrets", "MOZ")

	blank := admin.submit(c.path+"/reject", url.Values{"reason": {"   "}})
	wantStatus(t, "rejecting without a reason", blank, http.StatusUnprocessableEntity)
	if blank.text("error-reason") == "" || blank.find("reject-form").Find(`#reason[aria-invalid="true"]`).Length() != 1 {
		t.Errorf("no error beside the reason: %s", blank.visibleText())
	}
	long := strings.Repeat("too long ", 700)
	tooLong := admin.submit(c.path+"/request-changes", url.Values{"note": {long}})
	wantStatus(t, "a note of 6,300 characters", tooLong, http.StatusUnprocessableEntity)
	if tooLong.text("error-note") == "" || tooLong.find("request-form").Find("textarea").Text() != long {
		t.Error("the long note has no error beside it, or was not kept")
	}
	for _, problem := range audit(tooLong.doc) {
		t.Errorf("the page with the error: %s", problem)
	}
	if got := c.status(t); got != activity.Pending {
		t.Fatalf("status %s after refused decisions", got)
	}

	reason := "The activity took place outside the period this portal records."
	wantStatus(t, "rejecting", admin.submit(c.path+"/reject", url.Values{"reason": {reason}}), http.StatusSeeOther)
	if got := c.status(t); got != activity.Rejected {
		t.Fatalf("status %s after rejecting", got)
	}
	if mail := reviewMail(t, c.submitter.Email, "Your activity was not accepted: "); !strings.Contains(mail.Body, reason) {
		t.Errorf("the submitter's mail lacks the reason:\n%s", mail.Body)
	}
	wantStatus(t, "requesting changes after the rejection",
		admin.submit(c.path+"/request-changes", url.Values{"note": {"Too late."}}), http.StatusConflict)
}

func TestOnlyAdminsMayDecide(t *testing.T) {
	t.Parallel()
	c := submittedForReview(t, "Training on patent information", "MOZ")
	for _, role := range []auth.Role{auth.FocalPoint, auth.Member, auth.Staff} {
		v, _ := signedIn(t, role)
		for _, action := range []string{"approve", "reject", "request-changes"} {
			p := v.submit(c.path+"/"+action, url.Values{"reason": {"x"}, "note": {"x"}})
			wantStatus(t, string(role)+" posting "+action, p, http.StatusForbidden)
		}
		wantStatus(t, string(role)+" reading", v.open(c.path), http.StatusForbidden)
		if v.open("/").find("pending-count").Length() != 0 {
			t.Errorf("the %s's navigation shows the number of pending submissions", role)
		}
	}
	if got := c.status(t); got != activity.Pending {
		t.Errorf("status %s after refused decisions", got)
	}
}

func TestUnknownSubmissionsAreNotFound(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	for _, path := range []string{"/admin/review/2147483647", "/admin/review/0", "/admin/review/abc",
		"/admin/review/99999999999", "/admin/review/" + idOf(t, southSouth)} {
		wantStatus(t, path, admin.open(path), http.StatusNotFound)
	}
	wantStatus(t, "approving nothing", admin.submit("/admin/review/2147483647/approve", nil), http.StatusNotFound)
	wantStatus(t, "archiving nothing", admin.submit("/admin/activities/2147483647/archive", nil), http.StatusNotFound)
}

func TestMarkupInATitleIsTextOnTheReviewPageAndInTheMail(t *testing.T) {
	t.Parallel()
	admin, _ := signedIn(t, auth.Admin)
	const script = `<script>alert("review")</script>`
	c := submittedForReview(t, script+"\r\nBcc: someone@example.org & <b>bold</b>", "MOZ")
	for _, path := range []string{c.path, "/admin/review?country=MOZ"} {
		p := admin.open(path)
		if strings.Contains(string(p.body), script) || p.doc.Find("script, b").Length() != 0 {
			t.Errorf("%s sends the title's markup as markup", path)
		}
	}
	if got := admin.open(c.path).text("title"); got != squash(c.title) {
		t.Errorf("the heading reads %q, want the title as text", got)
	}
	note := "Remove the <b>markup</b> & try again."
	wantStatus(t, "requesting changes", admin.submit(c.path+"/request-changes", url.Values{"note": {note}}), http.StatusSeeOther)
	mail := reviewMail(t, c.submitter.Email, "Changes requested: ")
	if strings.ContainsAny(mail.Subject, "\r\n") {
		t.Errorf("the subject has a line break: %q", mail.Subject)
	}
	if !strings.Contains(mail.Body, script) || !strings.Contains(mail.Body, note) || strings.Contains(mail.Body, "&lt;") {
		t.Errorf("the mail does not carry the title and note as plain text:\n%s", mail.Body)
	}
}

func TestReviewersAreToldOfANewSubmission(t *testing.T) {
	t.Parallel()
	reviewer, _ := newAccount(t, auth.Admin)
	fp, u := signedIn(t, auth.FocalPoint)
	a := activity.Activity{Title: "Mentoring programme for patent examiners", Type: "training", Mode: activity.Online,
		StartDate: day("2025-01-13"), Beneficiaries: []string{"MOZ"}, Providers: []string{"BRA"}}
	var key [16]byte
	rand.Read(key[:])
	st := store.New(testdb.Pool(t))
	if _, err := st.CreateSubmission(t.Context(), &a, store.Submission{By: u.ID, Country: u.Country, Key: key}); err != nil {
		t.Fatal(err)
	}
	p := fp.submit(fmt.Sprintf("/my/submissions/%d/submit", a.ID), nil)
	if p.status == http.StatusNotImplemented {
		t.Skip("the submitter's pages are not written yet")
	}
	wantStatus(t, "submitting", p, http.StatusSeeOther)
	mail := reviewMail(t, reviewer.Email, "New submission: ")
	if mail.Subject != "New submission: "+a.Title || !strings.Contains(mail.Body, fmt.Sprintf("/admin/review/%d", a.ID)) ||
		!strings.Contains(mail.Body, u.Name) {
		t.Errorf("the reviewer's mail reads %q:\n%s", mail.Subject, mail.Body)
	}
}
