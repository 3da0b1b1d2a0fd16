package activityform

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"sstc/internal/activity"
)

var known = Known{
	Countries:     map[string]bool{"BRA": true, "MOZ": true, "AGO": true, "JPN": true},
	Organisations: map[string]bool{"UNDP": true},
	Types:         map[string]bool{"workshop": true, "seminar": true},
	IPAreas:       map[string]bool{"patents": true, "trademarks": true},
	Today:         time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC),
}

// valid is a form a focal point could send, every field filled in.
func valid() url.Values {
	return url.Values{
		Title: {"Workshop on patent drafting"}, Summary: {"Five days."}, Description: {"Line one.\r\nLine two."},
		Type: {"workshop"}, Mode: {"in_person"}, StartDate: {"2024-03-11"}, EndDate: {"2024-03-15"},
		VenueCity: {"Maputo"}, HostCountry: {"MOZ"}, Beneficiaries: {"MOZ", "AGO"}, Providers: {"BRA"},
		FacilitatorCountries: {"JPN"}, FacilitatorOrgs: {"UNDP"}, IPAreas: {"patents"}, SDGs: {"17", "9"},
		Languages: {"pt", "en"}, Participants: {"35"}, Organiser: {"INPI"}, ExpectedResult: {"Clearer claims."},
		Outcomes: {"Twelve certified."}, Experts: {"A. Silva"}, Contact: {"focal@example.org"},
	}
}

func TestAValidFormGivesTheActivity(t *testing.T) {
	a, errs := Decode(valid(), known)
	if !errs.Valid() {
		t.Fatalf("problems with a valid form: %v", errs)
	}
	want := activity.Activity{Title: "Workshop on patent drafting", Summary: "Five days.",
		Description: "Line one.\nLine two.", Type: "workshop", Mode: activity.InPerson,
		StartDate: time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC), EndDate: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC),
		VenueCity: "Maputo", HostCountry: "MOZ", Beneficiaries: []string{"MOZ", "AGO"}, Providers: []string{"BRA"},
		FacilitatorCountries: []string{"JPN"}, FacilitatorOrgs: []string{"UNDP"}, IPAreas: []string{"patents"},
		SDGs: []int16{9, 17}, Languages: []string{"pt", "en"}, Participants: 35, Organiser: "INPI",
		ExpectedResult: "Clearer claims.", Outcomes: "Twelve certified.", Experts: "A. Silva", Contact: "focal@example.org"}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("Decode =\n%+v\nwant\n%+v", a, want)
	}
}

func TestEachRuleNamesItsField(t *testing.T) {
	tests := []struct {
		name, field, value string // value "-" removes the field
		extra              []string
		wantField, wantKey string
	}{
		{"title missing", Title, "-", nil, Title, ErrRequired},
		{"title only spaces", Title, "   ", nil, Title, ErrRequired},
		{"title too long", Title, strings.Repeat("x", 301), nil, Title, MaxKey(300)},
		{"title of 300 characters in any script", Title, strings.Repeat("é", 300), nil, "", ""},
		{"title with a line break", Title, "a\nb", nil, Title, ErrCharacters},
		{"title with a NUL byte", Title, "a\x00b", nil, Title, ErrCharacters},
		{"title with invalid UTF-8", Title, "a\xffb", nil, Title, ErrCharacters},
		{"HTML is just text", Title, `<script>alert(1)</script>`, nil, "", ""},
		{"summary too long", Summary, strings.Repeat("x", 2001), nil, Summary, MaxKey(2000)},
		{"description of 100 kB", Description, strings.Repeat("x", 100_000), nil, Description, MaxKey(20000)},
		{"description with an escape character", Description, "a\x1bb", nil, Description, ErrCharacters},
		{"description with DEL", Description, "a\x7fb", nil, Description, ErrCharacters},
		{"venue city too long", VenueCity, strings.Repeat("x", 201), nil, VenueCity, MaxKey(200)},
		{"organiser too long", Organiser, strings.Repeat("x", 501), nil, Organiser, MaxKey(500)},
		{"expected result too long", ExpectedResult, strings.Repeat("x", 5001), nil, ExpectedResult, MaxKey(5000)},
		{"outcomes too long", Outcomes, strings.Repeat("x", 5001), nil, Outcomes, MaxKey(5000)},
		{"experts too long", Experts, strings.Repeat("x", 5001), nil, Experts, MaxKey(5000)},
		{"contact too long", Contact, strings.Repeat("x", 501), nil, Contact, MaxKey(500)},
		{"type missing", Type, "-", nil, Type, ErrChoose},
		{"type unknown", Type, "party", nil, Type, ErrUnknown},
		{"mode missing", Mode, "-", nil, Mode, ErrChoose},
		{"mode unknown", Mode, "telepathy", nil, Mode, ErrUnknown},
		{"start date missing", StartDate, "-", nil, StartDate, ErrRequired},
		{"start date that does not exist", StartDate, "2026-02-30", nil, StartDate, ErrDate},
		{"start date in another format", StartDate, "11/03/2024", nil, StartDate, ErrDate},
		{"start date before 1990", StartDate, "1989-12-31", nil, StartDate, ErrDateRange},
		{"start date on 1990-01-01", StartDate, "1990-01-01", nil, "", ""},
		{"start date five years ahead", StartDate, "2031-01-15", []string{EndDate, "-"}, "", ""},
		{"start date beyond five years", StartDate, "2031-01-16", nil, StartDate, ErrDateRange},
		{"end date that does not exist", EndDate, "2024-13-01", nil, EndDate, ErrDate},
		{"end date before the start", EndDate, "2024-03-10", nil, EndDate, ErrDateOrder},
		{"end date on the start", EndDate, "2024-03-11", nil, "", ""},
		{"end date optional", EndDate, "-", nil, "", ""},
		{"host country unknown", HostCountry, "XXX", nil, HostCountry, ErrUnknown},
		{"host country optional", HostCountry, "-", nil, "", ""},
		{"no beneficiary", Beneficiaries, "-", nil, Beneficiaries, ErrNeedCountry},
		{"only the empty beneficiary", Beneficiaries, "", nil, Beneficiaries, ErrNeedCountry},
		{"unknown beneficiary", Beneficiaries, "ZZZ", nil, Beneficiaries, ErrUnknown},
		{"no provider", Providers, "-", nil, Providers, ErrNeedCountry},
		{"lower-case provider", Providers, "bra", nil, Providers, ErrUnknown},
		{"facilitator also a provider", FacilitatorCountries, "BRA", nil, FacilitatorCountries, ErrFacilitatorTwo},
		{"unknown organisation", FacilitatorOrgs, "NOPE", nil, FacilitatorOrgs, ErrUnknown},
		{"unknown IP area", IPAreas, "magic", nil, IPAreas, ErrUnknown},
		{"SDG 0", SDGs, "0", nil, SDGs, ErrUnknown},
		{"SDG 18", SDGs, "18", nil, SDGs, ErrUnknown},
		{"SDG not a number", SDGs, "nine", nil, SDGs, ErrUnknown},
		{"SDG with a leading zero", SDGs, "09", nil, SDGs, ErrUnknown},
		{"unknown language", Languages, "de", nil, Languages, ErrUnknown},
		{"participants negative", Participants, "-1", nil, Participants, ErrParticipants},
		{"participants not a number", Participants, "many", nil, Participants, ErrParticipants},
		{"participants absurd", Participants, "99999999999", nil, Participants, ErrParticipants},
		{"participants optional", Participants, "-", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := valid()
			edits := append([]string{tc.field, tc.value}, tc.extra...)
			for i := 0; i < len(edits); i += 2 {
				if edits[i+1] == "-" {
					f.Del(edits[i])
				} else {
					f[edits[i]] = []string{edits[i+1]}
				}
			}
			a, errs := Decode(f, known)
			if tc.wantField == "" {
				if !errs.Valid() {
					t.Fatalf("problems %v, want none", errs)
				}
				return
			}
			if got := errs[tc.wantField]; got != tc.wantKey {
				t.Errorf("problem with %s = %q, want %q (all problems: %v)", tc.wantField, got, tc.wantKey, errs)
			}
			if len(errs) != 1 {
				t.Errorf("problems %v, want only the one with %s", errs, tc.wantField)
			}
			if a.Title == "" && tc.wantField != Title {
				t.Errorf("the title was lost by a problem elsewhere")
			}
		})
	}
}

