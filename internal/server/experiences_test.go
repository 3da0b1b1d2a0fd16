package server_test

import (
	"crypto/rand"
	"encoding/xml"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

// These tests publish activities, so none of them runs in parallel: the parallel list tests,
// which compare the lists with every published activity, start only after them.

// reviewers is a focal point who submits activities and an administrator who reviews them.
type reviewers struct {
	st        *store.Store
	fp, admin store.User
}

// newReviewers creates a focal point and an administrator.
func newReviewers(t *testing.T) reviewers {
	t.Helper()
	fp, _ := newAccount(t, auth.FocalPoint)
	admin, _ := newAccount(t, auth.Admin)
	return reviewers{st: store.New(testdb.Pool(t)), fp: fp, admin: admin}
}

// actor is the workflow's view of an account.
func actor(u store.User) workflow.Actor {
	return workflow.Actor{UserID: u.ID, Role: u.Role, Country: u.Country}
}

// draft saves a new submission by the focal point, still a draft.
func (rv reviewers) draft(t *testing.T, title string) activity.Activity {
	t.Helper()
	a := activity.Activity{Title: title, Summary: "Summary of " + title, Type: "workshop", Mode: activity.Online,
		StartDate: day("2024-06-03"), Beneficiaries: []string{"MOZ"}, Providers: []string{"BRA"},
		Organiser: "INPI Brazil", Contact: "contact.probe@example.org"}
	var key [16]byte
	rand.Read(key[:])
	if _, err := rv.st.CreateSubmission(t.Context(), &a, store.Submission{By: rv.fp.ID, Country: rv.fp.Country, Key: key}); err != nil {
		t.Fatalf("saving the submission %q: %v", title, err)
	}
	return a
}

// act takes a workflow action on an activity as the account.
func (rv reviewers) act(t *testing.T, id int32, u store.User, action workflow.Action, note string) {
	t.Helper()
	if _, err := rv.st.Transition(t.Context(), id, actor(u), action, note, nil); err != nil {
		t.Fatalf("%s on activity %d: %v", action, id, err)
	}
}

// pending saves a submission and submits it for review.
func (rv reviewers) pending(t *testing.T, title string) activity.Activity {
	t.Helper()
	a := rv.draft(t, title)
	rv.act(t, a.ID, rv.fp, workflow.Submit, "")
	return a
}

// publish submits a new activity and approves it.
func (rv reviewers) publish(t *testing.T, title string) activity.Activity {
	t.Helper()
	a := rv.pending(t, title)
	rv.act(t, a.ID, rv.admin, workflow.Approve, "")
	return a
}

// hrefOf is the path of an activity's page.
func hrefOf(a activity.Activity) string { return "/activities/" + strconv.Itoa(int(a.ID)) }

// titles lists the titles of a page's cards.
func titles(p page) []string {
	var out []string
	for _, c := range p.cards() {
		out = append(out, c.title)
	}
	return out
}

func TestExperiencesListOnlyPublishedSubmissionsNewestFirst(t *testing.T) {
	rv := newReviewers(t)
	older := rv.pending(t, "Exchange probe approved second")
	newer := rv.pending(t, "Exchange probe approved first")
	rv.act(t, newer.ID, rv.admin, workflow.Approve, "")
	rv.act(t, older.ID, rv.admin, workflow.Approve, "")
	waiting := rv.pending(t, "Exchange probe still waiting")
	kept := rv.draft(t, "Exchange probe still a draft")

	p := get(t, "/experiences", http.StatusOK)
	for _, problem := range audit(p.doc) {
		t.Errorf("GET /experiences: %s", problem)
	}
	shown := titles(p)
	if len(shown) < 2 || shown[0] != older.Title || shown[1] != newer.Title {
		t.Errorf("the page starts with %q, want the last approved first: %q, %q", shown, older.Title, newer.Title)
	}
	for _, hidden := range []string{waiting.Title, kept.Title, made(t, southSouth).Title} {
		if slices.Contains(shown, hidden) {
			t.Errorf("%q is listed; only published activities that member States submitted belong here", hidden)
		}
	}
	want := dbCount(t, "a.source = 'submission'")
	if got := p.total(t); got != want {
		t.Errorf("the page counts %d activities, want the %d published submissions", got, want)
	}
	if href := p.find("sign-in-link").AttrOr("href", ""); href != "/login?next=/my/submissions/new" {
		t.Errorf("a visitor is offered %q, want the sign-in link that leads on to the form", href)
	}
	if p.find("submit-link").Length() != 0 {
		t.Error("a visitor is offered the form itself")
	}
	if href := p.find("feed-link").AttrOr("href", ""); href != "/activities.atom" {
		t.Errorf("the feed link goes to %q, want /activities.atom", href)
	}

	for _, role := range []auth.Role{auth.Member, auth.FocalPoint} {
		v, _ := signedIn(t, role)
		p := v.open("/experiences")
		if href := p.find("submit-link").AttrOr("href", ""); p.status != http.StatusOK || href != "/my/submissions/new" {
			t.Errorf("a %s gets status %d and submit link %q, want 200 and /my/submissions/new", role, p.status, href)
		}
	}
}

func TestExperiencesPageThroughTheListAndRefuseBadPages(t *testing.T) {
	rv := newReviewers(t)
	for i := dbCount(t, "a.source = 'submission'"); i < 21; i++ {
		rv.publish(t, fmt.Sprintf("Exchange paging probe %d", i))
	}
	total := dbCount(t, "a.source = 'submission'")
	last := (total + 19) / 20
	first := get(t, "/experiences", http.StatusOK)
	if n := len(first.cards()); n != 20 {
		t.Errorf("the first page shows %d activities, want 20", n)
	}
	if href := first.find("pager").Find(`a[rel="next"]`).AttrOr("href", ""); href != "/experiences?page=2" {
		t.Errorf("the next-page link is %q, want /experiences?page=2", href)
	}
	end := get(t, "/experiences?page="+strconv.Itoa(last), http.StatusOK)
	if got, want := len(end.cards()), total-(last-1)*20; got != want {
		t.Errorf("the last page shows %d activities, want %d", got, want)
	}
	if overlap := slices.ContainsFunc(end.cards(), func(c card) bool { return slices.Contains(titles(first), c.title) }); overlap {
		t.Error("the last page repeats an activity of the first")
	}

	for _, bad := range []string{"page=0", "page=-1", "page=two", "page=1.5", "page=99999999999999999999",
		"page=" + strconv.Itoa(last+1), "page=%zz", "page=%00"} {
		p := fetch(t, "/experiences?"+bad)
		if p.status != http.StatusBadRequest || p.doc == nil || !strings.Contains(p.visibleText(), "does not exist") &&
			!strings.Contains(p.visibleText(), "malformed") {
			t.Errorf("?%s: status %d, page says %.200q; want 400 with a message", bad, p.status, p.visibleText())
		}
	}
}

// atom is the part of an Atom feed the tests read.
type atom struct {
	XMLName xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string     `xml:"id"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Entries []struct {
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Link    atomLink `xml:"link"`
		Summary string   `xml:"summary"`
		Author  string   `xml:"author>name"`
	} `xml:"entry"`
}

// atomLink is a link of an Atom feed or entry.
type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

func TestAtomFeedListsTheNewestPublishedFirstEscaped(t *testing.T) {
	rv := newReviewers(t)
	first := rv.publish(t, "Feed probe published earlier")
	hostile := `<script>alert("feed")</script> Tom & Jerry's feedprobe`
	latest := rv.publish(t, hostile)

	p := fetch(t, "/activities.atom")
	if ct := p.header.Get("Content-Type"); p.status != http.StatusOK || ct != "application/atom+xml; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q; want 200 and application/atom+xml; charset=utf-8", p.status, ct)
	}
	body := string(p.body)
	if strings.Contains(body, "<script") || !strings.Contains(body, "&lt;script&gt;") || !strings.Contains(body, "Tom &amp; Jerry") {
		t.Errorf("the title is not escaped as XML text: %.500s", body[strings.Index(body, "<entry>"):])
	}
	var f atom
	if err := xml.Unmarshal(p.body, &f); err != nil {
		t.Fatalf("the feed is not XML: %v", err)
	}
	if len(f.Entries) < 2 || len(f.Entries) > 50 {
		t.Fatalf("the feed has %d entries, want between 2 and 50", len(f.Entries))
	}
	top := f.Entries[0]
	if top.Title != hostile || f.Entries[1].Title != first.Title {
		t.Errorf("the feed starts with %q, %q; want the newest approved %q, then %q", top.Title, f.Entries[1].Title, hostile, first.Title)
	}
	if !strings.HasSuffix(top.ID, hrefOf(latest)) || top.Link.Rel != "alternate" || top.Link.Href != top.ID {
		t.Errorf("entry id %q, link %+v; want the activity's absolute address for both", top.ID, top.Link)
	}
	if top.Summary != latest.Summary || top.Author != "INPI Brazil" || top.Updated != f.Updated {
		t.Errorf("summary %q, author %q, updated %q (feed %q); want the activity's summary, its organiser and the feed's time",
			top.Summary, top.Author, top.Updated, f.Updated)
	}
	self := slices.ContainsFunc(f.Links, func(l atomLink) bool {
		return l.Rel == "self" && strings.HasSuffix(l.Href, "/activities.atom")
	})
	if !self || f.ID == "" {
		t.Errorf("the feed has id %q and links %+v; want an id and a self link", f.ID, f.Links)
	}
}

