package pages

import (
	"sstc/web/components"
	"sstc/web/layout"
)

// AdminUserRow is one account as the admin pages show it.
type AdminUserRow struct {
	URL, Name, Email, Organisation, Country string
	Role, Status                            string // translated labels
	Created, LastSignIn                     string
}

// AdminUsersModel is the list of accounts with its search form.
type AdminUsersModel struct {
	layout.Page
	Query      string
	QueryError string // why the search words were not used
	Rows       []AdminUserRow
	Limited    bool // the list stopped at its limit: a search narrows it
}

// AdminUserModel is one account with the forms that change it.
type AdminUserModel struct {
	layout.Page
	User           AdminUserRow
	Active         bool // the account may sign in: the status form offers to disable it
	EmailConfirmed bool
	HasPassword    bool
	Role, Country  components.Input // the role form's choices, kept when it comes back with problems
	Roles          []components.Option
	Countries      []components.Option
	StatusError    string
	Errors         map[string]string // translated problems by field, for the summary
}

// AdminInviteModel is the form that invites a focal point.
type AdminInviteModel struct {
	layout.Page
	Name, Email, Organisation, Country components.Input
	Countries                          []components.Option
	Errors                             map[string]string
}

// AdminOutboxModel lists the e-mail the portal has queued, newest first.
type AdminOutboxModel struct {
	layout.Page
	Mails []AdminMail
}

// AdminMail is one queued message with its delivery state.
type AdminMail struct {
	To, Subject string
	Body        [][]string // the plain text's paragraphs, each a list of lines, so long lines wrap
	Created     string
	Attempts    int
	Sent        string // when it was sent; empty while pending
	LastError   string
}
