// Package static serves the portal's stylesheets and icons from the binary.
package static

import (
	"embed"
	"net/http"
)

//go:embed css js favicon.svg
var files embed.FS

// Handler serves the static files with a day of caching.
func Handler() http.Handler {
	fs := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		fs.ServeHTTP(w, r)
	})
}
