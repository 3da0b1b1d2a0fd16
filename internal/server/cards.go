package server

import (
	"strings"

	"sstc/internal/activity"
	"sstc/internal/i18n"
	"sstc/web/pages"
)

// card turns an activity into its list view model.
func (s *Server) card(l *i18n.Locale, a *activity.Activity) pages.ActivityCard {
	c := pages.ActivityCard{
		ID:            a.ID,
		Title:         a.Title,
		URL:           activityURL(a.ID),
		Dates:         dateRange(a),
		Type:          l.T("type." + a.Type),
		Mode:          l.T("mode." + string(a.Mode)),
		Modality:      string(a.Modality),
		ModalityLabel: l.T("modality." + string(a.Modality)),
		Beneficiaries: s.joinNames(a.Beneficiaries),
		Providers:     s.joinNames(a.Providers),
		Helps:         s.joinNames(append(slicesClone(a.FacilitatorCountries), a.FacilitatorOrgs...)),
	}
	if a.VenueCity != "" && a.HostCountry != "" {
		c.Venue = a.VenueCity + ", " + s.names[a.HostCountry]
	} else if a.HostCountry != "" {
		c.Venue = s.names[a.HostCountry]
	}
	return c
}

// joinNames lists the names of country or organisation codes.
func (s *Server) joinNames(codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		if names[i] = s.names[c]; names[i] == "" {
			names[i] = c
		}
	}
	return strings.Join(names, ", ")
}

// dateRange shows an activity's dates as ISO dates, collapsing a single day.
func dateRange(a *activity.Activity) string {
	start := a.StartDate.Format("2006-01-02")
	if a.EndDate.IsZero() || a.EndDate.Equal(a.StartDate) {
		return start
	}
	return start + " – " + a.EndDate.Format("2006-01-02")
}

// activityURL is the path of an activity's page.
func activityURL(id int32) string { return "/activities/" + itoa(int(id)) }

func slicesClone(s []string) []string { return append([]string(nil), s...) }
