package workflow

import (
	"errors"
	"testing"

	"sstc/internal/activity"
	"sstc/internal/auth"
)

var (
	brazilFP  = Actor{UserID: 1, Role: auth.FocalPoint, Country: "BRA"}
	otherFP   = Actor{UserID: 2, Role: auth.FocalPoint, Country: "BRA"} // same country, another person
	kenyaFP   = Actor{UserID: 3, Role: auth.FocalPoint, Country: "KEN"}
	member    = Actor{UserID: 4, Role: auth.Member}
	staff     = Actor{UserID: 5, Role: auth.Staff}
	admin     = Actor{UserID: 6, Role: auth.Admin}
	anonymous = Actor{}
)

// record returns a record of status submitted by user 1 for Brazil.
func record(s activity.Status) Record { return Record{Status: s, SubmittedBy: 1, Country: "BRA"} }

func TestNext(t *testing.T) {
	for _, tc := range []struct {
		name   string
		actor  Actor
		rec    Record
		action Action
		note   string
		want   activity.Status
		err    error
	}{
		{"focal point submits a draft", brazilFP, record(activity.Draft), Submit, "", activity.Pending, nil},
		{"another focal point of the country submits it", otherFP, record(activity.Draft), Submit, "", activity.Pending, nil},
		{"a focal point of another country may not", kenyaFP, record(activity.Draft), Submit, "", "", ErrNotAllowed},
		{"resubmitting after changes were requested", brazilFP, record(activity.ChangesRequested), Submit, "", activity.Pending, nil},
		{"submitting twice", brazilFP, record(activity.Pending), Submit, "", "", ErrWrongStatus},
		{"a member submits their own", member, Record{Status: activity.Draft, SubmittedBy: 4}, Submit, "", activity.Pending, nil},
		{"a member may not submit another's", member, record(activity.Draft), Submit, "", "", ErrNotAllowed},
		{"withdrawing a pending record", brazilFP, record(activity.Pending), Withdraw, "", activity.Draft, nil},
		{"withdrawing a published record", brazilFP, record(activity.Published), Withdraw, "", "", ErrWrongStatus},
		{"admin approves", admin, record(activity.Pending), Approve, "", activity.Published, nil},
		{"approving twice", admin, record(activity.Published), Approve, "", "", ErrWrongStatus},
		{"a focal point may not approve", brazilFP, record(activity.Pending), Approve, "", "", ErrNotAllowed},
		{"staff may not approve", staff, record(activity.Pending), Approve, "", "", ErrNotAllowed},
		{"anonymous may not approve", anonymous, record(activity.Pending), Approve, "", "", ErrNotAllowed},
		{"rejecting needs a reason", admin, record(activity.Pending), Reject, "", "", ErrNoteRequired},
		{"admin rejects with a reason", admin, record(activity.Pending), Reject, "Out of scope", activity.Rejected, nil},
		{"requesting changes needs a note", admin, record(activity.Pending), RequestChanges, "", "", ErrNoteRequired},
		{"admin requests changes", admin, record(activity.Pending), RequestChanges, "Add the dates", activity.ChangesRequested, nil},
		{"staff publish their own draft", staff, Record{Status: activity.Draft, SubmittedBy: 5}, Publish, "", activity.Published, nil},
		{"staff may not publish a focal point's draft", staff, record(activity.Draft), Publish, "", "", ErrNotAllowed},
		{"a focal point may not publish directly", brazilFP, record(activity.Draft), Publish, "", "", ErrNotAllowed},
		{"admin archives", admin, record(activity.Published), Archive, "", activity.Archived, nil},
		{"staff may not archive", staff, record(activity.Published), Archive, "", "", ErrNotAllowed},
		{"archiving a draft", admin, record(activity.Draft), Archive, "", "", ErrWrongStatus},
		{"an unknown action", admin, record(activity.Draft), "delete", "", "", ErrUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Next(tc.actor, tc.rec, tc.action, tc.note)
			if got != tc.want || !errors.Is(err, tc.err) {
				t.Errorf("Next = %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
		})
	}
}

func TestCanEdit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		actor Actor
		rec   Record
		want  bool
	}{
		{"the submitter edits a draft", brazilFP, record(activity.Draft), true},
		{"the submitter edits what was sent back", brazilFP, record(activity.ChangesRequested), true},
		{"not while it is pending", brazilFP, record(activity.Pending), false},
		{"not once published", brazilFP, record(activity.Published), false},
		{"not another country's", kenyaFP, record(activity.Draft), false},
		{"staff edit any draft", staff, record(activity.Draft), true},
		{"staff correct a published record", staff, record(activity.Published), true},
		{"staff leave a record under review alone", staff, record(activity.Pending), false},
		{"nobody edits an archived record", admin, record(activity.Archived), false},
		{"a member does not edit another's", member, record(activity.Draft), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.actor.CanEdit(tc.rec); got != tc.want {
				t.Errorf("CanEdit = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestEveryActionHasAStartAndAnEnd(t *testing.T) {
	for action, tr := range transitions {
		if len(From(action)) == 0 || tr.to == "" {
			t.Errorf("%s has no start or no end", action)
		}
	}
}
