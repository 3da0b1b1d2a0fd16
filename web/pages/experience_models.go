package pages

import "sstc/web/layout"

// ExperiencesModel is the Exchange of experience: published activities member states submitted.
type ExperiencesModel struct {
	layout.Page
	Total     int
	Cards     []ActivityCard
	Pager     Pager
	CanSubmit bool // the visitor is signed in with an account that may fill in the activity form
}

// StaffDetail is what staff see of an activity beyond its public page.
type StaffDetail struct {
	Status    string // the record's workflow status, for display
	Published bool
	EditURL   string  // where staff correct the record; empty when it cannot be edited now
	Private   []Field // contact and submitter; empty values left out
	History   []HistoryRow
}

// HistoryRow is one status change of an activity's audit trail.
type HistoryRow struct {
	At, AtISO string // display time, and the same as an RFC 3339 timestamp
	Who       string
	Action    string
	From, To  string
	Note      string
}
