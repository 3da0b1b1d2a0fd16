// Package i18n holds the message catalogues and picks the language of a request.
package i18n

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"strings"
)

//go:embed locales
var files embed.FS

// Locale is one language's messages and text direction.
type Locale struct {
	Lang     string // BCP 47 tag, e.g. "en"
	Dir      string // "ltr" or "rtl"
	messages map[string]string
}

// locales holds every catalogue, by language tag.
var locales = load()

// Default is the language used when a request names none the portal has.
const Default = "en"

// rtl lists the right-to-left languages.
var rtl = map[string]bool{"ar": true}

// load reads locales/<lang>/*.json: one folder a language, one file an area of the portal.
func load() map[string]*Locale {
	langs, err := files.ReadDir("locales")
	if err != nil {
		panic(err)
	}
	out := map[string]*Locale{}
	for _, lang := range langs {
		l := &Locale{Lang: lang.Name(), Dir: "ltr", messages: map[string]string{}}
		if rtl[l.Lang] {
			l.Dir = "rtl"
		}
		areas, err := files.ReadDir(path.Join("locales", lang.Name()))
		if err != nil {
			panic(err)
		}
		for _, area := range areas {
			name := path.Join("locales", lang.Name(), area.Name())
			b, err := files.ReadFile(name)
			if err != nil {
				panic(err)
			}
			var messages map[string]string
			if err := json.Unmarshal(b, &messages); err != nil {
				panic(fmt.Sprintf("i18n: %s: %v", name, err))
			}
			for k, v := range messages {
				if _, dup := l.messages[k]; dup {
					panic(fmt.Sprintf("i18n: %s: key %q is defined twice", name, k))
				}
				l.messages[k] = v
			}
		}
		out[l.Lang] = l
	}
	return out
}

// Get returns the catalogue for lang, or the default one.
func Get(lang string) *Locale {
	if l, ok := locales[lang]; ok {
		return l
	}
	return locales[Default]
}

// T returns the message for key with args formatted into it. A missing key shows as itself,
// so it is easy to spot; a test checks that every key used exists.
func (l *Locale) T(key string, args ...any) string {
	msg, ok := l.messages[key]
	if !ok {
		if msg, ok = locales[Default].messages[key]; !ok {
			return key
		}
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// N returns the singular ("key.one") or plural ("key.other") message for n, formatted with n.
func (l *Locale) N(key string, n int) string {
	if n == 1 {
		return l.T(key+".one", formatInt(n))
	}
	return l.T(key+".other", formatInt(n))
}

// Has reports whether the catalogue (or the default one) holds key.
func (l *Locale) Has(key string) bool {
	_, ok := l.messages[key]
	_, okDefault := locales[Default].messages[key]
	return ok || okDefault
}

// formatInt writes n with thousands separators.
func formatInt(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + formatInt(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Number formats n for display.
func (l *Locale) Number(n int) string { return formatInt(n) }

type ctxKey struct{}

// With returns ctx carrying l.
func With(ctx context.Context, l *Locale) context.Context { return context.WithValue(ctx, ctxKey{}, l) }

// From returns the locale in ctx, or the default one.
func From(ctx context.Context) *Locale {
	if l, ok := ctx.Value(ctxKey{}).(*Locale); ok {
		return l
	}
	return Get(Default)
}

// T translates key in the locale carried by ctx.
func T(ctx context.Context, key string, args ...any) string { return From(ctx).T(key, args...) }

// Match returns the first catalogue named in an Accept-Language header, or the default one.
func Match(acceptLanguage string) *Locale {
	for _, part := range strings.Split(acceptLanguage, ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if l, ok := locales[base]; ok {
			return l
		}
	}
	return locales[Default]
}
