package catalog

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"

	"sstc/internal/activity"
	"sstc/internal/facet"
	"sstc/internal/store"
)

// Catalog lists published activities from an in-memory index that follows the database.
type Catalog struct {
	store   *store.Store
	index   atomic.Pointer[facet.Index]
	regions map[string][]string // country → its region, sub-region and intermediate region
	syncMu  sync.Mutex
	// generation is the bulk-load generation the index was built in.
	generation int64
}

// New returns a catalog over st; call Sync before the first search.
func New(st *store.Store, ref *store.Reference) *Catalog {
	regions := map[string][]string{}
	for _, c := range ref.Countries {
		for _, r := range []string{c.Region, c.Subregion, c.IntermediateRegion} {
			if r != "" {
				regions[c.ISO3] = append(regions[c.ISO3], r)
			}
		}
	}
	c := &Catalog{store: st, regions: regions, generation: -1}
	c.index.Store(facet.New())
	return c
}

// syncBatch is how many changed activities are applied to the index at a time.
const syncBatch = 20_000

// Sync applies every activity written since the index was last brought up to date. It costs one
// small query when nothing changed, so every search calls it and no instance serves stale lists.
func (c *Catalog) Sync(ctx context.Context) error {
	c.syncMu.Lock()
	defer c.syncMu.Unlock()
	// Read the counter first: every write it counts is visible to the query that follows.
	latest, generation, err := c.store.ActivityVersion(ctx)
	index := c.index.Load()
	if err != nil || (latest <= index.Version() && generation == c.generation) {
		return err
	}
	since := index.Version()
	if generation != c.generation {
		// A bulk load wrote outside the version order: build a new index from every row and swap it in whole.
		index, since = facet.New(), -1
	}
	newest, err := c.store.ActivityChanges(ctx, since, syncBatch, func(batch []store.ActivityFacts) error {
		var puts []facet.Doc
		var removes []int32
		for i := range batch {
			if batch[i].Published {
				puts = append(puts, c.doc(&batch[i]))
			} else {
				removes = append(removes, batch[i].ID)
			}
		}
		index.Apply(0, puts, removes)
		return nil
	})
	if err != nil {
		return err
	}
	index.Apply(max(latest, newest), nil, nil)
	c.index.Store(index)
	c.generation = generation
	return nil
}

// doc turns an activity's facts into an index document.
func (c *Catalog) doc(f *store.ActivityFacts) facet.Doc {
	d := facet.Doc{ID: f.ID, Start: int32(f.Start.Unix() / 86400)}
	d.Values[facet.Beneficiary] = f.Beneficiaries
	d.Values[facet.Provider] = f.Providers
	var regions []string
	for _, b := range f.Beneficiaries {
		regions = append(regions, c.regions[b]...)
	}
	d.Values[facet.Region] = regions
	d.Values[facet.Type] = []string{f.Type}
	d.Values[facet.Mode] = []string{f.Mode}
	d.Values[facet.Modality] = []string{f.Modality}
	d.Values[facet.IPArea] = f.IPAreas
	sdgs := make([]string, len(f.SDGs))
	for i, g := range f.SDGs {
		sdgs[i] = strconv.Itoa(int(g))
	}
	d.Values[facet.SDG] = sdgs
	d.Values[facet.Year] = []string{strconv.Itoa(f.Start.Year())}
	d.Values[facet.Word] = f.Words
	d.Values[facet.TitleWord] = f.TitleWords
	return d
}

// Page is one page of a filtered list.
type Page struct {
	Total  int
	Items  []activity.Activity
	Facets Facets
}

// Facets counts, per filter parameter and value, the activities a choice would give.
type Facets map[string]map[string]int

// facetParams names each index dimension's URL parameter.
var facetParams = map[facet.Dim]string{
	facet.Beneficiary: "beneficiary", facet.Provider: "provider", facet.Region: "region", facet.Type: "type",
	facet.Mode: "mode", facet.Modality: "modality", facet.IPArea: "ip_area", facet.SDG: "sdg", facet.Year: "year",
}

// Search returns one page of the activities that f selects, with facet counts.
func (c *Catalog) Search(ctx context.Context, f Filter) (Page, error) {
	q, err := c.query(ctx, f)
	if err != nil {
		return Page{}, err
	}
	q.Offset, q.Limit, q.Facets = (f.Page-1)*PageSize, PageSize, true
	res := c.index.Load().Search(q)
	items, err := c.store.ActivitiesByID(ctx, res.IDs)
	if err != nil {
		return Page{}, err
	}
	page := Page{Total: res.Total, Items: items, Facets: Facets{}}
	for dim, param := range facetParams {
		page.Facets[param] = res.Facets[dim]
	}
	return page, nil
}

// Export calls fn for every activity f selects, in list order, reading them in batches.
func (c *Catalog) Export(ctx context.Context, f Filter, fn func(*activity.Activity) error) error {
	q, err := c.query(ctx, f)
	if err != nil {
		return err
	}
	index := c.index.Load()
	q.Limit = index.Len()
	ids := index.Search(q).IDs
	const batch = 1000
	for start := 0; start < len(ids); start += batch {
		acts, err := c.store.ActivitiesByID(ctx, ids[start:min(len(ids), start+batch)])
		if err != nil {
			return err
		}
		for i := range acts {
			if err := fn(&acts[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// query brings the index up to date and translates f into an index query.
func (c *Catalog) query(ctx context.Context, f Filter) (facet.Query, error) {
	if err := c.Sync(ctx); err != nil {
		return facet.Query{}, err
	}
	var q facet.Query
	q.Filters[facet.Beneficiary] = f.Beneficiary
	q.Filters[facet.Provider] = f.Provider
	q.Filters[facet.Region] = f.Region
	q.Filters[facet.Type] = f.Type
	q.Filters[facet.Mode] = f.Mode
	q.Filters[facet.Modality] = f.Modality
	q.Filters[facet.IPArea] = f.IPArea
	q.Filters[facet.SDG] = f.SDG
	q.Filters[facet.Year] = years(f.YearFrom, f.YearTo)
	switch f.Sort {
	case SortOldest:
		q.Order = facet.Oldest
	case SortRelevance:
		q.Order = facet.Relevance
	}
	if f.Query != "" {
		return c.addWords(ctx, q, f.Query)
	}
	return q, nil
}

// addWords restricts q to the activities matching the search words. The database says what
// the words are; the index finds them, and the database confirms phrases.
func (c *Catalog) addWords(ctx context.Context, q facet.Query, query string) (facet.Query, error) {
	tsquery, err := c.store.TSQuery(ctx, query)
	if err != nil {
		return q, err
	}
	words, err := facet.ParseTSQuery(tsquery)
	if err != nil {
		return q, err
	}
	if words == nil {
		q.Matches = []int32{} // only stop words: nothing to look for, nothing found
		return q, nil
	}
	q.Words = words
	if words.HasPhrase() {
		q.Matches, err = c.store.ConfirmText(ctx, c.index.Load().Candidates(words), query)
	}
	return q, err
}

// years lists the years of a range as filter values; nil when the range is open on both ends.
func years(from, to int) []string {
	if from == 0 && to == 0 {
		return nil
	}
	if from == 0 {
		from = MinYear
	}
	if to == 0 {
		to = MaxYear
	}
	var ys []string
	for y := from; y <= to; y++ {
		ys = append(ys, strconv.Itoa(y))
	}
	return ys
}
