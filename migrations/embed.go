// Package migrations holds the database schema as numbered goose SQL files, embedded in the binary.
package migrations

import "embed"

//go:generate go run ./gencountries -in countries.csv -out 00002_countries_data.sql

// FS holds every migration file.
//
//go:embed *.sql
var FS embed.FS

// CountriesCSV is the committed copy of the reference countries file that migration 00002 loads.
//
//go:embed countries.csv
var CountriesCSV []byte
