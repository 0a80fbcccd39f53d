package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path/filepath"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certificate"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/submission"
)

// verifyUsage is the text of `skillcert verify -h` above the flags.
const verifyUsage = `usage: skillcert verify -registry FILE [flags] TABLE...

Verifies the certificates of submission tables against the records of the
filed institutions: for each row, that the number is valid and agrees with
the level and the issue year; that its filing number (positions 1–13) is a
filed institution's or branch's, active on the issue date (not yet filed,
suspended, expired, cancelled, closed); that the institution name is the one
filed that day; that the occupation, work type and level were in the filed
scope that day; that the occupation is not 准入类; and what the certificate
says by 人社鉴发〔2021〕1号 (work type "--", level form, resident ID). Across a
table: a certificate number used twice (一证一号) is an error, the same person
twice for one occupation, work type and level a warning.

TABLE is CSV in UTF-8 (with or without BOM) or GB18030/GBK, or XLSX (the first
sheet); "-" reads a CSV table from standard input. The header row is found
as check finds it; row numbers are the file's own. A table without an
institution name column (评价机构) is taken to print the name filed on the
issue date. An issue date that is not a real YYYY-MM-DD date is a submission.date.format
error and the row is not verified further. A table does not hold the
certificate's title, fixed wording or query addresses, so the rules about
those (certificate.title, certificate.query-url, forbidden words in the
wording) are not applied; every other rule of certificate.Check is.

The registry FILE is an institution registry file, as institution.FileStore
writes it (first line {"format":"skillcert-institutions","version":1}).

Exit status:
  0  the registry and every row of every table were read, and no finding is
     an error
  1  everything was read, and there are error findings
  2  the registry is missing or damaged; or a table could not be verified
     completely: it does not exist, it is not a CSV or XLSX table, a row
     cannot be read, no header row with the required columns, no data rows,
     a limit was hit; or a usage problem. A table that exits 2 is never
     "clean".

Limits (raise them with the flags below; the defaults fit any real table):
a CSV record of 1 MiB, a cell of 64 KiB, 1024 cells a row, 1,048,576 rows,
the header within the first 10 rows.

flags:
`

// verify is `skillcert verify -registry FILE TABLE…`: see verifyUsage.
func verify(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("skillcert verify", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, verifyUsage)
		fl.PrintDefaults()
	}
	regFile := fl.String("registry", "", "the institution registry file (required)")
	asJSON := fl.Bool("json", false, "write JSON Lines: one object per finding, then one summary object per table")
	todayFlag := fl.String("today", "", "the date issue dates and birth dates must not be after, YYYY-MM-DD (default: today)")
	quiet := fl.Bool("q", false, "no progress bar")
	limp := limitFlags(fl)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *regFile == "" {
		fmt.Fprintln(stderr, "skillcert verify: -registry FILE is required: the institution registry to verify against")
		fl.Usage()
		return 2
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "skillcert verify: no table: give CSV or XLSX files, or - for standard input")
		fl.Usage()
		return 2
	}
	today := time.Now()
	if *todayFlag != "" {
		t, err := time.Parse(time.DateOnly, *todayFlag)
		if err != nil {
			fmt.Fprintf(stderr, "skillcert verify: -today %s: want YYYY-MM-DD\n", skillcert.Quote(*todayFlag))
			return 2
		}
		today = t
	}
	reg, err := institution.ReadFile(*regFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "skillcert verify: registry %s does not exist; nothing was verified (a missing registry is never taken as empty)\n", skillcert.Quote(*regFile))
		} else {
			fmt.Fprintf(stderr, "skillcert verify: registry %s cannot be read, so nothing was verified: %s\n", skillcert.Quote(*regFile), cut(err.Error(), maxOut))
		}
		return 2
	}
	return eachTable(fl.Args(), stdout, *asJSON, func(name string, r *report) (submission.Summary, error) {
		return verifyFile(name, stdin, reg, *limp, today, r, progressFor(stderr, *quiet))
	})
}

