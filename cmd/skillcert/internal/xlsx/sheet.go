package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
)

// sheetParser reads the rows of one worksheet part.
type sheetParser struct {
	*scanner
	lim Limits
	ss  *sharedStrings

	rows    int // <row> elements read
	prevRow int
	prevCol int

	// The row being built: the text of its cells one after the other, and
	// where each cell's value lies in it.
	rowText []byte
	cells   []span
	val     []byte   // scratch: the <v> of the cell being read
	inline  []byte   // scratch: the <is> text of the cell being read
	out     []string // the Cells of the last row, reused

	// textClass, when it has textChecked, is what the fast path found of
	// the text it passes to add (its textByte classes but textStop, which
	// it never passes): whether it is ASCII, and has an underscore.
	textClass uint8
}

// textChecked marks a sheetParser.textClass as set.
const textChecked = 1 << 7

// span is one cell of the row being built: text[start:end], or the shared
// string ss when ss >= 0.
type span struct {
	col        int // 0-based
	start, end int
	ss         int
}

func newSheetParser(r io.Reader, part string, lim Limits, ss *sharedStrings) *sheetParser {
	return &sheetParser{scanner: newScanner(r, part), lim: lim, ss: ss,
		rowText: make([]byte, 0, 1024), cells: make([]span, 0, 32)}
}

// run yields the rows of the sheet to yield, then any error.
func (p *sheetParser) run(yield func(Row, error) bool) {
	err := p.sheet(yield)
	if err != nil && err != errStop {
		yield(Row{Num: p.row}, err)
	}
}

func (p *sheetParser) sheet(yield func(Row, error) bool) error {
	if err := p.prolog(); err != nil {
		return err
	}
	if !p.is("worksheet") {
		return p.syntax("the root element is <%s>, not <worksheet>", p.name)
	}
	if p.empty {
		return p.epilog()
	}
	for {
		if err := p.next(); err != nil {
			return err
		}
		switch p.kind {
		case tokEOF:
			return p.eof("inside <worksheet>")
		case tokEnd:
			return p.epilog()
		}
		if p.is("sheetData") && p.depth() == 2 {
			if err := p.sheetData(yield); err != nil {
				return err
			}
			continue
		}
		if err := p.skip(); err != nil {
			return err
		}
	}
}

func (p *sheetParser) sheetData(yield func(Row, error) bool) error {
	if p.empty {
		return nil
	}
	for {
		p.row = 0
		if err := p.next(); err != nil {
			return err
		}
		switch p.kind {
		case tokEOF:
			return p.eof("inside <sheetData>")
		case tokEnd:
			return nil
		}
		if !p.is("row") {
			if err := p.skip(); err != nil {
				return err
			}
			continue
		}
		row, err := p.readRow()
		if err != nil {
			return err
		}
		if !yield(row, nil) {
			return errStop
		}
	}
}

// readRow reads a <row> whose start tag was just read.
func (p *sheetParser) readRow() (Row, error) {
	num := p.prevRow + 1
	if p.hasR {
		n, ok := parseUint(p.attrR)
		if !ok || p.long || n < 1 || n > maxSheetRow {
			p.row = p.prevRow + 1
			return Row{}, p.syntax("row number r=%q; want 1 to %d", clip(p.attrR), maxSheetRow)
		}
		num = n
	}
	p.row = num
	if num <= p.prevRow {
		return Row{}, p.syntax("row %d after row %d: rows out of order", num, p.prevRow)
	}
	if num > maxSheetRow {
		return Row{}, p.syntax("row %d beyond the last row a sheet has, %d", num, maxSheetRow)
	}
	p.rows++
	if p.rows > p.lim.MaxRows {
		return Row{}, partErr(p.part, num, skillcert.ErrLimit,
			fmt.Errorf("the sheet has more than %d rows", p.lim.MaxRows),
			fmt.Sprintf("at most %d rows (raise the limit with -max-rows)", p.lim.MaxRows))
	}
	p.prevRow, p.prevCol = num, 0
	p.rowText, p.cells = p.rowText[:0], p.cells[:0]
	if !p.empty {
		for {
			if !fastCells {
			} else if ok, err := p.fastCell(); err != nil {
				return Row{}, err
			} else if ok {
				continue
			}
			if err := p.next(); err != nil {
				return Row{}, err
			}
			switch p.kind {
			case tokEOF:
				return Row{}, p.eof("inside <row>")
			case tokEnd:
				return p.build(num), nil
			}
			if p.is("c") {
				if err := p.cell(); err != nil {
					return Row{}, err
				}
				continue
			}
			if err := p.skip(); err != nil {
				return Row{}, err
			}
		}
	}
	return p.build(num), nil
}

