package facet

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// randomDocs makes n docs with a few values in every dimension.
func randomDocs(r *rand.Rand, n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		d := Doc{ID: int32(i*3 + 1), Start: int32(r.IntN(6000))}
		for dim := range numDims {
			for range 1 + r.IntN(2) {
				d.Values[dim] = append(d.Values[dim], strconv.Itoa(r.IntN(5)))
			}
		}
		docs[i] = d
	}
	return docs
}

// matches is the obvious, slow definition of a query's filter.
func matches(d Doc, q Query, skip Dim) bool {
	if q.Matches != nil && !slices.Contains(q.Matches, d.ID) {
		return false
	}
	for dim, want := range q.Filters {
		if Dim(dim) == skip || len(want) == 0 {
			continue
		}
		if !slices.ContainsFunc(d.Values[dim], func(v string) bool { return slices.Contains(want, v) }) {
			return false
		}
	}
	return true
}

// naive answers q by scanning every doc.
func naive(docs []Doc, q Query) Result {
	var hits []Doc
	for _, d := range docs {
		if matches(d, q, numDims) {
			hits = append(hits, d)
		}
	}
	slices.SortFunc(hits, func(a, b Doc) int {
		if a.Start != b.Start {
			return int(b.Start - a.Start)
		}
		return int(b.ID - a.ID)
	})
	if q.Order == Oldest {
		slices.Reverse(hits)
	}
	res := Result{Total: len(hits)}
	for i := q.Offset; i < min(len(hits), q.Offset+q.Limit); i++ {
		res.IDs = append(res.IDs, hits[i].ID)
	}
	for dim := range numDims {
		res.Facets[dim] = map[string]int{}
		for _, d := range docs {
			if matches(d, q, Dim(dim)) {
				for _, v := range slices.Compact(slices.Sorted(slices.Values(d.Values[dim]))) {
					res.Facets[dim][v]++
				}
			}
		}
	}
	return res
}

func TestSearchAgreesWithNaiveScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{50, smallResult * 3} {
		docs := randomDocs(r, n)
		ix := New()
		ix.Apply(1, docs, nil)
		for i := range 40 {
			q := Query{Order: Order(i % 2), Offset: r.IntN(n / 4), Limit: 1 + r.IntN(30), Facets: true}
			for range r.IntN(3) {
				dim := r.IntN(int(numDims))
				q.Filters[dim] = append(q.Filters[dim], strconv.Itoa(r.IntN(6)))
			}
			if i%5 == 0 {
				q.Matches = []int32{docs[0].ID, docs[n/2].ID, docs[n-1].ID, 99999}
			}
			t.Run(fmt.Sprintf("n=%d/query=%d", n, i), func(t *testing.T) {
				got, want := ix.Search(q), naive(docs, q)
				if got.Total != want.Total || !slices.Equal(got.IDs, want.IDs) {
					t.Fatalf("total %d ids %v, want %d %v", got.Total, got.IDs, want.Total, want.IDs)
				}
				for _, dim := range Dims {
					if fmt.Sprint(got.Facets[dim]) != fmt.Sprint(want.Facets[dim]) {
						t.Errorf("facet %d: %v, want %v", dim, got.Facets[dim], want.Facets[dim])
					}
				}
			})
		}
	}
}

func TestApplyReplacesAndRemoves(t *testing.T) {
	ix := New()
	doc := func(id, start int32, typ string) Doc {
		d := Doc{ID: id, Start: start}
		d.Values[Type] = []string{typ}
		return d
	}
	ix.Apply(1, []Doc{doc(1, 10, "seminar"), doc(2, 20, "seminar"), doc(3, 30, "workshop")}, nil)
	ix.Apply(2, []Doc{doc(1, 40, "workshop")}, []int32{2})

	res := ix.Search(Query{Limit: 10, Facets: true})
	if !slices.Equal(res.IDs, []int32{1, 3}) {
		t.Errorf("ids %v, want [1 3]: doc 1 moved to the newest date, doc 2 removed", res.IDs)
	}
	if res.Facets[Type]["workshop"] != 2 || res.Facets[Type]["seminar"] != 0 {
		t.Errorf("type counts %v, want workshop 2 and no seminar", res.Facets[Type])
	}
	if ix.Version() != 2 || ix.Len() != 2 {
		t.Errorf("version %d len %d, want 2 and 2", ix.Version(), ix.Len())
	}
}

