// Package activity holds the plain types of the Technical Assistance Database.
package activity

import "time"

// Mode is how an activity was delivered.
type Mode string

// Delivery modes.
const (
	InPerson Mode = "in_person"
	Online   Mode = "online"
	Hybrid   Mode = "hybrid"
)

// Modes lists every delivery mode in display order.
var Modes = []Mode{InPerson, Online, Hybrid}

// Source says where a record came from.
type Source string

// Record sources.
const (
	FromStaff      Source = "staff"
	FromSubmission Source = "submission"
	FromImport     Source = "import"
)

// Status is a record's place in the publication workflow; only Published is public.
type Status string

// Record statuses.
const (
	Draft            Status = "draft"
	Pending          Status = "pending"
	Published        Status = "published"
	Rejected         Status = "rejected"
	ChangesRequested Status = "changes_requested"
	Archived         Status = "archived"
)

// Role is the part a country or organisation plays in an activity.
type Role string

// Roles after the OECD/GPI triangular model.
const (
	Beneficiary Role = "beneficiary"
	Provider    Role = "provider"
	Facilitator Role = "facilitator"
)

// Modality is the derived kind of cooperation.
type Modality string

// Modalities, in display order.
const (
	SouthSouth   Modality = "south-south"
	Triangular   Modality = "triangular"
	NorthSouth   Modality = "north-south"
	Unclassified Modality = "unclassified"
)

// Modalities lists every modality in display order.
var Modalities = []Modality{SouthSouth, Triangular, NorthSouth, Unclassified}

// Activity is one technical-assistance activity with its parties and classification.
type Activity struct {
	ID             int32
	Title          string
	Summary        string
	Description    string
	Type           string // activity_types.code
	Mode           Mode
	StartDate      time.Time
	EndDate        time.Time // zero when unknown
	VenueCity      string
	HostCountry    string // ISO alpha-3, empty when none
	Languages      []string
	Participants   int32 // 0 when unknown
	Organiser      string
	ExpectedResult string
	Outcomes       string
	Experts        string   // who carried it out, free text until the roster links them
	Contact        string   // private: shown to staff and the submitter only
	Beneficiaries  []string // ISO alpha-3
	Providers      []string // ISO alpha-3
	// FacilitatorCountries and FacilitatorOrgs are the facilitating partners:
	// developed or developing countries, and intergovernmental organisations.
	FacilitatorCountries []string
	FacilitatorOrgs      []string // organisations.code
	IPAreas              []string // ip_areas.code
	SDGs                 []int16  // 1–17
	Source               Source
	Status               Status
	Modality             Modality
	CreatedAt            time.Time
	UpdatedAt            time.Time
}
