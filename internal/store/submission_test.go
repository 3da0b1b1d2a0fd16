package store_test

import (
	"errors"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

func TestASubmitterSeesAndEditsOnlyTheirOwnRecords(t *testing.T) {
	ctx := t.Context()
	st := store.New(testdb.Pool(t))
	fp := person(t, st, auth.FocalPoint, "own.fp@example.org")
	colleague := person(t, st, auth.FocalPoint, "own.colleague@example.org") // also Brazil
	foreign := person(t, st, auth.FocalPoint, "own.foreign@example.org")
	foreign.Country = "ARG"
	member := person(t, st, auth.Member, "own.member@example.org")
	staff := person(t, st, auth.Staff, "own.staff@example.org")

	a := newActivity("Seminar on utility models", "MOZ", "BRA", day("2024-04-08"))
	a.Experts, a.Contact = "A. Silva", "fp@example.org"
	if _, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.UserID, Country: "BRA", Key: [16]byte{9, 9}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		actor  workflow.Actor
		sees   bool // may open and edit it
		listed bool // finds it among their own records
	}{
		{"its submitter", fp, true, true},
		{"a focal point of the same country", colleague, true, true},
		{"another country's focal point", foreign, false, false},
		{"a member", member, false, false},
		{"staff, who correct any record but list only their own", staff, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.SubmissionByID(ctx, a.ID, tc.actor)
			if tc.sees != (err == nil) || !tc.sees && !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("SubmissionByID: %v, want seen=%v", err, tc.sees)
			}
			list, err := st.Submissions(ctx, tc.actor)
			if err != nil {
				t.Fatal(err)
			}
			listed := false
			for _, s := range list {
				listed = listed || s.ID == a.ID
			}
			if listed != tc.listed {
				t.Errorf("listed = %v, want %v", listed, tc.listed)
			}
			edit := a
			edit.Title = "Changed by " + tc.name
			err = st.UpdateSubmission(ctx, &edit, tc.actor, time.Time{})
			if tc.sees != (err == nil) || !tc.sees && !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("UpdateSubmission: %v, want allowed=%v", err, tc.sees)
			}
			if tc.sees && (got.Experts != "A. Silva" || got.Contact != "fp@example.org" || got.SubmittedBy != fp.UserID ||
				got.Country != "BRA" || got.Status != activity.Draft) {
				t.Errorf("read back %+v", got)
			}
		})
	}
	if _, err := st.Transition(ctx, a.ID, fp, workflow.Submit, "", nil); err != nil {
		t.Fatal(err)
	}
	before, _ := st.SubmissionByID(ctx, a.ID, fp)
	late := before.Activity
	late.Title = "Changed after submitting"
	if err := st.UpdateSubmission(ctx, &late, fp, time.Time{}); !errors.Is(err, store.ErrConflict) {
		t.Errorf("editing a pending record: %v, want ErrConflict", err)
	}
	if after, _ := st.SubmissionByID(ctx, a.ID, fp); after.Title != before.Title || after.Status != activity.Pending {
		t.Errorf("a refused edit changed the record: %q %s", after.Title, after.Status)
	}
}
