package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/submission"
)

// check is `skillcert check FILE…`: it checks certificate submission tables
// (CSV in UTF-8 or GB18030, or XLSX) and prints one line per finding and a
// summary per file. It exits 1 when any file has an error.
func check(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "FILE...", stderr)
	asJSON := fs.Bool("json", false, "write JSON Lines: one object per finding, then one summary object per file")
	todayFlag := fs.String("today", "", "the date birth dates must not be after, YYYY-MM-DD (default: today)")
	wtFile := fs.String("worktypes", "", "a CSV table of work types (职业编码,职业名称,工种,级别) to check against, instead of the seeds' table")
	quiet := fs.Bool("q", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opts := submission.Options{}
	if *todayFlag != "" {
		t, err := time.Parse(time.DateOnly, *todayFlag)
		if err != nil {
			fmt.Fprintf(stderr, "skillcert check: -today %q: want YYYY-MM-DD\n", *todayFlag)
			return 2
		}
		opts.Today = t
	}
	if *wtFile != "" {
		f, err := os.Open(*wtFile)
		if err != nil {
			fmt.Fprintf(stderr, "skillcert check: %v\n", err)
			return 2
		}
		wt, err := occupation.ReadWorkTypes(f, *wtFile)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "skillcert check: %v\n", err)
			return 2
		}
		opts.WorkTypes = wt
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	status := 0
	var total submission.Summary
	for _, name := range fs.Args() {
		r := report{file: name, out: stdout, json: enc, asJSON: *asJSON}
		sum, err := checkFile(name, opts, &r, progressFor(stderr, *quiet))
		total = add(total, sum)
		if err != nil {
			status = 1
			r.fileError(err)
			continue
		}
		r.summary(sum)
		if sum.Errors > 0 {
			status = 1
		}
	}
	if len(fs.Args()) > 1 && !*asJSON {
		fmt.Fprintf(stdout, "total: %s\n", describe(total))
	}
	return status
}

func add(a, b submission.Summary) submission.Summary {
	return submission.Summary{Rows: a.Rows + b.Rows, Clean: a.Clean + b.Clean, WithFindings: a.WithFindings + b.WithFindings,
		Errors: a.Errors + b.Errors, Warnings: a.Warnings + b.Warnings, Infos: a.Infos + b.Infos}
}

func describe(s submission.Summary) string {
	return fmt.Sprintf("%d rows read, %d clean, %d with findings; %d errors, %d warnings, %d info",
		s.Rows, s.Clean, s.WithFindings, s.Errors, s.Warnings, s.Infos)
}

// report prints findings as lines or JSON Lines.
type report struct {
	file   string
	out    io.Writer
	json   *json.Encoder
	asJSON bool
}

