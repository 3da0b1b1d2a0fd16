package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"sstc/internal/auth"
)

// textFields are the activity form's free-text fields.
var textFields = []string{"title", "summary", "description", "venue_city", "organiser", "expected_result",
	"outcomes", "experts", "contact"}

func TestBadSubmissionsGetAClearRefusalAndWriteNothing(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint)
	noted := fp.create(activityForm("Note probe"))
	with := func(field string, values ...string) url.Values {
		f := fp.newForm(activityForm("Bad input probe"))
		f[field] = values
		return f
	}
	tests := []struct {
		name   string
		post   func() page
		status int
		field  string // the field whose problem the page shows beside it; "" for a whole-page refusal
	}{
		{"no form token", func() page {
			return fp.do(http.MethodPost, "/my/submissions", strings.NewReader(fp.newForm(activityForm("x")).Encode()), nil)
		}, http.StatusForbidden, ""},
		{"no submission key", func() page { return fp.submit("/my/submissions", activityForm("x")) }, http.StatusBadRequest, ""},
		{"a forged submission key", func() page { return fp.submit("/my/submissions", with("submission_key", "not-a-uuid")) }, http.StatusBadRequest, ""},
		{"an unknown country", func() page { return fp.submit("/my/submissions", with("beneficiaries", "XXX")) }, 422, "beneficiaries"},
		{"an unknown type", func() page { return fp.submit("/my/submissions", with("type", "party")) }, 422, "type"},
		{"an unknown organisation", func() page { return fp.submit("/my/submissions", with("facilitator_orgs", "NOPE")) }, 422, "facilitator_orgs"},
		{"an unknown IP area", func() page { return fp.submit("/my/submissions", with("ip_areas", "magic")) }, 422, "ip_areas"},
		{"SDG 18", func() page { return fp.submit("/my/submissions", with("sdgs", "18")) }, 422, "sdgs"},
		{"an unknown language", func() page { return fp.submit("/my/submissions", with("languages", "xx")) }, 422, "languages"},
		{"2026-02-30", func() page { return fp.submit("/my/submissions", with("start_date", "2026-02-30")) }, 422, "start_date"},
		{"an end before the start", func() page { return fp.submit("/my/submissions", with("end_date", "2024-05-01")) }, 422, "end_date"},
		{"a start in 1900", func() page { return fp.submit("/my/submissions", with("start_date", "1900-01-01")) }, 422, "start_date"},
		{"no provider", func() page { return fp.submit("/my/submissions", with("providers")) }, 422, "providers"},
		{"100 kB of description", func() page {
			return fp.submit("/my/submissions", with("description", strings.Repeat("é", 50_000)))
		}, 422, "description"},
		{"a NUL byte in the title", func() page { return fp.submit("/my/submissions", with("title", "a\x00b")) }, 422, "title"},
		{"invalid UTF-8 in the outcomes", func() page { return fp.submit("/my/submissions", with("outcomes", "a\xffb")) }, 422, "outcomes"},
		{"a NUL byte in a note", func() page {
			return fp.submit(noted+"/submit", url.Values{"note": {"a\x00"}})
		}, http.StatusBadRequest, ""},
		{"a record that does not exist", func() page { return fp.submit("/my/submissions/999999", activityForm("x")) }, 404, ""},
		{"an id that is not a number", func() page { return fp.open("/my/submissions/abc") }, 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := rows(t)
			p := tc.post()
			expectStatus(t, tc.name, p, tc.status)
			if tc.field != "" {
				if p.text("error-"+tc.field) == "" || p.find("error-summary").Find(`a[href="#`+tc.field+`"]`).Length() != 1 {
					t.Errorf("no problem shown beside %s and linked from the summary: %s", tc.field, p.visibleText())
				}
				if title, _ := p.doc.Find("#title").Attr("value"); tc.field != "title" && title != "Bad input probe" {
					t.Errorf("the form lost what was typed: title %q", title)
				}
			}
			if after := rows(t); after != before {
				t.Errorf("a refused request wrote: %s, then %s", before, after)
			}
		})
	}
}

func TestAnotherCountrysFocalPointCannotSeeOrTouchARecord(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint) // Brazil
	path := fp.create(activityForm("Brazil's private draft"))
	colleague, _ := signedIn(t, auth.FocalPoint) // also Brazil: shares the country's records
	expectStatus(t, "a colleague of the same country", colleague.open(path), http.StatusOK)

	foreign := focalPointOf(t, "ARG")
	member, _ := signedIn(t, auth.Member)
	for who, v := range map[string]*visitor{"Argentina's focal point": foreign, "a member": member} {
		before := rows(t)
		for _, p := range []struct {
			what string
			page page
		}{
			{"view", v.open(path)},
			{"edit form", v.open(path + "/edit")},
			{"update", v.submit(path, activityForm("Hijacked"))},
			{"submit", v.submit(path+"/submit", nil)},
			{"withdraw", v.submit(path+"/withdraw", nil)},
			{"publish", v.submit(path+"/publish", nil)},
		} {
			expectStatus(t, who+": "+p.what, p.page, http.StatusNotFound)
		}
		if strings.Contains(v.open("/my/submissions").visibleText(), "Brazil's private draft") {
			t.Errorf("%s sees the record in their list", who)
		}
		if after := rows(t); after != before || fp.open(path).text("title") != "Brazil's private draft" {
			t.Errorf("%s changed something: %s, then %s", who, before, after)
		}
	}
}

func TestScriptInEveryTextFieldIsShownAsText(t *testing.T) {
	fp, _ := signedIn(t, auth.FocalPoint)
	f := activityForm("")
	for _, field := range textFields {
		f.Set(field, `<script>alert("`+field+`")</script><b>bold</b>`)
	}
	path := fp.create(f)
	show := fp.open(path)
	expectStatus(t, "the record", show, http.StatusOK)
	if show.doc.Find("script, b").Length() != 0 {
		t.Errorf("markup typed into the form became markup on the page")
	}
	for _, field := range textFields {
		if !strings.Contains(show.visibleText(), `<script>alert("`+field+`")</script>`) {
			t.Errorf("%s is not shown as the text that was typed", field)
		}
	}
	edit := fp.open(path + "/edit")
	if got := edit.doc.Find("#description").Text(); got != `<script>alert("description")</script><b>bold</b>` {
		t.Errorf("the edit form shows the description as %q", got)
	}
}

func TestStaffRecordADraftAndPublishItThemselves(t *testing.T) {
	staff, _ := signedIn(t, auth.Staff)
	path := staff.create(activityForm("Staff-recorded expert mission"))
	show := staff.open(path)
	if show.find("publish").Length() != 1 || show.find("submit").Length() != 0 {
		t.Errorf("staff should see Publish and no Submit: %s", show.text("actions"))
	}
	expectStatus(t, "publishing", staff.submit(path+"/publish", nil), http.StatusSeeOther)
	if got := staff.open(path).text("status"); got != "Published" {
		t.Errorf("status %q, want Published", got)
	}
	id := path[strings.LastIndex(path, "/")+1:]
	if p := fetch(t, "/activities/"+id); p.status != http.StatusOK {
		t.Errorf("the published activity is not public: %d", p.status)
	}
	expectStatus(t, "publishing twice", staff.submit(path+"/publish", nil), http.StatusConflict)
}
