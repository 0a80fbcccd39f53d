package submission_test

import (
	"errors"
	"fmt"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/certificate"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/occupation"
	"github.com/skillcert/skillcert/submission"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// exampleRegistry files 安徽新华职业技能评价中心 (S000034010001) for 汽车维修工,
// levels 五级–三级, with its work type 汽车维修检验工 and without one, and
// its branch S000034010002.
func exampleRegistry() *institution.Registry {
	var reg institution.Registry
	err := reg.Add(institution.Record{
		Filing: certcode.MustParseFiling("S000034010001"), Kind: institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Name: "安徽新华职业技能评价中心"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{
				Occupation: occupation.MustParse("4-12-01-01"), Levels: institution.LevelsOf(5, 4, 3)}},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{
				Occupation: occupation.MustParse("4-12-01-01"), WorkType: "汽车维修检验工", Levels: institution.LevelsOf(5, 4, 3)}},
			{Kind: institution.BranchAdded, Date: day("2022-01-01"), Branch: certcode.MustParseFiling("S000034010002"), Name: "安徽新华职业技能评价中心芜湖站"},
		},
	})
	if err != nil {
		panic(err)
	}
	return &reg
}

// Certificates reads a table's rows as certificates, which a Verifier
// checks against the institution records, row by row as the file numbers
// them.
func ExampleCertificates() {
	table := "职业技能等级认定合格人员证书信息表\n" +
		"姓名,证件类型,证件号码,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构\n" +
		"张三,201,11010519491231002X,汽车维修工,汽车维修检验工,四级/中级工,S000034010001244000001,2024-05-20,安徽新华职业技能评价中心\n" +
		"李四,201,110105198001010016,汽车维修工,--,二级/技师,S000034010001242000002,2024-05-20,安徽新华职业技能评价中心\n" +
		"王五,201,110105198001010016,汽车维修工,--,四级/中级工,S000034010001244000003,2024/5/20,安徽新华职业技能评价中心\n"
	reg := exampleRegistry()
	v := certificate.NewVerifier(reg, certificate.VerifyOptions{})
	r := submission.NewCertReader(submission.CertOptions{Registry: reg})
	for row, err := range r.Rows(submission.CSVRows(strings.NewReader(table), submission.Limits{})) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(row.Row, row.Certificate.Name, row.Certificate.Issued.Format(time.DateOnly))
		for _, f := range v.Verify(row.Row, row.Certificate) {
			fmt.Printf("  %d %s: %s %s\n", f.Row, r.Column(f.Field), f.Severity, f.Rule)
		}
	}
	fmt.Printf("%+v\n", r.Summary())
	// Output:
	// 3 张三 2024-05-20
	// 4 李四 2024-05-20
	//   4 职业技能等级: error verify.scope.level
	// submission: row 5, column 发证日期: submission: issue date "2024/5/20": invalid syntax; want a real date written YYYY-MM-DD (皖人社秘〔2020〕65号 附件5 备注3)
	// {Rows:3 Unreadable:1 Blank:0 HeaderRow:2}
}

// rowsOf yields rows numbered from 1, then err when it is not nil.
func rowsOf(err error, lines ...[]string) iter.Seq2[submission.Row, error] {
	return func(yield func(submission.Row, error) bool) {
		for i, cells := range lines {
			if !yield(submission.Row{Num: i + 1, Cells: cells}, nil) {
				return
			}
		}
		if err != nil {
			yield(submission.Row{Num: len(lines) + 1}, err)
		}
	}
}

type got struct {
	rows []submission.CertRow
	errs []error // parallel to rows
}

func readAll(r *submission.CertReader, src iter.Seq2[submission.Row, error]) got {
	var g got
	for row, err := range r.Rows(src) {
		g.rows = append(g.rows, row)
		g.errs = append(g.errs, err)
	}
	return g
}

var anhuiHeader = []string{"姓名", "证件类型", "证件号码", "所在单位", "职业名称", "工种名称", "职业技能等级", "证书编号", "发证日期", "评价机构", "发证机构", "考生所在地市"}

