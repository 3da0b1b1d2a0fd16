package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// These tests, and those in submission_bad_input_test.go, write activities (staff publish one),
// so none of them runs in parallel: the parallel list tests, which compare the lists with every
// published activity, start only after them.

// activityForm is what a focal point types for a simple South-South activity.
func activityForm(title string) url.Values {
	return url.Values{"title": {title}, "type": {"workshop"}, "mode": {"online"}, "start_date": {"2024-05-06"},
		"end_date": {"2024-05-08"}, "beneficiaries": {"MOZ", "AGO"}, "providers": {"BRA"}}
}

// newForm opens the new-activity form and returns it with its submission key filled in.
func (v *visitor) newForm(f url.Values) url.Values {
	v.t.Helper()
	p := v.open("/my/submissions/new")
	key, ok := p.doc.Find(`input[name="submission_key"]`).Attr("value")
	if p.status != http.StatusOK || !ok || key == "" {
		v.t.Fatalf("the new-activity form: status %d, key %q", p.status, key)
	}
	f.Set("submission_key", key)
	return f
}

// create posts a new activity and returns the address of its page.
func (v *visitor) create(f url.Values) string {
	v.t.Helper()
	p := v.submit("/my/submissions", v.newForm(f))
	if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/my/submissions/") {
		v.t.Fatalf("creating an activity: status %d to %q; page says %.300s", p.status, p.header.Get("Location"), p.visibleText())
	}
	return p.header.Get("Location")
}

// expectStatus fails the test unless a page has the status.
func expectStatus(t *testing.T, what string, p page, status int) {
	t.Helper()
	if p.status != status {
		t.Fatalf("%s: status %d, want %d; page says %.300s", what, p.status, status, p.visibleText())
	}
}

// rows counts the activities and their audit events, to prove a refused request wrote nothing.
func rows(t *testing.T) string {
	t.Helper()
	var acts, events int
	err := testdb.Pool(t).QueryRow(t.Context(),
		`SELECT (SELECT count(*) FROM activities), (SELECT count(*) FROM activity_events)`).Scan(&acts, &events)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%d activities, %d events", acts, events)
}

// focalPointOf signs in a new focal point of country.
func focalPointOf(t *testing.T, country string) *visitor {
	t.Helper()
	password := "pässwörd-long-enough-" + country
	hash, _ := auth.HashPassword(password)
	u := store.User{Email: fmt.Sprintf("fp.%s.%d@example.org", strings.ToLower(country), time.Now().UnixNano()),
		Name: "Focal point " + country, Role: auth.FocalPoint, Country: country, PasswordHash: hash, EmailConfirmed: true}
	if err := store.New(testdb.Pool(t)).CreateUser(t.Context(), &u); err != nil {
		t.Fatal(err)
	}
	v := newVisitor(t, portal(t))
	v.signIn(u.Email, password)
	return v
}