func TestStaffSeeHistoryAndPrivateFieldsOthersDoNot(t *testing.T) {
	rv := newReviewers(t)
	a := rv.pending(t, "History probe seminar")
	rv.act(t, a.ID, rv.admin, workflow.RequestChanges, "Please add the <b>dates</b> & venue")
	rv.act(t, a.ID, rv.fp, workflow.Submit, "")
	rv.act(t, a.ID, rv.admin, workflow.Approve, "")

	for _, role := range []auth.Role{auth.Staff, auth.Admin} {
		v, _ := signedIn(t, role)
		p := v.open(hrefOf(a))
		if p.status != http.StatusOK {
			t.Fatalf("%s: status %d, want 200", role, p.status)
		}
		for _, problem := range audit(p.doc) {
			t.Errorf("%s: %s", role, problem)
		}
		var rows []string
		p.find("history").Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
			var cells []string
			tr.Children().Each(func(_ int, c *goquery.Selection) { cells = append(cells, squash(c.Text())) })
			rows = append(rows, strings.Join(cells, " | "))
		})
		want := []string{
			rv.fp.Name + " | Recorded | Draft → changed to Draft | ",
			rv.fp.Name + " | Submitted for review | Draft → changed to Waiting for review | ",
			rv.admin.Name + " | Changes requested | Waiting for review → changed to Changes requested | Please add the <b>dates</b> & venue",
			rv.fp.Name + " | Submitted for review | Changes requested → changed to Waiting for review | ",
			rv.admin.Name + " | Approved | Waiting for review → changed to Published | ",
		}
		if len(rows) != len(want) {
			t.Fatalf("%s sees the history %q, want %d rows", role, rows, len(want))
		}
		for i := range want {
			if !strings.HasSuffix(rows[i], want[i]) {
				t.Errorf("%s: history row %d reads %q, want it to end with %q", role, i+1, rows[i], want[i])
			}
		}
		private := p.text("private")
		for _, s := range []string{"contact.probe@example.org", rv.fp.Name, rv.fp.Email, "Brazil", "Published"} {
			if !strings.Contains(private, s) {
				t.Errorf("%s: the private part %q lacks %q", role, private, s)
			}
		}
		if cc := p.header.Get("Cache-Control"); !strings.Contains(cc, "no-store") {
			t.Errorf("%s: Cache-Control %q; a page with private fields must not be stored", role, cc)
		}
	}

	member, _ := signedIn(t, auth.Member)
	for who, p := range map[string]page{"a visitor": fetch(t, hrefOf(a)), "a member": member.open(hrefOf(a))} {
		if p.status != http.StatusOK {
			t.Fatalf("%s: status %d, want 200", who, p.status)
		}
		if p.find("history").Length()+p.find("private").Length() != 0 {
			t.Errorf("%s sees the staff part of the page", who)
		}
		for _, s := range []string{"contact.probe@example.org", rv.fp.Email, "Please add the"} {
			if strings.Contains(string(p.body), s) {
				t.Errorf("%s is shown %q", who, s)
			}
		}
	}
}

func TestUnpublishedActivitiesOpenOnlyForStaff(t *testing.T) {
	rv := newReviewers(t)
	a := rv.pending(t, "Unpublished probe workshop")
	if p := fetch(t, hrefOf(a)); p.status != http.StatusNotFound {
		t.Errorf("a visitor gets %d, want 404", p.status)
	}
	for _, role := range []auth.Role{auth.Member, auth.FocalPoint} {
		v, _ := signedIn(t, role)
		if p := v.open(hrefOf(a)); p.status != http.StatusNotFound {
			t.Errorf("a %s gets %d, want 404", role, p.status)
		}
	}
	v, _ := signedIn(t, auth.Staff)
	p := v.open(hrefOf(a))
	if p.status != http.StatusOK || p.text("title") != a.Title {
		t.Fatalf("staff get %d with title %q, want 200 and %q", p.status, p.text("title"), a.Title)
	}
	if !strings.Contains(p.text("unpublished"), "Waiting for review") || p.text("status") != "Waiting for review" {
		t.Errorf("staff are told %q, status %q; want it said that the record waits for review", p.text("unpublished"), p.text("status"))
	}
}
