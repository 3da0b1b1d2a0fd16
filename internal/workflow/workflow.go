// Package workflow is the life of a submitted activity: which actions lead from which status to
// which, and who may take them. It has no I/O; the store applies a transition as one
// conditional update and writes its audit event in the same transaction.
package workflow

import (
	"errors"

	"sstc/internal/activity"
	"sstc/internal/auth"
)

// Action is something a person does to a record.
type Action string

// Actions.
const (
	Submit         Action = "submit"          // send a draft, or a record sent back, for review
	Withdraw       Action = "withdraw"        // take a pending record back to draft
	Approve        Action = "approve"         // publish a pending record
	Reject         Action = "reject"          // refuse a pending record, with a reason
	RequestChanges Action = "request_changes" // send a pending record back, with a note
	Publish        Action = "publish"         // publish a draft directly (staff, admins)
	Archive        Action = "archive"         // take a published record out of the public lists
)

// transitions gives, for each action, the statuses it starts from and the one it leads to.
var transitions = map[Action]struct {
	from []activity.Status
	to   activity.Status
}{
	Submit:         {[]activity.Status{activity.Draft, activity.ChangesRequested}, activity.Pending},
	Withdraw:       {[]activity.Status{activity.Pending}, activity.Draft},
	Approve:        {[]activity.Status{activity.Pending}, activity.Published},
	Reject:         {[]activity.Status{activity.Pending}, activity.Rejected},
	RequestChanges: {[]activity.Status{activity.Pending}, activity.ChangesRequested},
	Publish:        {[]activity.Status{activity.Draft}, activity.Published},
	Archive:        {[]activity.Status{activity.Published}, activity.Archived},
}

// MaxNote is the longest reason or note a transition carries, as the audit table allows.
const MaxNote = 5000

// Errors a transition can fail with.
var (
	ErrNotAllowed   = errors.New("workflow: not allowed for this person")
	ErrWrongStatus  = errors.New("workflow: not possible from this status")
	ErrNoteRequired = errors.New("workflow: a note is required")
	ErrUnknown      = errors.New("workflow: unknown action")
)

// Actor is the person acting.
type Actor struct {
	UserID  int64
	Role    auth.Role
	Country string // a focal point's country
}

// Record is what the workflow needs to know about an activity.
type Record struct {
	Status      activity.Status
	SubmittedBy int64  // the account that created it; 0 for imported and legacy records
	Country     string // the country a focal point submitted it for
}

// Owns reports whether the actor may work on the record as its submitter: its creator, or a
// focal point of the country it was submitted for.
func (a Actor) Owns(r Record) bool {
	if a.UserID != 0 && r.SubmittedBy == a.UserID {
		return true
	}
	return a.Role == auth.FocalPoint && a.Country != "" && r.Country == a.Country
}

// CanEdit reports whether the actor may change the record's fields: its owner while it is a
// draft or sent back; staff and admins also once it is published, to correct it directly.
// Nobody edits a record under review, or one rejected or archived.
func (a Actor) CanEdit(r Record) bool {
	switch r.Status {
	case activity.Draft, activity.ChangesRequested:
		return a.Owns(r) || a.Role.Can(auth.EditActivities)
	case activity.Published:
		return a.Role.Can(auth.EditActivities)
	}
	return false
}

// Next checks that actor may take action on record with note, and returns the new status.
func Next(actor Actor, r Record, action Action, note string) (activity.Status, error) {
	t, ok := transitions[action]
	if !ok {
		return "", ErrUnknown
	}
	if !allowed(actor, r, action) {
		return "", ErrNotAllowed
	}
	if !contains(t.from, r.Status) {
		return "", ErrWrongStatus
	}
	if (action == Reject || action == RequestChanges) && note == "" {
		return "", ErrNoteRequired
	}
	return t.to, nil
}

// From lists the statuses an action starts from, for the store's conditional update.
func From(action Action) []activity.Status { return transitions[action].from }

// allowed says who may take each action.
func allowed(a Actor, r Record, action Action) bool {
	switch action {
	case Submit, Withdraw:
		return a.Owns(r) && a.Role.Can(auth.SubmitActivity)
	case Approve, Reject, RequestChanges, Archive:
		return a.Role.Can(auth.ReviewSubmitted)
	case Publish:
		// Staff and admins publish what they record themselves; what others submit goes through review.
		return a.Role.Can(auth.EditActivities) && r.SubmittedBy == a.UserID
	}
	return false
}

func contains(list []activity.Status, s activity.Status) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
