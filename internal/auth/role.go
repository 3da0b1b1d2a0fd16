// Package auth holds the pure parts of accounts: roles and what they may do, password hashing,
// e-mail address checks and single-use link tokens.
package auth

// Role is what a signed-in person may do.
type Role string

// Roles, from the most to the least powerful. Anonymous visitors have no role.
const (
	Admin      Role = "admin"
	Staff      Role = "staff"
	FocalPoint Role = "focal_point"
	Member     Role = "member"
	Anonymous  Role = ""
)

// Roles lists the roles an account can have.
var Roles = []Role{Admin, Staff, FocalPoint, Member}

// Valid reports whether r is an account role.
func (r Role) Valid() bool {
	for _, v := range Roles {
		if r == v {
			return true
		}
	}
	return false
}

// Permission is something a role may do.
type Permission string

// Permissions, checked by route middleware and again by the store where data is owned.
const (
	ManageUsers     Permission = "manage_users"     // list, change, disable users; invite focal points
	ReadOutbox      Permission = "read_outbox"      // read the e-mail the portal sends
	SeePrivate      Permission = "see_private"      // private fields of records
	EditActivities  Permission = "edit_activities"  // record and edit activities directly
	SubmitActivity  Permission = "submit_activity"  // submit an activity for review
	RecordActivity  Permission = "record_activity"  // fill in the activity form (then submit or publish)
	ReviewSubmitted Permission = "review_submitted" // approve, reject, request changes
	SignedIn        Permission = "signed_in"        // any account
)

// grants lists what each role may do.
var grants = map[Role][]Permission{
	Admin:      {ManageUsers, ReadOutbox, SeePrivate, EditActivities, RecordActivity, SubmitActivity, ReviewSubmitted, SignedIn},
	Staff:      {SeePrivate, EditActivities, RecordActivity, SignedIn},
	FocalPoint: {RecordActivity, SubmitActivity, SignedIn},
	Member:     {RecordActivity, SubmitActivity, SignedIn},
}

// Can reports whether role r has permission p.
func (r Role) Can(p Permission) bool {
	for _, g := range grants[r] {
		if g == p {
			return true
		}
	}
	return false
}