func TestCertificatesFields(t *testing.T) {
	r := submission.NewCertReader(submission.CertOptions{})
	g := readAll(r, rowsOf(nil,
		[]string{"职业技能等级认定合格人员证书信息表"},
		[]string{"填报单位（章）：安徽新华职业技能评价中心"},
		anhuiHeader,
		[]string{" 张三 ", "201", "11010519491231002X", "某公司", "汽车维修工", "汽车维修检验工", "四级/中级工", "S000034010001244000001", "2024-05-20", "安徽新华职业技能评价中心", "x", "合肥市"},
		[]string{"", " ", "\t"},
		[]string{"李四", "201", "110105198001010016", "", "汽车维修工", "", "四级/中级工", "S000034010001244000002"}, // short row
	))
	want := []submission.CertRow{
		{Row: 4, Certificate: certificate.Certificate{Name: "张三", IDType: "201", IDNumber: "11010519491231002X", Occupation: "汽车维修工",
			WorkType: "汽车维修检验工", Level: "四级/中级工", Number: "S000034010001244000001", Issued: day("2024-05-20"), Institution: "安徽新华职业技能评价中心"}},
		{Row: 6, Certificate: certificate.Certificate{Name: "李四", IDType: "201", IDNumber: "110105198001010016", Occupation: "汽车维修工",
			Level: "四级/中级工", Number: "S000034010001244000002"}},
	}
	if len(g.rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v %v", len(g.rows), len(want), g.rows, g.errs)
	}
	for i := range want {
		if g.errs[i] != nil || g.rows[i] != want[i] {
			t.Errorf("row %d:\n got %+v, %v\nwant %+v", i, g.rows[i], g.errs[i], want[i])
		}
	}
	if s := r.Summary(); s != (submission.CertSummary{Rows: 2, Blank: 1, HeaderRow: 3}) {
		t.Errorf("summary %+v", s)
	}
	for field, col := range map[string]string{"Number": "证书编号", "Issued": "发证日期", "Institution": "评价机构", "WorkType": "工种名称", "Parent": "", "Text": "", "": ""} {
		if c := r.Column(field); c != col {
			t.Errorf("Column(%q) = %q, want %q", field, c, col)
		}
	}
}

// Guangdong's table: no 证件类型, a combined 职业（工种）, no institution name
// column: the registry's filed name is taken, the branch's for a branch.
func TestCertificatesGuangdongAndFiledName(t *testing.T) {
	reg := exampleRegistry()
	r := submission.NewCertReader(submission.CertOptions{Registry: reg})
	g := readAll(r, rowsOf(nil,
		[]string{"证书编号", "考生姓名", "考生身份证号码", "职业（工种）", "认定级别", "认定日期"},
		[]string{"S000034010001244000001", "张三", "11010519491231002X", "汽车维修工（汽车维修检验工）", "四级/中级工", "2024-05-20"},
		[]string{"S000034010002244000001", "李四", "110105198001010016", "汽车维修工", "四级/中级工", "2024-05-20"},
		[]string{"S000034010002214000001", "王五", "110105198001010016", "汽车维修工", "四级/中级工", "2021-05-20"}, // before the branch
		[]string{"S000034010009244000001", "赵六", "110105198001010016", "汽车维修工", "四级/中级工", "2024-05-20"}, // not filed
		[]string{"S00003401000124400000", "孙七", "110105198001010016", "汽车维修工", "四级/中级工", "2024-05-20"},  // not a number
	))
	type wantRow struct{ occ, wt, inst, parent string }
	want := []wantRow{
		{"汽车维修工", "汽车维修检验工", "安徽新华职业技能评价中心", ""},
		{"汽车维修工", "--", "安徽新华职业技能评价中心芜湖站", "安徽新华职业技能评价中心"},
		{"汽车维修工", "--", "安徽新华职业技能评价中心芜湖站", "安徽新华职业技能评价中心"}, // View names it; Verify reports not-yet-filed
		{"汽车维修工", "--", "", ""},
		{"汽车维修工", "--", "", ""},
	}
	if len(g.rows) != len(want) {
		t.Fatalf("got %d rows: %+v %v", len(g.rows), g.rows, g.errs)
	}
	for i, w := range want {
		c := g.rows[i].Certificate
		if g.errs[i] != nil || c.IDType != "居民身份证" || c.Occupation != w.occ || c.WorkType != w.wt || c.Institution != w.inst || c.Parent != w.parent {
			t.Errorf("row %d: %+v, %v; want %+v", g.rows[i].Row, c, g.errs[i], w)
		}
	}
	for i, c := range g.rows[:2] {
		if fs := certificate.Verify(c.Certificate, reg, certificate.VerifyOptions{}); fs != nil {
			t.Errorf("row %d: %v", i, fs)
		}
	}
	// Without a registry the name stays empty and Verify says so.
	g = readAll(submission.NewCertReader(submission.CertOptions{}), rowsOf(nil,
		[]string{"证书编号", "考生姓名", "考生身份证号码", "职业（工种）", "认定级别", "认定日期"},
		[]string{"S000034010001244000001", "张三", "11010519491231002X", "汽车维修工（汽车维修检验工）", "四级/中级工", "2024-05-20"}))
	fs := certificate.Verify(g.rows[0].Certificate, reg, certificate.VerifyOptions{})
	if len(fs) != 1 || fs[0].Rule != "verify.name" {
		t.Errorf("no registry: %v", fs)
	}
}

