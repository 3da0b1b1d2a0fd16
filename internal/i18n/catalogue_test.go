package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// literalKey finds message keys written out in Go and templ code: T("key"…), T(ctx, "key"…) and N("key"…).
var literalKey = regexp.MustCompile(`\b[TN]\((?:ctx, )?"([a-z_]+(?:\.[a-z0-9_-]+)+)"`)

func TestEveryLiteralKeyIsInTheCatalogue(t *testing.T) {
	en := Get("en")
	root := filepath.Join("..", "..")
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_templ.go") ||
			!(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".templ")) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range literalKey.FindAllStringSubmatch(string(src), -1) {
			key := m[1]
			if strings.HasPrefix(m[0], "N(") {
				key += ".other"
			}
			checked++
			if !en.Has(key) {
				t.Errorf("%s: message key %q is missing from locales/en", path, key)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Errorf("found only %d literal keys; the pattern no longer matches how code uses the catalogue", checked)
	}
}

func TestPluralsAndFormatting(t *testing.T) {
	en := Get("en")
	if got := en.N("list.count", 1); got != "1 activity" {
		t.Errorf("N(1) = %q", got)
	}
	if got := en.N("list.count", 1234567); got != "1,234,567 activities" {
		t.Errorf("N(1234567) = %q", got)
	}
	if l := Match("fr-CA, ar;q=0.8"); l.Lang != "en" || l.Dir != "ltr" {
		t.Errorf("a language without a catalogue falls back to English, got %s %s", l.Lang, l.Dir)
	}
}
