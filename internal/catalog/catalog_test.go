package catalog_test

import (
	"context"
	"testing"
	"time"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// workshop returns a published workshop that Mozambique received from the given provider.
func workshop(title, provider string) activity.Activity {
	start := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	return activity.Activity{Title: title, Type: "workshop", Mode: activity.Online, StartDate: start,
		Beneficiaries: []string{"MOZ"}, Providers: []string{provider}, Source: activity.FromStaff, Status: activity.Published}
}

func TestCatalogFollowsWritesFromAnyConnection(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	ref, err := st.Reference(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Two catalogs stand for two server instances over one database.
	first, second := catalog.New(st, ref), catalog.New(st, ref)
	count := func(c *catalog.Catalog, f catalog.Filter) int {
		t.Helper()
		f.Page = 1
		page, err := c.Search(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return page.Total
	}
	eastAfrica := catalog.Filter{Region: []string{"Eastern Africa"}}
	before := count(first, eastAfrica)

	a := workshop("Online workshop on patent drafting", "BRA")
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if got := count(second, eastAfrica); got != before+1 {
		t.Errorf("after a save, the other instance counts %d in Eastern Africa, want %d", got, before+1)
	}
	a.Status = activity.Archived
	if err := st.SaveActivity(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if got := count(first, eastAfrica); got != before {
		t.Errorf("after archiving, %d in Eastern Africa, want %d", got, before)
	}

	bulk := st.BeginBulk()
	if err := bulk.Copy(ctx, []activity.Activity{workshop("Bulk-loaded seminar", "ZAF"), workshop("Another", "IND")}); err != nil {
		t.Fatal(err)
	}
	if _, err := bulk.Finish(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if got := count(second, eastAfrica); got != before+2 {
		t.Errorf("after a bulk load, %d in Eastern Africa, want %d", got, before+2)
	}
	if got := count(first, catalog.Filter{Query: "bulk loaded", Sort: catalog.SortRelevance}); got != 1 {
		t.Errorf("search for the bulk-loaded title found %d, want 1", got)
	}
}

func TestExportFollowsTheListOrder(t *testing.T) {
	ctx := context.Background()
	st := store.New(testdb.Pool(t))
	ref, _ := st.Reference(ctx)
	c := catalog.New(st, ref)
	for i, title := range []string{"Earliest", "Middle", "Latest"} {
		a := workshop(title+" export workshop", "CHN")
		a.StartDate = time.Date(2011+i, 1, 1, 0, 0, 0, 0, time.UTC)
		if err := st.SaveActivity(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	var titles []string
	f := catalog.Filter{Provider: []string{"CHN"}, Sort: catalog.SortOldest}
	err := c.Export(ctx, f, func(a *activity.Activity) error {
		titles = append(titles, a.Title)
		return nil
	})
	if err != nil || len(titles) != 3 || titles[0] != "Earliest export workshop" || titles[2] != "Latest export workshop" {
		t.Errorf("export gave %v (%v), want the three workshops oldest first", titles, err)
	}
}
