package server_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// exportHeader is the first row of every export, in this order and spelling.
var exportHeader = []string{"id", "title", "start_date", "end_date", "type", "mode", "host_country",
	"beneficiary_countries", "provider_countries", "facilitators", "ip_areas", "sdgs", "modality", "url"}

// csvRows parses a CSV download, header included.
func csvRows(t testing.TB, body []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("reading the CSV: %v\n%.300s", err, body)
	}
	return rows
}

// xlsxRows opens an Excel download and returns its one sheet's rows, header included.
func xlsxRows(t testing.TB, body []byte) [][]string {
	t.Helper()
	book, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("opening the workbook: %v", err)
	}
	defer book.Close()
	sheets := book.GetSheetList()
	if len(sheets) != 1 {
		t.Fatalf("the workbook has sheets %q, want one", sheets)
	}
	rows, err := book.GetRows(sheets[0])
	if err != nil {
		t.Fatalf("reading sheet %s: %v", sheets[0], err)
	}
	return rows
}

var (
	isDate  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	isCodes = regexp.MustCompile(`^([A-Z][A-Z0-9]{1,11}(;[A-Z][A-Z0-9]{1,11})*)?$`)
)

func TestCSVExportHoldsTheFilteredList(t *testing.T) {
	t.Parallel()
	const filter = "?region=Eastern+Africa&type=workshop"
	list := get(t, "/activities"+filter, http.StatusOK)
	if got := list.find("csv").AttrOr("href", ""); got != "/activities.csv"+filter {
		t.Errorf("the list's CSV link is %q, want the same filter: %q", got, "/activities.csv"+filter)
	}
	res := fetch(t, "/activities.csv"+filter)
	if res.status != http.StatusOK || res.header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("the CSV answers %d %q", res.status, res.header.Get("Content-Type"))
	}
	if cd := res.header.Get("Content-Disposition"); cd != `attachment; filename="activities.csv"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	rows := csvRows(t, res.body)
	if !slices.Equal(rows[0], exportHeader) {
		t.Fatalf("the CSV header is\n%q\nwant\n%q", rows[0], exportHeader)
	}
	if got, want := len(rows)-1, list.total(t); got != want {
		t.Errorf("the CSV has %d activities, the list announces %d", got, want)
	}
	for _, r := range rows[1:] {
		if !isDate.MatchString(r[2]) || r[3] != "" && !isDate.MatchString(r[3]) {
			t.Errorf("activity %s has dates %q and %q, want YYYY-MM-DD", r[0], r[2], r[3])
		}
		for _, col := range []int{6, 7, 8, 9} {
			if !isCodes.MatchString(r[col]) {
				t.Errorf("activity %s has %s %q, want codes joined by ;", r[0], exportHeader[col], r[col])
			}
		}
		if r[4] != "workshop" || r[13] != "http://portal.test/activities/"+r[0] {
			t.Errorf("activity %s has type %q and url %q", r[0], r[4], r[13])
		}
	}
	for i, c := range list.cards() { // the download keeps the list's order
		if want := "/activities/" + rows[i+1][0]; c.href != want {
			t.Errorf("row %d of the CSV is %s, the list shows %s there", i+1, want, c.href)
		}
	}
}

func TestCSVExportShowsTheHandMadeActivitiesExactly(t *testing.T) {
	t.Parallel()
	rows := csvRows(t, fetch(t, "/activities.csv").body)
	if got, want := len(rows)-1, len(published(t)); got != want {
		t.Errorf("the unfiltered CSV has %d activities, want every published one: %d", got, want)
	}
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
	}
	row := func(name string, cells ...string) []string {
		id := idOf(t, name)
		return append(append([]string{id}, cells...), "http://portal.test/activities/"+id)
	}
	for _, want := range [][]string{
		row(southSouth, made(t, southSouth).Title, "2019-03-11", "2019-03-15", "workshop", "in_person", "MOZ", "AGO;MOZ", "BRA", "",
			"patents;trademarks", "9;17", "south-south"),
		row(triangular, made(t, triangular).Title, "2018-09-03", "", "seminar", "hybrid", "", "KEN", "IND", "JPN", "", "", "triangular"),
		row(organisation, made(t, organisation).Title, "2020-11-16", "", "expert_mission", "in_person", "", "ETH", "CHN", "UNDP", "", "", "triangular"),
		row(northSouth, made(t, northSouth).Title, "2021-02-01", "", "training", "online", "", "SEN", "FRA", "", "", "", "north-south"),
		// A spreadsheet would run a cell starting with "="; the export defuses it.
		row(formula, "'"+made(t, formula).Title, "2016-10-10", "", "training", "online", "", "MOZ", "BRA", "", "", "", "south-south"),
	} {
		if got := byID[want[0]]; !slices.Equal(got, want) {
			t.Errorf("the CSV row of activity %s is\n%q\nwant\n%q", want[0], got, want)
		}
	}
}

func TestXLSXExportHoldsTheFilteredList(t *testing.T) {
	t.Parallel()
	const filter = "?modality=triangular&year_from=2015"
	list := get(t, "/activities"+filter, http.StatusOK)
	if got := list.find("xlsx").AttrOr("href", ""); got != "/activities.xlsx"+filter {
		t.Errorf("the list's XLSX link is %q, want the same filter", got)
	}
	res := fetch(t, "/activities.xlsx"+filter)
	if ct := res.header.Get("Content-Type"); res.status != http.StatusOK || !strings.Contains(ct, "spreadsheetml") {
		t.Fatalf("the XLSX answers %d %q", res.status, ct)
	}
	rows := xlsxRows(t, res.body)
	if !slices.Equal(rows[0], exportHeader) {
		t.Fatalf("the XLSX header is\n%q\nwant\n%q", rows[0], exportHeader)
	}
	if got, want := len(rows)-1, list.total(t); got != want {
		t.Errorf("the XLSX has %d activities, the list announces %d", got, want)
	}
	id := idOf(t, triangular)
	i := slices.IndexFunc(rows, func(r []string) bool { return r[0] == id })
	if i < 0 || rows[i][1] != made(t, triangular).Title || rows[i][9] != "JPN" {
		t.Errorf("the XLSX does not hold the hand-made triangular activity %s as written", id)
	}
}
