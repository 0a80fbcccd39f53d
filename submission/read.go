package submission

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding is how a CSV file's text is encoded.
type Encoding uint8

// The encodings Chinese spreadsheets export CSV in.
const (
	UTF8    Encoding = iota + 1 // UTF-8 without a byte-order mark
	UTF8BOM                     // UTF-8 with a byte-order mark, as Excel writes "CSV UTF-8"
	GB18030                     // GB18030, a superset of GBK, as Excel writes "CSV" on a Chinese system
)

// String returns "UTF-8", "UTF-8 with BOM" or "GB18030".
func (e Encoding) String() string {
	return [...]string{"", "UTF-8", "UTF-8 with BOM", "GB18030"}[e]
}

// Errors of reading a table.
var (
	ErrEmpty  = errors.New("submission: the file is empty")
	ErrNoRows = errors.New("submission: the table has a header but no rows")
	ErrBinary = errors.New("submission: the file is not a text table (it holds NUL bytes or a UTF-16 byte-order mark); save it as CSV in UTF-8 or GB18030, or as XLSX")
)

// sniffSize is how much of a file Decode looks at to tell its encoding.
const sniffSize = 64 << 10

// Decode returns a reader of the table's text in UTF-8, and the encoding it
// found: UTF-8 with or without BOM when the start of the file is valid UTF-8,
// GB18030 (and so GBK) otherwise (golang.org/x/text/encoding).
func Decode(r io.Reader) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, 0, err
	}
	if len(head) == 0 {
		return nil, 0, ErrEmpty
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.IndexByte(head, 0) >= 0 {
		return nil, 0, ErrBinary
	}
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
		return br, UTF8BOM, nil
	}
	// A character cut by the end of the window is not a reason to doubt UTF-8.
	check := head
	for i := 0; i < 3 && len(check) > 0 && len(head) == sniffSize && !utf8.Valid(check); i++ {
		check = check[:len(check)-1]
	}
	if utf8.Valid(check) {
		return br, UTF8, nil
	}
	return simplifiedchinese.GB18030.NewDecoder().Reader(br), GB18030, nil
}

// CheckCSV reads a CSV table (Decode's encodings), checks every row and
// calls emit for each finding in row order, then for the findings of Finish.
// A header without a required column is a *HeaderError before any row is
// read; a file that is not CSV is an error that says at which line.
func CheckCSV(r io.Reader, opts Options, emit func(Finding) error) (Summary, Encoding, error) {
	text, enc, err := Decode(r)
	if err != nil {
		return Summary{}, 0, err
	}
	cr := csv.NewReader(text)
	cr.FieldsPerRecord = -1 // ragged rows are findings, not read errors
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return Summary{}, enc, ErrEmpty
	}
	if err != nil {
		return Summary{}, enc, fmt.Errorf("submission: reading the header: %w", err)
	}
	c := NewChecker(opts)
	if err := c.Header(header); err != nil {
		return Summary{}, enc, err
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return c.Summary(), enc, fmt.Errorf("submission: %w", err)
		}
		for _, f := range c.Row(rec) {
			if err := emit(f); err != nil {
				return c.Summary(), enc, err
			}
		}
	}
	if c.Summary().Rows == 0 {
		return c.Summary(), enc, ErrNoRows
	}
	for _, f := range c.Finish() {
		if err := emit(f); err != nil {
			return c.Summary(), enc, err
		}
	}
	return c.Summary(), enc, nil
}
