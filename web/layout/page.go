// Package layout holds the page frame every screen of the portal is drawn in.
package layout

// Page is what the frame needs to know about the page it holds.
type Page struct {
	Title string // the page's own title, before the site name
	Path  string // the request path, to mark the current navigation item
}

// navItem is one entry of the main navigation.
type navItem struct {
	Href, Key string
}

// nav lists the parts of the portal that exist so far.
var nav = []navItem{
	{"/", "nav.home"},
	{"/activities", "nav.activities"},
	{"/south-south", "nav.south_south"},
}

// current reports whether item is the section path belongs to.
func current(item navItem, path string) bool {
	if item.Href == "/" {
		return path == "/"
	}
	return path == item.Href || len(path) > len(item.Href) && path[:len(item.Href)+1] == item.Href+"/"
}
