package pages

import "sstc/web/layout"

// FormErrors maps a form field's name to its problem, already translated.
type FormErrors map[string]string

// LoginModel is the sign-in form and what the user typed into it.
type LoginModel struct {
	layout.Page
	Email   string
	Next    string     // where to go after signing in; checked again when used
	Errors  FormErrors // problems with single fields
	Problem string     // a problem with the whole attempt: wrong details, too many tries
}

// RegisterModel is the registration form, or, once sent, the page that says to check the mail.
type RegisterModel struct {
	layout.Page
	Name, Organisation, Email string
	Errors                    FormErrors
	Sent                      bool
}

// ForgotModel asks for the address to send a password link to, or says it has been sent.
type ForgotModel struct {
	layout.Page
	Email  string
	Errors FormErrors
	Sent   bool
}

// ResetModel is the form that sets a password through an e-mailed link.
type ResetModel struct {
	layout.Page
	Token  string
	Errors FormErrors
}

// NextStep is one way forward from a link that cannot be used.
type NextStep struct {
	Href, Label string
}

// LinkModel explains that an e-mailed link cannot be used and what to do instead.
type LinkModel struct {
	layout.Page
	Help  string
	Steps []NextStep
}
