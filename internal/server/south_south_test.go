package server_test

import (
	"net/http"
	"strings"
	"testing"

	"sstc/internal/activity"
)

func TestSouthSouthListShowsOnlySouthSouthAndTriangular(t *testing.T) {
	t.Parallel()
	p := get(t, "/south-south", http.StatusOK)
	if got, want := p.total(t), count(t, modality(activity.SouthSouth, activity.Triangular)); got != want {
		t.Errorf("the SSTAD announces %d activities, want %d", got, want)
	}
	for _, c := range p.cards() {
		if c.modality != "South-South" && c.modality != "Triangular" {
			t.Errorf("the SSTAD shows a %s activity: %s", c.modality, c.title)
		}
	}
	if got := p.facet("modality"); len(got) != 2 {
		t.Errorf("the SSTAD offers the modalities %v, want only South-South and Triangular", got)
	}
	narrowed := get(t, "/south-south?modality=triangular", http.StatusOK)
	if got, want := narrowed.total(t), count(t, modality(activity.Triangular)); got != want {
		t.Errorf("the SSTAD narrowed to triangular announces %d, want %d", got, want)
	}

	refused := get(t, "/south-south?modality=north-south", http.StatusBadRequest)
	if !strings.Contains(refused.text("problems"), "north-south") {
		t.Errorf("asking the SSTAD for north-south says %q, want a message naming it", refused.text("problems"))
	}
	for _, c := range refused.cards() {
		if c.modality == "North-South" {
			t.Errorf("the SSTAD shows a North-South activity when asked for one: %s", c.title)
		}
	}
}
