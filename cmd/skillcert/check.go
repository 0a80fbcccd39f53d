package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/cmd/skillcert/internal/xlsx"
	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/submission"
)

// checkUsage is the text of `skillcert check -h` above the flags.
const checkUsage = `usage: skillcert check [flags] FILE...

Checks certificate submission tables before they are uploaded: CSV in UTF-8
(with or without BOM) or GB18030/GBK, or XLSX (the first sheet). FILE "-"
reads a CSV table from standard input. The header row is found among the
first rows (Anhui's form has a title and a 填报单位 line above it); row
numbers are the file's own (spreadsheet row, CSV line). Blank rows are
skipped and counted. One line per finding, then a summary per file.

Exit status:
  0  every row of every file was read, and no finding is an error
  1  every row was read, and there are error findings
  2  a file could not be checked completely: it does not exist or cannot be
     opened, it is not a CSV or XLSX table, a row cannot be read (bad bytes,
     mixed encodings, broken quoting or XML; the place is named), no header
     row with the required columns, no data rows, a limit was hit; or a
     usage problem. A file that exits 2 is never "clean".

Limits (raise them with the flags below; the defaults fit any real table):
a CSV record of 1 MiB, a cell of 64 KiB, 1024 cells a row, 1,048,576 rows,
the header within the first 10 rows; for XLSX also 4 GiB of decompressed
parts, so a zip bomb is refused as soon as it passes them (an XLSX cell's
size is counted in characters).

flags:
`

