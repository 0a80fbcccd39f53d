package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/skillcert/skillcert"
)

// Limits bound the work and memory that reading one workbook may take, so
// that a hostile file (a zip bomb, a sheet of a million columns, a cell of a
// gigabyte) is refused quickly with an error of kind skillcert.ErrLimit that
// names the limit. A field that is zero or negative takes its value from
// DefaultLimits.
//
// In the skillcert tool, -max-xlsx-bytes, -max-rows, -max-columns and -max-cell-bytes
// raise them.
type Limits struct {
	// MaxBytes is how many decompressed bytes may be read from all the parts
	// of the workbook together (the sheet, the shared strings, the workbook
	// and relationship parts), over the life of the Book. The shared strings
	// are held in memory, so it also bounds memory. Raised with -max-xlsx-bytes.
	MaxBytes int64
	// MaxRows is how many <row> elements a sheet may hold, blank ones
	// included. Raised with -max-rows.
	MaxRows int
	// MaxCols is the highest column (1 = A) that may hold a value; empty
	// cells beyond it are ignored. Raised with -max-columns.
	MaxCols int
	// MaxCell is how many characters one cell's value may have. Raised with
	// -max-cell-bytes.
	MaxCell int
}

// DefaultLimits returns limits that fit any real submission table with a wide
// margin: 4 GiB of decompressed XML (a 12-column submission table written by
// excelize takes about 800 bytes a row, so 2,000,000 rows take 1.6 GB; with
// shared strings, as Excel writes it, about half that), 2,000,000 rows (a sheet
// holds at most 1,048,576), 256 columns (a submission table has about 12) and
// 32,768 characters per cell (Excel's own limit for one cell).
//
// Decompression stays bounded in time too: a 1 MB file cannot inflate to
// more than about 1 GB (deflate expands at most about 1,000 times), which the
// reader scans in a few seconds with flat memory.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes: 4 << 30,
		MaxRows:  2_000_000,
		MaxCols:  256,
		MaxCell:  32 << 10,
	}
}

func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxRows <= 0 {
		l.MaxRows = d.MaxRows
	}
	if l.MaxCols <= 0 {
		l.MaxCols = d.MaxCols
	}
	if l.MaxCell <= 0 {
		l.MaxCell = d.MaxCell
	}
	return l
}

// Row is one <row> of a sheet.
type Row struct {
	// Num is the spreadsheet's own 1-based row number, as Excel shows it at
	// the left of the row. Rows the file does not contain are not produced, so
	// Num may jump (from 3 to 1048576, say). With an error, Num is the row
	// being read when it happened, or 0 when no row was.
	Num int
	// Cells holds the values by column: Cells[0] is column A. A cell the file
	// does not contain, or that has no value, is "". Cells ends at the last
	// cell with a value, so a blank row (one that is only styled) has none.
	// The slice is reused for a later row: it is valid until the loop
	// over Rows goes on; copy it to keep it (slices.Clone). The strings
	// are the caller's to keep.
	Cells []string
}

// Book is an open workbook. Its methods read the underlying io.ReaderAt; a
// Book may be used by one goroutine at a time.
type Book struct {
	zr     *zip.Reader
	lim    Limits
	files  map[string]*zip.File // by lower-cased part name
	sheets []sheetRef
	sst    string // part name of the shared strings, "" when there are none
	used   atomic.Int64

	mu      sync.Mutex
	loaded  bool
	strings *sharedStrings
	sstErr  error
}

type sheetRef struct {
	name string
	part string // "" when the relationship is missing (see err)
	err  error
}

const (
	// maxSheetRow and maxSheetCol are the largest row and column a sheet can
	// have (1048576 and XFD), ECMA-376 Part 1 §18.3.1.73 and Excel's limits.
	maxSheetRow = 1 << 20
	maxSheetCol = 1 << 14
	// maxSmallPart bounds the workbook and relationship parts, which hold a
	// few lines per sheet.
	maxSmallPart = 16 << 20
)

