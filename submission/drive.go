package submission

import (
	"errors"
	"io"
	"iter"
	"strings"

	"github.com/skillcert/skillcert"
)

// Row is one row of a table as a source reads it.
type Row struct {
	// Num is the row's number as the file's own program shows it: the
	// spreadsheet row, or the CSV line the record starts on.
	Num int
	// Cells are the row's cells in order; a source may reuse the slice for
	// the next row.
	Cells []string
}

// CheckCSV checks the CSV table r (see CSV for the encodings) with
// NewChecker(opts).CheckRows and returns the summary and the encoding found.
func CheckCSV(r io.Reader, opts Options, emit func(skillcert.Finding) error) (Summary, Encoding, error) {
	src := NewCSV(r, opts.Limits)
	sum, err := NewChecker(opts).CheckRows(src.Rows(), emit)
	return sum, src.Encoding(), err
}

// CheckRows is the one table check, for rows from any source (CSV here; the
// skillcert tool feeds it XLSX). It finds the header row among the first
// Limits.HeaderRows rows that are not blank (Anhui's form has a title and a
// 填报单位 line above it), checks every row below it, and calls emit for each
// finding in row order, then for the findings of the table as a whole
// (Finish). Blank rows (every cell empty or spaces, as ",,,," rows Excel
// leaves) are skipped and counted in Summary.Blank. A row with fewer cells
// than the header reads as if the missing cells were empty; cells beyond the
// header that hold text are a submission.row.ragged finding.
//
// The error is nil only when every row was read. A row the source cannot
// read ends the check with that error (a *ReadError names the row); a
// limit of Options.Limits ends it with a *ReadError whose Kind is
// skillcert.ErrLimit; a table without a header row is a *HeaderError, an
// empty one ErrEmpty, a header without rows ErrNoRows. An error of emit ends
// the check and is returned as it is. The Summary counts what was read until
// then. A Checker checks one table: a second call is an error.
func (c *Checker) CheckRows(rows iter.Seq2[Row, error], emit func(skillcert.Finding) error) (Summary, error) {
	if c == nil || rows == nil || emit == nil || c.started {
		return Summary{}, &skillcert.Error{Pkg: "submission", What: "table", Kind: skillcert.ErrArgument,
			Want: "a Checker from NewChecker, used for one table, rows and an emit function"}
	}
	c.started = true
	lim := c.opts.Limits.withDefaults()
	var (
		seen, above int
		best        *HeaderError
		bestFound   = -1
		stop        error
	)
	for r, err := range rows {
		if err != nil {
			stop = readErrorAt(err, r.Num)
			break
		}
		if seen++; seen > lim.MaxRows {
			stop = limitError(r.Num, "more than "+itoa(lim.MaxRows)+" rows (Limits.MaxRows)", "超过 "+itoa(lim.MaxRows)+" 行的上限")
			break
		}
		if len(r.Cells) > lim.MaxColumns {
			stop = limitError(r.Num, itoa(len(r.Cells))+" cells, more than "+itoa(lim.MaxColumns)+" (Limits.MaxColumns)",
				itoa(len(r.Cells))+" 格，超过 "+itoa(lim.MaxColumns)+" 格的上限")
			break
		}
		blank := true
		for i, cell := range r.Cells {
			if len(cell) > lim.MaxCellBytes {
				stop = limitError(r.Num, "cell "+itoa(i+1)+" holds "+itoa(len(cell))+" bytes, more than "+itoa(lim.MaxCellBytes)+" (Limits.MaxCellBytes)",
					"第 "+itoa(i+1)+" 格有 "+itoa(len(cell))+" 字节，超过 "+itoa(lim.MaxCellBytes)+" 字节的上限")
				break
			}
			if blank && !isBlank(cell) {
				blank = false
			}
		}
		if stop != nil {
			break
		}
		if blank {
			c.sum.Blank++
			continue
		}
		if c.sum.HeaderRow == 0 {
			err := c.Header(r)
			if err == nil {
				continue
			}
			var he *HeaderError
			if !errors.As(err, &he) || he.Dup != "" {
				return c.sum, err // the header row, naming a column twice
			}
			if f := he.matched; f > bestFound {
				best, bestFound = he, f
			}
			if above++; above >= lim.HeaderRows {
				return c.sum, best
			}
			continue
		}
		for _, f := range c.Row(r) {
			if err := emit(f); err != nil {
				return c.sum, err
			}
		}
	}
	if stop != nil {
		return c.sum, stop
	}
	switch {
	case c.sum.HeaderRow == 0 && best != nil:
		return c.sum, best
	case c.sum.HeaderRow == 0:
		return c.sum, ErrEmpty
	case c.sum.Rows == 0:
		return c.sum, ErrNoRows
	}
	for _, f := range c.Finish() {
		if err := emit(f); err != nil {
			return c.sum, err
		}
	}
	return c.sum, nil
}

// isBlank reports whether a cell holds nothing but spaces.
func isBlank(s string) bool {
	if s != "" && spaceByte[s[0]]&spaceFirst == 0 {
		return false // the common case: the first character is no space
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return strings.TrimSpace(s[i:]) == ""
		}
	}
	return true
}

func limitError(row int, en, zh string) error {
	return &ReadError{Row: row, Offset: -1, Kind: skillcert.ErrLimit, English: en, Chinese: zh}
}

// readErrorAt makes sure a source's error names the row.
func readErrorAt(err error, row int) error {
	var re *ReadError
	if errors.As(err, &re) || errors.Is(err, ErrBinary) {
		return err
	}
	return &ReadError{Row: row, Offset: -1, Err: err}
}
