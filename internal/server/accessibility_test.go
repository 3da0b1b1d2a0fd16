package server_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

func TestAccessibleMarkupOnEveryKindOfPage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path, shows string // shows: a test id that proves the page is the kind the case means
		status            int
	}{
		{"home", "/", "stats", http.StatusOK},
		{"list", "/activities", "results", http.StatusOK},
		{"filtered list", "/activities?beneficiary=MOZ&type=workshop", "results", http.StatusOK},
		{"empty list", "/activities?q=zzzznomatch", "empty", http.StatusOK},
		{"south-south list", "/south-south", "results", http.StatusOK},
		{"activity", activityPath(t, southSouth), "parties", http.StatusOK},
		{"not found", "/no/such/page", "error", http.StatusNotFound},
		{"refused filter", "/activities?sdg=99", "problems", http.StatusBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := get(t, tc.path, tc.status)
			if p.find(tc.shows).Length() == 0 {
				t.Fatalf("GET %s shows no %q, so it is not the page this case checks", tc.path, tc.shows)
			}
			for _, problem := range audit(p.doc) {
				t.Errorf("GET %s: %s", tc.path, problem)
			}
		})
	}
}

// audit lists every way the page breaks the portal's accessibility rules.
func audit(doc *goquery.Document) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	html := doc.Find("html")
	if strings.TrimSpace(html.AttrOr("lang", "")) == "" {
		bad("<html> has no lang")
	}
	if dir := html.AttrOr("dir", ""); dir != "ltr" && dir != "rtl" && dir != "auto" {
		bad("<html> has dir=%q, want ltr, rtl or auto", dir)
	}
	auditHeadings(doc, bad)
	auditLandmarks(doc, bad)
	auditFields(doc, bad)
	auditLinks(doc, bad)
	doc.Find("table").Each(func(_ int, table *goquery.Selection) {
		if table.Find("th").Length() == 0 {
			bad("%s has no <th> header cells", describe(table))
		}
		table.Find("th").Each(func(_ int, th *goquery.Selection) {
			if !slices.Contains([]string{"col", "row", "colgroup", "rowgroup"}, th.AttrOr("scope", "")) {
				bad("%s has no scope", describe(th))
			}
		})
	})
	doc.Find("*").Each(func(_ int, el *goquery.Selection) {
		name := goquery.NodeName(el)
		inlineScript := name == "script" && (!strings.HasPrefix(el.AttrOr("src", ""), "/static/") || strings.TrimSpace(el.Text()) != "")
		if inlineScript || name == "style" {
			bad("%s: pages carry no inline <script> or <style>, the Content-Security-Policy forbids inline code", describe(el))
		}
		for _, a := range el.Nodes[0].Attr {
			if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
				bad("%s has an inline %s attribute, which the Content-Security-Policy blocks", describe(el), a.Key)
			}
		}
	})
	return out
}

// auditHeadings checks for exactly one <h1> and headings that never skip a level.
func auditHeadings(doc *goquery.Document, bad func(string, ...any)) {
	if n := doc.Find("h1").Length(); n != 1 {
		bad("%d <h1> elements, want exactly one", n)
	}
	prev := 0
	doc.Find("h1, h2, h3, h4, h5, h6").Each(func(_ int, h *goquery.Selection) {
		level := int(goquery.NodeName(h)[1] - '0')
		if level > prev+1 {
			bad("<h%d> %q comes after <h%d>, skipping a level", level, squash(h.Text()), prev)
		}
		prev = level
	})
}

// auditLandmarks checks the header, navigation, main and footer landmarks and the skip link.
func auditLandmarks(doc *goquery.Document, bad func(string, ...any)) {
	for _, sel := range []string{"header", "main", "footer"} {
		if n := doc.Find(sel).Length(); n != 1 {
			bad("%d <%s> elements, want exactly one", n, sel)
		}
	}
	if doc.Find("main#main").Length() != 1 {
		bad(`no <main id="main"> for the skip link to reach`)
	}
	if site := doc.Find("header nav"); site.Length() != 1 || strings.TrimSpace(site.AttrOr("aria-label", "")) == "" {
		bad("the <header> has %d <nav>, want one with an aria-label naming the main navigation", site.Length())
	}
	var labels []string
	doc.Find("nav").Each(func(_ int, nav *goquery.Selection) {
		label := strings.TrimSpace(nav.AttrOr("aria-label", ""))
		if label == "" || slices.Contains(labels, label) {
			bad("%s needs an aria-label that no other <nav> has", describe(nav))
		}
		labels = append(labels, label)
	})
	if skip := doc.Find("body a").First(); skip.AttrOr("href", "") != "#main" || accessibleText(skip) == "" {
		bad(`the first link in <body> is %s, want the skip link to #main`, describe(skip))
	}
}

