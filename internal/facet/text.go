package facet

import (
	"fmt"
	"strings"
)

// Expr is a parsed PostgreSQL tsquery: lexemes joined by & (and), | (or), ! (not) and <->
// (followed by). The index answers it from its word postings; "followed by" needs word
// positions, which the index does not keep, so it matches as "and" and HasPhrase tells the
// caller to confirm the candidates with the database.
type Expr struct {
	op          byte // 'w' word, '&', '|', '!', '<' phrase
	word        string
	left, right *Expr
}

// ParseTSQuery parses the text form of a tsquery, as PostgreSQL prints it. An empty query
// (all stop words) gives nil.
func ParseTSQuery(s string) (*Expr, error) {
	p := &tsParser{s: s}
	p.skip()
	if p.pos == len(p.s) {
		return nil, nil
	}
	e, err := p.or()
	p.skip()
	if err == nil && p.pos != len(p.s) {
		err = fmt.Errorf("facet: unexpected %q in tsquery", p.s[p.pos:])
	}
	return e, err
}

type tsParser struct {
	s   string
	pos int
}

func (p *tsParser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

// accept consumes tok if it comes next.
func (p *tsParser) accept(tok string) bool {
	p.skip()
	if strings.HasPrefix(p.s[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

func (p *tsParser) or() (*Expr, error) {
	return p.binary('|', "|", p.and)
}

func (p *tsParser) and() (*Expr, error) {
	return p.binary('&', "&", p.phrase)
}

// phrase parses "followed by" chains: <-> or <N>.
func (p *tsParser) phrase() (*Expr, error) {
	left, err := p.unary()
	for err == nil {
		p.skip()
		if !strings.HasPrefix(p.s[p.pos:], "<") {
			return left, nil
		}
		end := strings.IndexByte(p.s[p.pos:], '>')
		if end < 0 {
			return nil, fmt.Errorf("facet: unterminated phrase operator in tsquery")
		}
		p.pos += end + 1
		var right *Expr
		if right, err = p.unary(); err == nil {
			left = &Expr{op: '<', left: left, right: right}
		}
	}
	return nil, err
}

// binary parses a left-associative chain of one operator over next.
func (p *tsParser) binary(op byte, tok string, next func() (*Expr, error)) (*Expr, error) {
	left, err := next()
	for err == nil && p.accept(tok) {
		var right *Expr
		if right, err = next(); err == nil {
			left = &Expr{op: op, left: left, right: right}
		}
	}
	return left, err
}

func (p *tsParser) unary() (*Expr, error) {
	switch {
	case p.accept("!"):
		e, err := p.unary()
		return &Expr{op: '!', left: e}, err
	case p.accept("("):
		e, err := p.or()
		if err == nil && !p.accept(")") {
			err = fmt.Errorf("facet: missing ) in tsquery")
		}
		return e, err
	case p.accept("'"):
		var b strings.Builder
		for p.pos < len(p.s) {
			c := p.s[p.pos]
			p.pos++
			if c == '\'' {
				if p.pos < len(p.s) && p.s[p.pos] == '\'' {
					p.pos++
				} else {
					p.skipLabel()
					return &Expr{op: 'w', word: b.String()}, nil
				}
			}
			b.WriteByte(c)
		}
		return nil, fmt.Errorf("facet: unterminated lexeme in tsquery")
	}
	return nil, fmt.Errorf("facet: unexpected %q in tsquery", p.s[p.pos:])
}

// skipLabel drops a lexeme's weight or prefix label (":*", ":AB"); websearch queries have none.
func (p *tsParser) skipLabel() {
	if p.pos < len(p.s) && p.s[p.pos] == ':' {
		p.pos++
		for p.pos < len(p.s) && strings.IndexByte("*ABCDabcd", p.s[p.pos]) >= 0 {
			p.pos++
		}
	}
}

// HasPhrase reports whether e uses "followed by", which the index can only approximate.
func (e *Expr) HasPhrase() bool {
	if e == nil {
		return false
	}
	return e.op == '<' || e.left.HasPhrase() || e.right.HasPhrase()
}

// positiveWords lists the words e looks for (not those under a !).
func (e *Expr) positiveWords(out []string) []string {
	switch {
	case e == nil || e.op == '!':
		return out
	case e.op == 'w':
		return append(out, e.word)
	}
	return e.right.positiveWords(e.left.positiveWords(out))
}

// eval returns the live docs that match e; phrases match as "and".
func (ix *Index) eval(e *Expr) bitset {
	switch e.op {
	case 'w':
		b := make(bitset, len(ix.live))
		if p := ix.postings[Word][e.word]; p != nil {
			p.orInto(b)
		}
		return b
	case '!':
		b := ix.live.clone(0)
		for i, w := range ix.eval(e.left) {
			b[i] &^= w
		}
		return b
	case '|':
		b := ix.eval(e.left)
		b.or(ix.eval(e.right))
		return b
	}
	b := ix.eval(e.left) // '&' and '<'
	b.and(ix.eval(e.right))
	return b
}
