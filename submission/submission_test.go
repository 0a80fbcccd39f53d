package submission

import (
	"github.com/skillcert/skillcert"

	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime/metrics"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/skillcert/skillcert/submission/subgen"
)

var today = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

const anhuiHeader = "姓名,证件类型,证件号码,所在单位,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构,发证机构,考生所在地市\n"

// A valid row: the ID number 11010519491231002X is GB 11643's own example.
const goodRow = "张三,201,11010519491231002X,合肥某汽车服务有限公司,汽车维修工,汽车维修检验工,四级/中级工,S000034010001244000001,2024-05-20,安徽新华职业技能评价中心,安徽新华职业技能评价中心,合肥市\n"

func check(t *testing.T, table string) ([]skillcert.Finding, Summary) {
	t.Helper()
	var fs []skillcert.Finding
	sum, _, err := CheckCSV(strings.NewReader(table), Options{Today: today}, func(f skillcert.Finding) error { fs = append(fs, f); return nil })
	if err != nil {
		t.Fatalf("CheckCSV: %v", err)
	}
	return fs, sum
}

func rules(fs []skillcert.Finding) string {
	var r []string
	for _, f := range fs {
		r = append(r, fmt.Sprintf("%d:%s", f.Row, f.Rule))
	}
	return strings.Join(r, " ")
}

func TestRowChecks(t *testing.T) {
	fs, sum := check(t, anhuiHeader+goodRow)
	if len(fs) != 0 || sum != (Summary{Rows: 1, Clean: 1, HeaderRow: 1}) {
		t.Fatalf("a good row: %s %+v", rules(fs), sum)
	}
	for _, tc := range []struct {
		name, old, new, want string
	}{
		{"bad number", "S000034010001244000001", "S000034090001244000001", "2:submission.cert.invalid"},
		{"level column", "四级/中级工", "三级", "2:submission.level.mismatch"},
		{"unreadable level", "四级/中级工", "中级技工", "2:submission.level.invalid"},
		{"date form (004 L580)", "2024-05-20", "2024/5/20", "2:submission.date.format"},
		{"impossible date", "2024-05-20", "2024-02-30", "2:submission.date.format"},
		{"date year", "2024-05-20", "2023-05-20", "2:submission.date.year"},
		{"ID check", "11010519491231002X", "110105194912310021", "2:submission.id.invalid"},
		{"ID birth date", "11010519491231002X", "110105194913310025", "2:submission.id.invalid"},
		{"ID type", ",201,", ",202,", "2:submission.idtype.unknown"},
		{"occupation", "汽车维修工", "汽车修理技师", "2:submission.occupation.unknown"},
		{"category", "汽车维修工", "汽车摩托车修理技术服务人员", "2:submission.occupation.category"},
		{"empty work type (D19)", "汽车维修检验工", "", "2:submission.worktype.empty"},
		{"2019 dash (D19)", "汽车维修检验工", "——", "2:submission.worktype.old-dash"},
		{"unknown work type", "汽车维修检验工", "汽车驾驶员", "2:submission.worktype.unknown"},
		{"empty name", "张三", "", "2:submission.cell.empty"},
	} {
		fs, _ := check(t, anhuiHeader+strings.Replace(goodRow, tc.old, tc.new, 1))
		if got := rules(fs); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
		for _, f := range fs {
			if f.Message == "" || f.English == "" || (f.Column == "" && f.Rule != "submission.row.ragged") {
				t.Errorf("%s: incomplete finding %+v", tc.name, f)
			}
		}
	}
	// Passports are not resident IDs.
	if fs, _ := check(t, anhuiHeader+strings.Replace(strings.Replace(goodRow, ",201,", ",227,", 1), "11010519491231002X", "E12345678", 1)); len(fs) != 0 {
		t.Errorf("a passport: %s", rules(fs))
	}
}

func TestTableChecks(t *testing.T) {
	second := strings.Replace(strings.Replace(goodRow, "张三", "李四", 1), "11010519491231002X", "110105198001010016", 1)
	for _, tc := range []struct {
		name, table, want string
	}{
		{"same number twice", goodRow + second, "3:submission.cert.duplicate"},
		{"same person, occupation and level", goodRow + strings.Replace(goodRow, "244000001", "244000002", 1), "3:submission.person.duplicate"},
		{"institution differs for one filing number", goodRow + strings.Replace(strings.Replace(second, "244000001", "244000002", 1), "评价中心,安徽", "评价中心（分部）,安徽", 1), "3:submission.institution.inconsistent"},
		{"skipped serials", goodRow + strings.Replace(second, "244000001", "244000005", 1), "0:submission.serial.gap"},
		{"short row: missing cells read as empty", goodRow + "王五,201\n", "3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty 3:submission.cell.empty"},
		{"text beyond the header", goodRow + strings.TrimSuffix(strings.Replace(second, "244000001", "244000002", 1), "\n") + ",,备注\n", "3:submission.row.ragged"},
		{"empty cells beyond the header", goodRow + strings.TrimSuffix(strings.Replace(second, "244000001", "244000002", 1), "\n") + ",,  \n", ""},
	} {
		fs, sum := check(t, anhuiHeader+tc.table)
		if got := rules(fs); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
		if sum.Rows != sum.Clean+sum.WithFindings {
			t.Errorf("%s: rows not accounted for: %+v", tc.name, sum)
		}
	}
	fs, _ := check(t, anhuiHeader+goodRow+strings.Replace(second, "244000001", "244000005", 1))
	if !strings.Contains(fs[0].English, "3 serials skipped (2–4)") {
		t.Errorf("gap message: %s", fs[0].English)
	}
}

