// Package layout holds the page frame every screen of the portal is drawn in.
package layout

import "sstc/internal/auth"

// Page is what the frame needs to know about the page it holds.
type Page struct {
	Title     string    // the page's own title, before the site name
	Path      string    // the request path, to mark the current navigation item
	UserName  string    // the signed-in user's name; empty for a visitor
	Role      auth.Role // the signed-in user's role; Anonymous for a visitor
	CSRFToken string    // the session's form token, for every form that changes something
	Flash     string    // a message left by the previous request
	Pending   int       // submissions waiting for review, shown to reviewers in the navigation
}

// navItem is one entry of the main navigation, shown to roles with its permission.
type navItem struct {
	Href, Key string
	Need      auth.Permission // empty: everyone
}

// nav lists the parts of the portal that exist so far.
var nav = []navItem{
	{"/", "nav.home", ""},
	{"/activities", "nav.activities", ""},
	{"/south-south", "nav.south_south", ""},
	{"/experiences", "nav.experiences", ""},
	{"/my/submissions", "nav.submissions", auth.RecordActivity},
	{"/admin/review", "nav.review", auth.ReviewSubmitted},
	{"/admin/users", "nav.users", auth.ManageUsers},
	{"/admin/outbox", "nav.outbox", auth.ReadOutbox},
}

// visibleNav lists the navigation items role may use.
func visibleNav(role auth.Role) []navItem {
	var items []navItem
	for _, item := range nav {
		if item.Need == "" || role.Can(item.Need) {
			items = append(items, item)
		}
	}
	return items
}

// current reports whether item is the section path belongs to.
func current(item navItem, path string) bool {
	if item.Href == "/" {
		return path == "/"
	}
	return path == item.Href || len(path) > len(item.Href) && path[:len(item.Href)+1] == item.Href+"/"
}
