// Package activityform turns the activity form's fields into an activity, and says what is
// wrong with them field by field. It has no I/O: the codes it accepts come from Known.
package activityform

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"sstc/internal/activity"
	"sstc/internal/validate"
)

// Form field names, in the order the form shows them and the error summary lists them.
const (
	Title                = "title"
	Summary              = "summary"
	Description          = "description"
	Type                 = "type"
	Mode                 = "mode"
	StartDate            = "start_date"
	EndDate              = "end_date"
	VenueCity            = "venue_city"
	HostCountry          = "host_country"
	Beneficiaries        = "beneficiaries"
	Providers            = "providers"
	FacilitatorCountries = "facilitator_countries"
	FacilitatorOrgs      = "facilitator_orgs"
	IPAreas              = "ip_areas"
	SDGs                 = "sdgs"
	Languages            = "languages"
	Participants         = "participants"
	Organiser            = "organiser"
	ExpectedResult       = "expected_result"
	Outcomes             = "outcomes"
	Experts              = "experts"
	Contact              = "contact"
)

// Fields lists every field name in form order.
var Fields = []string{Title, Summary, Description, Type, Mode, StartDate, EndDate, VenueCity, HostCountry,
	Beneficiaries, Providers, FacilitatorCountries, FacilitatorOrgs, IPAreas, SDGs, Languages, Participants,
	Organiser, ExpectedResult, Outcomes, Experts, Contact}

// MaxChars gives each text field's length limit, as the table's CHECK constraints do.
var MaxChars = map[string]int{
	Title: 300, Summary: 2000, Description: 20000, VenueCity: 200, Organiser: 500,
	ExpectedResult: 5000, Outcomes: 5000, Experts: 5000, Contact: 500,
}

// singleLine are the text fields that hold one line; the others may hold paragraphs.
var singleLine = map[string]bool{Title: true, VenueCity: true, Organiser: true, Contact: true}

// LanguageCodes are the languages an activity can be held in, in display order.
var LanguageCodes = []string{"ar", "en", "es", "fr", "pt", "ru", "zh"}

// MaxParticipants bounds the number of participants to something a person could mean.
const MaxParticipants = 1_000_000

// Earliest is the first start date the database accepts.
var Earliest = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// Known holds the codes the form accepts.
type Known struct {
	Countries, Organisations, Types, IPAreas map[string]bool
	Today                                    time.Time // dates may lie up to five years after it
}

// Message keys of the problems Decode reports; a length problem is MaxKey(n).
const (
	ErrRequired       = "form.error.required"
	ErrChoose         = "form.error.choose"
	ErrCharacters     = "form.error.characters"
	ErrUnknown        = "submission.error.unknown"
	ErrDate           = "submission.error.date"
	ErrDateRange      = "submission.error.date_range"
	ErrDateOrder      = "submission.error.date_order"
	ErrNeedCountry    = "submission.error.need_country"
	ErrParticipants   = "submission.error.participants"
	ErrFacilitatorTwo = "submission.error.facilitator_twice"
)

// MaxKey is the message key that says a field is longer than n characters.
func MaxKey(n int) string { return fmt.Sprintf("submission.error.max.%d", n) }

// Decode reads the form into an activity and lists what is wrong, field by field. Fields with
// a problem are left empty in the activity, so it can still be classified for a preview.
func Decode(form url.Values, k Known) (activity.Activity, validate.Errors) {
	errs := validate.Errors{}
	d := decoder{form: form, errs: errs}
	a := activity.Activity{
		Title: d.text(Title), Summary: d.text(Summary), Description: d.text(Description),
		VenueCity: d.text(VenueCity), Organiser: d.text(Organiser), ExpectedResult: d.text(ExpectedResult),
		Outcomes: d.text(Outcomes), Experts: d.text(Experts), Contact: d.text(Contact),
	}
	errs.Check(a.Title != "", Title, ErrRequired)
	a.Type = d.choice(Type, k.Types, true)
	a.Mode = activity.Mode(d.choice(Mode, modes, true))
	a.HostCountry = d.choice(HostCountry, k.Countries, false)
	a.StartDate, a.EndDate = d.dates(k.Today)
	a.Beneficiaries = d.codes(Beneficiaries, k.Countries)
	a.Providers = d.codes(Providers, k.Countries)
	errs.Check(len(a.Beneficiaries) > 0, Beneficiaries, ErrNeedCountry)
	errs.Check(len(a.Providers) > 0, Providers, ErrNeedCountry)
	a.FacilitatorCountries = d.codes(FacilitatorCountries, k.Countries)
	for _, c := range a.FacilitatorCountries {
		errs.Check(!slices.Contains(a.Beneficiaries, c) && !slices.Contains(a.Providers, c),
			FacilitatorCountries, ErrFacilitatorTwo)
	}
	a.FacilitatorOrgs = d.codes(FacilitatorOrgs, k.Organisations)
	a.IPAreas = d.codes(IPAreas, k.IPAreas)
	a.Languages = d.codes(Languages, languages)
	a.SDGs = d.sdgs()
	a.Participants = d.participants()
	return a, errs
}