// Open reads the directory of the workbook in r (size bytes: a file's size
// from Stat) and the list of its sheets. It reads no cells; Rows does.
//
// A file that is not an XLSX workbook gets an error that says what it is when
// that can be told (a password-protected workbook or a legacy .xls, an
// OpenDocument .ods, an .xlsb, a Word document), and a damaged or truncated
// file an error of kind skillcert.ErrSyntax.
func Open(r io.ReaderAt, size int64, lim Limits) (*Book, error) {
	if r == nil {
		return nil, fileErr(skillcert.ErrArgument, errors.New("nil reader"), "")
	}
	if size < 0 {
		return nil, fileErr(skillcert.ErrArgument, fmt.Errorf("negative size %d", size), "")
	}
	var head [8]byte
	n, _ := r.ReadAt(head[:], 0)
	switch {
	case n == 8 && bytes.Equal(head[:], []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return nil, fileErr(skillcert.ErrSyntax,
			errors.New("an OLE compound file: a password-protected workbook or a legacy .xls"),
			"an XLSX workbook without a password: open it in Excel or WPS and save it as .xlsx (Excel 工作簿) with no password")
	case n < 4 || string(head[:2]) != "PK":
		return nil, fileErr(skillcert.ErrSyntax, errors.New("not a zip archive"),
			"an XLSX workbook (a zip archive of XML parts)")
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fileErr(skillcert.ErrSyntax, fmt.Errorf("damaged or truncated zip archive: %w", err),
			"a complete XLSX workbook; copy or download the file again")
	}
	b := &Book{zr: zr, lim: lim.orDefault(), files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		k := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := b.files[k]; dup {
			return nil, partErr(f.Name, 0, skillcert.ErrSyntax, errors.New("the zip archive holds this part twice"),
				"each part once, as Excel writes it")
		}
		b.files[k] = f
	}
	if err := b.sniff(); err != nil {
		return nil, err
	}
	wb := "xl/workbook.xml"
	if rels, ok := b.files["_rels/.rels"]; ok {
		rs, err := b.readRels(rels.Name)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if strings.HasSuffix(r.typ, "/officeDocument") && r.mode != "External" {
				wb = resolve("", r.target)
				break
			}
		}
	}
	if b.file(wb) == nil {
		return nil, partErr(wb, 0, skillcert.ErrSyntax, errors.New("the workbook part is missing"),
			"an XLSX workbook saved by Excel, WPS or LibreOffice")
	}
	if err := b.readWorkbook(wb); err != nil {
		return nil, err
	}
	return b, nil
}

// sniff tells other kinds of zip archive from a workbook.
func (b *Book) sniff() error {
	if f := b.file("mimetype"); f != nil && f.UncompressedSize64 < 256 {
		if rc, err := f.Open(); err == nil {
			buf, _ := io.ReadAll(io.LimitReader(rc, 256))
			rc.Close()
			if bytes.HasPrefix(buf, []byte("application/vnd.oasis.opendocument")) {
				return fileErr(skillcert.ErrSyntax, fmt.Errorf("an OpenDocument file (%s), not XLSX", buf),
					"an XLSX workbook: save the .ods file as .xlsx (Excel 2007-365)")
			}
		}
	}
	switch {
	case b.file("xl/workbook.bin") != nil:
		return fileErr(skillcert.ErrSyntax, errors.New("a binary .xlsb workbook, not XLSX"),
			"an XLSX workbook: save it as .xlsx")
	case b.file("word/document.xml") != nil:
		return fileErr(skillcert.ErrSyntax, errors.New("a Word document, not a workbook"), "an XLSX workbook")
	case b.file("ppt/presentation.xml") != nil:
		return fileErr(skillcert.ErrSyntax, errors.New("a PowerPoint presentation, not a workbook"), "an XLSX workbook")
	}
	return nil
}

// Sheets returns the names of the workbook's sheets in the order of their
// tabs, hidden ones included.
func (b *Book) Sheets() []string {
	if b == nil {
		return nil
	}
	names := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		names[i] = s.name
	}
	return names
}

