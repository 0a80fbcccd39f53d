package submission

import (
	"errors"
	"iter"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/certificate"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/occupation"
)

// CertOptions tunes Certificates and CertReader.
type CertOptions struct {
	// Limits bound reading, as for CheckRows: rows, cells a row, bytes a
	// cell, and how many rows at the top are searched for the header. Zero
	// fields take their defaults.
	Limits Limits
	// Registry is the institution records the certificates will be
	// verified against. It is read only for a table without an institution
	// column (评价机构, 评价机构名称): see CertReader.
	Registry *institution.Registry
}

// CertRow is one data row of a table read as a certificate.
type CertRow struct {
	// Row is the row's number as the file's own program shows it (the
	// spreadsheet row, the CSV line), for certificate.Verifier.Verify.
	Row         int
	Certificate certificate.Certificate
}

// CertSummary accounts for the rows a CertReader read: every row of the
// table is a data row (Rows), a blank row, the header or a row above it.
type CertSummary struct {
	Rows       int // data rows read, those yielded with a CellError included
	Unreadable int // data rows yielded with a CellError
	Blank      int // blank rows skipped (every cell empty or spaces)
	HeaderRow  int // the header's row number; 0 until it is found
}

// CellError says that a cell of a data row cannot be read into its
// certificate field, so the row is not a certificate: the row is yielded
// with this error, never skipped, and the rows after it are still read.
// Only the issue date can be unreadable: it must be a real date written
// YYYY-MM-DD (皖人社秘〔2020〕65号 附件5 备注3), as CheckRows reads it (rule
// submission.date.format); every other field is text, which the certificate keeps as
// written.
type CellError struct {
	Row    int    // the row, as the file numbers it
	Column string // the column's header as the file writes it
	// Err says what is wrong with the cell: its Input is the cell, its
	// Kind skillcert.ErrSyntax.
	Err *skillcert.Error
}

// Error returns "submission: row 7, column 发证日期: …".
func (e *CellError) Error() string {
	return "submission: row " + itoa(e.Row) + ", column " + e.Column + ": " + e.Err.Error()
}

// Chinese returns the same message in Chinese.
func (e *CellError) Chinese() string {
	return "第 " + itoa(e.Row) + " 行“" + short(e.Column) + "”列：" + e.Err.Chinese()
}

// Unwrap returns Err, so errors.Is(err, skillcert.ErrSyntax) holds.
func (e *CellError) Unwrap() error { return e.Err }

// CertReader reads the data rows of a submission table as certificates
// (certificate.Certificate), for certificate.Verifier. The header is found
// as CheckRows finds it, among the first Limits.HeaderRows rows that are not
// blank, with the same column names and aliases (皖人社秘〔2020〕65号 附件5;
// the Guangdong template's 九、企业认定结果的确认与提交), and the same columns
// are required. Each column fills one field, its cell trimmed of spaces and
// otherwise kept as written:
//
//	姓名 / 考生姓名                 Name
//	证件类型                        IDType ("201" or a name; see certificate.LookupIDType)
//	证件号码 / 考生身份证号码       IDNumber
//	职业名称 / 职业（工种）         Occupation (a name, or an occupation code, which Verify reads too)
//	工种名称 / 工种 / 职业方向      WorkType
//	职业技能等级 / 认定级别         Level
//	证书编号                        Number
//	发证日期 / 认定日期             Issued (YYYY-MM-DD; see CellError)
//	评价机构 / 评价机构名称         Institution
//
// Where a table has no column for a field, the field is filled as the
// documents' tables imply: a table without 证件类型 (Guangdong's asks for the
// 身份证号码) has IDType "居民身份证"; a table without a work type column has
// WorkType "--" (none, 人社鉴发〔2021〕1号 三（一）), except that Guangdong's
// combined 职业（工种） column "汽车维修工（汽车维修检验工）" is split into the
// occupation and the work type, as CheckRows splits it.
//
// A table without an institution column says nothing about the name the
// certificates print. Then, when CertOptions.Registry is set, Institution
// (and Parent, for a branch's number) is filled with the name the registry
// filed for the number's filing number (positions 1–13) on the issue date, so
// Verify's name rule (verify.name) has nothing to object to and the other
// rules run as usual; without a Registry, Institution stays empty and Verify
// reports verify.name on every row. The name is left empty when the number
// cannot be read or is not filed: Verify reports that instead.
//
// Row numbers are the file's own; blank rows are skipped and counted. A row
// the source cannot read, a limit, a table without a header, an empty table
// and a header without rows end the reading with the error CheckRows gives
// (*ReadError, *HeaderError, ErrEmpty, ErrNoRows), yielded last: a table
// is never taken as read when part of it was not. A CertReader reads one
// table and is not safe for concurrent use.
type CertReader struct {
	opt     CertOptions
	hdr     Checker // its Header finds the columns, as CheckRows does
	sum     CertSummary
	started bool
}