// check is `skillcert check FILE…`: see checkUsage.
func check(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("skillcert check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, checkUsage)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "write JSON Lines: one object per finding, then one summary object per file")
	todayFlag := fs.String("today", "", "the date birth dates must not be after, YYYY-MM-DD (default: today)")
	wtFile := fs.String("worktypes", "", "a CSV table of work types (职业编码,职业名称,工种,级别) to check against, instead of the seeds' table")
	quiet := fs.Bool("q", false, "no progress bar")
	limp := limitFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opts := submission.Options{Limits: *limp}
	if *todayFlag != "" {
		t, err := time.Parse(time.DateOnly, *todayFlag)
		if err != nil {
			fmt.Fprintf(stderr, "skillcert check: -today %s: want YYYY-MM-DD\n", skillcert.Quote(*todayFlag))
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
	return eachTable(fs.Args(), stdout, *asJSON, func(name string, r *report) (submission.Summary, error) {
		return checkFile(name, stdin, opts, r, progressFor(stderr, *quiet))
	})
}

func add(a, b submission.Summary) submission.Summary {
	return submission.Summary{Rows: a.Rows + b.Rows, Clean: a.Clean + b.Clean, WithFindings: a.WithFindings + b.WithFindings,
		Errors: a.Errors + b.Errors, Warnings: a.Warnings + b.Warnings, Infos: a.Infos + b.Infos, Blank: a.Blank + b.Blank}
}

func describe(s submission.Summary) string {
	return fmt.Sprintf("%d rows read, %d clean, %d with findings; %d errors, %d warnings, %d info; %d blank rows skipped",
		s.Rows, s.Clean, s.WithFindings, s.Errors, s.Warnings, s.Infos, s.Blank)
}

// report prints findings as lines or JSON Lines.
type report struct {
	file   string
	out    io.Writer
	json   *json.Encoder
	asJSON bool
}

type findingJSON struct {
	Schema   int    `json:"schema"`
	File     string `json:"file"`
	Row      int    `json:"row"`
	Column   string `json:"column,omitempty"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
	English  string `json:"english"`
	Value    string `json:"value,omitempty"`
	Source   string `json:"source,omitempty"`
}

// summaryJSON is a file's summary in JSON; Complete is false when the file
// could not be read completely (exit status 2).
type summaryJSON struct {
	Rows         int  `json:"rows"`
	Clean        int  `json:"clean"`
	WithFindings int  `json:"with_findings"`
	Errors       int  `json:"errors"`
	Warnings     int  `json:"warnings"`
	Infos        int  `json:"infos"`
	Blank        int  `json:"blank"`
	HeaderRow    int  `json:"header_row"`
	Complete     bool `json:"complete"`
}

func toJSON(s submission.Summary, complete bool) summaryJSON {
	return summaryJSON{s.Rows, s.Clean, s.WithFindings, s.Errors, s.Warnings, s.Infos, s.Blank, s.HeaderRow, complete}
}

func (r *report) finding(f skillcert.Finding) error {
	if r.asJSON {
		return r.json.Encode(findingJSON{jsonSchema, r.file, f.Row, f.Column, f.Severity.String(), f.Rule, f.Message, f.English, f.Value, f.Source})
	}
	where := r.file
	if f.Row > 0 {
		where += fmt.Sprintf(":%d", f.Row)
	}
	if f.Column != "" {
		where += ": " + f.Column
	}
	src := ""
	if f.Source != "" {
		src = " (" + f.Source + ")"
	}
	_, err := fmt.Fprintf(r.out, "%s: %s %s: %s / %s%s\n", where, f.Severity, f.Rule, f.Message, f.English, src)
	return err
}

func (r *report) summary(s submission.Summary) {
	if r.asJSON {
		r.json.Encode(struct {
			Schema  int         `json:"schema"`
			File    string      `json:"file"`
			Summary summaryJSON `json:"summary"`
		}{jsonSchema, r.file, toJSON(s, true)})
		return
	}
	fmt.Fprintf(r.out, "%s: %s\n", r.file, describe(s))
}

// fileError reports a file that could not be checked completely.
func (r *report) fileError(err error, s submission.Summary) {
	msg := err.Error()
	if len(msg) > 2000 {
		msg = msg[:2000] + "…"
	}
	if r.asJSON {
		r.json.Encode(struct {
			Schema  int         `json:"schema"`
			File    string      `json:"file"`
			Error   string      `json:"error"`
			Summary summaryJSON `json:"summary"`
		}{jsonSchema, r.file, msg, toJSON(s, false)})
		return
	}
	fmt.Fprintf(r.out, "%s: error: %s\n", r.file, msg)
	if errors.Is(err, skillcert.ErrLimit) {
		fmt.Fprintf(r.out, "%s: a limit stopped the read; raise it with -max-record-bytes, -max-cell-bytes, -max-columns, -max-rows or -max-xlsx-bytes\n", r.file)
	}
	fmt.Fprintf(r.out, "%s: NOT FULLY READ: %s until then\n", r.file, describe(s))
}

// checkFile checks one file, CSV or XLSX by its name; "-" is a CSV table on
// standard input.
func checkFile(name string, stdin io.Reader, opts submission.Options, r *report, p *progress) (submission.Summary, error) {
	rows, _, done, err := openTable(name, stdin, opts.Limits, p)
	if err != nil {
		return submission.Summary{}, err
	}
	defer done()
	return submission.NewChecker(opts).CheckRows(rows, r.finding)
}

// openTable opens a table for check and verify: CSV or XLSX by its name, "-"
// a CSV table on standard input. size is the file's size (0 for standard
// input); done closes the file and clears the progress bar.
func openTable(name string, stdin io.Reader, lim submission.Limits, p *progress) (rows iter.Seq2[submission.Row, error], size int64, done func(), err error) {
	if name == "-" {
		return submission.CSVRows(stdin, lim), 0, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, nil, err
	}
	info, err := f.Stat()
	if err == nil && info.IsDir() {
		err = errors.New("is a folder, not a table")
	}
	if err != nil {
		f.Close()
		return nil, 0, nil, err
	}
	done = func() { p.done(); f.Close() }
	if strings.EqualFold(filepath.Ext(name), ".xlsx") {
		rows, err = xlsxRows(p.readerAt(f, name, info.Size()), info.Size(), lim)
		if err != nil {
			done()
			return nil, 0, nil, err
		}
		return rows, info.Size(), done, nil
	}
	return submission.CSVRows(p.reader(f, name, info.Size()), lim), info.Size(), done, nil
}

// eachTable runs one command over every table named, reporting each table's
// findings and summary, and returns the exit status: 2 when a table could
// not be read completely, else 1 when one has error findings, else 0.
func eachTable(names []string, stdout io.Writer, asJSON bool, one func(name string, r *report) (submission.Summary, error)) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	status := 0
	var total submission.Summary
	for _, name := range names {
		r := report{file: name, out: stdout, json: enc, asJSON: asJSON}
		sum, err := one(name, &r)
		total = add(total, sum)
		if err != nil {
			status = 2
			r.fileError(err, sum)
			continue
		}
		r.summary(sum)
		if sum.Errors > 0 {
			status = max(status, 1)
		}
	}
	if len(names) > 1 && !asJSON {
		fmt.Fprintf(stdout, "total: %s\n", describe(total))
	}
	return status
}

// limitFlags defines the flags that raise the limits on a table, for check
// and verify alike, and returns the limits they set.
func limitFlags(fs *flag.FlagSet) *submission.Limits {
	var lim submission.Limits
	fs.IntVar(&lim.MaxRecordBytes, "max-record-bytes", submission.DefaultMaxRecordBytes, "the most bytes of one CSV record")
	fs.IntVar(&lim.MaxCellBytes, "max-cell-bytes", submission.DefaultMaxCellBytes, "the most bytes of one cell (for XLSX: characters)")
	fs.IntVar(&lim.MaxColumns, "max-columns", submission.DefaultMaxColumns, "the most cells of one row")
	fs.IntVar(&lim.MaxRows, "max-rows", submission.DefaultMaxRows, "the most rows of one table, blank rows included")
	fs.Int64Var(&xlsxBytes, "max-xlsx-bytes", xlsx.DefaultLimits().MaxBytes, "the most bytes an XLSX file may decompress to (a zip bomb is refused when it reaches them)")
	fs.IntVar(&lim.HeaderRows, "header-rows", submission.DefaultHeaderRows, "how many non-blank rows at the top are searched for the header")
	return &lim
}

// xlsxBytes is -max-xlsx-bytes: the XLSX limit the CSV limits have no
// counterpart for.
var xlsxBytes int64

// xlsxRows yields the first sheet's rows, numbered as the spreadsheet numbers
// them, read by the streaming reader under the same limits as CSV tables
// (rows, columns, cell size) and -max-xlsx-bytes.
func xlsxRows(r io.ReaderAt, size int64, lim submission.Limits) (iter.Seq2[submission.Row, error], error) {
	book, err := xlsx.Open(r, size, xlsx.Limits{MaxBytes: xlsxBytes, MaxRows: lim.MaxRows, MaxCols: lim.MaxColumns, MaxCell: lim.MaxCellBytes})
	if err != nil {
		return nil, err
	}
	return func(yield func(submission.Row, error) bool) {
		for row, err := range book.Rows("") {
			if !yield(submission.Row{Num: row.Num, Cells: row.Cells}, err) || err != nil {
				return
			}
		}
	}, nil
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

// readerAt is reader for random access, as the XLSX reader reads.
func (p *progress) readerAt(r io.ReaderAt, name string, size int64) io.ReaderAt {
	if !p.on || size < 1<<20 {
		return r
	}
	p.name, p.size, p.read = name, size, 0
	return progressReaderAt{r, p}
}

type progressReaderAt struct {
	r io.ReaderAt
	p *progress
}

// ReadAt reads and redraws the bar, counting the bytes read so far.
func (pr progressReaderAt) ReadAt(b []byte, off int64) (int, error) {
	n, err := pr.r.ReadAt(b, off)
	pr.p.advance(n)
	return n, err
}

type progressReader struct {
	r io.Reader
	p *progress
}

// Read reads and redraws the bar at most five times a second.
func (pr progressReader) Read(b []byte) (int, error) {
	n, err := pr.r.Read(b)
	pr.p.advance(n)
	return n, err
}

// advance counts n bytes read and redraws the bar at most five times a second.
func (p *progress) advance(n int) {
	p.read += int64(n)
	if p.read > p.size {
		p.read = p.size
	}
	if now := time.Now(); now.Sub(p.drawn) > 200*time.Millisecond {
		p.drawn, p.started = now, true
		done := int(30 * p.read / p.size)
		fmt.Fprintf(p.w, "\r%s [%s%s] %3d%%", p.name, strings.Repeat("#", done), strings.Repeat(" ", 30-done), 100*p.read/p.size)
	}
}

func (p *progress) done() {
	if p.started {
		fmt.Fprint(p.w, "\r\033[K")
		p.started = false
	}
}
