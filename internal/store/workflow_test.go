package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/testdb"
	"sstc/internal/workflow"
)

// person creates an account with a role; a focal point acts for Brazil.
func person(t *testing.T, st *store.Store, role auth.Role, email string) workflow.Actor {
	t.Helper()
	u := store.User{Email: email, Name: string(role), Role: role, PasswordHash: "x", EmailConfirmed: true}
	if role == auth.FocalPoint {
		u.Country = "BRA"
	}
	if err := st.CreateUser(t.Context(), &u); err != nil {
		t.Fatal(err)
	}
	return workflow.Actor{UserID: u.ID, Role: role, Country: u.Country}
}

func TestTwentyAdminsApprovingAtOnceApproveOnce(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	fp := person(t, st, auth.FocalPoint, "race.fp@example.org")
	admin := person(t, st, auth.Admin, "race.admin@example.org")
	a := newActivity("Seminar on patent landscapes", "MOZ", "BRA", day("2024-04-08"))
	if _, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.UserID, Country: "BRA", Key: [16]byte{1}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Transition(ctx, a.ID, fp, workflow.Submit, "", nil); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			_, err := st.Transition(ctx, a.ID, admin, workflow.Approve, "", nil)
			results <- err
		})
	}
	wg.Wait()
	close(results)
	won, conflicts := 0, 0
	for err := range results {
		switch {
		case err == nil:
			won++
		case errors.Is(err, store.ErrConflict):
			conflicts++
		default:
			t.Errorf("an approval failed with %v, want success or ErrConflict", err)
		}
	}
	events, err := st.Events(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	approvals := 0
	for _, e := range events {
		if e.Action == string(workflow.Approve) {
			approvals++
		}
	}
	if won != 1 || conflicts != 19 || approvals != 1 {
		t.Errorf("%d approvals won, %d told it was already reviewed, %d approval events; want 1, 19, 1", won, conflicts, approvals)
	}
	if got, _ := st.Activity(ctx, a.ID, true); got.Status != activity.Published {
		t.Errorf("status %s, want published", got.Status)
	}
}

func TestTheSameFormKeyMakesOneRecord(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	fp := person(t, st, auth.FocalPoint, "twice.fp@example.org")
	key := [16]byte{2, 2}
	var ids []int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := 0
	for range 5 {
		wg.Go(func() {
			a := newActivity("Workshop on trademark examination", "AGO", "BRA", day("2025-02-03"))
			made, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.UserID, Country: "BRA", Key: key})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				t.Errorf("posting the form: %v", err)
				return
			}
			ids = append(ids, a.ID)
			if made {
				created++
			}
		})
	}
	wg.Wait()
	if created != 1 || len(ids) != 5 {
		t.Fatalf("%d records made from %d posts, want 1 from 5", created, len(ids))
	}
	for _, id := range ids {
		if id != ids[0] {
			t.Errorf("posts answered with ids %v, want the same record each time", ids)
			break
		}
	}
}

func TestTransitionsAreRecordedAndCheckedByOwner(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	fp := person(t, st, auth.FocalPoint, "history.fp@example.org")
	kenya := workflow.Actor{UserID: fp.UserID + 1000, Role: auth.FocalPoint, Country: "KEN"}
	admin := person(t, st, auth.Admin, "history.admin@example.org")
	a := newActivity("Study visit on collective marks", "PRY", "BRA", day("2023-09-11"))
	if _, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.UserID, Country: "BRA", Key: [16]byte{3}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Transition(ctx, a.ID, kenya, workflow.Submit, "", nil); !errors.Is(err, workflow.ErrNotAllowed) {
		t.Errorf("another country's focal point submitting: %v, want ErrNotAllowed", err)
	}
	steps := []struct {
		actor  workflow.Actor
		action workflow.Action
		note   string
	}{
		{fp, workflow.Submit, ""},
		{admin, workflow.RequestChanges, "Please add the number of participants."},
		{fp, workflow.Submit, ""},
		{admin, workflow.Approve, ""},
	}
	for _, s := range steps {
		if _, err := st.Transition(ctx, a.ID, s.actor, s.action, s.note, nil); err != nil {
			t.Fatalf("%s: %v", s.action, err)
		}
	}
	events, err := st.Events(ctx, a.ID)
	if err != nil || len(events) != 5 || events[0].Action != "create" {
		t.Fatalf("%d events (%v), want the record's creation and 4 status changes", len(events), err)
	}
	if e := events[2]; e.From != activity.Pending || e.To != activity.ChangesRequested || e.Note == "" || e.ActorName != "admin" {
		t.Errorf("third event %+v, want pending → changes_requested by the admin with the note", e)
	}
}

func TestSavingAndSubmittingOneDraftAtOnceNeverDeadlocks(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	fp := person(t, st, auth.FocalPoint, "deadlock.fp@example.org")
	for round := range 15 {
		a := newActivity("Workshop on plant variety protection", "MWI", "BRA", day("2022-06-06"))
		if _, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.UserID, Country: "BRA", Key: [16]byte{0xde, 0xad, byte(round)}}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 3)
		for range 2 {
			edit := a
			edit.Title = "Workshop on plant variety protection, revised"
			wg.Go(func() { errs <- st.UpdateSubmission(ctx, &edit, fp, time.Time{}) })
		}
		wg.Go(func() {
			_, err := st.Transition(ctx, a.ID, fp, workflow.Submit, "", nil)
			errs <- err
		})
		wg.Wait()
		close(errs)
		for err := range errs {
			// A save that comes after the submission is refused as a conflict; nothing else may fail.
			if err != nil && !errors.Is(err, store.ErrConflict) {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}
