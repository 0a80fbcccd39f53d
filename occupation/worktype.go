package occupation

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
)

// WorkType is one work type (工种 or 职业方向) of an occupation, with the levels
// its national standard covers.
type WorkType struct {
	Occupation Code
	Name       string        // the work type; "" for an occupation assessed without one
	Levels     []level.Level // the levels covered, as printed; nil where the source prints none
	Source     string        // where the row comes from: the document, or "file:line" for a loaded table
}

// Covers reports whether the work type's standard covers lv. A row that
// prints no levels covers none: the caller cannot know.
func (w WorkType) Covers(lv level.Level) bool {
	for _, l := range w.Levels {
		if l == lv {
			return true
		}
	}
	return false
}

// WorkTypes is a table of work types by occupation. A nil *WorkTypes is an
// empty table. The dictionary does not
// publish work types as a data set; SeedWorkTypes has the ones the seeds
// print, and ReadWorkTypes loads a fuller table. The filing checks use
// whichever table they are given.
type WorkTypes struct {
	rows   []WorkType
	byCode map[Code][]int
}

// seedWorkTypes are the scope rows of 豫职鉴〔2021〕1号 (003 L4577–4593) and the
// two rows of Anhui's application form (004 L131–145), which names
// 汽车检测工 where Henan has 汽车维修检验工 and prints no levels.
var seedWorkTypes = []WorkType{
	{MustParse("6-18-01-01"), "", lv(5), "豫职鉴〔2021〕1号 三（五）"},                                       // 003 L4578
	{MustParse("6-18-01-01"), "普通车床", lv(4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                          // 003 L4579
	{MustParse("6-18-01-01"), "数控车床", lv(4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                          // 003 L4580
	{MustParse("4-10-01-06"), "家务服务员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）"},                            // 003 L4581
	{MustParse("4-10-01-06"), "母婴护理员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）"},                            // 003 L4582
	{MustParse("4-10-01-06"), "家庭照护员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）"},                            // 003 L4583
	{MustParse("4-10-01-06"), "", lv(2), "豫职鉴〔2021〕1号 三（五）"},                                       // 003 L4584
	{MustParse("4-12-01-01"), "汽车维修检验工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                    // 003 L4585
	{MustParse("4-12-01-01"), "汽车机械维修工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）; 皖人社秘〔2020〕65号 申请表"}, // 003 L4586; 004 L141–145
	{MustParse("4-12-01-01"), "汽车电器维修工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                    // 003 L4587
	{MustParse("4-12-01-01"), "汽车车身整形修复工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                  // 003 L4588
	{MustParse("4-12-01-01"), "汽车车身涂装修复工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                  // 003 L4590
	{MustParse("4-12-01-01"), "汽车美容装潢工", lv(5, 4), "豫职鉴〔2021〕1号 三（五）"},                             // 003 L4591
	{MustParse("4-12-01-01"), "汽车玻璃维修工", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）"},                          // 003 L4592
	{MustParse("4-12-01-01"), "汽车检测工", nil, "皖人社秘〔2020〕65号 申请表"},                                   // 004 L131–134
	{MustParse("6-20-01-01"), "", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）"},                           // 003 L4593
}

func lv(ls ...level.Level) []level.Level { return ls }

// SeedWorkTypes returns the work types the seeds print: 车工, 家政服务员,
// 汽车维修工 and 钳工 with their work types and levels.
func SeedWorkTypes() *WorkTypes { return NewWorkTypes(seedWorkTypes) }

// NewWorkTypes makes a table of the given rows. Rows are copied.
func NewWorkTypes(rows []WorkType) *WorkTypes {
	t := &WorkTypes{byCode: map[Code][]int{}}
	for _, r := range rows {
		r.Levels = append([]level.Level(nil), r.Levels...)
		t.byCode[r.Occupation] = append(t.byCode[r.Occupation], len(t.rows))
		t.rows = append(t.rows, r)
	}
	return t
}

// Known reports whether the table has any row for the occupation; where it
// has none, nothing can be said about its work types.
func (t *WorkTypes) Known(c Code) bool { return t != nil && len(t.byCode[c]) > 0 }

// Of returns the occupation's rows in table order.
func (t *WorkTypes) Of(c Code) []WorkType {
	if t == nil {
		return nil
	}
	var out []WorkType
	for _, i := range t.byCode[c] {
		out = append(out, t.rows[i])
	}
	return out
}

// Find returns the occupation's row for the work type name ("" for the row
// without a work type), and whether there is one. The empty work type may also
// be written "--" (人社鉴发〔2021〕1号) or "——".
func (t *WorkTypes) Find(c Code, name string) (WorkType, bool) {
	if t == nil {
		return WorkType{}, false
	}
	name = strings.TrimSpace(name)
	if name == "--" || name == "——" {
		name = ""
	}
	for _, i := range t.byCode[c] {
		if t.rows[i].Name == name {
			return t.rows[i], true
		}
	}
	return WorkType{}, false
}

// Len returns the number of rows.
func (t *WorkTypes) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

// ReadWorkTypes reads a work-type table from CSV in UTF-8 with a header row
// and the columns 职业编码, 职业名称, 工种, 级别 (in that order): for example
//
//	职业编码,职业名称,工种,级别
//	4-12-01-01,汽车维修工,汽车维修检验工,5、4、3、2、1
//	6-20-01-01,装配钳工,--,5、4、3、2、1
//
// The code must be an occupation of the dictionary and the name its 2022 name
// or a name LookupName finds for it; the levels are written as level.Parse
// reads them, separated by 、 , ; or spaces, or left empty when not known. name
// is the file name used in Source and errors. Every defect is reported with
// its line; all of them are returned, joined.
func ReadWorkTypes(r io.Reader, name string) (*WorkTypes, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 4
	var rows []WorkType
	var errs []error
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("occupation: %s: %v: %w", name, err, skillcert.ErrSyntax)
		}
		if line == 1 {
			continue // header
		}
		fail := func(col string, kind error, format string, args ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: %s: %s: %w", name, line, col, fmt.Sprintf(format, args...), kind))
		}
		c, err := Parse(rec[0])
		if err != nil {
			fail("职业编码", skillcert.ErrSyntax, "%v", err)
			continue
		}
		e, ok := Lookup(c)
		if !ok || c.Depth() != Occupation {
			fail("职业编码", skillcert.ErrUnknown, "%s is not an occupation of the 2022 dictionary", c)
			continue
		}
		if n, ok := LookupName(rec[1]); !ok || n.Code != c {
			fail("职业名称", skillcert.ErrUnknown, "%s is not the name of %s (%s)", skillcert.Quote(rec[1]), c, e.Name)
			continue
		}
		w := WorkType{Occupation: c, Name: strings.TrimSpace(rec[2]), Source: fmt.Sprintf("%s:%d", name, line)}
		if w.Name == "--" || w.Name == "——" {
			w.Name = ""
		}
		for _, f := range strings.FieldsFunc(rec[3], func(r rune) bool { return strings.ContainsRune("、,，;； ", r) }) {
			l, err := level.Parse(f)
			if err != nil {
				fail("级别", skillcert.ErrSyntax, "%v", err)
				continue
			}
			w.Levels = append(w.Levels, l)
		}
		rows = append(rows, w)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return NewWorkTypes(rows), nil
}

// With returns a new table with t's rows and the work types the overlay
// names. A work type t already has for the same occupation is an error naming
// the overlay's line; t is not changed.
func (t *WorkTypes) With(o *Overlay) (*WorkTypes, error) {
	if t == nil || o == nil {
		return nil, fmt.Errorf("occupation: WorkTypes.With: nil table or overlay: %w", skillcert.ErrArgument)
	}
	rows := append([]WorkType(nil), t.rows...)
	var errs []error
	for _, w := range o.WorkTypes() {
		for _, r := range rows {
			if r.Occupation == w.Occupation && r.Name == w.Name {
				errs = append(errs, fmt.Errorf("occupation: %s: work type %s of %s is already in the table (%s): %w",
					w.Source, w.Name, w.Occupation, r.Source, skillcert.ErrSyntax))
			}
		}
		rows = append(rows, w)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return NewWorkTypes(rows), nil
}
