package server_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

// Not parallel: it publishes an activity, which the parallel list tests must not see change.
func TestStaffCorrectAPublishedActivityDirectly(t *testing.T) {
	st := store.New(testdb.Pool(t))
	a := activity.Activity{Title: "Roving seminar on copyright for musicians", Type: "seminar", Mode: activity.InPerson,
		StartDate: time.Date(2021, 9, 6, 0, 0, 0, 0, time.UTC), Beneficiaries: []string{"SEN"}, Providers: []string{"CIV"},
		Source: activity.FromImport, Status: activity.Published}
	if err := st.SaveActivity(t.Context(), &a); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		st.Transition(t.Context(), a.ID, workflow.Actor{Role: auth.Admin}, workflow.Archive, "", nil)
	})
	staff, _ := signedIn(t, auth.Staff)
	detail := staff.open("/activities/" + strconv.Itoa(int(a.ID)))
	link, ok := detail.find("edit").Attr("href")
	if !ok {
		t.Fatal("the staff view of a published activity offers no way to correct it")
	}
	edit := staff.open(link)
	wantStatus(t, "opening the form", edit, http.StatusOK)
	form := url.Values{}
	edit.doc.Find(`form[data-testid="activity-form"] input[type=hidden], #title, #start_date, #summary`).Each(func(_ int, s *goquery.Selection) {
		form.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
	})
	form.Set("title", "Roving seminar on copyright and related rights for musicians")
	form.Set("type", "seminar")
	form.Set("mode", "in_person")
	form["beneficiaries"], form["providers"] = []string{"SEN"}, []string{"CIV"}
	wantStatus(t, "saving the correction", staff.submit(strings.TrimSuffix(link, "/edit"), form), http.StatusSeeOther)

	public := newVisitor(t, portal(t)).open("/activities/" + strconv.Itoa(int(a.ID)))
	if got := public.text("title"); got != "Roving seminar on copyright and related rights for musicians" {
		t.Errorf("the public page shows %q after the correction", got)
	}
	if history := staff.open("/activities/" + strconv.Itoa(int(a.ID))).text("history"); !strings.Contains(history, "Edited") {
		t.Errorf("the history does not record the correction: %q", history)
	}
	member, _ := signedIn(t, auth.Member)
	wantStatus(t, "a member opening the correction form", member.open(link), http.StatusNotFound)
}
