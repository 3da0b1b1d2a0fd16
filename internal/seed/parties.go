package seed

import "slices"

// This file draws who takes part in an activity: beneficiary, provider and facilitating
// countries, facilitating organisations, and the host.

// parties are one activity's countries, as indices into Generator.countries, and organisations.
type parties struct {
	ben, prov, fac []int
	orgs           []string
}

// drawParties draws beneficiaries from one area and, in the modality mix the portal sees, providers
// and facilitators: about 60% south-south, 20% triangular, 15% north-south, 5% without a provider.
func (g *Generator) drawParties() parties {
	r := g.r
	var p parties
	if len(g.beneficiaries) == 0 {
		return p
	}
	first := g.beneficiaries[r.IntN(len(g.beneficiaries))]
	c := &g.countries[first]
	p.ben = append(make([]int, 0, 4), first)
	n := 1
	switch k := r.IntN(100); {
	case k >= 90:
		n = 4
	case k >= 75:
		n = 3
	case k >= 55:
		n = 2
	}
	for try := 0; len(p.ben) < n && try < 12; try++ {
		pool := g.groups[c.group]
		if r.IntN(5) == 0 || len(pool) < 2 {
			pool = g.regions[c.Region]
		}
		if len(pool) == 0 {
			break
		}
		if b := pool[r.IntN(len(pool))]; !slices.Contains(p.ben, b) {
			p.ben = append(p.ben, b)
		}
	}
	kind, pool := r.IntN(100), g.south
	if kind >= 80 {
		pool = g.north
	}
	if kind < 95 {
		p.prov = g.pickNear(pool, first, p.ben, nil)
		if len(p.prov) > 0 && r.IntN(9) == 0 {
			p.prov = append(p.prov, g.pickNear(pool, first, p.ben, p.prov)...)
		}
	}
	switch {
	case kind < 60:
		if r.IntN(14) == 0 {
			p.fac = g.pickNear(g.south, first, p.ben, p.prov)
		}
	case kind < 80:
		if r.IntN(10) < 6 {
			p.fac = g.pickNear(g.northFacilitators, first, p.ben, p.prov)
		}
		if len(p.fac) == 0 || r.IntN(6) == 0 {
			p.orgs = g.org(c)
		}
	case kind < 95:
		if r.IntN(12) == 0 {
			p.orgs = g.org(c)
		}
	default:
		if r.IntN(3) == 0 {
			p.orgs = g.org(c)
		}
	}
	return p
}

// pickNear picks one country of pool that is in neither avoid list, most often one sharing a
// region or a working language with the anchor; it returns nil when it finds none.
func (g *Generator) pickNear(pool []int, anchor int, avoid1, avoid2 []int) []int {
	if len(pool) == 0 {
		return nil
	}
	a := &g.countries[anchor]
	near := g.r.IntN(8) > 0
	for try := range 16 {
		i := pool[g.r.IntN(len(pool))]
		if slices.Contains(avoid1, i) || slices.Contains(avoid2, i) {
			continue
		}
		c := &g.countries[i]
		if near && try < 12 && c.Region != a.Region && (c.langs[0] == "en" || c.langs[0] != a.langs[0]) {
			continue
		}
		return []int{i}
	}
	return nil
}

// org picks a facilitating organisation, more often a regional one where there is one.
func (g *Generator) org(c *country) []string {
	regional := len(c.orgs) - len(globalOrgs)
	if regional > 0 && g.r.IntN(5) < 3 {
		return []string{c.orgs[g.r.IntN(regional)]}
	}
	return []string{globalOrgs[g.r.IntN(len(globalOrgs))]}
}

// beneficiaryWeight favours LDCs and leaves out the South's main providers.
func beneficiaryWeight(c Country) int {
	switch p := southProviders[c.ISO3]; {
	case p >= 2:
		return 0
	case p == 1:
		return 1
	case c.LDC:
		return 3
	}
	return 2
}

// host is usually the provider for visits and fellowships, and a beneficiary for events at home.
func (g *Generator) host(ti int, p parties) int {
	r := g.r
	useProvider := len(p.prov) > 0
	switch typeCodes[ti] {
	case "study_visit", "fellowship":
	case "expert_mission", "advisory", "office_modernisation":
		useProvider = false
	case "conference":
		useProvider = useProvider && r.IntN(2) == 0
	default:
		useProvider = useProvider && r.IntN(7) == 0
	}
	if useProvider {
		return p.prov[0]
	}
	if len(p.ben) == 0 {
		return -1
	}
	return p.ben[r.IntN(len(p.ben))]
}

func (g *Generator) codes(idx []int) []string {
	if len(idx) == 0 {
		return nil
	}
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = g.countries[c].ISO3
	}
	return out
}