// build makes the Row of the cells read: one string holds the text of all
// of them, so a row costs one allocation whatever its width, and the slice
// of cells is reused from row to row.
func (p *sheetParser) build(num int) Row {
	if len(p.cells) == 0 {
		return Row{Num: num}
	}
	var all string
	if len(p.rowText) > 0 {
		all = string(p.rowText)
	}
	cells := p.out[:0]
	for _, c := range p.cells {
		for len(cells) < c.col {
			cells = append(cells, "")
		}
		if c.ss >= 0 {
			cells = append(cells, p.ss.get(c.ss))
		} else {
			cells = append(cells, all[c.start:c.end])
		}
	}
	p.out = cells
	return Row{Num: num, Cells: cells}
}

// cell reads a <c> whose start tag was just read.
func (p *sheetParser) cell() error {
	col, typ, err := p.cellStart(p.hasR, p.attrR, p.hasT, p.attrT, p.long)
	if err != nil {
		return err
	}
	p.val, p.inline = p.val[:0], p.inline[:0]
	hasV, hasIS := false, false
	max := p.maxText()
	if !p.empty {
		for {
			if err := p.next(); err != nil {
				return err
			}
			switch p.kind {
			case tokEOF:
				return p.eof("inside <c>")
			case tokEnd:
				return p.cellEnd(col, typ, hasV, p.val, hasIS, p.inline)
			}
			var err error
			switch {
			case p.is("v"):
				hasV = true
				p.val, err = p.text(p.val[:0], max, "v")
			case p.is("is"):
				hasIS = true
				p.inline, err = readRst(p.scanner, p.inline[:0], max)
			default:
				err = p.skip()
			}
			if errors.Is(err, errTooLong) {
				return p.cellLimit(col)
			}
			if err != nil {
				return err
			}
		}
	}
	return p.cellEnd(col, typ, hasV, p.val, hasIS, p.inline)
}

// maxText is the most bytes the text of a cell may take as written: _xHHHH_
// takes 7 bytes for one character.
func (p *sheetParser) maxText() int { return 7*p.lim.MaxCell + 64 }

// cellStart checks the attributes of a <c> start tag (r, its reference, and
// t, its type; long says one was too long to keep) and returns the cell's
// 1-based column and its type.
func (p *sheetParser) cellStart(hasR bool, r []byte, hasT bool, t []byte, long bool) (col, typ int, err error) {
	col = p.prevCol + 1
	if hasR {
		c, row, ok := parseRef(r)
		switch {
		case !ok || long:
			return 0, 0, p.syntax("cell reference r=%q; want a column and row such as C%d", clip(r), p.row)
		case row != p.row:
			return 0, 0, p.syntax("cell %s in row %d", r, p.row)
		}
		col = c
	}
	if col <= p.prevCol {
		return 0, 0, p.syntax("cell %s after %s: cells out of order", cellName(col, p.row), cellName(p.prevCol, p.row))
	}
	if col > maxSheetCol {
		return 0, 0, p.syntax("a cell beyond column XFD, the last a sheet has")
	}
	p.prevCol = col
	typ = typeN
	if hasT {
		switch string(t) {
		case "s":
			typ = typeS
		case "inlineStr":
			typ = typeInline
		case "n", "str", "b", "e", "d":
		default:
			return 0, 0, p.syntax("cell %s has the unknown type t=%q", cellName(col, p.row), clip(t))
		}
	}
	return col, typ, nil
}