// A row whose date cannot be read is an error naming the row and the column;
// the rows after it are still read.
func TestCertificatesBadDate(t *testing.T) {
	r := submission.NewCertReader(submission.CertOptions{})
	var rows [][]string
	rows = append(rows, anhuiHeader)
	for _, d := range []string{"2024/5/20", "2023-02-29", "2024-5-20", "２０２４-05-20", "2024-05-20\n", "2024-05-20"} {
		rows = append(rows, []string{"张三", "201", "11010519491231002X", "", "汽车维修工", "--", "四级/中级工", "S000034010001244000001", d})
	}
	g := readAll(r, rowsOf(nil, rows...))
	if len(g.rows) != 6 {
		t.Fatalf("%d rows", len(g.rows))
	}
	for i := 0; i < 4; i++ {
		var ce *submission.CellError
		if !errors.As(g.errs[i], &ce) || ce.Row != i+2 || ce.Column != "发证日期" || g.rows[i].Row != i+2 || !errors.Is(g.errs[i], skillcert.ErrSyntax) {
			t.Errorf("row %d: %+v %v", i+2, g.rows[i], g.errs[i])
			continue
		}
		if !strings.Contains(ce.Chinese(), "第 "+fmt.Sprint(i+2)+" 行“发证日期”列") || ce.Err.Input != rows[i+1][8] {
			t.Errorf("row %d: %s / %q", i+2, ce.Chinese(), ce.Err.Input)
		}
	}
	// A trailing line break is trimmed like a space, as the checker trims.
	for i := 4; i < 6; i++ {
		if g.errs[i] != nil || !g.rows[i].Certificate.Issued.Equal(day("2024-05-20")) {
			t.Errorf("row %d: %+v %v", i+2, g.rows[i], g.errs[i])
		}
	}
	if s := r.Summary(); s.Rows != 6 || s.Unreadable != 4 {
		t.Errorf("summary %+v", s)
	}
}

func TestCertificatesTableErrors(t *testing.T) {
	io := errors.New("disk on fire")
	for _, tc := range []struct {
		name  string
		src   iter.Seq2[submission.Row, error]
		opt   submission.CertOptions
		rows  int // rows yielded before the error
		check func(error) bool
	}{
		{"empty", rowsOf(nil), submission.CertOptions{}, 0, func(err error) bool { return err == submission.ErrEmpty }},
		{"blank only", rowsOf(nil, []string{""}, []string{" ", ""}), submission.CertOptions{}, 0, func(err error) bool { return err == submission.ErrEmpty }},
		{"no rows", rowsOf(nil, anhuiHeader), submission.CertOptions{}, 0, func(err error) bool { return err == submission.ErrNoRows }},
		{"no header", rowsOf(nil, []string{"姓名", "证件号码"}, []string{"a", "b"}), submission.CertOptions{}, 0, func(err error) bool {
			var he *submission.HeaderError
			return errors.As(err, &he) && he.Row == 1 && len(he.Missing) == 4
		}},
		{"header too low", rowsOf(nil, []string{"a"}, []string{"b"}, anhuiHeader), submission.CertOptions{Limits: submission.Limits{HeaderRows: 2}}, 0, func(err error) bool {
			var he *submission.HeaderError
			return errors.As(err, &he)
		}},
		{"duplicate column", rowsOf(nil, append(append([]string(nil), anhuiHeader...), "证书编码")), submission.CertOptions{}, 0, func(err error) bool {
			var he *submission.HeaderError
			return errors.As(err, &he) && he.Dup == "证书编码"
		}},
		{"source error", rowsOf(io, anhuiHeader, make([]string, 12)[:9], []string{"张三"}), submission.CertOptions{}, 1, func(err error) bool {
			var re *submission.ReadError
			return errors.As(err, &re) && re.Row == 4 && errors.Is(err, io)
		}},
		{"max rows", rowsOf(nil, anhuiHeader, []string{"张三"}, []string{"李四"}, []string{"王五"}), submission.CertOptions{Limits: submission.Limits{MaxRows: 3}}, 2, func(err error) bool {
			var re *submission.ReadError
			return errors.As(err, &re) && re.Row == 4 && errors.Is(err, skillcert.ErrLimit)
		}},
		{"max cell", rowsOf(nil, anhuiHeader, []string{strings.Repeat("张", 100)}), submission.CertOptions{Limits: submission.Limits{MaxCellBytes: 200}}, 0, func(err error) bool {
			return errors.Is(err, skillcert.ErrLimit)
		}},
		{"max columns", rowsOf(nil, anhuiHeader, make([]string, 13)), submission.CertOptions{Limits: submission.Limits{MaxColumns: 12}}, 0, func(err error) bool {
			return errors.Is(err, skillcert.ErrLimit)
		}},
	} {
		g := readAll(submission.NewCertReader(tc.opt), tc.src)
		n := len(g.errs)
		if n != tc.rows+1 || !tc.check(g.errs[n-1]) {
			t.Errorf("%s: %d rows, errors %v", tc.name, n, g.errs)
			continue
		}
		for _, err := range g.errs[:n-1] {
			if err != nil {
				t.Errorf("%s: %v before the last", tc.name, err)
			}
		}
	}
}