func TestRepeatedCodesAreKeptOnce(t *testing.T) {
	f := valid()
	f[Beneficiaries] = []string{"MOZ", "MOZ", "AGO", ""}
	f[SDGs] = []string{"9", "9"}
	a, errs := Decode(f, known)
	if !errs.Valid() || !reflect.DeepEqual(a.Beneficiaries, []string{"MOZ", "AGO"}) || !reflect.DeepEqual(a.SDGs, []int16{9}) {
		t.Errorf("Decode = %v, %v, %v", a.Beneficiaries, a.SDGs, errs)
	}
}

func TestEncodeThenDecodeGivesTheActivityBack(t *testing.T) {
	a, errs := Decode(valid(), known)
	if !errs.Valid() {
		t.Fatal(errs)
	}
	b, errs := Decode(Encode(&a), known)
	if !errs.Valid() || !reflect.DeepEqual(a, b) {
		t.Errorf("round trip:\n%+v\n%+v\n%v", a, b, errs)
	}
}

// FuzzDecode checks that no input makes Decode panic, that what it accepts fits the table's
// rules, and that an accepted activity survives Encode and Decode unchanged.
func FuzzDecode(f *testing.F) {
	f.Add("Title", "2024-03-11", "2024-03-15", "MOZ", "BRA", "9", "35", "text")
	f.Add("", "2026-02-30", "", "", "", "18", "-1", "\x00")
	f.Add("<script>", "1990-01-01", "1989-12-31", "XXX", "bra", "09", "1e3", "a\xffb")
	f.Fuzz(func(t *testing.T, title, start, end, ben, prov, sdg, participants, text string) {
		form := url.Values{Title: {title}, Type: {"seminar"}, Mode: {"online"}, StartDate: {start},
			EndDate: {end}, Beneficiaries: {ben}, Providers: {prov}, SDGs: {sdg}, Participants: {participants},
			Description: {text}, Contact: {text}}
		a, errs := Decode(form, known)
		for field := range errs {
			if !contains(Fields, field) {
				t.Fatalf("problem reported against %q, which is not a field", field)
			}
		}
		if !errs.Valid() {
			return
		}
		if a.Title == "" || len([]rune(a.Title)) > 300 || strings.ContainsRune(a.Title+a.Description, 0) ||
			a.StartDate.Before(Earliest) || !a.EndDate.IsZero() && a.EndDate.Before(a.StartDate) ||
			len(a.Beneficiaries) == 0 || len(a.Providers) == 0 || a.Participants < 0 {
			t.Fatalf("accepted an activity that breaks a rule: %+v", a)
		}
		b, errs := Decode(Encode(&a), known)
		if !errs.Valid() || !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip changed the activity:\n%+v\n%+v\n%v", a, b, errs)
		}
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
