package seed

import (
	"context"
	"crypto/rand"
	"fmt"

	"sstc/internal/activity"
	"sstc/internal/auth"
	"sstc/internal/store"
	"sstc/internal/workflow"
)

// demoJourneys are the steps the demo submissions went through, so a new portal shows every
// part of the exchange of experience: published experiences, a review queue, a record sent back.
var demoJourneys = [][]workflow.Action{
	{workflow.Submit, workflow.Approve},
	{workflow.Submit, workflow.Approve},
	{workflow.Submit, workflow.RequestChanges, workflow.Submit, workflow.Approve},
	{workflow.Submit},
	{workflow.Submit},
	{workflow.Submit, workflow.RequestChanges},
	{},
}

// DemoSubmissions has the demo focal point submit a few generated activities for Brazil and the
// demo administrator review them, when nobody has submitted anything yet.
func DemoSubmissions(ctx context.Context, st *store.Store) error {
	var n int
	if err := st.Pool().QueryRow(ctx, `SELECT count(*) FROM activities WHERE submitted_by IS NOT NULL`).Scan(&n); err != nil || n > 0 {
		return wrapSeed(err)
	}
	fp, err := st.UserByEmail(ctx, DemoAccountList[2].Email)
	if err != nil {
		return wrapSeed(err)
	}
	admin, err := st.UserByEmail(ctx, DemoAccountList[0].Email)
	if err != nil {
		return wrapSeed(err)
	}
	submitter := workflow.Actor{UserID: fp.ID, Role: auth.FocalPoint, Country: fp.Country}
	reviewer := workflow.Actor{UserID: admin.ID, Role: auth.Admin}
	countries, err := LoadCountries()
	if err != nil {
		return wrapSeed(err)
	}
	gen := NewGenerator(countries, 7)
	for _, journey := range demoJourneys {
		a := brazilian(gen)
		var key [16]byte
		rand.Read(key[:])
		if _, err := st.CreateSubmission(ctx, &a, store.Submission{By: fp.ID, Country: fp.Country, Key: key}); err != nil {
			return wrapSeed(err)
		}
		for _, action := range journey {
			actor, note := submitter, ""
			if action != workflow.Submit {
				actor = reviewer
			}
			if action == workflow.RequestChanges {
				note = "Please add the number of participants and the outcomes."
			}
			if _, err := st.Transition(ctx, a.ID, actor, action, note, nil); err != nil {
				return wrapSeed(err)
			}
		}
	}
	return nil
}

// brazilian draws generated activities until one has Brazil among its providers.
func brazilian(gen *Generator) activity.Activity {
	for {
		a := gen.Next()
		for _, p := range a.Providers {
			if p == "BRA" && len(a.Beneficiaries) > 0 {
				return a
			}
		}
	}
}

func wrapSeed(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("seed.DemoSubmissions: %w", err)
}
