package server

import (
	"bytes"
	"encoding/xml"
	"net/http"
	"strings"
	"time"

	"sstc/internal/i18n"
	"sstc/internal/store"
)

// feedSize is how many activities the Atom feed carries.
const feedSize = 50

// atomFeed is an Atom 1.0 feed (RFC 4287); encoding/xml escapes every text in it.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr,omitempty"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

// atomLink is a link of a feed or an entry.
type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

// atomText is a plain-text construct.
type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// atomEntry is one published activity.
type atomEntry struct {
	ID        string   `xml:"id"`
	Title     atomText `xml:"title"`
	Updated   string   `xml:"updated"`
	Published string   `xml:"published"`
	Link      atomLink `xml:"link"`
	Summary   atomText `xml:"summary"`
	Author    string   `xml:"author>name"`
}

// activityFeed answers the Atom feed of the most recently published activities.
func (s *Server) activityFeed(w http.ResponseWriter, r *http.Request) {
	pubs, err := s.store.RecentlyPublished(r.Context(), feedSize)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(s.feed(r, pubs)); err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	buf.WriteTo(w)
}

// feed builds the Atom feed of pubs, newest first.
func (s *Server) feed(r *http.Request, pubs []store.Publication) atomFeed {
	l := i18n.From(r.Context())
	base := s.baseURL(r)
	f := atomFeed{Lang: l.Lang, ID: base + "/activities.atom", Title: l.T("feed.title"),
		Updated: atomTime(time.Now()), Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + "/activities.atom"},
			{Rel: "alternate", Type: "text/html", Href: base + "/activities"},
		}}
	if len(pubs) > 0 {
		f.Updated = atomTime(pubs[0].PublishedAt)
	}
	for i := range pubs {
		a := &pubs[i].Activity
		url := base + activityURL(a.ID)
		e := atomEntry{ID: url, Title: atomText{"text", a.Title}, Updated: atomTime(pubs[i].PublishedAt),
			Published: atomTime(pubs[i].PublishedAt), Link: atomLink{Rel: "alternate", Type: "text/html", Href: url},
			Summary: atomText{"text", a.Summary}, Author: a.Organiser}
		if strings.TrimSpace(e.Summary.Text) == "" {
			c := s.card(l, a)
			e.Summary.Text = strings.Join([]string{c.Type, c.Dates, l.T("feed.summary_parties", c.Beneficiaries, c.Providers)}, " · ")
		}
		if strings.TrimSpace(e.Author) == "" {
			e.Author = l.T("feed.author")
		}
		f.Entries = append(f.Entries, e)
	}
	return f
}

// atomTime formats t as an RFC 3339 timestamp in UTC.
func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }
