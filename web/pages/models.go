// Package pages holds the portal's screens as templ components and the view models they draw.
package pages

import "sstc/web/layout"

// ErrorModel explains why a request failed.
type ErrorModel struct {
	layout.Page
	Status  int
	Message string
	Details []string
}

// ActivityCard is one activity in a list.
type ActivityCard struct {
	ID                              int32
	Title, URL                      string
	Dates                           string
	Type, Mode                      string
	Modality, ModalityLabel         string
	Venue                           string
	Beneficiaries, Providers, Helps string // names joined for display; Helps lists facilitators
}

// HomeModel is the front page.
type HomeModel struct {
	layout.Page
	Total      int
	ByModality []Stat
	Countries  int
	Newest     []ActivityCard
}

// Stat is a labelled count that links to the list it counts.
type Stat struct {
	Label string
	Count int
	URL   string
	Class string
}

// ListModel is a filtered, paged list of activities.
type ListModel struct {
	layout.Page
	Heading, Intro string
	Action         string // the list's own path, the filter form's target
	Query          string
	Sort           string
	Sorts          []Option
	Total          int
	Cards          []ActivityCard
	Groups         []FacetGroup
	Selects        []FacetGroup // single-choice filters drawn as select boxes
	YearFrom       string
	YearTo         string
	Years          []Option
	Chips          []Chip
	ClearURL       string
	Problems       []string
	Pager          Pager
	CSVURL         string
	XLSXURL        string
}

// FacetGroup is one filter with its choices and their counts.
type FacetGroup struct {
	Param, Legend string
	Options       []Option
}

// Option is one choice of a filter.
type Option struct {
	Value, Label string
	Count        int
	Selected     bool
}

// Chip is one active filter value with a link that removes it.
type Chip struct {
	Label, RemoveURL string
}

// Pager links the pages of a list.
type Pager struct {
	Page, Pages       int
	PrevURL, NextURL  string
	FirstURL, LastURL string
}

// DetailModel is one activity with every field.
type DetailModel struct {
	layout.Page
	Card        ActivityCard
	Fields      []Field
	Parties     []PartyRow
	Reason      string
	Description string
}

// Field is one labelled value of an activity.
type Field struct {
	Label, Value string
}

// PartyRow is one country or organisation of an activity with its classification on the start date.
type PartyRow struct {
	Role, Name, Code, Classification string
}