// auditFields checks that ids are unique and every form field has a label or an aria-label.
func auditFields(doc *goquery.Document, bad func(string, ...any)) {
	ids := map[string]int{}
	doc.Find("[id]").Each(func(_ int, el *goquery.Selection) { ids[el.AttrOr("id", "")]++ })
	for id, n := range ids {
		if n > 1 {
			bad("id %q is used %d times", id, n)
		}
	}
	labelled := map[string]bool{}
	doc.Find("label[for]").Each(func(_ int, l *goquery.Selection) {
		if ids[l.AttrOr("for", "")] == 0 {
			bad("%s labels no element on the page", describe(l))
		}
		labelled[l.AttrOr("for", "")] = accessibleText(l) != ""
	})
	doc.Find("[aria-labelledby]").Each(func(_ int, el *goquery.Selection) {
		for _, id := range strings.Fields(el.AttrOr("aria-labelledby", "")) {
			if ids[id] == 0 {
				bad("%s is labelled by a missing id %q", describe(el), id)
			}
		}
	})
	doc.Find("input, select, textarea").Each(func(_ int, f *goquery.Selection) {
		if typ := f.AttrOr("type", ""); typ == "hidden" || typ == "submit" {
			return
		}
		if !labelled[f.AttrOr("id", "")] && strings.TrimSpace(f.AttrOr("aria-label", "")) == "" {
			bad("%s has neither a non-empty <label for> nor an aria-label", describe(f))
		}
	})
}

// auditLinks checks that every link leads somewhere and has text a screen reader can read.
func auditLinks(doc *goquery.Document, bad func(string, ...any)) {
	doc.Find("a").Each(func(_ int, a *goquery.Selection) {
		href, ok := a.Attr("href")
		if href = strings.TrimSpace(href); !ok || href == "" || href == "#" || strings.HasPrefix(strings.ToLower(href), "javascript:") {
			bad("%s is a dead link", describe(a))
		}
		if accessibleText(a) == "" {
			bad("%s has no accessible text", describe(a))
		}
	})
}

// accessibleText is an element's aria-label, or else its text without the parts hidden from screen readers.
func accessibleText(s *goquery.Selection) string {
	if label := strings.TrimSpace(s.AttrOr("aria-label", "")); label != "" {
		return label
	}
	c := s.Clone()
	c.Find(`[aria-hidden="true"]`).Remove()
	return squash(c.Text())
}

// describe shows the start of an element's markup for failure messages.
func describe(s *goquery.Selection) string {
	h, _ := goquery.OuterHtml(s.First())
	if r := []rune(squash(h)); len(r) > 120 {
		return string(r[:120]) + "…"
	}
	return squash(h)
}

// focus is what the browser says about the element that has the keyboard focus.
type focus struct {
	Tag     string `json:"tag"`
	Href    string `json:"href"`
	Text    string `json:"text"`
	What    string `json:"what"` // its start tag and text, for failure messages
	InForm  bool   `json:"inForm"`
	Shown   bool   `json:"shown"`
	Outline bool   `json:"outline"`
}

// focusJS describes document.activeElement: whether it is in the filter form, on screen, and outlined.
const focusJS = `(() => {
	const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
	const text = (e.matches('a, button') ? e.innerText : '').trim().slice(0, 60);
	return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '', text: text,
		what: e.cloneNode(false).outerHTML.replace(/<\/\w+>$/, '') + ' ' + text,
		inForm: !!e.closest('form.filters'), shown: r.width > 1 && r.height > 1,
		outline: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'};
})()`

// pressTab presses Tab and returns the element that then has the focus.
func pressTab(t *testing.T, ctx context.Context) focus {
	t.Helper()
	run(t, ctx, "pressing Tab", chromedp.KeyEvent(kb.Tab))
	return read(t, ctx, "the focused element", chromedp.Evaluate[focus](focusJS))
}

func TestKeyboardSkipsToMainAndReachesApplyFilters(t *testing.T) {
	t.Parallel()
	base := portal(t)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	tab := newBrowser(t, ctx)
	run(t, tab, "opening the list", chromedp.Navigate(base+"/activities"))

	if f := pressTab(t, tab); f.Href != "#main" || !f.Shown || !f.Outline {
		t.Fatalf("the first Tab focuses %s (on screen %t, outlined %t), want the visible, outlined skip link to #main",
			f.What, f.Shown, f.Outline)
	}
	run(t, tab, "pressing Enter on the skip link", chromedp.KeyEvent(kb.Enter))
	_, _ = chromedp.Run(tab, chromedp.Poll[bool](`location.hash === '#main'`, chromedp.WithPollingTimeout(2*time.Second))) // a miss shows below
	if hash := read(t, tab, "the address", chromedp.Evaluate[string](`location.hash`)); hash != "#main" {
		t.Fatalf("after Enter on the skip link the address ends in %q, want #main", hash)
	}
	if id := read(t, tab, "the focus", chromedp.Evaluate[string](`document.activeElement.id`)); id != "main" {
		t.Errorf("after the skip link the focus is on %q, want <main id=\"main\"> so Tab continues from there", id)
	}

	stops := read(t, tab, "the filters' tab stops", chromedp.Evaluate[int](
		`document.querySelectorAll('form.filters :is(a[href], input:not([type=hidden]), select, button)').length`))
	var path []string
	for range stops + 1 {
		f := pressTab(t, tab)
		path = append(path, f.What)
		if !f.InForm {
			t.Fatalf("Tab left the filter form before reaching Apply filters; focus went through:\n%s", strings.Join(path, "\n"))
		}
		if !f.Shown || !f.Outline {
			t.Errorf("%s has the focus but is on screen %t, outlined %t; want both", f.What, f.Shown, f.Outline)
		}
		if f.Tag == "button" && f.Text == "Apply filters" {
			return
		}
	}
	t.Fatalf("%d presses of Tab after the skip link did not reach Apply filters; focus went through:\n%s",
		stops+1, strings.Join(path, "\n"))
}
