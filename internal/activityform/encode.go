package activityform

import (
	"net/url"
	"strconv"
	"time"

	"sstc/internal/activity"
)

// Encode writes an activity as the form's fields, so a saved record opens in the form as it
// was typed: Decode(Encode(a)) gives a back.
func Encode(a *activity.Activity) url.Values {
	v := url.Values{}
	set := func(name, value string) {
		if value != "" {
			v.Set(name, value)
		}
	}
	set(Title, a.Title)
	set(Summary, a.Summary)
	set(Description, a.Description)
	set(Type, a.Type)
	set(Mode, string(a.Mode))
	set(StartDate, date(a.StartDate))
	set(EndDate, date(a.EndDate))
	set(VenueCity, a.VenueCity)
	set(HostCountry, a.HostCountry)
	set(Organiser, a.Organiser)
	set(ExpectedResult, a.ExpectedResult)
	set(Outcomes, a.Outcomes)
	set(Experts, a.Experts)
	set(Contact, a.Contact)
	if a.Participants > 0 {
		v.Set(Participants, strconv.Itoa(int(a.Participants)))
	}
	for name, codes := range map[string][]string{Beneficiaries: a.Beneficiaries, Providers: a.Providers,
		FacilitatorCountries: a.FacilitatorCountries, FacilitatorOrgs: a.FacilitatorOrgs,
		IPAreas: a.IPAreas, Languages: a.Languages} {
		for _, c := range codes {
			v.Add(name, c)
		}
	}
	for _, g := range a.SDGs {
		v.Add(SDGs, strconv.Itoa(int(g)))
	}
	return v
}

// date writes a day as the form's date fields do; the zero time is "".
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