// Rows reads the rows of the named sheet (the first sheet when sheet is "")
// in order, one <row> at a time, with memory that does not grow with the
// sheet. Values are as the file stores them: shared and inline strings as
// text, numbers, booleans (0 or 1), dates and the cached results of formulas
// as written in <v>, so 45317 for a date cell and 1.5E-3 stays 1.5E-3.
//
// Each Row's Cells slice is reused for a later row, as encoding/csv's
// ReuseRecord does: a caller that keeps rows keeps slices.Clone(row.Cells).
//
// While the loop runs, two goroutines read the sheet ahead of it, one
// decompressing (at most 768 KiB ahead), one reading the XML (at most 512
// rows ahead), so that a table's check and its reading use the cores a
// machine has. They end before the loop does, however the loop ends (break,
// error, end of the sheet), and read the io.ReaderAt given to Open only
// while the loop runs.
//
// On the first error the sequence yields it, with Row.Num saying the row at
// fault, and stops: a row that cannot be read is never skipped. The error is
// a *skillcert.Error naming the part (such as "xl/worksheets/sheet1.xml") and
// the row, of kind skillcert.ErrSyntax for malformed or truncated XML or a
// damaged part, skillcert.ErrLimit when a Limits field is exceeded,
// skillcert.ErrUnknown for a sheet that does not exist.
func (b *Book) Rows(sheet string) iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		if b == nil || b.zr == nil {
			yield(Row{}, fileErr(skillcert.ErrArgument, errors.New("nil or unopened Book"), "a Book from Open"))
			return
		}
		ref, err := b.sheet(sheet)
		if err != nil {
			yield(Row{}, err)
			return
		}
		ss, err := b.sharedStrings()
		if err != nil {
			yield(Row{}, err)
			return
		}
		rc, err := b.open(ref.part)
		if err != nil {
			yield(Row{}, err)
			return
		}
		defer rc.Close()
		in := newInflater(rc, b.file(ref.part).UncompressedSize64)
		defer in.Close() // before rc.Close: in's goroutine reads rc
		rp := startRows(newSheetParser(in, ref.part, b.lim, ss))
		defer rp.close() // before in.Close: rp's goroutine reads in
		rp.each(yield)
	}
}

func (b *Book) sheet(name string) (sheetRef, error) {
	if len(b.sheets) == 0 {
		return sheetRef{}, partErr("", 0, skillcert.ErrSyntax, errors.New("the workbook has no sheet"), "a workbook with a sheet")
	}
	if name == "" {
		s := b.sheets[0]
		return s, s.err
	}
	for _, s := range b.sheets {
		if s.name == name {
			return s, s.err
		}
	}
	return sheetRef{}, &skillcert.Error{Pkg: "xlsx", What: "sheet", Input: name, Kind: skillcert.ErrUnknown,
		Want: "one of the workbook's sheets: " + strings.Join(quoteAll(b.Sheets(), 10), ", ")}
}

func quoteAll(s []string, max int) []string {
	var q []string
	for i, v := range s {
		if i == max {
			q = append(q, fmt.Sprintf("… (%d sheets)", len(s)))
			break
		}
		q = append(q, skillcert.Quote(v))
	}
	return q
}

// file returns the part with the given name, ignoring case as OPC does.
func (b *Book) file(name string) *zip.File {
	return b.files[strings.ToLower(strings.TrimPrefix(name, "/"))]
}

// open returns a reader of the named part that counts its decompressed bytes
// against MaxBytes.
func (b *Book) open(part string) (io.ReadCloser, error) {
	f := b.file(part)
	if f == nil {
		return nil, partErr(part, 0, skillcert.ErrSyntax, errors.New("the part is missing from the zip archive"),
			"a complete XLSX workbook; copy or download the file again")
	}
	if f.Flags&1 != 0 {
		return nil, partErr(part, 0, skillcert.ErrSyntax, errors.New("the part is encrypted"),
			"an XLSX workbook without a password")
	}
	left := b.lim.MaxBytes - b.used.Load()
	if f.UncompressedSize64 > uint64(max(left, 0)) {
		return nil, b.limitErr(part, 0, fmt.Errorf("the part declares %d decompressed bytes", f.UncompressedSize64))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, partErr(part, 0, skillcert.ErrSyntax, fmt.Errorf("cannot read the part: %w", err),
			"a part stored or deflated, as Excel writes them")
	}
	return &partReader{rc: rc, b: b, part: part}, nil
}

func (b *Book) limitErr(part string, row int, cause error) error {
	return &skillcert.Error{Pkg: "xlsx", What: "part", Input: part, Field: rowField(row), Got: rowGot(row),
		Kind: skillcert.ErrLimit, Cause: cause,
		Want: fmt.Sprintf("at most %d decompressed bytes in all parts (raise the limit with -max-xlsx-bytes)", b.lim.MaxBytes)}
}

// partReader counts decompressed bytes against the book's MaxBytes.
type partReader struct {
	rc   io.ReadCloser
	b    *Book
	part string
}

func (r *partReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	if n > 0 && r.b.used.Add(int64(n)) > r.b.lim.MaxBytes {
		return 0, r.b.limitErr(r.part, 0, errors.New("the decompressed parts exceed the limit"))
	}
	return n, err
}

func (r *partReader) Close() error { return r.rc.Close() }

// rel is one Relationship of a .rels part.
type rel struct{ id, typ, target, mode string }