func TestCertReaderMisuse(t *testing.T) {
	var nilReader *submission.CertReader
	for _, it := range []iter.Seq2[submission.CertRow, error]{
		nilReader.Rows(rowsOf(nil, anhuiHeader)),
		submission.NewCertReader(submission.CertOptions{}).Rows(nil),
	} {
		n := 0
		for _, err := range it {
			n++
			if !errors.Is(err, skillcert.ErrArgument) {
				t.Errorf("got %v", err)
			}
		}
		if n != 1 {
			t.Errorf("%d items", n)
		}
	}
	if nilReader.Summary() != (submission.CertSummary{}) || nilReader.Column("Number") != "" {
		t.Error("nil reader")
	}
	r := submission.NewCertReader(submission.CertOptions{})
	for range r.Rows(rowsOf(nil, anhuiHeader, []string{"a"})) {
	}
	for _, err := range r.Rows(rowsOf(nil, anhuiHeader, []string{"a"})) {
		if !errors.Is(err, skillcert.ErrArgument) {
			t.Errorf("second call: %v", err)
		}
	}
	// Stopping early stops the source.
	pulled := 0
	src := func(yield func(submission.Row, error) bool) {
		for i := 1; i < 100; i++ {
			pulled++
			cells := []string{"张三"}
			if i == 1 {
				cells = anhuiHeader
			}
			if !yield(submission.Row{Num: i, Cells: cells}, nil) {
				return
			}
		}
	}
	for range submission.Certificates(src, submission.CertOptions{}) {
		break
	}
	if pulled != 2 {
		t.Errorf("pulled %d rows after a break", pulled)
	}
}

// FuzzCertificates: whatever the table, reading it never panics; a fatal
// error comes last and alone; every data row is yielded once.
func FuzzCertificates(f *testing.F) {
	f.Add("姓名,证件类型,证件号码,职业名称,工种名称,职业技能等级,证书编号,发证日期,评价机构\n张三,201,11010519491231002X,汽车维修工,--,四级/中级工,S000034010001244000001,2024-05-20,安徽新华职业技能评价中心\n")
	f.Add("证书编号,考生姓名,考生身份证号码,职业（工种）,认定级别,认定日期\nS000034010001244000001,张三,x,汽车维修工（汽车维修检验工）,四级,2024/5/20\n,,,,,\n")
	f.Add("title\n\n证书编号,考生姓名,考生身份证号码,职业（工种）,认定级别,认定日期\n\"a\nb\",\"\n")
	reg := exampleRegistry()
	f.Fuzz(func(t *testing.T, table string) {
		r := submission.NewCertReader(submission.CertOptions{Registry: reg, Limits: submission.Limits{MaxRows: 1000}})
		data, unreadable, fatal := 0, 0, 0
		for row, err := range r.Rows(submission.CSVRows(strings.NewReader(table), submission.Limits{MaxRows: 1000})) {
			if fatal > 0 {
				t.Fatalf("a row after the fatal error: %+v %v", row, err)
			}
			var ce *submission.CellError
			switch {
			case err == nil:
				data++
			case errors.As(err, &ce):
				data++
				unreadable++
				if ce.Row != row.Row || ce.Error() == "" || ce.Chinese() == "" {
					t.Fatalf("cell error %+v for row %d", ce, row.Row)
				}
			default:
				fatal++
			}
		}
		if s := r.Summary(); s.Rows != data || s.Unreadable != unreadable {
			t.Fatalf("summary %+v, yielded %d rows (%d unreadable)", s, data, unreadable)
		}
	})
}
