package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/skillcert/skillcert/calendar"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/region"
)

// jsonSchema is the version of the JSON the commands write with -json: every
// object carries it as "schema", and it changes only when a key changes
// meaning or goes away (new keys may be added within one version).
const jsonSchema = 1

// table is one embedded table and the document or edition it is.
type table struct {
	Package  string `json:"package"`
	Table    string `json:"table"`
	Document string `json:"document"`
	Date     string `json:"date,omitempty"`
}

// versionInfo is what skillcert version prints.
type versionInfo struct {
	Schema        int     `json:"schema"`
	Module        string  `json:"module"`
	Version       string  `json:"version"`
	Go            string  `json:"go"`
	CalendarYears [2]int  `json:"calendar_years"`
	Tables        []table `json:"tables"`
}

func versionData() versionInfo {
	v := versionInfo{Schema: jsonSchema, Module: "github.com/skillcert/skillcert", Version: "(devel)"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		v.Go = bi.GoVersion
		for _, d := range bi.Deps {
			if d.Path == v.Module {
				v.Version = d.Version
			}
		}
	}
	years := calendar.Default().Years()
	if len(years) > 0 {
		v.CalendarYears = [2]int{years[0], years[len(years)-1]}
	}
	v.Tables = append(v.Tables, table{"occupation", "occupation dictionary", occupation.EditionTitle, occupation.EditionDate})
	for _, s := range occupation.Sources() {
		if s.Document == occupation.EditionTitle {
			continue
		}
		v.Tables = append(v.Tables, table{"occupation", s.Table, s.Document, s.Date})
	}
	for _, s := range region.Sources() {
		v.Tables = append(v.Tables, table{"region", s.Table, s.Document, s.Date})
	}
	for _, s := range level.Sources() {
		v.Tables = append(v.Tables, table{"level", s.Table, s.Document, s.Date})
	}
	v.Tables = append(v.Tables, table{"calendar", "statutory working days", calendar.Source, ""})
	return v
}

// version prints the module's version and what every embedded table is: the
// occupation dictionary's edition, the documents the region and level tables
// are read from, and the years the statutory calendar knows.
func version(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", stderr)
	jsonOut := fs.Bool("json", false, "write one JSON object")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "skillcert version: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	v := versionData()
	if *jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			fmt.Fprintln(stderr, "skillcert version:", err)
			return 2
		}
		return 0
	}
	fmt.Fprintf(stdout, "skillcert %s (%s)\n", v.Version, v.Go)
	fmt.Fprintf(stdout, "statutory calendar: %d–%d (more years: -holidays FILE in the holiday-cn layout)\n", v.CalendarYears[0], v.CalendarYears[1])
	for _, t := range v.Tables {
		line := t.Package + ": " + t.Table + ": " + t.Document
		if t.Date != "" {
			line += " (" + t.Date + ")"
		}
		fmt.Fprintln(stdout, line)
	}
	return 0
}
