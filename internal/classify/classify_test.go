package classify

import (
	"math/rand/v2"
	"testing"

	"sstc/internal/activity"
)

func beneficiary(iso3 string, s Status) Party {
	return Party{Role: activity.Beneficiary, Country: iso3, Status: s}
}

func provider(iso3 string, s Status) Party {
	return Party{Role: activity.Provider, Country: iso3, Status: s}
}

func facilitator(iso3 string, s Status) Party {
	return Party{Role: activity.Facilitator, Country: iso3, Status: s}
}

func organisation(code string) Party {
	return Party{Role: activity.Facilitator, Organisation: code}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name    string
		parties []Party
		want    Result
	}{
		{
			name:    "an LDC is South: Brazil shares its experience with Mozambique",
			parties: []Party{beneficiary("MOZ", Developing), provider("BRA", Developing)},
			want:    Result{activity.SouthSouth, ReasonAllSouth, ""},
		},
		{
			name:    "Bhutan as an LDC provider before its graduation is South",
			parties: []Party{beneficiary("NPL", Developing), provider("BTN", Developing)},
			want:    Result{activity.SouthSouth, ReasonAllSouth, ""},
		},
		{
			name:    "Bhutan as a provider after graduation is still South: the LDC flag does not change modality",
			parties: []Party{provider("BTN", Developing), beneficiary("NPL", Developing)},
			want:    Result{activity.SouthSouth, ReasonAllSouth, ""},
		},
		{
			name:    "the same provider had it been listed developed on the start date is north-south",
			parties: []Party{beneficiary("NPL", Developing), provider("BTN", Developed)},
			want:    Result{activity.NorthSouth, ReasonDevelopedProvider, "BTN"},
		},
		{
			name:    "an economy in transition is South",
			parties: []Party{beneficiary("KGZ", Transition), provider("KAZ", Transition)},
			want:    Result{activity.SouthSouth, ReasonAllSouth, ""},
		},
		{
			name:    "a developed facilitator makes it triangular",
			parties: []Party{beneficiary("KHM", Developing), provider("THA", Developing), facilitator("JPN", Developed)},
			want:    Result{activity.Triangular, ReasonFacilitatedByDeveloped, "JPN"},
		},
		{
			name:    "an intergovernmental facilitator makes it triangular",
			parties: []Party{beneficiary("MWI", Developing), provider("KEN", Developing), organisation("ARIPO")},
			want:    Result{activity.Triangular, ReasonFacilitatedByOrganisation, "ARIPO"},
		},
		{
			name: "a developed facilitator decides before an organisation",
			parties: []Party{
				organisation("UNDP"), beneficiary("SEN", Developing), provider("MAR", Developing), facilitator("FRA", Developed),
			},
			want: Result{activity.Triangular, ReasonFacilitatedByDeveloped, "FRA"},
		},
		{
			name:    "a South facilitator keeps it south-south",
			parties: []Party{beneficiary("PRY", Developing), provider("ARG", Developing), facilitator("MEX", Developing)},
			want:    Result{activity.SouthSouth, ReasonAllSouth, ""},
		},
		{
			name:    "a developed provider makes it north-south",
			parties: []Party{beneficiary("GHA", Developing), provider("GBR", Developed)},
			want:    Result{activity.NorthSouth, ReasonDevelopedProvider, "GBR"},
		},
		{
			name: "a developed provider outranks a developed facilitator",
			parties: []Party{
				beneficiary("PER", Developing), facilitator("JPN", Developed), provider("CHL", Developing), provider("ESP", Developed),
			},
			want: Result{activity.NorthSouth, ReasonDevelopedProvider, "ESP"},
		},
		{
			name:    "a missing provider leaves it unclassified",
			parties: []Party{beneficiary("UGA", Developing), facilitator("USA", Developed)},
			want:    Result{activity.Unclassified, ReasonNoProvider, ""},
		},
		{
			name:    "a missing beneficiary leaves it unclassified",
			parties: []Party{provider("IND", Developing)},
			want:    Result{activity.Unclassified, ReasonNoBeneficiary, ""},
		},
		{
			name:    "no parties at all is a missing beneficiary",
			parties: nil,
			want:    Result{activity.Unclassified, ReasonNoBeneficiary, ""},
		},
		{
			name:    "a country without a classification on the date is unknown",
			parties: []Party{beneficiary("SSD", Unknown), provider("EGY", Developing)},
			want:    Result{activity.Unclassified, ReasonUnknownCountry, "SSD"},
		},
		{
			name:    "an unclassified area is unknown, even with a developed provider",
			parties: []Party{beneficiary("ATA", Unlisted), provider("AUS", Developed)},
			want:    Result{activity.Unclassified, ReasonUnknownCountry, "ATA"},
		},
		{
			name:    "an unknown facilitator country is unknown",
			parties: []Party{beneficiary("LAO", Developing), provider("VNM", Developing), facilitator("XXX", Unknown)},
			want:    Result{activity.Unclassified, ReasonUnknownCountry, "XXX"},
		},
		{
			name:    "the first unknown country in input order is named",
			parties: []Party{provider("QQQ", Unknown), beneficiary("ZZZ", Unknown)},
			want:    Result{activity.Unclassified, ReasonUnknownCountry, "QQQ"},
		},
		{
			name:    "a developed beneficiary is unclassified",
			parties: []Party{beneficiary("PRT", Developed), provider("BRA", Developing)},
			want:    Result{activity.Unclassified, ReasonDevelopedBeneficiary, "PRT"},
		},
		{
			name:    "one developed beneficiary among South ones is unclassified",
			parties: []Party{beneficiary("CPV", Developing), beneficiary("PRT", Developed), provider("BRA", Developing)},
			want:    Result{activity.Unclassified, ReasonDevelopedBeneficiary, "PRT"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.parties); got != tt.want {
				t.Errorf("Classify() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestStatusIsSouth(t *testing.T) {
	tests := []struct {
		status Status
		want   bool
	}{
		{Developed, false}, {Developing, true}, {Transition, true}, {Unlisted, false}, {Unknown, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.status), func(t *testing.T) {
			if got := tt.status.IsSouth(); got != tt.want {
				t.Errorf("Status(%q).IsSouth() = %v, want %v", tt.status, got, tt.want)
			}
		})
	}
}

// FuzzClassify checks that Classify never panics and that shuffling the parties never changes
// the modality or the reason.
func FuzzClassify(f *testing.F) {
	f.Add([]byte{0, 1, 1, 1}, uint64(1))
	f.Add([]byte{0, 1, 1, 0, 2, 3, 2, 9}, uint64(2))
	f.Add([]byte{1, 4, 0, 0, 0, 2, 2, 5, 2, 7, 0, 3}, uint64(3))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		parties := decodeParties(data)
		want := Classify(parties)
		r := rand.New(rand.NewPCG(seed, 0))
		for range 8 {
			shuffled := append([]Party(nil), parties...)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			got := Classify(shuffled)
			if got.Modality != want.Modality || got.Reason != want.Reason {
				t.Fatalf("Classify(%+v) = %+v, but shuffled %+v gives %+v", parties, want, shuffled, got)
			}
		}
	})
}

func TestClassifyOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 7))
	for range 5000 {
		data := make([]byte, 2*r.IntN(8))
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		parties := decodeParties(data)
		want := Classify(parties)
		shuffled := append([]Party(nil), parties...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Classify(shuffled); got.Modality != want.Modality || got.Reason != want.Reason {
			t.Fatalf("Classify(%+v) = %+v, but shuffled %+v gives %+v", parties, want, shuffled, got)
		}
	}
}

// decodeParties turns pairs of bytes into parties: the first byte picks the role, the second the
// country (or organisation) and its status, so small inputs reach every rule.
func decodeParties(data []byte) []Party {
	roles := []activity.Role{activity.Beneficiary, activity.Provider, activity.Facilitator, "observer"}
	countries := []struct {
		iso3   string
		status Status
	}{
		{"KEN", Developing}, {"BRA", Developing}, {"KAZ", Transition}, {"JPN", Developed},
		{"ATA", Unlisted}, {"XXX", Unknown}, {"FRA", Developed}, {"NPL", Developing},
		{"", Unknown}, {"ODD", "odd"},
	}
	orgs := []string{"UNDP", "ARIPO", ""}
	var parties []Party
	for i := 0; i+1 < len(data); i += 2 {
		role := roles[int(data[i])%len(roles)]
		n := int(data[i+1]) % (len(countries) + len(orgs))
		if n < len(countries) {
			c := countries[n]
			parties = append(parties, Party{Role: role, Country: c.iso3, Status: c.status})
			continue
		}
		parties = append(parties, Party{Role: role, Organisation: orgs[n-len(countries)]})
	}
	return parties
}