func TestRelevanceOrdersByTitleWordsThenDate(t *testing.T) {
	doc := func(id, start int32, words, title []string) Doc {
		d := Doc{ID: id, Start: start}
		d.Values[Word], d.Values[TitleWord] = words, title
		return d
	}
	ix := New()
	ix.Apply(1, []Doc{
		doc(1, 5, []string{"patent", "drafting"}, []string{"patent", "drafting"}),
		doc(2, 9, []string{"patent", "drafting"}, nil),
		doc(3, 1, []string{"patent", "drafting"}, []string{"drafting"}),
		doc(4, 7, []string{"copyright"}, []string{"copyright"}),
	}, nil)
	words, err := ParseTSQuery("'patent' & 'drafting'")
	if err != nil {
		t.Fatal(err)
	}
	q := Query{Order: Relevance, Words: words, Limit: 2}
	if got := ix.Search(q); got.Total != 3 || !slices.Equal(got.IDs, []int32{1, 3}) {
		t.Errorf("first page %v of %d, want [1 3] of 3: both words in the title first", got.IDs, got.Total)
	}
	q.Offset = 2
	if got := ix.Search(q).IDs; !slices.Equal(got, []int32{2}) {
		t.Errorf("second page %v, want [2]", got)
	}
}

func TestWordQueries(t *testing.T) {
	ix := New()
	for id, words := range [][]string{{"seed", "plant"}, {"seed"}, {"plant", "varieti"}, {"trademark"}} {
		d := Doc{ID: int32(id + 1), Start: int32(id)}
		d.Values[Word] = words
		ix.Apply(int64(id+1), []Doc{d}, nil)
	}
	for _, tc := range []struct {
		tsquery string
		want    []int32
		phrase  bool
	}{
		{"'seed'", []int32{1, 2}, false},
		{"'seed' & 'plant'", []int32{1}, false},
		{"'seed' | 'trademark'", []int32{1, 2, 4}, false},
		{"'plant' & !'seed'", []int32{3}, false},
		{"!'seed'", []int32{3, 4}, false},
		{"'plant' <-> 'varieti'", []int32{3}, true},
		{"( 'seed' | 'trademark' ) & !'plant'", []int32{2, 4}, false},
		{"'unknown'", nil, false},
	} {
		t.Run(tc.tsquery, func(t *testing.T) {
			e, err := ParseTSQuery(tc.tsquery)
			if err != nil {
				t.Fatal(err)
			}
			if got := ix.Candidates(e); !slices.Equal(got, tc.want) || e.HasPhrase() != tc.phrase {
				t.Errorf("matches %v phrase %v, want %v %v", got, e.HasPhrase(), tc.want, tc.phrase)
			}
		})
	}
	for _, bad := range []string{"'open", "'a' &", "( 'a'", "'a' <1 'b'", "&"} {
		if _, err := ParseTSQuery(bad); err == nil {
			t.Errorf("ParseTSQuery(%q) succeeded, want an error", bad)
		}
	}
	if e, err := ParseTSQuery(""); e != nil || err != nil {
		t.Errorf("empty query: %v %v, want nil", e, err)
	}
}

func TestBulkApplyKeepsTheOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	docs := randomDocs(r, 500)
	ix := New()
	ix.Apply(1, docs[:300], nil)
	// A second large batch moves some docs to new dates, removes others and adds the rest.
	var removed []int32
	for i := range 100 {
		docs[i].Start = int32(r.IntN(6000))
	}
	for _, d := range docs[100:150] {
		removed = append(removed, d.ID)
	}
	ix.Apply(2, append(slices.Clone(docs[:100]), docs[300:]...), removed)
	live := append(slices.Clone(docs[:100]), docs[150:]...)
	q := Query{Limit: 400, Facets: true}
	got, want := ix.Search(q), naive(live, q)
	if got.Total != want.Total || !slices.Equal(got.IDs, want.IDs) {
		t.Errorf("after a bulk update: %d %v, want %d %v", got.Total, got.IDs[:5], want.Total, want.IDs[:5])
	}
}
