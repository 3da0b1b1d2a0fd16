package store_test

import (
	"context"
	"errors"
	"testing"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/classify"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestANewClassificationReclassifiesLaterActivitiesOnly(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	ref, err := st.Reference(ctx)
	if err != nil {
		t.Fatal(err)
	}
	index := catalog.New(st, ref)
	before := newActivity("Seminar on industrial designs", "ZMB", "NAM", day("2018-05-02"))
	after := newActivity("Seminar on industrial designs, second edition", "ZMB", "NAM", day("2023-05-02"))
	for _, a := range []*activity.Activity{&before, &after} {
		if err := st.SaveActivity(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	northSouthFromNamibia := func() int {
		p, err := index.Search(ctx, catalog.Filter{Provider: []string{"NAM"}, Modality: []string{"north-south"}, Page: 1})
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	northSouth := northSouthFromNamibia()

	// Suppose Namibia were counted as developed from 2020 on.
	n, err := st.RecordClassification(ctx, store.Classification{Country: "NAM", From: day("2020-01-01"), Status: classify.Developed})
	if err != nil || n < 1 {
		t.Fatalf("RecordClassification changed %d activities (%v), want at least the 2023 one", n, err)
	}
	for _, tc := range []struct {
		a    activity.Activity
		want activity.Modality
	}{{before, activity.SouthSouth}, {after, activity.NorthSouth}} {
		got, err := st.Activity(ctx, tc.a.ID, true)
		if err != nil || got.Modality != tc.want {
			t.Errorf("%s (%s): modality %s (%v), want %s", tc.a.Title, tc.a.StartDate.Format("2006"), got.Modality, err, tc.want)
		}
	}
	if got := northSouthFromNamibia(); got != northSouth+n {
		t.Errorf("the list finds %d north-south activities from Namibia, want %d: the index must follow", got, northSouth+n)
	}
	if _, err := st.RecordClassification(ctx, store.Classification{Country: "NAM", From: day("2019-01-01"), Status: classify.Developing}); !errors.Is(err, store.ErrHistory) {
		t.Errorf("a classification before the current one: %v, want ErrHistory", err)
	}
}
