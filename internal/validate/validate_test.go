package validate

import "testing"

func TestErrorsKeepTheFirstProblemOfEachField(t *testing.T) {
	e := Errors{}
	e.Check(NotBlank("  "), "name", "form.error.required")
	e.Check(MaxChars("  ", 1), "name", "form.error.too_long")
	e.Check(Text("ok\tfine\n"), "note", "form.error.characters")
	if e.Valid() || e["name"] != "form.error.required" || len(e) != 1 {
		t.Errorf("errors %v, want only name: required", e)
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		ok   bool
	}{
		{"plain", "Brasília", true},
		{"line breaks", "a\r\nb", true},
		{"NUL byte", "a\x00b", false},
		{"invalid UTF-8", "a\xffb", false},
		{"escape character", "a\x1bb", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if Text(tc.in) != tc.ok {
				t.Errorf("Text(%q) = %v, want %v", tc.in, !tc.ok, tc.ok)
			}
		})
	}
}