// readRels reads a relationships part.
func (b *Book) readRels(part string) ([]rel, error) {
	var rels []rel
	err := b.decodeSmall(part, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" {
			return nil
		}
		var r rel
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				r.id = a.Value
			case "Type":
				r.typ = a.Value
			case "Target":
				r.target = a.Value
			case "TargetMode":
				r.mode = a.Value
			}
		}
		rels = append(rels, r)
		return nil
	})
	return rels, err
}

// readWorkbook reads the sheet list of the workbook part and its
// relationships.
func (b *Book) readWorkbook(wb string) error {
	type sheet struct{ name, id string }
	var sheets []sheet
	err := b.decodeSmall(wb, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "sheet" {
			return nil
		}
		var s sheet
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "name" && a.Name.Space == "":
				s.name = a.Value
			case a.Name.Local == "id" && strings.HasSuffix(a.Name.Space, "/relationships"):
				s.id = a.Value
			}
		}
		sheets = append(sheets, s)
		return nil
	})
	if err != nil {
		return err
	}
	dir := path.Dir(wb)
	relsPart := path.Join(dir, "_rels", path.Base(wb)+".rels")
	var rels []rel
	if b.file(relsPart) != nil {
		if rels, err = b.readRels(relsPart); err != nil {
			return err
		}
	}
	byID := make(map[string]rel, len(rels))
	for _, r := range rels {
		byID[r.id] = r
		if strings.HasSuffix(r.typ, "/sharedStrings") && r.mode != "External" {
			b.sst = resolve(dir, r.target)
		}
	}
	for _, s := range sheets {
		ref := sheetRef{name: s.name}
		r, ok := byID[s.id]
		switch {
		case !ok:
			ref.err = partErr(relsPart, 0, skillcert.ErrSyntax,
				fmt.Errorf("no relationship %s for sheet %s", skillcert.Quote(s.id), skillcert.Quote(s.name)),
				"a complete XLSX workbook saved by Excel, WPS or LibreOffice")
		case !strings.HasSuffix(r.typ, "/worksheet"):
			ref.err = &skillcert.Error{Pkg: "xlsx", What: "sheet", Input: s.name, Kind: skillcert.ErrSyntax,
				Cause: errors.New("a chart or dialog sheet, which holds no cells"), Want: "a worksheet"}
		default:
			ref.part = resolve(dir, r.target)
			if b.file(ref.part) == nil {
				ref.err = partErr(ref.part, 0, skillcert.ErrSyntax,
					fmt.Errorf("the part of sheet %s is missing from the zip archive", skillcert.Quote(s.name)),
					"a complete XLSX workbook; copy or download the file again")
			}
		}
		b.sheets = append(b.sheets, ref)
	}
	return nil
}

// resolve returns the part name a relationship target names, relative to
// the directory of the part that holds the relationships.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join("/", dir, target), "/")
}

// decodeSmall decodes a small XML part (workbook, relationships) with
// encoding/xml, calling f for each start element.
func (b *Book) decodeSmall(part string, f func(*xml.Decoder, xml.StartElement) error) error {
	rc, err := b.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: maxSmallPart + 1}
	d := xml.NewDecoder(lr)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var se *skillcert.Error
			if errors.As(err, &se) {
				return err
			}
			if lr.N <= 0 {
				return partErr(part, 0, skillcert.ErrLimit, fmt.Errorf("the part is larger than %d bytes", maxSmallPart),
					"a workbook or relationships part of a few kilobytes")
			}
			return partErr(part, 0, skillcert.ErrSyntax, fmt.Errorf("damaged XML: %w", err),
				"a complete XLSX workbook; copy or download the file again")
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := f(d, se); err != nil {
				return err
			}
		}
	}
}

// partErr is an error about a part of the workbook, at a row when row > 0.
func partErr(part string, row int, kind, cause error, want string) *skillcert.Error {
	return &skillcert.Error{Pkg: "xlsx", What: "part", Input: part, Field: rowField(row), Got: rowGot(row),
		Kind: kind, Cause: cause, Want: want}
}

// fileErr is an error about the file as a whole.
func fileErr(kind, cause error, want string) *skillcert.Error {
	return &skillcert.Error{Pkg: "xlsx", What: "file", Kind: kind, Cause: cause, Want: want}
}

func rowField(row int) string {
	if row > 0 {
		return "row"
	}
	return ""
}

func rowGot(row int) string {
	if row > 0 {
		return strconv.Itoa(row)
	}
	return ""
}