func TestAFocalPointRecordsEditsAndSubmitsAnActivity(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint)
	form := fp.open("/my/submissions/new")
	for _, problem := range audit(form.doc) {
		t.Errorf("the form: %s", problem)
	}
	if text := form.visibleText(); strings.Contains(text, "submission.") {
		t.Errorf("the form shows a message key instead of its text: %s", text)
	}
	path := fp.create(activityForm("Workshop on patent searching for Angolan examiners"))

	show := fp.open(path)
	expectStatus(t, "the new record", show, http.StatusOK)
	if got := show.text("status"); got != "Draft" {
		t.Errorf("status %q, want Draft", got)
	}
	if got := show.find("modality-box").Find(`[data-testid="modality"]`).Text(); got != "South-South" {
		t.Errorf("modality %q, want South-South; reason: %s", got, show.text("reason"))
	}
	for _, problem := range audit(show.doc) {
		t.Errorf("the record's page: %s", problem)
	}
	if strings.Contains(show.visibleText(), "submission.") {
		t.Errorf("the record's page shows a message key instead of its text: %s", show.visibleText())
	}
	if list := fp.open("/my/submissions"); !strings.Contains(list.text("submissions"), "Workshop on patent searching") {
		t.Errorf("the list does not show the new record: %s", list.visibleText())
	}

	edit := fp.open(path + "/edit")
	expectStatus(t, "the edit form", edit, http.StatusOK)
	if v, _ := edit.doc.Find("#title").Attr("value"); v != "Workshop on patent searching for Angolan examiners" {
		t.Errorf("the edit form shows the title %q", v)
	}
	if edit.doc.Find(`#beneficiaries option[selected]`).Length() != 2 {
		t.Errorf("the edit form does not keep the two beneficiaries")
	}
	changed := activityForm("Workshop on patent searching, second week")
	changed.Set("facilitator_countries", "JPN")
	seen, _ := edit.doc.Find(`input[name="seen"]`).Attr("value")
	changed.Set("seen", seen)
	expectStatus(t, "saving changes", fp.submit(path, changed), http.StatusSeeOther)
	// A second tab opened before that save must not overwrite it.
	expectStatus(t, "saving from a stale form", fp.submit(path, changed), http.StatusConflict)
	changed.Del("seen")
	show = fp.open(path)
	if show.text("title") != "Workshop on patent searching, second week" || show.find("modality-box").Find(`[data-testid="modality"]`).Text() != "Triangular" {
		t.Errorf("after editing: %q, %s", show.text("title"), show.text("reason"))
	}

	expectStatus(t, "submitting", fp.submit(path+"/submit", url.Values{"note": {"Ready."}}), http.StatusSeeOther)
	if got := fp.open(path).text("status"); got != "Waiting for review" {
		t.Errorf("status after submitting %q", got)
	}
	before := rows(t)
	expectStatus(t, "the edit form after submitting", fp.open(path+"/edit"), http.StatusConflict)
	expectStatus(t, "editing after submitting", fp.submit(path, activityForm("Too late")), http.StatusConflict)
	expectStatus(t, "submitting twice", fp.submit(path+"/submit", nil), http.StatusConflict)
	expectStatus(t, "publishing as a focal point", fp.submit(path+"/publish", nil), http.StatusForbidden)
	if after := rows(t); after != before || fp.open(path).text("title") != "Workshop on patent searching, second week" {
		t.Errorf("refused requests changed something: %s, then %s", before, after)
	}
	expectStatus(t, "taking it back", fp.submit(path+"/withdraw", nil), http.StatusSeeOther)
	if got := fp.open(path); got.text("status") != "Draft" || !strings.Contains(got.text("history"), "Ready.") {
		t.Errorf("after taking it back: %q, history %q", got.text("status"), got.text("history"))
	}
}

func TestTheSameSubmissionKeyMakesOneRecord(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint)
	f := fp.newForm(activityForm("Seminar posted five times"))
	before := rows(t)
	var first string
	for i := range 5 {
		p := fp.submit("/my/submissions", f)
		expectStatus(t, fmt.Sprintf("post %d", i+1), p, http.StatusSeeOther)
		if first == "" {
			first = p.header.Get("Location")
		} else if p.header.Get("Location") != first {
			t.Errorf("post %d went to %s, the first to %s", i+1, p.header.Get("Location"), first)
		}
	}
	var n int
	testdb.Pool(t).QueryRow(t.Context(), `SELECT count(*) FROM activities WHERE title = 'Seminar posted five times'`).Scan(&n)
	if n != 1 {
		t.Errorf("%d records made, want 1 (rows before: %s, after: %s)", n, before, rows(t))
	}
}

func TestTheModalityPreviewSavesNothing(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint)
	f := fp.newForm(activityForm("Previewed seminar"))
	f.Set("facilitator_orgs", "UNDP")
	before := rows(t)
	p := fp.submit("/my/submissions/preview", f)
	expectStatus(t, "the preview", p, http.StatusOK)
	if got := p.find("modality-preview").Find(`[data-testid="modality"]`).Text(); got != "Triangular" {
		t.Errorf("preview modality %q, want Triangular: %s", got, p.text("reason"))
	}
	if key, _ := p.doc.Find(`input[name="submission_key"]`).Attr("value"); key != f.Get("submission_key") {
		t.Errorf("the preview changed the form's key from %s to %s", f.Get("submission_key"), key)
	}
	if v, _ := p.doc.Find("#title").Attr("value"); v != "Previewed seminar" {
		t.Errorf("the preview lost the title: %q", v)
	}
	for _, problem := range audit(p.doc) {
		t.Errorf("the preview: %s", problem)
	}
	if after := rows(t); after != before {
		t.Errorf("the preview wrote: %s, then %s", before, after)
	}
}
