// Package components holds small templ pieces that several pages share.
package components

// Input describes one labelled form control and what the user typed into it.
type Input struct {
	Name, Label  string
	Type         string // text, email, password, …; empty for text
	Value        string // what the user typed, kept when the form comes back with problems
	Error        string // the message shown beside the field, already translated
	Hint         string
	Autocomplete string
	Required     bool
	MaxLength    int
}

// Option is one choice of a select box.
type Option struct {
	Value, Label string
}

// inputType defaults the type to text.
func inputType(in Input) string {
	if in.Type == "" {
		return "text"
	}
	return in.Type
}

// DescribedBy links a control to its hint and error for screen readers.
func DescribedBy(in Input) string {
	var ids string
	if in.Hint != "" {
		ids = in.Name + "-hint"
	}
	if in.Error != "" {
		if ids != "" {
			ids += " "
		}
		ids += in.Name + "-error"
	}
	return ids
}
