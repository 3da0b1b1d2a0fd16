// Package classify derives an activity's modality from the development status of its parties.
package classify

import "sstc/internal/activity"

// Status is a country's development status on a date; Unknown means no classification was found.
type Status string

// Development statuses, as stored in country_classifications.status.
const (
	Developed  Status = "developed"
	Developing Status = "developing"
	Transition Status = "transition"
	Unlisted   Status = "unclassified"
	Unknown    Status = ""
)

// IsSouth reports whether the status counts as the South (developing or transition).
func (s Status) IsSouth() bool { return s == Developing || s == Transition }

// Party is one participant of an activity: a country (ISO alpha-3) or, for facilitators, an organisation code.
type Party struct {
	Role         activity.Role
	Country      string
	Organisation string
	Status       Status // the country's status on the activity's start date
}

// Reason names the rule that decided a modality; it doubles as a message key suffix.
type Reason string

// Reasons, in the order their rules are checked.
const (
	ReasonNoBeneficiary             Reason = "no_beneficiary"
	ReasonNoProvider                Reason = "no_provider"
	ReasonUnknownCountry            Reason = "unknown_country"
	ReasonDevelopedProvider         Reason = "developed_provider"
	ReasonDevelopedBeneficiary      Reason = "developed_beneficiary"
	ReasonFacilitatedByDeveloped    Reason = "facilitated_by_developed"
	ReasonFacilitatedByOrganisation Reason = "facilitated_by_organisation"
	ReasonAllSouth                  Reason = "all_south"
)

// Result is a modality with the rule and the party that decided it.
type Result struct {
	Modality activity.Modality
	Reason   Reason
	Party    string // the deciding country or organisation code; empty when no single party decided
}

// Classify derives the modality of an activity from its parties.
//
// Every rule asks whether any party matches, so the modality does not depend on the
// order of parties; when several parties match, Party names the first in input order.
func Classify(parties []Party) Result {
	if !hasAny(parties, isRole(activity.Beneficiary)) {
		return Result{Modality: activity.Unclassified, Reason: ReasonNoBeneficiary}
	}
	if !hasAny(parties, isRole(activity.Provider)) {
		return Result{Modality: activity.Unclassified, Reason: ReasonNoProvider}
	}
	for _, r := range rules {
		for _, p := range parties {
			if r.match(p) {
				return Result{Modality: r.modality, Reason: r.reason, Party: code(p)}
			}
		}
	}
	return Result{Modality: activity.SouthSouth, Reason: ReasonAllSouth}
}

// rules are checked in order after the beneficiary and provider checks; the first that any party matches decides.
var rules = []struct {
	match    func(Party) bool
	modality activity.Modality
	reason   Reason
}{
	{unknownCountry, activity.Unclassified, ReasonUnknownCountry},
	{developed(activity.Provider), activity.NorthSouth, ReasonDevelopedProvider},
	{developed(activity.Beneficiary), activity.Unclassified, ReasonDevelopedBeneficiary},
	{developed(activity.Facilitator), activity.Triangular, ReasonFacilitatedByDeveloped},
	{facilitatingOrganisation, activity.Triangular, ReasonFacilitatedByOrganisation},
}

func hasAny(parties []Party, match func(Party) bool) bool {
	for _, p := range parties {
		if match(p) {
			return true
		}
	}
	return false
}

func isRole(r activity.Role) func(Party) bool {
	return func(p Party) bool { return p.Role == r }
}

// unknownCountry matches a beneficiary, provider or facilitator country whose status is not known
// on the date, a beneficiary or provider that names no country, and a facilitator that names nothing.
func unknownCountry(p Party) bool {
	switch p.Role {
	case activity.Beneficiary, activity.Provider:
		return p.Country == "" || !known(p.Status)
	case activity.Facilitator:
		return p.Country != "" && !known(p.Status) || p.Country == "" && p.Organisation == ""
	}
	return false
}

func known(s Status) bool { return s == Developed || s.IsSouth() }

func developed(r activity.Role) func(Party) bool {
	return func(p Party) bool { return p.Role == r && p.Country != "" && p.Status == Developed }
}

func facilitatingOrganisation(p Party) bool {
	return p.Role == activity.Facilitator && p.Country == "" && p.Organisation != ""
}

func code(p Party) string {
	if p.Country != "" {
		return p.Country
	}
	return p.Organisation
}
