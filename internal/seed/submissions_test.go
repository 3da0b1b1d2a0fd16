package seed

import (
	"testing"

	"sstc/internal/store"
	"sstc/internal/testdb"
)

func TestDemoSubmissionsShowEveryStepOfTheExchange(t *testing.T) {
	ctx := t.Context()
	st := store.New(testdb.Pool(t))
	if _, err := DemoAccounts(ctx, st, "demo password 1"); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second run finds submissions and adds none
		if err := DemoSubmissions(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := st.Pool().Query(ctx, `SELECT status, count(*) FROM activities WHERE submitted_by IS NOT NULL GROUP BY status`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for rows.Next() {
		var status string
		var n int
		if err := rows.Scan(&status, &n); err != nil {
			t.Fatal(err)
		}
		got[status] = n
	}
	want := map[string]int{"published": 3, "pending": 2, "changes_requested": 1, "draft": 1}
	for status, n := range want {
		if got[status] != n {
			t.Errorf("%d demo submissions %s, want %d (all: %v)", got[status], status, n, got)
		}
	}
}
