package pages

import (
	"sstc/web/components"
	"sstc/web/layout"
)

// Choice is one option of a select box, a radio group or a checkbox group.
type Choice struct {
	Value, Label string
}

// ModalityBox says which modality an activity gets and why.
type ModalityBox struct {
	Modality, Label, Reason string
}

// FormControl is one control of the activity form: its label, hint, limit and problem.
type FormControl = components.Input

// SubmissionFormModel is the activity form, new or edit, with what the user typed.
type SubmissionFormModel struct {
	layout.Page
	Action                                                           string // where the form posts to save
	Key                                                              string // the submission key of a new record's form
	ID                                                               int32  // the record edited; 0 for a new one
	Seen                                                             string // the edited record's last change, as the form saw it
	Cancel                                                           string // where "Cancel" leads
	Controls                                                         map[string]FormControl
	Values                                                           map[string]string          // one-valued fields as typed
	Chosen                                                           map[string]map[string]bool // many-valued fields: the codes chosen
	Errors                                                           FormErrors
	Order                                                            []string // field names in form order, for the error summary
	Types, Modes, Countries, Organisations, IPAreas, SDGs, Languages []Choice
	Modality                                                         *ModalityBox // the preview; nil until asked for
}

// SubmissionRow is one record in the submitter's list.
type SubmissionRow struct {
	URL, Title              string
	Status, StatusLabel     string
	Modality, ModalityLabel string
	Dates, Updated          string
}

// SubmissionListModel lists the submitter's records.
type SubmissionListModel struct {
	layout.Page
	Rows []SubmissionRow
}

// HistoryEntry is one status change of a record, with the note written with it.
type HistoryEntry struct {
	At, Who, What, Note string
}

// SubmissionShowModel is one of the submitter's records and what they may do with it next.
type SubmissionShowModel struct {
	layout.Page
	URL                 string // the record's own page; actions post below it
	Title               string
	Status, StatusLabel string
	StatusHelp          string
	Modality            ModalityBox
	Fields              []Field
	History             []HistoryEntry
	CanEdit, CanSubmit  bool
	CanWithdraw         bool
	CanPublish          bool
}

// control returns the named control of the form with what was typed into it, as an input of type typ.
func control(m SubmissionFormModel, name, typ string) components.Input {
	c := m.Controls[name]
	c.Value, c.Type = m.Values[name], typ
	return c
}
