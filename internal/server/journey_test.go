package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

// These journeys publish activities, so neither runs in parallel: the parallel list tests,
// which compare the lists with every published activity, start only after them, and by then
// each journey has archived what it published.

// person is one person's headless Chromium on the test portal.
type person struct {
	t    *testing.T
	tab  context.Context
	base string
}

// browse starts a fresh browser, with its own profile and cookies, for one person.
func browse(t *testing.T, ctx context.Context) *person {
	t.Helper()
	return &person{t: t, tab: newBrowser(t, ctx), base: portal(t)}
}

// open loads a page of the portal and fails the test unless it answers 200.
func (p *person) open(path string) {
	p.t.Helper()
	p.follow("opening "+path, chromedp.Navigate(p.base+path))
}

// follow runs steps that lead to another page, waits for it and fails the test unless it answers 200.
func (p *person) follow(doing string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	res, err := chromedp.RunResponse(p.tab, steps...)
	if err != nil {
		p.t.Fatalf("%s: %v", doing, err)
	}
	if res.Status != 200 {
		p.t.Fatalf("%s: status %d at %s; page says %.300s", doing, res.Status, res.URL, p.text("main"))
	}
}

// press clicks the element a CSS selector names and waits for the page it leads to.
func (p *person) press(doing, css string) {
	p.t.Helper()
	p.follow(doing, chromedp.Click(chromedp.CSS(css)))
}

// text is the visible text of the first element a CSS selector names, spaces collapsed, or "".
func (p *person) text(css string) string {
	p.t.Helper()
	sel, _ := json.Marshal(css)
	return squash(read(p.t, p.tab, css, chromedp.Evaluate[string](
		`(() => { const e = document.querySelector(`+string(sel)+`); return e ? e.innerText : "" })()`)))
}

// path is the path of the page the browser shows.
func (p *person) path() string {
	p.t.Helper()
	u, err := url.Parse(read(p.t, p.tab, "the address", chromedp.Location()))
	if err != nil {
		p.t.Fatal(err)
	}
	return u.Path
}

// signIn signs in through the sign-in form as a person types it.
func (p *person) signIn(u store.User, password string) {
	p.t.Helper()
	p.open("/login")
	p.follow("signing in as "+u.Email,
		chromedp.SendKeys(chromedp.ID("email"), u.Email),
		chromedp.SendKeys(chromedp.ID("password"), password),
		chromedp.Click(chromedp.CSS(`[data-testid="login-form"] button[type="submit"]`)))
	if p.path() == "/login" {
		p.t.Fatalf("signing in as %s left the sign-in page: %s", u.Email, p.text("main"))
	}
}

// uniqueWord is a word of letters only that no other activity has, for the full-text search.
func uniqueWord() string {
	n, w := time.Now().UnixNano(), "journeyprobe"
	for ; n > 0; n /= 26 {
		w += string(rune('a' + n%26))
	}
	return w
}

// wantText fails the test unless the element a CSS selector names reads want.
func (p *person) wantText(what, css, want string) {
	p.t.Helper()
	if got := p.text(css); got != want {
		p.t.Errorf("%s reads %q, want %q", what, got, want)
	}
}

var submissionPath = regexp.MustCompile(`^/my/submissions/(\d+)$`)

// submitted signs a new Brazilian focal point in, has them fill in the form for a South-South
// workshop titled with word, check its modality, save it and submit it. It returns their
// browser and the record's id, which the test archives when it ends.
func submitted(t *testing.T, ctx context.Context, word string) (*person, int32) {
	t.Helper()
	u, password := newAccount(t, auth.FocalPoint)
	fp := browse(t, ctx)
	fp.signIn(u, password)
	fp.open("/my/submissions/new")
	run(t, fp.tab, "filling in the activity form",
		chromedp.SendKeys(chromedp.ID("title"), "Workshop on patent searching "+word),
		chromedp.SendKeys(chromedp.ID("summary"), "Three days of searching patent databases together."),
		chromedp.SetValue(chromedp.ID("type"), "workshop"),
		chromedp.Click(chromedp.ID("mode-online")),
		chromedp.Click(chromedp.ID("ip_areas-patents")),
		chromedp.SetValue(chromedp.ID("start_date"), "2024-05-06"),
		chromedp.SetValue(chromedp.ID("end_date"), "2024-05-08"),
	)
	read(t, fp.tab, "choosing the beneficiary and the provider", chromedp.Evaluate[bool](`(() => {
		const pick = {beneficiaries: ["MOZ"], providers: ["BRA"]};
		for (const [id, codes] of Object.entries(pick)) {
			const box = document.getElementById(id);
			for (const o of box.options) o.selected = codes.includes(o.value);
			box.dispatchEvent(new Event("change", {bubbles: true}));
		}
		return true })()`))
	fp.press("checking the modality", `[data-testid="preview"]`)
	fp.wantText("the modality preview", `[data-testid="modality-preview"] [data-testid="modality"]`, "South-South")
	if fp.text(`[data-testid="modality-preview"] [data-testid="reason"]`) == "" {
		t.Error("the modality preview gives no reason")
	}
	fp.press("saving the draft", `[data-testid="save"]`)
	m := submissionPath.FindStringSubmatch(fp.path())
	if m == nil {
		t.Fatalf("saving leads to %s, want the record's page; it says %s", fp.path(), fp.text("main"))
	}
	id64, _ := strconv.ParseInt(m[1], 10, 32)
	id := int32(id64)
	t.Cleanup(func() { // take it out of the public lists again, whatever happened
		store.New(testdb.Pool(t)).Transition(context.Background(), id, workflow.Actor{Role: auth.Admin}, workflow.Archive, "", nil)
	})
	fp.wantText("the saved record's status", `[data-testid="status"]`, "Draft")
	fp.press("submitting for review", `[data-testid="submit"]`)
	fp.wantText("the submitted record's status", `[data-testid="status"]`, "Waiting for review")
	return fp, id
}

