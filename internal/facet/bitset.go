package facet

import "math/bits"

// bitset is a set of document numbers, one bit each.
type bitset []uint64

// set adds doc to the set, growing it as needed.
func (b *bitset) set(doc int32) {
	w := int(doc >> 6)
	if w >= len(*b) {
		grown := make(bitset, w+1+w/4)
		copy(grown, *b)
		*b = grown
	}
	(*b)[w] |= 1 << (uint(doc) & 63)
}

// clear removes doc from the set.
func (b bitset) clear(doc int32) {
	if w := int(doc >> 6); w < len(b) {
		b[w] &^= 1 << (uint(doc) & 63)
	}
}

// has reports whether doc is in the set.
func (b bitset) has(doc int32) bool {
	w := int(doc >> 6)
	return w < len(b) && b[w]&(1<<(uint(doc)&63)) != 0
}

// count returns the number of docs in the set.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// andCount returns the size of the intersection of b and o without building it.
func (b bitset) andCount(o bitset) int {
	if len(o) < len(b) {
		b, o = o, b
	}
	n := 0
	o = o[:len(b)]
	for i, w := range b {
		n += bits.OnesCount64(w & o[i])
	}
	return n
}

// and keeps in dst only the docs also in o.
func (b bitset) and(o bitset) {
	for i := range b {
		if i < len(o) {
			b[i] &= o[i]
		} else {
			b[i] = 0
		}
	}
}

// or adds every doc of o to dst, which must be at least as long as o.
func (b bitset) or(o bitset) {
	for i, w := range o[:min(len(o), len(b))] {
		b[i] |= w
	}
}

// clone returns a copy of b with room for n docs.
func (b bitset) clone(n int) bitset {
	c := make(bitset, max(len(b), (n+63)/64))
	copy(c, b)
	return c
}

// each calls fn for every doc in the set, in increasing order.
func (b bitset) each(fn func(doc int32)) {
	for i, w := range b {
		for w != 0 {
			fn(int32(i<<6 + bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
}
