package occupation

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// WorkType is one work type (工种 or 职业方向) of an occupation, with the levels
// its national standard covers.
//
// Province says whose table the row belongs to: the two-digit code of the
// province whose document prints it ("41" for 豫职鉴〔2021〕1号, "34" for
// 皖人社秘〔2020〕65号), or "" for a national row (a national standard, a
// ministry announcement, a table a caller loads without a 省份 column), which
// holds in every province.
type WorkType struct {
	Occupation Code
	Name       string        // the work type; "" for an occupation assessed without one
	Levels     []level.Level // the levels covered, as printed; nil where the source prints none
	Source     string        // where the row comes from: the document, or "file:line" for a loaded table
	Province   string        // the province whose table the row is in; "" for a national row
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
// empty table. The dictionary does not publish work types as a data set;
// SeedWorkTypes has the ones the documents print, and ReadWorkTypes loads a
// fuller table. The filing checks use whichever table they are given.
//
// Each province's printed work types are its own table: Henan's
// 豫职鉴〔2021〕1号 三（五） prints 汽车维修检验工 for 汽车维修工 where Anhui's
// application form (皖人社秘〔2020〕65号) prints 汽车检测工. ForProvince gives
// the table one province's rules apply (its own rows and the national ones);
// Known, Of and Find on the whole table see every province's rows at once.
type WorkTypes struct {
	rows   []WorkType
	byCode map[Code][]int
}

// The provinces whose documents print work types.
const (
	henanProvince = "41"
	anhuiProvince = "34"
)

// seedWorkTypes are the scope rows of 豫职鉴〔2021〕1号 (003 L4577–4593), Henan's
// table, and the two rows of Anhui's application form (004 L131–145), which
// names 汽车检测工 where Henan has 汽车维修检验工 and prints no levels. Each
// province's rows are its own table; 汽车机械维修工, printed by both, is a row
// of each.
var seedWorkTypes = []WorkType{
	{MustParse("6-18-01-01"), "", lv(5), "豫职鉴〔2021〕1号 三（五）", henanProvince},                      // 003 L4578
	{MustParse("6-18-01-01"), "普通车床", lv(4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},         // 003 L4579
	{MustParse("6-18-01-01"), "数控车床", lv(4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},         // 003 L4580
	{MustParse("4-10-01-06"), "家务服务员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）", henanProvince},           // 003 L4581
	{MustParse("4-10-01-06"), "母婴护理员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）", henanProvince},           // 003 L4582
	{MustParse("4-10-01-06"), "家庭照护员", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）", henanProvince},           // 003 L4583
	{MustParse("4-10-01-06"), "", lv(2), "豫职鉴〔2021〕1号 三（五）", henanProvince},                      // 003 L4584
	{MustParse("4-12-01-01"), "汽车维修检验工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},   // 003 L4585
	{MustParse("4-12-01-01"), "汽车机械维修工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},   // 003 L4586
	{MustParse("4-12-01-01"), "汽车电器维修工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},   // 003 L4587
	{MustParse("4-12-01-01"), "汽车车身整形修复工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince}, // 003 L4588
	{MustParse("4-12-01-01"), "汽车车身涂装修复工", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince}, // 003 L4590
	{MustParse("4-12-01-01"), "汽车美容装潢工", lv(5, 4), "豫职鉴〔2021〕1号 三（五）", henanProvince},            // 003 L4591
	{MustParse("4-12-01-01"), "汽车玻璃维修工", lv(5, 4, 3), "豫职鉴〔2021〕1号 三（五）", henanProvince},         // 003 L4592
	{MustParse("6-20-01-01"), "", lv(5, 4, 3, 2, 1), "豫职鉴〔2021〕1号 三（五）", henanProvince},          // 003 L4593
	{MustParse("4-12-01-01"), "汽车检测工", nil, "皖人社秘〔2020〕65号 附件1", anhuiProvince},                  // 004 L131–134
	{MustParse("4-12-01-01"), "汽车机械维修工", nil, "皖人社秘〔2020〕65号 附件1", anhuiProvince},                // 004 L141–145
}

func lv(ls ...level.Level) []level.Level { return ls }

// SeedWorkTypes returns the work types the documents print: Henan's table
// (车工, 家政服务员, 汽车维修工 and 钳工 with their work types and levels,
// 豫职鉴〔2021〕1号 三（五）) and Anhui's (汽车维修工: 汽车检测工 and
// 汽车机械维修工, 皖人社秘〔2020〕65号 附件1, without levels). Every row carries
// its province.
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

// ForProvince returns the table the rules of one province apply: the rows of
// province (a two-digit code) and the national rows (Province ""). For
// province "" it returns the national rows alone. The table t is not changed;
// a nil t gives an empty table.
//
// Where the result does not know an occupation (Known is false), the
// province has no table of its work types: the filing checks then accept a
// name any province prints and note one that none does.
func (t *WorkTypes) ForProvince(province string) *WorkTypes {
	out := &WorkTypes{byCode: map[Code][]int{}}
	if t == nil {
		return out
	}
	for _, r := range t.rows {
		if r.Province == "" || r.Province == province {
			out.byCode[r.Occupation] = append(out.byCode[r.Occupation], len(out.rows))
			out.rows = append(out.rows, r)
		}
	}
	return out
}

// Rows returns every row in table order, as a fresh copy.
func (t *WorkTypes) Rows() []WorkType {
	if t == nil {
		return nil
	}
	out := make([]WorkType, len(t.rows))
	for i, r := range t.rows {
		r.Levels = append([]level.Level(nil), r.Levels...)
		out[i] = r
	}
	return out
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
// be written "--" (人社鉴发〔2021〕1号) or "——". Where several provinces print
// the name, the first row in table order is returned; use ForProvince to ask
// one province's table. Find does not allocate.
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
// and the columns 职业编码, 职业名称, 工种, 级别 (in that order), and optionally
// a fifth, 省份: for example
//
//	职业编码,职业名称,工种,级别,省份
//	4-12-01-01,汽车维修工,汽车维修检验工,5、4、3、2、1,河南
//	6-20-01-01,装配钳工,--,5、4、3、2、1,
//
// The code must be an occupation of the shipped dictionary and the name its
// 2022 name or a name LookupName finds for it (Dictionary.ReadWorkTypes checks
// against a dictionary with overlays); the levels are written as level.Parse
// reads them, separated by 、 , ; or spaces, or left empty when not known. The
// province, where given, is a two-digit code or a name ("41", "河南省",
// "河南") and makes the row that province's (WorkType.Province); an empty
// cell or a file without the column makes a national row. name is the file
// name used in Source and errors. Every defect is reported with its line; all
// of them are returned, joined.
func ReadWorkTypes(r io.Reader, name string) (*WorkTypes, error) {
	return Default().ReadWorkTypes(r, name)
}

// ReadWorkTypes reads a work-type table as the function ReadWorkTypes does,
// checking codes and names against d, so that a table may name the
// occupations d's overlays add. A nil d is Default().
func (d *Dictionary) ReadWorkTypes(r io.Reader, name string) (*WorkTypes, error) {
	if r == nil {
		return nil, fmt.Errorf("occupation: ReadWorkTypes %s: nil reader: %w", name, skillcert.ErrArgument)
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 0 // the header sets it: 4 or 5 columns
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
			if len(rec) != 4 && len(rec) != 5 {
				return nil, fmt.Errorf("occupation: %s:1: %d columns; want 职业编码, 职业名称, 工种, 级别 and optionally 省份: %w", name, len(rec), skillcert.ErrSyntax)
			}
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
		e, ok := d.Lookup(c)
		if !ok || c.Depth() != Occupation {
			fail("职业编码", skillcert.ErrUnknown, "%s is not an occupation of the dictionary", c)
			continue
		}
		if n, ok := d.LookupName(rec[1]); !ok || n.Code != c {
			fail("职业名称", skillcert.ErrUnknown, "%s is not the name of %s (%s)", skillcert.Quote(rec[1]), c, e.Name)
			continue
		}
		w := WorkType{Occupation: c, Name: strings.TrimSpace(rec[2]), Source: fmt.Sprintf("%s:%d", name, line)}
		if w.Name == "--" || w.Name == "——" {
			w.Name = ""
		}
		if len(rec) == 5 {
			if p := strings.TrimSpace(rec[4]); p != "" {
				a, ok := region.LookupProvince(p)
				if !ok {
					a, ok = region.ProvinceByName(p)
				}
				if !ok {
					fail("省份", skillcert.ErrUnknown, "%s is not a province code or name", skillcert.Quote(rec[4]))
					continue
				}
				w.Province = a.Code
			}
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

// WorkTypes returns the work types d knows: SeedWorkTypes with the work types
// d's overlays name, as national rows (a ministry announcement holds in every
// province). A work type two overlays both name is kept once, from the first.
// A nil d is Default().
func (d *Dictionary) WorkTypes() *WorkTypes {
	rows := append([]WorkType(nil), seedWorkTypes...)
	for _, o := range d.Overlays() {
	next:
		for _, w := range o.WorkTypes() {
			for _, r := range rows {
				if r.Occupation == w.Occupation && r.Name == w.Name && r.Province == w.Province {
					continue next
				}
			}
			rows = append(rows, w)
		}
	}
	return NewWorkTypes(rows)
}

// With returns a new table with t's rows and the work types the overlay
// names, as national rows. A work type t already has as a national row of the
// same occupation is an error naming the overlay's line (a province's row of
// the same name is not: the overlay makes it national); t is not changed.
func (t *WorkTypes) With(o *Overlay) (*WorkTypes, error) {
	if t == nil || o == nil {
		return nil, fmt.Errorf("occupation: WorkTypes.With: nil table or overlay: %w", skillcert.ErrArgument)
	}
	rows := append([]WorkType(nil), t.rows...)
	var errs []error
	for _, w := range o.WorkTypes() {
		for _, r := range rows {
			if r.Occupation == w.Occupation && r.Name == w.Name && r.Province == w.Province {
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