// NewCertReader returns a reader of one table's certificates.
func NewCertReader(opt CertOptions) *CertReader { return &CertReader{opt: opt} }

// Certificates is NewCertReader(opt).Rows(rows).
func Certificates(rows iter.Seq2[Row, error], opt CertOptions) iter.Seq2[CertRow, error] {
	return NewCertReader(opt).Rows(rows)
}

// Summary returns the counts so far.
func (r *CertReader) Summary() CertSummary {
	if r == nil {
		return CertSummary{}
	}
	return r.sum
}

// Column returns the table's header cell, as the file writes it, of the
// certificate.Certificate field named field: the Go name that a finding of
// certificate.Verify carries in its Field ("Number", "Issued"). It returns ""
// when the table has no such column or before the header is read.
func (r *CertReader) Column(field string) string {
	if r == nil || r.hdr.header == nil {
		return ""
	}
	f, ok := certFields[field]
	if !ok || r.hdr.col[f] < 0 {
		return ""
	}
	return r.hdr.header[r.hdr.col[f]]
}

// certFields maps the Certificate fields a table fills to its columns.
var certFields = map[string]Field{
	"Name": Name, "IDType": IDType, "IDNumber": IDNumber, "Occupation": Occupation, "WorkType": WorkType,
	"Level": Level, "Number": CertNumber, "Issued": IssueDate, "Institution": Institution,
}

// Rows reads rows (from CSVRows, or any source) and yields each data row as
// a certificate, in order; see CertReader. A row whose issue date cannot be
// read is yielded as a *CellError, with its Row set, and the reading goes
// on; any other error is yielded last. A second call is an error wrapping
// skillcert.ErrArgument.
func (r *CertReader) Rows(rows iter.Seq2[Row, error]) iter.Seq2[CertRow, error] {
	return func(yield func(CertRow, error) bool) {
		if r == nil || rows == nil || r.started {
			yield(CertRow{}, &skillcert.Error{Pkg: "submission", What: "table", Kind: skillcert.ErrArgument,
				Want: "a CertReader from NewCertReader, used for one table, and rows"})
			return
		}
		r.started = true
		lim := r.opt.Limits.withDefaults()
		var (
			seen, above int
			best        *HeaderError
			bestFound   = -1
		)
		for row, err := range rows {
			if err != nil {
				yield(CertRow{Row: row.Num}, readErrorAt(err, row.Num))
				return
			}
			if err := checkLimits(row, lim, &seen); err != nil {
				yield(CertRow{Row: row.Num}, err)
				return
			}
			blank := true
			for _, cell := range row.Cells {
				if !isBlank(cell) {
					blank = false
					break
				}
			}
			if blank {
				r.sum.Blank++
				continue
			}
			if r.sum.HeaderRow == 0 {
				err := r.hdr.Header(row)
				if err == nil {
					r.sum.HeaderRow = row.Num
					continue
				}
				var he *HeaderError
				if !errors.As(err, &he) || he.Dup != "" {
					yield(CertRow{Row: row.Num}, err)
					return
				}
				if he.matched > bestFound {
					best, bestFound = he, he.matched
				}
				if above++; above >= lim.HeaderRows {
					yield(CertRow{Row: best.Row}, best)
					return
				}
				continue
			}
			r.sum.Rows++
			c, err := r.certificate(row)
			if err != nil {
				r.sum.Unreadable++
			}
			if !yield(CertRow{Row: row.Num, Certificate: c}, err) {
				return
			}
		}
		switch {
		case r.sum.HeaderRow == 0 && best != nil:
			yield(CertRow{Row: best.Row}, best)
		case r.sum.HeaderRow == 0:
			yield(CertRow{}, ErrEmpty)
		case r.sum.Rows == 0:
			yield(CertRow{}, ErrNoRows)
		}
	}
}