// reviewer signs a new administrator in, in a browser of their own, and opens the submission
// from the review queue by its title.
func reviewer(t *testing.T, ctx context.Context, title string) *person {
	t.Helper()
	u, password := newAccount(t, auth.Admin)
	admin := browse(t, ctx)
	admin.signIn(u, password)
	admin.open("/admin/review")
	admin.follow("opening the submission from the queue",
		chromedp.Click(chromedp.Search(fmt.Sprintf(`//a[@data-testid="review-link"][normalize-space()=%q]`, title))))
	admin.wantText("the review page's heading", `h1[data-testid="title"]`, title)
	return admin
}

// approve approves the submission the admin's browser shows and checks the queue says so.
func (p *person) approve(title string) {
	p.t.Helper()
	p.press("approving", `[data-testid="approve-form"] button`)
	if p.path() != "/admin/review" || !strings.Contains(p.text(`[data-testid="flash"]`), title) {
		p.t.Errorf("approving leads to %s saying %q", p.path(), p.text(`[data-testid="flash"]`))
	}
}

// wantListed checks that the public search for word lists only the activity, as South-South.
func (p *person) wantListed(word, title string, id int32) {
	p.t.Helper()
	p.open("/activities?q=" + url.QueryEscape(word))
	cards := read(p.t, p.tab, "the results", chromedp.Evaluate[[][3]string](`[...document.querySelectorAll(
		'[data-testid="results"] [data-testid="activity"]')].map(c => [c.querySelector("h3 a").innerText.trim(),
		c.querySelector("h3 a").getAttribute("href"), c.querySelector('[data-testid="modality"]').innerText.trim()])`))
	want := [3]string{title, fmt.Sprintf("/activities/%d", id), "South-South"}
	if len(cards) != 1 || cards[0] != want {
		p.t.Errorf("searching for %q lists %q, want only %q", word, cards, want)
	}
}

func TestJourneySubmitApprovePublish(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 40*time.Second)
	defer cancel()
	word := uniqueWord()
	title := "Workshop on patent searching " + word
	fp, id := submitted(t, ctx, word)

	admin := reviewer(t, ctx, title)
	admin.wantText("the modality on the review page", `[data-testid="modality"]`, "South-South")
	admin.approve(title)

	fp.open(fmt.Sprintf("/my/submissions/%d", id))
	fp.wantText("the approved record's status", `[data-testid="status"]`, "Published")
	browse(t, ctx).wantListed(word, title, id) // as an anonymous visitor sees it
}

func TestJourneyChangesRequestedThenResubmitted(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 40*time.Second)
	defer cancel()
	word := uniqueWord()
	title := "Workshop on patent searching " + word
	fp, id := submitted(t, ctx, word)

	admin := reviewer(t, ctx, title)
	note := "Please say which patent databases you searched."
	run(t, admin.tab, "writing the note", chromedp.SendKeys(chromedp.CSS(`[data-testid="request-form"] #note`), note))
	admin.press("requesting changes", `[data-testid="request-form"] button`)
	if admin.path() != "/admin/review" {
		t.Errorf("requesting changes leads to %s", admin.path())
	}

	page := fmt.Sprintf("/my/submissions/%d", id)
	fp.open(page)
	fp.wantText("the record's status", `[data-testid="status"]`, "Changes requested")
	fp.wantText("the reviewer's note", `[data-testid="history"] [data-testid="note"]`, note)
	fp.press("opening the form again", `[data-testid="edit"]`)
	newTitle := "Workshop on searching patent databases " + word
	run(t, fp.tab, "changing the title",
		chromedp.Clear(chromedp.ID("title")), chromedp.SendKeys(chromedp.ID("title"), newTitle))
	fp.press("saving the change", `[data-testid="save"]`)
	if fp.path() != page {
		t.Fatalf("saving the change leads to %s; it says %s", fp.path(), fp.text("main"))
	}
	fp.wantText("the changed record's title", `h1[data-testid="title"]`, newTitle)
	fp.press("submitting again", `[data-testid="submit"]`)
	fp.wantText("the resubmitted record's status", `[data-testid="status"]`, "Waiting for review")

	admin.open(fmt.Sprintf("/admin/review/%d", id))
	changes := read(t, admin.tab, "what changed", chromedp.Evaluate[[][3]string](`[...document.querySelectorAll(
		'[data-testid="change"]')].map(r => [r.querySelector("th"), ...r.querySelectorAll("td")].map(c => c.innerText.trim()))`))
	if want := [][3]string{{"Title", title, newTitle}}; fmt.Sprint(changes) != fmt.Sprint(want) {
		t.Errorf("what changed since the last review reads %q, want %q", changes, want)
	}
	admin.approve(newTitle)
	admin.wantListed(word, newTitle, id)
}
