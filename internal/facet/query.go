package facet

import (
	"container/heap"
	"slices"
)

// Order is the order of a result list.
type Order uint8

// List orders.
const (
	Newest Order = iota
	Oldest
	Relevance // by how many of the query's words the title holds, then newest first
)

// Query selects documents: values within a dimension are alternatives, dimensions combine.
type Query struct {
	Filters [numDims][]string
	// Words, when not nil, restricts the result to the docs whose words match it.
	Words *Expr
	// Matches, when not nil, further restricts the result to these ids, e.g. the docs the
	// database confirmed for a phrase.
	Matches []int32
	Order   Order
	Offset  int
	Limit   int
	// Facets asks for the value counts of every dimension.
	Facets bool
}

// Result is one page of a query with its total and facet counts.
type Result struct {
	Total int
	IDs   []int32
	// Facets counts, per dimension, the matches each value would have if it were the only
	// choice in its own dimension, the other dimensions' filters staying as they are.
	Facets [numDims]map[string]int
}

// smallResult is the match count under which sorting the matches beats walking the list order.
const smallResult = 4096

// Search runs q against the index.
func (ix *Index) Search(q Query) Result {
	ix.mu.RLock()
	defer ix.mu.RUnlock()

	base := ix.live.clone(0)
	if q.Words != nil {
		base.and(ix.eval(q.Words))
	}
	if q.Matches != nil {
		var m bitset
		for _, id := range q.Matches {
			m.set(id)
		}
		base.and(m)
	}
	// dimFilter[d] is the union of the chosen values of dimension d; nil when d is unfiltered.
	var dimFilter [numDims]bitset
	for d, values := range q.Filters {
		if len(values) == 0 {
			continue
		}
		f := make(bitset, len(base))
		for _, v := range values {
			if p := ix.postings[d][v]; p != nil {
				p.orInto(f)
			}
		}
		dimFilter[d] = f
	}
	all := base.clone(0)
	for _, f := range dimFilter {
		if f != nil {
			all.and(f)
		}
	}

	res := Result{Total: all.count()}
	res.IDs = ix.page(all, res.Total, q)
	if q.Facets {
		for _, d := range Dims {
			res.Facets[d] = ix.countValues(d, facetBase(base, dimFilter, d, all))
		}
	}
	return res
}

// facetBase is the set a dimension's counts are taken from: every filter but its own.
func facetBase(base bitset, dimFilter [numDims]bitset, d Dim, all bitset) bitset {
	if dimFilter[d] == nil {
		return all
	}
	s := base.clone(0)
	for other, f := range dimFilter {
		if f != nil && Dim(other) != d {
			s.and(f)
		}
	}
	return s
}

// countValues counts, for each value of dimension d, its docs within set.
func (ix *Index) countValues(d Dim, set bitset) map[string]int {
	counts := make(map[string]int, len(ix.postings[d]))
	for v, p := range ix.postings[d] {
		if n := p.andCount(set); n > 0 {
			counts[v] = n
		}
	}
	return counts
}

// page returns the ids of set, in q's order, from q.Offset for q.Limit.
func (ix *Index) page(set bitset, total int, q Query) []int32 {
	if q.Offset >= total || q.Limit <= 0 {
		return nil
	}
	if q.Order == Relevance {
		return ix.topScored(set, q)
	}
	if total <= smallResult {
		ids := make([]int32, 0, total)
		set.each(func(id int32) { ids = append(ids, id) })
		slices.SortFunc(ids, ix.compare)
		if q.Order == Newest {
			slices.Reverse(ids)
		}
		return slices.Clone(ids[q.Offset:min(total, q.Offset+q.Limit)])
	}
	// Walk the list order and skip Offset matches: a bit test per doc, fast at any depth.
	ids := make([]int32, 0, q.Limit)
	skip := q.Offset
	n := len(ix.order)
	for i := range n {
		id := ix.order[i]
		if q.Order == Newest {
			id = ix.order[n-1-i]
		}
		if !set.has(id) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		if ids = append(ids, id); len(ids) == q.Limit {
			break
		}
	}
	return ids
}

// Candidates returns the docs whose words match e, taking phrases as plain "and".
func (ix *Index) Candidates(e *Expr) []int32 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var ids []int32
	ix.eval(e).each(func(id int32) { ids = append(ids, id) })
	return ids
}

// titleScore counts the query words in a doc's title.
func (ix *Index) titleScore(words []*postings, id int32) int {
	n := 0
	for _, p := range words {
		if p.has(id) {
			n++
		}
	}
	return n
}

// topScored returns one page of set ordered by title score, then newest first.
func (ix *Index) topScored(set bitset, q Query) []int32 {
	var words []*postings
	for _, w := range q.Words.positiveWords(nil) {
		if p := ix.postings[TitleWord][w]; p != nil {
			words = append(words, p)
		}
	}
	better := func(a, b int32) bool {
		if sa, sb := ix.titleScore(words, a), ix.titleScore(words, b); sa != sb {
			return sa > sb
		}
		return ix.compare(a, b) > 0
	}
	h := &scoreHeap{better: better}
	keep := q.Offset + q.Limit
	set.each(func(id int32) {
		if h.Len() < keep {
			heap.Push(h, id)
		} else if better(id, h.ids[0]) {
			h.ids[0] = id
			heap.Fix(h, 0)
		}
	})
	ids := h.ids
	slices.SortFunc(ids, func(a, b int32) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	if q.Offset >= len(ids) {
		return nil
	}
	return ids[q.Offset:]
}

// scoreHeap keeps the best ids seen so far with the worst at the top.
type scoreHeap struct {
	ids    []int32
	better func(a, b int32) bool
}

func (h *scoreHeap) Len() int           { return len(h.ids) }
func (h *scoreHeap) Less(i, j int) bool { return h.better(h.ids[j], h.ids[i]) }
func (h *scoreHeap) Swap(i, j int)      { h.ids[i], h.ids[j] = h.ids[j], h.ids[i] }
func (h *scoreHeap) Push(x any)         { h.ids = append(h.ids, x.(int32)) }
func (h *scoreHeap) Pop() any {
	x := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return x
}