// checkLimits applies the limits CheckRows applies to each row.
func checkLimits(row Row, lim Limits, seen *int) error {
	if *seen++; *seen > lim.MaxRows {
		return limitError(row.Num, "more than "+itoa(lim.MaxRows)+" rows (Limits.MaxRows)", "超过 "+itoa(lim.MaxRows)+" 行的上限")
	}
	if len(row.Cells) > lim.MaxColumns {
		return limitError(row.Num, itoa(len(row.Cells))+" cells, more than "+itoa(lim.MaxColumns)+" (Limits.MaxColumns)",
			itoa(len(row.Cells))+" 格，超过 "+itoa(lim.MaxColumns)+" 格的上限")
	}
	for i, cell := range row.Cells {
		if len(cell) > lim.MaxCellBytes {
			return limitError(row.Num, "cell "+itoa(i+1)+" holds "+itoa(len(cell))+" bytes, more than "+itoa(lim.MaxCellBytes)+" (Limits.MaxCellBytes)",
				"第 "+itoa(i+1)+" 格有 "+itoa(len(cell))+" 字节，超过 "+itoa(lim.MaxCellBytes)+" 字节的上限")
		}
	}
	return nil
}

// cell returns the trimmed cell of field f, and whether the table has its
// column; a short row's missing cells read as empty.
func (r *CertReader) cell(row Row, f Field) (string, bool) {
	i := r.hdr.col[f]
	if i < 0 {
		return "", false
	}
	if i >= len(row.Cells) {
		return "", true
	}
	return trim(row.Cells[i]), true
}

// certificate reads one data row.
func (r *CertReader) certificate(row Row) (certificate.Certificate, error) {
	var c certificate.Certificate
	c.Name, _ = r.cell(row, Name)
	c.IDNumber, _ = r.cell(row, IDNumber)
	c.Level, _ = r.cell(row, Level)
	c.Number, _ = r.cell(row, CertNumber)
	var ok bool
	if c.IDType, ok = r.cell(row, IDType); !ok {
		c.IDType = "居民身份证" // Guangdong's table asks for the 身份证号码
	}
	c.Occupation, _ = r.cell(row, Occupation)
	wt, hasWT := r.cell(row, WorkType)
	if r.hdr.combined {
		if occ, w, split := splitCombined(c.Occupation); split {
			c.Occupation = occ
			if !hasWT {
				wt, hasWT = w, true
			}
		}
	}
	c.WorkType = wt
	if !hasWT {
		c.WorkType = certificate.NoWorkType
	}
	date, _ := r.cell(row, IssueDate)
	if date != "" {
		t, ok := issueDate(date)
		if !ok {
			return c, &CellError{Row: row.Num, Column: r.hdr.header[r.hdr.col[IssueDate]], Err: &skillcert.Error{
				Pkg: "submission", What: "issue date", Input: date, Kind: skillcert.ErrSyntax,
				Want: "a real date written YYYY-MM-DD", WantZH: "YYYY-MM-DD 格式的有效日期", Source: srcDate}}
		}
		c.Issued = t
	}
	inst, hasInst := r.cell(row, Institution)
	c.Institution = inst
	if !hasInst && r.opt.Registry != nil && !c.Issued.IsZero() {
		if code, err := certcode.Parse(c.Number); err == nil {
			if v, ok := r.opt.Registry.View(code.Filing(), c.Issued); ok {
				c.Institution, c.Parent = v.Name, v.Parent
			}
		}
	}
	return c, nil
}

// issueDate reads a date as the checker does (parseDate: a real date,
// strictly YYYY-MM-DD) and returns it at midnight UTC.
func issueDate(s string) (time.Time, bool) {
	y, ok := parseDate(s)
	if !ok {
		return time.Time{}, false
	}
	// parseDate has checked that these are digits.
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// splitCombined reads Guangdong's 职业（工种） cell, "汽车维修工（汽车维修检验工）",
// as the checker does: when the whole cell is not an occupation's name and
// the text before the bracket is, that is the occupation and the text in the
// brackets the work type.
func splitCombined(s string) (occ, wt string, ok bool) {
	if _, found := occupation.LookupName(s); found {
		return s, "", false
	}
	i := strings.IndexAny(s, "（(")
	if i <= 0 {
		return s, "", false
	}
	if _, found := occupation.LookupName(s[:i]); !found {
		return s, "", false
	}
	rest := s[i:]
	if strings.HasPrefix(rest, "（") {
		rest = rest[len("（"):]
	} else {
		rest = rest[1:]
	}
	return s[:i], strings.TrimRight(rest, "）)"), true
}