var (
	modes     = map[string]bool{string(activity.InPerson): true, string(activity.Online): true, string(activity.Hybrid): true}
	languages = map[string]bool{}
	sdgCodes  = map[string]bool{}
)

func init() {
	for _, l := range LanguageCodes {
		languages[l] = true
	}
	for n := 1; n <= 17; n++ {
		sdgCodes[strconv.Itoa(n)] = true
	}
}

// decoder reads one form, recording problems as it goes.
type decoder struct {
	form url.Values
	errs validate.Errors
}

// text reads a text field trimmed of surrounding spaces; a field with a problem reads as "".
func (d decoder) text(name string) string {
	s := strings.TrimSpace(d.form.Get(name))
	ok := validate.Text(s)
	if singleLine[name] {
		ok = validate.Line(s)
	}
	d.errs.Check(ok, name, ErrCharacters)
	d.errs.Check(validate.MaxChars(s, MaxChars[name]), name, MaxKey(MaxChars[name]))
	if _, bad := d.errs[name]; bad {
		return ""
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// choice reads a single code that must be one of known; empty is a problem when required.
func (d decoder) choice(name string, known map[string]bool, required bool) string {
	v := d.form.Get(name)
	switch {
	case v == "":
		d.errs.Check(!required, name, ErrChoose)
	case !known[v]:
		d.errs.Check(false, name, ErrUnknown)
		return ""
	}
	return v
}

// codes reads a multi-valued field: each code known, each once, in the order given.
func (d decoder) codes(name string, known map[string]bool) []string {
	var out []string
	for _, v := range d.form[name] {
		if v == "" {
			continue // the empty choice of a list, or an empty field a script left behind
		}
		if !known[v] {
			d.errs.Check(false, name, ErrUnknown)
			continue
		}
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// sdgs reads the goals, numbers 1 to 17, in ascending order.
func (d decoder) sdgs() []int16 {
	var out []int16
	for _, v := range d.codes(SDGs, sdgCodes) {
		n, _ := strconv.Atoi(v)
		out = append(out, int16(n))
	}
	slices.Sort(out)
	return out
}

// participants reads an optional whole number.
func (d decoder) participants() int32 {
	v := strings.TrimSpace(d.form.Get(Participants))
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	ok := err == nil && n >= 0 && n <= MaxParticipants
	d.errs.Check(ok, Participants, ErrParticipants)
	if !ok {
		return 0
	}
	return int32(n)
}

// dates reads the required start and the optional end, each a real calendar day in range,
// the end not before the start.
func (d decoder) dates(today time.Time) (start, end time.Time) {
	latest := today.AddDate(5, 0, 0)
	read := func(name string, required bool) time.Time {
		v := strings.TrimSpace(d.form.Get(name))
		if v == "" {
			d.errs.Check(!required, name, ErrRequired)
			return time.Time{}
		}
		t, err := time.Parse(time.DateOnly, v)
		d.errs.Check(err == nil, name, ErrDate)
		d.errs.Check(err != nil || !t.Before(Earliest) && !t.After(latest), name, ErrDateRange)
		if _, bad := d.errs[name]; bad {
			return time.Time{}
		}
		return t
	}
	start, end = read(StartDate, true), read(EndDate, false)
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		d.errs.Check(false, EndDate, ErrDateOrder)
		end = time.Time{}
	}
	return start, end
}
