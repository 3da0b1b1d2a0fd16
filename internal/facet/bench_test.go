package facet

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// benchIndex builds an index of n docs shaped like the activity data: a few hundred countries,
// a handful of types, years and SDGs, and a vocabulary of about a thousand words.
func benchIndex(n int) *Index {
	r := rand.New(rand.NewPCG(7, 7))
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: int32(i + 1), Start: int32(14600 + r.IntN(6200))}
		d.Values[Beneficiary] = []string{"C" + strconv.Itoa(r.IntN(200)), "C" + strconv.Itoa(r.IntN(200))}
		d.Values[Provider] = []string{"C" + strconv.Itoa(r.IntN(60))}
		d.Values[Region] = []string{"R" + strconv.Itoa(r.IntN(30))}
		d.Values[Type] = []string{"T" + strconv.Itoa(r.IntN(10))}
		d.Values[Mode] = []string{"M" + strconv.Itoa(r.IntN(3))}
		d.Values[Modality] = []string{"X" + strconv.Itoa(r.IntN(4))}
		d.Values[IPArea] = []string{"I" + strconv.Itoa(r.IntN(13))}
		d.Values[SDG] = []string{strconv.Itoa(1 + r.IntN(17))}
		d.Values[Year] = []string{strconv.Itoa(2010 + r.IntN(17))}
		for range 40 {
			// Word frequencies fall off like natural text: low numbers are common.
			d.Values[Word] = append(d.Values[Word], "w"+strconv.Itoa(int(r.ExpFloat64()*80)))
		}
		docs[i] = d
	}
	ix := New()
	ix.Apply(1, docs, nil)
	return ix
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{50_000, 1_000_000} {
		ix := benchIndex(n)
		common, _ := ParseTSQuery("'w1'")
		for _, bc := range []struct {
			name string
			q    Query
		}{
			{"unfiltered", Query{Limit: 20, Facets: true}},
			{"two-filters", Query{Filters: [numDims][]string{Type: {"T3"}, Modality: {"X1"}}, Limit: 20, Facets: true}},
			{"deep-page", Query{Offset: n / 2, Limit: 20, Facets: true}},
			{"common-word", Query{Words: common, Limit: 20, Facets: true}},
			{"common-word-relevance", Query{Words: common, Order: Relevance, Limit: 20, Facets: true}},
		} {
			b.Run(strconv.Itoa(n)+"/"+bc.name, func(b *testing.B) {
				for b.Loop() {
					ix.Search(bc.q)
				}
			})
		}
	}
}