// cellEnd adds the value of a cell whose end tag was just read: the text of
// its <v> (when hasV) or of its <is> (when hasIS), as its type says.
func (p *sheetParser) cellEnd(col, typ int, hasV bool, val []byte, hasIS bool, inline []byte) error {
	switch typ {
	case typeS:
		if !hasV {
			return nil
		}
		i, ok := parseUint(trimSpace(val))
		if !ok {
			return p.syntax("cell %s's shared-string index %q is not a number", cellName(col, p.row), clip(val))
		}
		if p.ss == nil || i >= p.ss.len() {
			n := 0
			if p.ss != nil {
				n = p.ss.len()
			}
			return partErr(p.part, p.row, skillcert.ErrSyntax,
				fmt.Errorf("cell %s refers to shared string %d; the workbook has %d", cellName(col, p.row), i, n),
				"a complete XLSX workbook; copy or download the file again")
		}
		v := p.ss.get(i)
		if v == "" {
			return nil
		}
		if col > p.lim.MaxCols {
			return p.colLimit(col)
		}
		if len(v) > p.lim.MaxCell && utf8.RuneCountInString(v) > p.lim.MaxCell {
			return p.cellLimit(col)
		}
		p.cells = append(p.cells, span{col: col - 1, ss: i})
		return nil
	case typeInline:
		if hasIS {
			return p.add(col, inline, true)
		}
	}
	return p.add(col, val, false)
}

// The types of cell that matter here: shared string, inline string, and
// the others (number, formula string, boolean, error, date), whose value is
// the text of <v>.
const (
	typeN = iota
	typeS
	typeInline
)

// add adds a cell's value to the row; str says it is a string item, whose
// _xHHHH_ escapes are decoded.
func (p *sheetParser) add(col int, v []byte, str bool) error {
	if len(v) == 0 {
		return nil
	}
	class := p.textClass
	switch {
	case class&textChecked == 0:
		if !validText(v) {
			return p.invalidText(col)
		}
		class = textUnder // not known
	case class&textHigh != 0 && !validUTF8(v, class&textEF != 0):
		return p.invalidText(col)
	}
	if col > p.lim.MaxCols {
		return p.colLimit(col)
	}
	start := len(p.rowText)
	if str && class&textUnder != 0 {
		p.rowText = unescapeX(p.rowText, v)
	} else {
		p.rowText = append(p.rowText, v...)
	}
	if n := len(p.rowText) - start; n > p.lim.MaxCell && utf8.RuneCount(p.rowText[start:]) > p.lim.MaxCell {
		return p.cellLimit(col)
	}
	p.cells = append(p.cells, span{col: col - 1, start: start, end: len(p.rowText), ss: -1})
	return nil
}

func (p *sheetParser) invalidText(col int) error {
	return p.syntax("cell %s holds bytes that are not UTF-8 or characters XML does not allow", cellName(col, p.row))
}

func (p *sheetParser) colLimit(col int) error {
	return partErr(p.part, p.row, skillcert.ErrLimit,
		fmt.Errorf("cell %s has a value beyond column %s", cellName(col, p.row), colName(p.lim.MaxCols)),
		fmt.Sprintf("values in the first %d columns (raise the limit with -max-columns)", p.lim.MaxCols))
}

func (p *sheetParser) cellLimit(col int) error {
	return partErr(p.part, p.row, skillcert.ErrLimit,
		fmt.Errorf("cell %s has more than %d characters", cellName(col, p.row), p.lim.MaxCell),
		fmt.Sprintf("at most %d characters in a cell (raise the limit with -max-cell-bytes)", p.lim.MaxCell))
}

