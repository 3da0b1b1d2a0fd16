package facet

import "slices"

// postings is the set of docs that have one value: a sorted list while it is small, a bitset
// once the list would take more room than the bitset. Rare values (most countries, most words)
// stay small; common ones get the fast representation.
type postings struct {
	sparse []int32 // sorted; used while dense is nil
	dense  bitset
}

// denseAt is how many docs per 32 of the id range make a list switch to a bitset: a list
// costs 32 bits a doc, a bitset one bit per id.
const denseAt = 32

// add puts doc in the set; maxID bounds the doc ids in use.
func (p *postings) add(doc, maxID int32) {
	if p.dense != nil {
		p.dense.set(doc)
		return
	}
	if n := len(p.sparse); n == 0 || p.sparse[n-1] < doc {
		p.sparse = append(p.sparse, doc) // docs mostly arrive in id order
	} else if i, found := slices.BinarySearch(p.sparse, doc); !found {
		p.sparse = slices.Insert(p.sparse, i, doc)
	}
	if len(p.sparse)*denseAt > int(maxID) && len(p.sparse) > 64 {
		p.dense = make(bitset, maxID/64+1)
		for _, d := range p.sparse {
			p.dense.set(d)
		}
		p.sparse = nil
	}
}

// remove takes doc out of the set.
func (p *postings) remove(doc int32) {
	if p.dense != nil {
		p.dense.clear(doc)
		return
	}
	if i, found := slices.BinarySearch(p.sparse, doc); found {
		p.sparse = slices.Delete(p.sparse, i, i+1)
	}
}

// has reports whether doc is in the set.
func (p *postings) has(doc int32) bool {
	if p.dense != nil {
		return p.dense.has(doc)
	}
	_, found := slices.BinarySearch(p.sparse, doc)
	return found
}

// orInto adds the set's docs to dst.
func (p *postings) orInto(dst bitset) {
	if p.dense != nil {
		dst.or(p.dense)
		return
	}
	for _, d := range p.sparse {
		if w := int(d >> 6); w < len(dst) {
			dst[w] |= 1 << (uint(d) & 63)
		}
	}
}

// andCount counts the set's docs that are also in set.
func (p *postings) andCount(set bitset) int {
	if p.dense != nil {
		return set.andCount(p.dense)
	}
	n := 0
	for _, d := range p.sparse {
		if set.has(d) {
			n++
		}
	}
	return n
}
