package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/classify"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

// newActivity returns a valid published activity between the given beneficiary and provider.
func newActivity(title, beneficiary, provider string, start time.Time) activity.Activity {
	return activity.Activity{
		Title: title, Type: "workshop", Mode: activity.InPerson, StartDate: start, EndDate: start.AddDate(0, 0, 2),
		HostCountry: provider, Beneficiaries: []string{beneficiary}, Providers: []string{provider},
		IPAreas: []string{"patents"}, SDGs: []int16{9}, Languages: []string{"en"},
		Source: activity.FromStaff, Status: activity.Published,
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSaveActivityDerivesModalityOnEveryWrite(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	a := newActivity("Roving seminar on utility models", "MOZ", "BRA", day("2019-05-06"))
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || a.Modality != activity.SouthSouth {
		t.Fatalf("id %d modality %s, want a new id and south-south", a.ID, a.Modality)
	}
	a.FacilitatorCountries = []string{"JPN"}
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	a.Providers = []string{"FRA"}
	a.Title = "Roving seminar on utility models and petty patents"
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	got, err := st.Activity(ctx, a.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	if got.Modality != activity.NorthSouth || !slices.Equal(got.Providers, []string{"FRA"}) ||
		!slices.Equal(got.FacilitatorCountries, []string{"JPN"}) {
		t.Errorf("after edits: modality %s providers %v facilitators %v, want north-south [FRA] [JPN]",
			got.Modality, got.Providers, got.FacilitatorCountries)
	}
	ids, err := st.ConfirmText(ctx, []int32{a.ID}, `"petty patents"`)
	if err != nil || !slices.Equal(ids, []int32{a.ID}) {
		t.Errorf("phrase from the new title: %v %v, want it to match %d", ids, err, a.ID)
	}
	if q, err := st.TSQuery(ctx, `"petty patents" -copyright`); q != "'petti' <-> 'patent' & !'copyright'" || err != nil {
		t.Errorf("TSQuery gave %q %v", q, err)
	}
}

func TestUnpublishedActivityIsHiddenFromThePublic(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	a := newActivity("Draft expert mission", "NPL", "IND", day("2024-02-01"))
	a.Status = activity.Draft
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Activity(ctx, a.ID, true); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("public read of a draft: %v, want ErrNotFound", err)
	}
	if _, err := st.Activity(ctx, a.ID, false); err != nil {
		t.Errorf("staff read of a draft: %v", err)
	}
}

func TestClassificationFollowsTheStartDate(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	for _, tc := range []struct {
		name  string
		start string
		ldc   bool
	}{
		{"before Vanuatu's graduation", "2015-03-02", true},
		{"after Vanuatu's graduation", "2022-03-02", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newActivity("Workshop on trademarks for SMEs", "VUT", "FJI", day(tc.start))
			parties, result, err := st.Classification(ctx, &a)
			if err != nil {
				t.Fatal(err)
			}
			if parties[0].Country != "VUT" || parties[0].LDC != tc.ldc || parties[0].Status != classify.Developing {
				t.Errorf("Vanuatu on %s: %+v, want developing with LDC %v", tc.start, parties[0], tc.ldc)
			}
			if result.Modality != activity.SouthSouth {
				t.Errorf("modality %s, want south-south", result.Modality)
			}
		})
	}
}

func TestCopyActivitiesRefusesUnknownCodesAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	pool := testdb.Pool(t)
	st := store.New(pool)
	count := func() (n int) {
		pool.QueryRow(ctx, `SELECT count(*) FROM activities`).Scan(&n)
		return n
	}
	before := count()
	good := newActivity("Seminar on copyright collective management", "SEN", "CIV", day("2018-10-10"))
	bad := newActivity("Seminar with an unknown field", "SEN", "CIV", day("2018-10-10"))
	bad.IPAreas = []string{"alchemy"}
	if err := st.CopyActivities(ctx, []activity.Activity{good, bad}); err == nil {
		t.Fatal("copying an unknown IP area succeeded, want an error")
	}
	if err := st.BeginBulk().Copy(ctx, []activity.Activity{good, bad}); err == nil {
		t.Fatal("bulk-copying an unknown IP area succeeded, want an error")
	}
	if after := count(); after != before {
		t.Errorf("%d activities after failed loads, want %d: nothing half-written", after, before)
	}
}

func TestActivityChangesFollowWritesInVersionOrder(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	since, _, err := st.ActivityVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := newActivity("Study visit on patent examination", "KHM", "THA", day("2021-08-16"))
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	var seen []int32
	newest, err := st.ActivityChanges(ctx, since, 10, func(batch []store.ActivityFacts) error {
		for _, f := range batch {
			seen = append(seen, f.ID)
			if f.ID == a.ID && (!f.Published || f.Modality != "south-south" || !slices.Equal(f.Beneficiaries, []string{"KHM"})) {
				t.Errorf("facts %+v do not match the saved activity", f)
			}
		}
		return nil
	})
	if err != nil || newest <= since || !slices.Equal(seen, []int32{a.ID}) {
		t.Errorf("changes since %d: %v up to %d (%v), want just %d", since, seen, newest, err, a.ID)
	}
}