// readRst appends the text of a string item (<si> or <is>) whose start tag
// was just read: its <t>, or the <t> of its runs <r>, but not its phonetic
// runs <rPh>.
func readRst(s *scanner, dst []byte, max int) ([]byte, error) {
	if s.empty {
		return dst, nil
	}
	d := s.depth()
	start := len(dst)
	for {
		if err := s.next(); err != nil {
			return dst, err
		}
		switch s.kind {
		case tokEOF:
			return dst, s.eof("inside a string item")
		case tokEnd:
			if s.depth() < d {
				return dst, nil
			}
			continue // </r>
		}
		var err error
		switch {
		case s.is("t"):
			dst, err = s.text(dst, max-(len(dst)-start), "t")
		case s.is("r") && s.depth() == d+1 && !s.empty:
			// A rich-text run: read its <t>, skip its <rPr>.
		default:
			err = s.skip()
		}
		if err != nil {
			return dst, err
		}
	}
}

// textClass sorts bytes for validText: 1 for the control characters XML
// does not allow, 2 for the bytes of multi-byte UTF-8 sequences.
var textClass = func() (t [256]uint8) {
	for c := range 0x20 {
		if c != '\t' && c != '\n' && c != '\r' {
			t[c] = 1
		}
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = 2
	}
	return t
}()

// validText reports whether b is UTF-8 without characters XML forbids.
func validText(b []byte) bool {
	var class uint8
	for _, c := range b {
		class |= textClass[c]
	}
	switch {
	case class == 0:
		return true
	case class&1 != 0:
		return false
	}
	return validUTF8(b, true)
}

// validUTF8 reports whether b is UTF-8 without U+FFFE and U+FFFF, which XML
// does not allow; ef says b may hold them (it holds a byte 0xEF).
func validUTF8(b []byte, ef bool) bool {
	if !utf8.Valid(b) {
		return false
	}
	if !ef {
		return true
	}
	// U+FFFE and U+FFFF, EF BF BE and EF BF BF.
	for i := bytes.IndexByte(b, 0xEF); i >= 0; {
		if i+2 < len(b) && b[i+1] == 0xBF && b[i+2] >= 0xBE {
			return false
		}
		j := bytes.IndexByte(b[i+1:], 0xEF)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// unescapeX appends v to dst, decoding the escapes _xHHHH_ with which Excel
// writes characters XML cannot hold (ECMA-376 Part 1 §22.9.2.19, ST_Xstring):
// _x000B_ is a vertical tab, _x005F_ an underscore (so "_x005F_x0041_" is
// the text "_x0041_"). An escape of a lone surrogate is kept as written.
func unescapeX(dst, v []byte) []byte {
	for {
		i := indexX(v)
		if i < 0 {
			return append(dst, v...)
		}
		dst = append(dst, v[:i]...)
		r := hex4(v[i+2 : i+6])
		if r >= 0xD800 && r <= 0xDFFF {
			dst = append(dst, v[i:i+7]...)
		} else {
			dst = utf8.AppendRune(dst, r)
		}
		v = v[i+7:]
	}
}

// indexX returns the index of the first _xHHHH_ in v, or -1.
func indexX(v []byte) int {
	for i := 0; i+7 <= len(v); i++ {
		j := bytes.IndexByte(v[i:len(v)-6], '_')
		if j < 0 {
			return -1
		}
		i += j
		if v[i+1] == 'x' && v[i+6] == '_' && hex4(v[i+2:i+6]) >= 0 {
			return i
		}
	}
	return -1
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return -1
		}
	}
	return r
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// parseUint parses a decimal number of at most 9 digits.
func parseUint(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseRef parses a cell reference such as "C7" (no $).
func parseRef(b []byte) (col, row int, ok bool) {
	i := 0
	for i < len(b) && i < 4 {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			col = col*26 + int(c-'A') + 1
		} else if 'a' <= c && c <= 'z' {
			col = col*26 + int(c-'a') + 1
		} else {
			break
		}
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	row, ok = parseUint(b[i:])
	return col, row, ok && row > 0
}

// colName returns the letters of a 1-based column: 1 is A, 27 is AA.
func colName(col int) string {
	var b [8]byte
	i := len(b)
	for col > 0 && i > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

func cellName(col, row int) string { return colName(col) + strconv.Itoa(row) }
