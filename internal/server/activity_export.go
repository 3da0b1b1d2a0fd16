package server

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"sstc/internal/activity"
	"sstc/internal/catalog"
	"sstc/internal/i18n"
)

// exportColumns are the export's columns, in order and in this spelling.
var exportColumns = []string{"id", "title", "start_date", "end_date", "type", "mode", "host_country",
	"beneficiary_countries", "provider_countries", "facilitators", "ip_areas", "sdgs", "modality", "url"}

// exportRow gives an activity's export cells; countries are ISO alpha-3 codes joined by ";".
func (s *Server) exportRow(base string, a *activity.Activity) []string {
	end := ""
	if !a.EndDate.IsZero() {
		end = a.EndDate.Format("2006-01-02")
	}
	sdgs := make([]string, len(a.SDGs))
	for i, g := range a.SDGs {
		sdgs[i] = strconv.Itoa(int(g))
	}
	return []string{strconv.Itoa(int(a.ID)), a.Title, a.StartDate.Format("2006-01-02"), end, a.Type, string(a.Mode),
		a.HostCountry, strings.Join(a.Beneficiaries, ";"), strings.Join(a.Providers, ";"),
		strings.Join(append(slicesClone(a.FacilitatorCountries), a.FacilitatorOrgs...), ";"),
		strings.Join(a.IPAreas, ";"), strings.Join(sdgs, ";"), string(a.Modality), base + activityURL(a.ID)}
}

// activityCSV streams the filtered list as CSV.
func (s *Server) activityCSV(w http.ResponseWriter, r *http.Request) {
	f, ok := s.exportFilter(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="activities.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(exportColumns)
	base := s.baseURL(r)
	err := s.catalog.Export(r.Context(), f, func(a *activity.Activity) error {
		row := s.exportRow(base, a)
		for i, cell := range row {
			row[i] = defuseFormula(cell)
		}
		return cw.Write(row)
	})
	cw.Flush()
	if err != nil {
		// The header is sent; all that is left is to log and cut the download short.
		s.log.Error("csv export failed", "request_id", requestID(r.Context()), "err", err)
		panic(http.ErrAbortHandler)
	}
}

// activityXLSX streams the filtered list as an Excel workbook.
func (s *Server) activityXLSX(w http.ResponseWriter, r *http.Request) {
	f, ok := s.exportFilter(w, r)
	if !ok {
		return
	}
	book := excelize.NewFile()
	defer book.Close()
	sheet := "Activities"
	book.SetSheetName("Sheet1", sheet)
	sw, err := book.NewStreamWriter(sheet)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	cells := func(row []string) []any {
		out := make([]any, len(row))
		for i, c := range row {
			out[i] = c
		}
		return out
	}
	sw.SetRow("A1", cells(exportColumns))
	line := 2
	base := s.baseURL(r)
	err = s.catalog.Export(r.Context(), f, func(a *activity.Activity) error {
		cell, _ := excelize.CoordinatesToCellName(1, line)
		line++
		return sw.SetRow(cell, cells(s.exportRow(base, a)))
	})
	if err == nil {
		err = sw.Flush()
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", `attachment; filename="activities.xlsx"`)
	book.Write(w)
}

// defuseFormula keeps a spreadsheet from running a cell that starts like a formula.
func defuseFormula(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// baseURL is the scheme and host links in exports start with.
//
// It is the configured address, never the request's Host header: a client chooses that header,
// and a password-reset link built from it would carry the token to the client's host.
func (s *Server) baseURL(*http.Request) string { return s.publicURL }

// exportFilter reads a download's filter. A file cannot carry a warning, so a filter with any
// refused value gets a 400 page listing the problems instead of a file of some other list.
func (s *Server) exportFilter(w http.ResponseWriter, r *http.Request) (catalog.Filter, bool) {
	f, problems, ok := s.parseFilter(w, r, allActivities)
	if !ok || len(problems) == 0 {
		return f, ok
	}
	l := i18n.From(r.Context())
	details := make([]string, len(problems))
	for i, p := range problems {
		details[i] = l.T(p.Key, p.Param, p.Value)
	}
	s.errorPage(w, r, http.StatusBadRequest, "error.bad_export", details...)
	return f, false
}
