package pages

import (
	"sstc/web/components"
	"sstc/web/layout"
)

// ReviewListModel is the review queue with its filter form.
type ReviewListModel struct {
	layout.Page
	Status, Country, OlderThan components.Input // the filter's choices as shown in its form
	Statuses, Countries        []components.Option
	Problems                   []string // why parts of the filter were refused
	Rows                       []ReviewRow
	Limited                    bool // the list stopped at its limit: a filter narrows it
}

// ReviewRow is one submission in the queue.
type ReviewRow struct {
	URL, Title         string
	Submitter, Country string
	Status, StatusCode string // translated label and the status itself, for styling
	Submitted          string
	Age                string // whole days since it was submitted, as a phrase
}

// ReviewModel is one submission with everything a reviewer needs and the decision forms.
type ReviewModel struct {
	layout.Page
	URL         string // the review page's own address; the forms post below it
	Card        ActivityCard
	StatusCode  string
	StatusLabel string
	Decidable   bool   // the record waits for review, so the decision forms are offered
	ArchiveURL  string // where the archive form posts, for a published record; empty otherwise
	PublicURL   string // the public page, once published
	Reason      string // why the activity has its modality
	Parties     []PartyRow
	Fields      []Field // every field, private ones included; empty ones say so
	Submitter   []Field
	History     []ReviewEvent
	// Resubmitted says the record was sent back once; Changes then lists what differs since.
	Resubmitted bool
	Changes     []ReviewChange
	Reject      ReviewNote
	Request     ReviewNote
	Errors      map[string]string // translated problems by field name, for the summary
}

// ReviewNote is a decision form's text box with what was typed and its problem.
type ReviewNote struct {
	Name, Label, Hint, Value, Error string
}

// ReviewEvent is one step of a record's history.
type ReviewEvent struct {
	At, Actor, Action, From, To, Note string
}

// ReviewChange is one field that changed since the last review.
type ReviewChange struct {
	Field, Before, Now string
}

// ReviewConflictModel says a decision came too late: someone had already changed the record.
type ReviewConflictModel struct {
	layout.Page
	Message   string
	ReviewURL string // the record's review page; empty when there is none to go back to
}