type findingJSON struct {
	File     string `json:"file"`
	Row      int    `json:"row"`
	Column   string `json:"column,omitempty"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
	English  string `json:"english"`
	Value    string `json:"value,omitempty"`
}

func (r *report) finding(f submission.Finding) error {
	if r.asJSON {
		return r.json.Encode(findingJSON{r.file, f.Row, f.Column, f.Severity.String(), f.Rule, f.Message, f.English, f.Value})
	}
	where := r.file
	if f.Row > 0 {
		where += fmt.Sprintf(":%d", f.Row)
	}
	if f.Column != "" {
		where += ": " + f.Column
	}
	_, err := fmt.Fprintf(r.out, "%s: %s %s: %s / %s\n", where, f.Severity, f.Rule, f.Message, f.English)
	return err
}

func (r *report) summary(s submission.Summary) {
	if r.asJSON {
		r.json.Encode(struct {
			File    string             `json:"file"`
			Summary submission.Summary `json:"summary"`
		}{r.file, s})
		return
	}
	fmt.Fprintf(r.out, "%s: %s\n", r.file, describe(s))
}

func (r *report) fileError(err error) {
	if r.asJSON {
		r.json.Encode(struct {
			File  string `json:"file"`
			Error string `json:"error"`
		}{r.file, err.Error()})
		return
	}
	fmt.Fprintf(r.out, "%s: error: %v\n", r.file, err)
}

// checkFile checks one file, CSV or XLSX by its name.
func checkFile(name string, opts submission.Options, r *report, p *progress) (submission.Summary, error) {
	f, err := os.Open(name)
	if err != nil {
		return submission.Summary{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return submission.Summary{}, err
	}
	if info.IsDir() {
		return submission.Summary{}, errors.New("is a folder, not a table")
	}
	defer p.done()
	if strings.EqualFold(filepath.Ext(name), ".xlsx") {
		return checkXLSX(f, info.Size(), opts, r, p)
	}
	sum, _, err := submission.CheckCSV(p.reader(f, name, info.Size()), opts, r.finding)
	return sum, err
}

// checkXLSX streams the first sheet's rows (excelize's Rows iterator) through
// the checker.
func checkXLSX(f *os.File, size int64, opts submission.Options, r *report, p *progress) (submission.Summary, error) {
	book, err := excelize.OpenReader(p.reader(f, f.Name(), size))
	if err != nil {
		return submission.Summary{}, fmt.Errorf("not a readable XLSX file: %w", err)
	}
	defer book.Close()
	sheets := book.GetSheetList()
	if len(sheets) == 0 {
		return submission.Summary{}, errors.New("the workbook has no sheet")
	}
	rows, err := book.Rows(sheets[0])
	if err != nil {
		return submission.Summary{}, fmt.Errorf("sheet %q: %w", sheets[0], err)
	}
	defer rows.Close()
	c := submission.NewChecker(opts)
	var header []string
	for rows.Next() {
		cells, err := rows.Columns()
		if err != nil {
			return c.Summary(), fmt.Errorf("sheet %q: %w", sheets[0], err)
		}
		if header == nil {
			if len(cells) == 0 {
				continue // blank rows above the header
			}
			header = cells
			if err := c.Header(cells); err != nil {
				return submission.Summary{}, err
			}
			continue
		}
		// A spreadsheet stores no trailing empty cells: pad to the header.
		for len(cells) < len(header) {
			cells = append(cells, "")
		}
		for _, fd := range c.Row(cells) {
			if err := r.finding(fd); err != nil {
				return c.Summary(), err
			}
		}
	}
	if err := rows.Error(); err != nil {
		return c.Summary(), err
	}
	switch {
	case header == nil:
		return submission.Summary{}, submission.ErrEmpty
	case c.Summary().Rows == 0:
		return submission.Summary{}, submission.ErrNoRows
	}
	for _, fd := range c.Finish() {
		if err := r.finding(fd); err != nil {
			return c.Summary(), err
		}
	}
	return c.Summary(), nil
}

// progress draws a bar on standard error while a large file is read, when
// standard error is a terminal.
type progress struct {
	w       io.Writer
	on      bool
	name    string
	size    int64
	read    int64
	drawn   time.Time
	started bool
}

func progressFor(stderr io.Writer, quiet bool) *progress {
	f, ok := stderr.(*os.File)
	on := false
	if ok && !quiet {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: stderr, on: on}
}

func (p *progress) reader(r io.Reader, name string, size int64) io.Reader {
	if !p.on || size < 1<<20 {
		return r
	}
	p.name, p.size, p.read = name, size, 0
	return progressReader{r, p}
}

type progressReader struct {
	r io.Reader
	p *progress
}

// Read reads and redraws the bar at most five times a second.
func (pr progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	p := pr.p
	p.read += int64(n)
	if now := time.Now(); now.Sub(p.drawn) > 200*time.Millisecond {
		p.drawn, p.started = now, true
		done := int(30 * p.read / p.size)
		fmt.Fprintf(p.w, "\r%s [%s%s] %3d%%", p.name, strings.Repeat("#", done), strings.Repeat(" ", 30-done), 100*p.read/p.size)
	}
	return n, err
}

func (p *progress) done() {
	if p.started {
		fmt.Fprint(p.w, "\r\033[K")
		p.started = false
	}
}