func TestGuangdongTable(t *testing.T) {
	// 002 L1089: 证书编号、考生姓名、考生身份证号码、职业（工种）、认定级别、认定日期.
	table := "证书编号,考生姓名,考生身份证号码,职业（工种）,认定级别,认定日期\n" +
		"Y000144001005205000001,张三,11010519491231002X,汽车维修工（汽车维修检验工）,5级/初级工,2020-06-30\n" +
		"Y000144001005205000002,李四,110105198001010016,装配钳工,五级,2020-06-30\n" +
		"Y000144001005205000003,王五,110105198001010016,汽车维修工（汽车驾驶）,五级,2020-06-30\n"
	fs, sum := check(t, table)
	if got := rules(fs); got != "4:submission.worktype.unknown" || sum.Rows != 3 {
		t.Errorf("Guangdong table: %s %+v", got, sum)
	}
}

func TestHeader(t *testing.T) {
	_, _, err := CheckCSV(strings.NewReader("姓名,证件号码,职业名称\n张三,1,车工\n"), Options{}, func(skillcert.Finding) error { return nil })
	var he *HeaderError
	if !errors.As(err, &he) || len(he.Missing) != 3 || !strings.Contains(err.Error(), "证书编号") {
		t.Errorf("missing columns: %v", err)
	}
	_, _, err = CheckCSV(strings.NewReader("证书编号,证书编码,姓名\n"), Options{}, func(skillcert.Finding) error { return nil })
	if !errors.As(err, &he) || he.Dup == "" {
		t.Errorf("a field twice: %v", err)
	}
	// Header cells with spaces, half-width brackets and a BOM still match.
	c := NewChecker(Options{})
	if err := c.Header(Row{Num: 1, Cells: []string{"\ufeff证书编号", "考生 姓名", "考生身份证号码", "职业(工种)", "认定级别", "认定日期"}}); err != nil {
		t.Errorf("aliases: %v", err)
	}
}

func TestBadFiles(t *testing.T) {
	huge := anhuiHeader + strings.Replace(goodRow, "汽车维修工", strings.Repeat("车", 10<<20/3), 1)
	for _, tc := range []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"empty", nil, ErrEmpty, ""},
		{"header only", []byte(anhuiHeader), ErrNoRows, ""},
		{"UTF-16", append([]byte{0xFF, 0xFE}, "证书编号"...), ErrBinary, ""},
		{"binary", []byte("PK\x03\x04\x00\x00garbage"), ErrBinary, ""},
		{"bare quote", []byte(anhuiHeader + "张\"三,201\n"), nil, "bare \""},
		{"not a table in any encoding", []byte("\x81\x30\x81\x30hello\nworld\n"), nil, "lacks the required column"},
		{"a 10 MB cell", []byte(huge), skillcert.ErrLimit, "line 2 (byte 162): a record longer than"},
	} {
		_, _, err := CheckCSV(bytes.NewReader(tc.data), Options{}, func(skillcert.Finding) error { return nil })
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	// A 60 KB cell is within the limits: a finding, and the finding quotes it cut short.
	fs, sum := check(t, anhuiHeader+strings.Replace(goodRow, "汽车维修工", strings.Repeat("车", 60<<10/3), 1))
	if sum.Rows != 1 || len(fs) != 1 || fs[0].Rule != "submission.occupation.unknown" || len(fs[0].Value) > 200 || len(fs[0].English) > 300 || !strings.HasSuffix(fs[0].Value, "…") {
		t.Errorf("a 60 KB occupation cell: %+v, %d findings", sum, len(fs))
	}
}

func TestEncodings(t *testing.T) {
	table := anhuiHeader + goodRow
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(table)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"UTF-8": table, "UTF-8 with BOM": "\ufeff" + table, "GB18030": gb} {
		var fs []skillcert.Finding
		sum, enc, err := CheckCSV(strings.NewReader(data), Options{Today: today}, func(f skillcert.Finding) error { fs = append(fs, f); return nil })
		if err != nil || enc.String() != name || sum.Clean != 1 || len(fs) != 0 {
			t.Errorf("%s: %v %v %+v %s", name, err, enc, sum, rules(fs))
		}
	}
}

// TestGeneratedTable checks that a generated table's findings are exactly the
// defects the generator put in.
func TestGeneratedTable(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		var buf bytes.Buffer
		buf.WriteString(strings.Join(subgen.Header, ",") + "\n")
		defects, err := subgen.Generate(subgen.Options{Rows: 3000, DefectShare: 0.1, Seed: seed}, func(cells []string) error {
			buf.WriteString(strings.Join(cells, ",") + "\n")
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var got, want []string
		sum, _, err := CheckCSV(&buf, Options{Today: today}, func(f skillcert.Finding) error {
			got = append(got, fmt.Sprintf("%d:%s", f.Row, f.Rule))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range defects {
			want = append(want, fmt.Sprintf("%d:%s", d.Row, d.Rule))
		}
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("seed %d: findings differ from the defects put in\n got %v\nwant %v", seed, diff(got, want), diff(want, got))
		}
		if sum.Rows != 3000 || sum.Rows != sum.Clean+sum.WithFindings || len(defects) < 200 {
			t.Errorf("seed %d: %+v, %d defects", seed, sum, len(defects))
		}
	}
}

func diff(a, b []string) []string {
	in := map[string]int{}
	for _, s := range b {
		in[s]++
	}
	var out []string
	for _, s := range a {
		if in[s] > 0 {
			in[s]--
		} else {
			out = append(out, s)
		}
	}
	return out
}

var _ = io.EOF

// heapBytes is the heap the program holds, live or not yet collected.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