// verifyFile verifies one table, CSV or XLSX by its name; "-" is a CSV table
// on standard input. The summary counts as check's does.
func verifyFile(name string, stdin io.Reader, reg *institution.Registry, lim submission.Limits, today time.Time, r *report, p *progress) (submission.Summary, error) {
	rows, size, done, err := openTable(name, stdin, lim, p)
	if err != nil {
		return submission.Summary{}, err
	}
	defer done()
	// A row of a submission table takes about 130 bytes of CSV; the
	// Verifier sizes its keys once from this guess.
	hint := 0
	if !strings.EqualFold(filepath.Ext(name), ".xlsx") {
		hint = int(min(size/128, int64(submission.DefaultMaxRows)))
	}
	return verifyRows(rows, reg, lim, today, hint, r)
}

// notInTables are the certificate fields no submission table has a column
// for: the title, the fixed wording and the query addresses are printed on
// the certificate, not submitted, so the rules about them are not applied.
var notInTables = map[string]bool{"Title": true, "Text": true, "QueryURL": true, "InstitutionURL": true, "ProvinceURL": true, "PrintSerial": true}

// verifyRows reads rows as certificates and verifies them, reporting each
// finding with the table's own column names.
func verifyRows(rows iter.Seq2[submission.Row, error], reg *institution.Registry, lim submission.Limits, today time.Time, hint int, r *report) (submission.Summary, error) {
	cr := submission.NewCertReader(submission.CertOptions{Limits: lim, Registry: reg})
	v := certificate.NewVerifier(reg, certificate.VerifyOptions{Content: true, Options: certificate.Options{Today: today}, Rows: hint})
	var sum submission.Summary
	count := func(fs []skillcert.Finding) {
		if len(fs) == 0 {
			sum.Clean++
		} else {
			sum.WithFindings++
		}
		for _, f := range fs {
			switch f.Severity {
			case skillcert.SeverityError:
				sum.Errors++
			case skillcert.SeverityWarning:
				sum.Warnings++
			case skillcert.SeverityInfo:
				sum.Infos++
			}
		}
	}
	var one [1]skillcert.Finding
	for row, err := range cr.Rows(rows) {
		var fs []skillcert.Finding
		var ce *submission.CellError
		switch {
		case err == nil:
			// A table does not hold what every certificate prints the same:
			// they are taken as printed right, so Check spends nothing on
			// rules the table cannot answer (notInTables drops any finding
			// about them all the same).
			c := row.Certificate
			c.Title, c.QueryURL, c.InstitutionURL = certificate.Title, certificate.CertificateQueryURL, certificate.InstitutionQueryURL
			all := v.Verify(row.Row, c)
			fs = all[:0]
			for _, f := range all {
				if notInTables[f.Field] {
					continue
				}
				f.Column = cr.Column(f.Field)
				fs = append(fs, f)
			}
		case errors.As(err, &ce):
			// The words of check's submission.date.format finding.
			one[0] = skillcert.Finding{Rule: "submission.date.format", Severity: skillcert.SeverityError, Row: ce.Row, Column: ce.Column,
				Field: "Issued", Value: cut(ce.Err.Input, 200), Message: "日期“" + cut(ce.Err.Input, 120) + "”应为 YYYY-MM-DD 格式",
				English: "the date " + skillcert.Quote(ce.Err.Input) + " must be a real date written YYYY-MM-DD", Source: ce.Err.Source}
			fs = one[:]
		default:
			s := cr.Summary()
			sum.Rows, sum.Blank, sum.HeaderRow = s.Rows, s.Blank, s.HeaderRow
			return sum, err
		}
		count(fs)
		for _, f := range fs {
			if err := r.finding(f); err != nil {
				return sum, err
			}
		}
	}
	s := cr.Summary()
	sum.Rows, sum.Blank, sum.HeaderRow = s.Rows, s.Blank, s.HeaderRow
	return sum, nil
}
