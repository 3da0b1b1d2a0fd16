// Package facet is an in-memory inverted index of published activities: one bitset per filter
// value, so filtering, facet counting and paging cost a few bitset passes instead of database scans.
package facet

import (
	"slices"
	"sync"
)

// Dim names a filterable dimension of an activity.
type Dim uint8

// The dimensions, in display order.
const (
	Beneficiary Dim = iota
	Provider
	Region
	Type
	Mode
	Modality
	IPArea
	SDG
	Year
	// Word and TitleWord hold the search lexemes of the whole text and of the title; they
	// filter and rank but have no facet counts.
	Word
	TitleWord
	numDims
)

// Dims lists the dimensions that have facet counts.
var Dims = []Dim{Beneficiary, Provider, Region, Type, Mode, Modality, IPArea, SDG, Year}

// Doc is what the index knows of one published activity.
type Doc struct {
	ID     int32
	Start  int32 // start date in days since 1970-01-01; orders the list
	Values [numDims][]string
}

// Index holds the published activities' filter values. It is safe for concurrent use.
type Index struct {
	mu       sync.RWMutex
	live     bitset
	start    []int32 // by doc id
	postings [numDims]map[string]*postings
	order    []int32 // live doc ids ordered by (start, id)
	maxID    int32
	version  int64
}

// New returns an empty index.
func New() *Index {
	ix := &Index{}
	for d := range ix.postings {
		ix.postings[d] = map[string]*postings{}
	}
	return ix
}

// Version returns the version of the newest change applied.
func (ix *Index) Version() int64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.version
}

// Len returns the number of documents in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.order)
}

// Apply puts the given docs (replacing any with the same id), removes the given ids, and
// records version as applied. Large batches re-sort the list order once instead of per doc.
func (ix *Index) Apply(version int64, puts []Doc, removes []int32) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	bulk := len(puts)+len(removes) > 64
	for _, id := range removes {
		ix.remove(id, !bulk)
	}
	for _, d := range puts {
		ix.remove(d.ID, !bulk)
		ix.put(d, !bulk)
	}
	if bulk {
		ix.mergeOrder(puts)
	}
	ix.version = max(ix.version, version)
}

// mergeOrder brings the list order up to date after a batch: it drops ids no longer live or
// just replaced, and merges in the sorted puts, in one pass over the order.
func (ix *Index) mergeOrder(puts []Doc) {
	added := make([]int32, len(puts))
	replaced := map[int32]bool{}
	for i, d := range puts {
		added[i] = d.ID
		replaced[d.ID] = true
	}
	slices.SortFunc(added, ix.compare)
	merged := make([]int32, 0, len(ix.order)+len(added))
	for _, id := range ix.order {
		if !ix.live.has(id) || replaced[id] {
			continue
		}
		for len(added) > 0 && ix.compare(added[0], id) < 0 {
			merged, added = append(merged, added[0]), added[1:]
		}
		merged = append(merged, id)
	}
	ix.order = append(merged, added...)
}

// put adds d; when keepOrder is set it also inserts d into the list order.
func (ix *Index) put(d Doc, keepOrder bool) {
	ix.live.set(d.ID)
	ix.maxID = max(ix.maxID, d.ID)
	if int(d.ID) >= len(ix.start) {
		ix.start = slices.Grow(ix.start, int(d.ID)+1-len(ix.start)+len(ix.start)/4)[:int(d.ID)+1]
	}
	ix.start[d.ID] = d.Start
	for dim, values := range d.Values {
		for _, v := range values {
			p := ix.postings[dim][v]
			if p == nil {
				p = &postings{}
				ix.postings[dim][v] = p
			}
			p.add(d.ID, ix.maxID)
		}
	}
	if keepOrder {
		i, _ := slices.BinarySearchFunc(ix.order, d.ID, ix.compare)
		ix.order = slices.Insert(ix.order, i, d.ID)
	}
}

// remove drops id if present; when keepOrder is set it also takes it out of the list order.
func (ix *Index) remove(id int32, keepOrder bool) {
	if !ix.live.has(id) {
		return
	}
	if keepOrder {
		if i, ok := slices.BinarySearchFunc(ix.order, id, ix.compare); ok {
			ix.order = slices.Delete(ix.order, i, i+1)
		}
	}
	ix.live.clear(id)
	for _, values := range ix.postings {
		for _, p := range values {
			p.remove(id)
		}
	}
}

// compare orders doc ids by start date, then id.
func (ix *Index) compare(a, b int32) int {
	if c := int(ix.start[a]) - int(ix.start[b]); c != 0 {
		return c
	}
	return int(a) - int(b)
}
