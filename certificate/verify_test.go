package certificate_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/certificate"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/occupation"
)

func vday(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	car      = occupation.MustParse("4-12-01-01") // 汽车维修工
	welder   = occupation.MustParse("6-18-02-04") // 焊工
	xinhuaF  = certcode.MustParseFiling("S000034010001")
	xinhuaB  = certcode.MustParseFiling("S000034010002")
	expiredF = certcode.MustParseFiling("Y000034020001")
	closedF  = certcode.MustParseFiling("Y000034030001")
)

// testRegistry holds the Anhui example institution of 皖人社秘〔2020〕65号
// 附件3 (004 L316, 新华教育集团, S 0000 34 01 0001) with a made-up history,
// one whose filing period ended and one whose filing was ended.
func testRegistry(t testing.TB) *institution.Registry {
	var g institution.Registry
	for _, r := range []institution.Record{
		{Filing: xinhuaF, Kind: institution.SocialOrganisation, Events: []institution.Event{
			{Kind: institution.Filed, Date: vday("2021-03-01"), Until: vday("2027-02-28"), Name: "新华教育集团"},
			{Kind: institution.ScopeAdded, Date: vday("2021-03-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(5, 4, 3)}},
			{Kind: institution.ScopeAdded, Date: vday("2021-03-01"), Scope: institution.ScopeRow{Occupation: welder, Levels: institution.LevelsOf(5, 4)}},
			{Kind: institution.BranchAdded, Date: vday("2022-01-10"), Branch: xinhuaB, Name: "新华教育集团芜湖考核站"},
			{Kind: institution.SuspendedFrom, Date: vday("2022-06-01")},
			{Kind: institution.Resumed, Date: vday("2022-07-01")},
			{Kind: institution.ScopeAdded, Date: vday("2023-01-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(2)}},
			{Kind: institution.BranchClosed, Date: vday("2025-01-01"), Branch: xinhuaB},
		}},
		{Filing: expiredF, Kind: institution.Employer, Events: []institution.Event{
			{Kind: institution.Filed, Date: vday("2020-01-01"), Until: vday("2021-12-31"), Name: "芜湖某汽车有限公司"},
			{Kind: institution.ScopeAdded, Date: vday("2020-01-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.AllLevels}},
		}},
		{Filing: closedF, Kind: institution.Employer, Events: []institution.Event{
			{Kind: institution.Filed, Date: vday("2020-01-01"), Name: "蚌埠某机械有限公司"},
			{Kind: institution.ScopeAdded, Date: vday("2020-01-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.AllLevels}},
			{Kind: institution.CancelledOn, Date: vday("2023-01-01")},
		}},
	} {
		if err := g.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	return &g
}

// clean is a certificate the registry allows, as 人社鉴发〔2021〕1号 fills it.
func clean() certificate.Certificate {
	return certificate.Certificate{
		Title:          "职业技能等级证书",
		Institution:    "新华教育集团",
		Issued:         vday("2024-05-20"),
		Name:           "张三",
		IDType:         "居民身份证",
		IDNumber:       "11010519491231002X",
		Occupation:     "汽车维修工",
		WorkType:       "--",
		Level:          "四级/中级工",
		Number:         "S000034010001244000001",
		QueryURL:       "http://jndj.osta.org.cn/",
		InstitutionURL: "http://pjgg.osta.org.cn/",
	}
}

func TestVerifyClean(t *testing.T) {
	g := testRegistry(t)
	if fs := certificate.Verify(clean(), g, certificate.VerifyOptions{}); fs != nil {
		t.Errorf("clean certificate: %v", fs)
	}
	if fs := certificate.Verify(clean(), g, certificate.VerifyOptions{Content: true}); fs != nil {
		t.Errorf("clean certificate with content rules: %v", fs)
	}
	b := clean()
	b.Institution, b.Parent, b.Number, b.Issued = "新华教育集团芜湖考核站", "新华教育集团", "S000034010002244000001", vday("2024-05-20")
	if fs := certificate.Verify(b, g, certificate.VerifyOptions{}); fs != nil {
		t.Errorf("branch certificate: %v", fs)
	}
	if n := testing.AllocsPerRun(100, func() { certificate.Verify(clean(), g, certificate.VerifyOptions{}) }); n != 0 {
		t.Errorf("Verify of a clean certificate allocates %v times", n)
	}
}

// cases trigger every rule of Verify and Verifier.
var cases = []struct {
	name string
	edit func(*certificate.Certificate)
	rule string
}{
	{"no date", func(c *certificate.Certificate) { c.Issued = time.Time{} }, "verify.date"},
	{"unfiled", func(c *certificate.Certificate) { c.Number = "S000034010009244000001" }, "verify.filed"},
	{"before filing", func(c *certificate.Certificate) {
		c.Issued, c.Number = vday("2021-02-01"), "S000034010001214000001"
	}, "verify.not-yet-filed"},
	{"branch before it was added", func(c *certificate.Certificate) {
		c.Issued, c.Number, c.Institution = vday("2021-06-01"), "S000034010002214000001", "新华教育集团芜湖考核站"
	}, "verify.not-yet-filed"},
	{"suspended", func(c *certificate.Certificate) {
		c.Issued, c.Number = vday("2022-06-15"), "S000034010001224000001"
	}, "verify.suspended"},
	{"expired", func(c *certificate.Certificate) {
		c.Number, c.Institution = "Y000034020001244000001", "芜湖某汽车有限公司"
	}, "verify.expired"},
	{"cancelled", func(c *certificate.Certificate) {
		c.Number, c.Institution = "Y000034030001244000001", "蚌埠某机械有限公司"
	}, "verify.cancelled"},
	{"branch closed", func(c *certificate.Certificate) {
		c.Issued, c.Number, c.Institution = vday("2025-03-01"), "S000034010002254000001", "新华教育集团芜湖考核站"
	}, "verify.branch-closed"},
	{"name", func(c *certificate.Certificate) { c.Institution = "新华教育" }, "verify.name"},
	{"branch prints the parent's name", func(c *certificate.Certificate) { c.Number = "S000034010002244000001" }, "verify.name"},
	{"parent name", func(c *certificate.Certificate) {
		c.Number, c.Institution, c.Parent = "S000034010002244000001", "新华教育集团芜湖考核站", "新华集团"
	}, "verify.name"},
	{"occupation", func(c *certificate.Certificate) { c.Occupation = "不存在的职业" }, "verify.occupation"},
	{"access", func(c *certificate.Certificate) { c.Occupation = "保安员" }, "verify.occupation.access"},
	{"nuclear welding", func(c *certificate.Certificate) { c.Occupation, c.WorkType = "焊工", "核安全设备焊接" }, "verify.occupation.access"},
	{"to become access", func(c *certificate.Certificate) { c.Occupation = "消防员" }, "verify.occupation.to-access"},
	{"welder", func(c *certificate.Certificate) { c.Occupation = "焊工" }, "verify.occupation.to-access"},
	{"scope occupation", func(c *certificate.Certificate) { c.Occupation = "电工" }, "verify.scope.occupation"},
	{"scope work type", func(c *certificate.Certificate) { c.WorkType = "发动机维修" }, "verify.scope.work-type"},
	{"scope level", func(c *certificate.Certificate) {
		c.Issued, c.Number, c.Level = vday("2022-08-01"), "S000034010001222000001", "二级/技师"
	}, "verify.scope.level"},
	{"number", func(c *certificate.Certificate) { c.Number = "S000034990001244000001" }, "certificate.number"},
	{"number level", func(c *certificate.Certificate) { c.Level = "三级/高级工" }, "certificate.number.level"},
	{"number year", func(c *certificate.Certificate) { c.Issued = vday("2023-05-20") }, "certificate.number.year"},
}

func rulesOf(fs []skillcert.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestVerifyRules(t *testing.T) {
	g := testRegistry(t)
	seen := map[string]bool{}
	for _, tc := range cases {
		c := clean()
		tc.edit(&c)
		fs := certificate.Verify(c, g, certificate.VerifyOptions{})
		found := false
		for _, f := range fs {
			seen[f.Rule] = true
			found = found || f.Rule == tc.rule
			if f.Source == "" || f.Message == "" || f.English == "" {
				t.Errorf("%s: finding without source or message: %+v", tc.name, f)
			}
		}
		if !found {
			t.Errorf("%s: got %v, want %s", tc.name, rulesOf(fs), tc.rule)
		}
	}
	// The table rules.
	v := certificate.NewVerifier(g, certificate.VerifyOptions{})
	c := clean()
	if fs := v.Verify(0, c); fs != nil {
		t.Fatalf("first row: %v", fs)
	}
	fs := v.Verify(0, c)
	if got := rulesOf(fs); len(got) != 2 || got[0] != "verify.duplicate-number" || got[1] != "verify.duplicate-person" || fs[0].Row != 2 {
		t.Errorf("same row twice: %v", fs)
	}
	c.Number = "S000034010001244000002"
	if got := rulesOf(v.Verify(7, c)); len(got) != 1 || got[0] != "verify.duplicate-person" {
		t.Errorf("same person, other number: %v", got)
	}
	c.IDNumber, c.Number = "110105194912310021", "S000034010001244000003"
	if fs := v.Verify(8, c); fs != nil {
		t.Errorf("another person: %v", fs)
	}
	seen["verify.duplicate-number"], seen["verify.duplicate-person"] = true, true
	// Every rule has a triggering case.
	for _, r := range certificate.VerifyRules() {
		if !seen[r.ID] {
			t.Errorf("rule %s has no triggering case", r.ID)
		}
		if r.Source == "" || !strings.HasPrefix(r.ID, "verify.") {
			t.Errorf("rule %+v", r)
		}
	}
}

func TestVerifierStream(t *testing.T) {
	g := testRegistry(t)
	rows := []certificate.Certificate{clean(), clean()}
	errRow := fmt.Errorf("row 2 unreadable")
	seq := func(yield func(certificate.Certificate, error) bool) {
		_ = yield(rows[0], nil) && yield(certificate.Certificate{}, errRow) && yield(rows[1], nil)
	}
	var got []string
	for f, err := range certificate.NewVerifier(g, certificate.VerifyOptions{}).Stream(seq) {
		if err != nil {
			got = append(got, "error")
			continue
		}
		got = append(got, fmt.Sprint(f.Row)+" "+f.Rule)
	}
	want := []string{"error", "3 verify.duplicate-number", "3 verify.duplicate-person"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if fs := certificate.Verify(clean(), nil, certificate.VerifyOptions{}); len(fs) != 1 || fs[0].Rule != "verify.filed" {
		t.Errorf("nil registry: %v", fs)
	}
}

// TestVerifyProperty: a record generated with a scope and a filing period,
// and a certificate issued inside them, is clean; the same certificate
// issued after the period gives exactly verify.expired.
func TestVerifyProperty(t *testing.T) {
	occs := []occupation.Code{car, occupation.MustParse("6-31-01-03"), occupation.MustParse("6-18-01-01")}
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 200
	props := gopter.NewProperties(params)
	props.Property("inside is clean, after the period only verify.expired", prop.ForAll(
		func(site, oi, lvBits, start, length, at int) bool {
			f := certcode.MustParseFiling(fmt.Sprintf("S000011%06d", site))
			from := vday("2020-01-01").AddDate(0, 0, start)
			until := from.AddDate(0, 0, length)
			levels := institution.Levels(lvBits << 1)
			var g institution.Registry
			if err := g.Add(institution.Record{Filing: f, Kind: institution.SocialOrganisation, Events: []institution.Event{
				{Kind: institution.Filed, Date: from, Until: until, Name: "某评价机构"},
				{Kind: institution.ScopeAdded, Date: from, Scope: institution.ScopeRow{Occupation: occs[oi], Levels: levels}},
			}}); err != nil {
				t.Log(err)
				return false
			}
			var lv level.Level
			for l := level.One; l <= level.Five; l++ {
				if levels.Has(l) {
					lv = l
				}
			}
			e, _ := occupation.Lookup(occs[oi])
			mk := func(d time.Time) certificate.Certificate {
				c := clean()
				c.Institution, c.Occupation, c.Level, c.Issued = "某评价机构", e.Name, lv.String(), d
				code, _ := f.Certificate(d.Year(), lv, 1)
				c.Number = code.String()
				return c
			}
			in := from.AddDate(0, 0, at%(length+1))
			if fs := certificate.Verify(mk(in), &g, certificate.VerifyOptions{}); fs != nil {
				t.Log(in, fs)
				return false
			}
			fs := certificate.Verify(mk(until.AddDate(0, 0, 1+at)), &g, certificate.VerifyOptions{})
			return len(fs) == 1 && fs[0].Rule == "verify.expired"
		},
		gen.IntRange(1, 999999), gen.IntRange(0, len(occs)-1), gen.IntRange(1, 31), gen.IntRange(0, 1500), gen.IntRange(0, 1500), gen.IntRange(0, 400),
	))
	props.TestingRun(t)
}

// benchRegistry builds a registry of n institutions under the national rule
// (province 11), each with three occupations in scope and one branch.
func benchRegistry(n int) *institution.Registry {
	occs := []occupation.Code{car, occupation.MustParse("6-31-01-03"), occupation.MustParse("6-18-01-01")}
	var g institution.Registry
	for i := 0; i < n; i++ {
		f := certcode.MustParseFiling(fmt.Sprintf("S000011%06d", 2*i+1))
		b := certcode.MustParseFiling(fmt.Sprintf("S000011%06d", 2*i+2))
		r := institution.Record{Filing: f, CreditCode: testCredit(i), Kind: institution.SocialOrganisation, Events: []institution.Event{
			{Kind: institution.Filed, Date: vday("2021-01-01"), Until: vday("2027-12-31"), Name: fmt.Sprintf("北京第%d职业技能评价中心", i)},
		}}
		for _, o := range occs {
			r.Events = append(r.Events, institution.Event{Kind: institution.ScopeAdded, Date: vday("2021-01-01"), Scope: institution.ScopeRow{Occupation: o, Levels: institution.LevelsOf(5, 4, 3)}})
		}
		r.Events = append(r.Events, institution.Event{Kind: institution.BranchAdded, Date: vday("2022-01-01"), Branch: b, Name: fmt.Sprintf("北京第%d职业技能评价中心考核站", i)})
		if err := g.Add(r); err != nil {
			panic(err)
		}
	}
	return &g
}

// BenchmarkVerifyTable verifies a table of 1,000,000 generated certificates
// against a 20,000-institution registry with a Verifier; one op is the whole
// table. Run with -benchtime=1x.
func BenchmarkVerifyTable(b *testing.B) { benchTable(b, true) }

// BenchmarkVerifyRows is the same table through Verify alone, without the
// Verifier's cross-row keys.
func BenchmarkVerifyRows(b *testing.B) { benchTable(b, false) }

func benchTable(b *testing.B, table bool) {
	const insts, rows = 20000, 1000000
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	g := benchRegistry(insts)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	regBytes := float64(m1.HeapAlloc-m0.HeapAlloc) / insts
	names := []string{"汽车维修工", "电工", "车工"}
	var nums strings.Builder
	for i := 0; i < rows; i++ {
		fmt.Fprintf(&nums, "S000011%06d244%06d", 2*(i%insts)+1, i/insts+1)
	}
	all := nums.String()
	var idb strings.Builder
	for i := 0; i < rows; i++ {
		fmt.Fprintf(&idb, "%017dX", 11010519490000000+int64(i))
	}
	ids := idb.String()
	b.ReportAllocs()
	b.ResetTimer()
	var tableBytes float64
	for n := 0; n < b.N; n++ {
		runtime.GC()
		runtime.ReadMemStats(&m0)
		v := certificate.NewVerifier(g, certificate.VerifyOptions{Rows: rows})
		c := clean()
		for i := 0; i < rows; i++ {
			inst := i % insts
			c.Number = all[22*i : 22*i+22]
			c.Institution = g0name(g, inst)
			c.Occupation = names[i%3]
			c.IDNumber = ids[18*i : 18*i+18]
			c.Level = "四级/中级工"
			var fs []skillcert.Finding
			if table {
				fs = v.Verify(0, c)
			} else {
				fs = certificate.Verify(c, g, certificate.VerifyOptions{})
			}
			if fs != nil {
				b.Fatalf("row %d: %v", i, fs)
			}
		}
		runtime.ReadMemStats(&m1)
		tableBytes = float64(m1.HeapAlloc-m0.HeapAlloc) / rows
		runtime.KeepAlive(v)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/rows, "ns/cert")
	b.ReportMetric(regBytes, "B/institution")
	b.ReportMetric(tableBytes, "B/row")
}

var benchNames []string

func g0name(g *institution.Registry, i int) string {
	if benchNames == nil {
		benchNames = make([]string, 0, g.Len())
		for r := range g.All() {
			benchNames = append(benchNames, r.Events[0].Name)
		}
	}
	return benchNames[i]
}

// BenchmarkVerify is one clean certificate against a 20,000-institution
// registry.
func BenchmarkVerify(b *testing.B) {
	g := benchRegistry(20000)
	c := clean()
	c.Number, c.Institution = "S000011000001244000001", "北京第0职业技能评价中心"
	if fs := certificate.Verify(c, g, certificate.VerifyOptions{}); fs != nil {
		b.Fatal(fs)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		certificate.Verify(c, g, certificate.VerifyOptions{})
	}
}

// testCredit returns a valid unified social credit code that differs for
// every i, for generated institutions.
func testCredit(i int) string {
	for _, k := range "ABCDEFGHJKLMNPQRTUWXY" {
		if c, err := nationalid.CompleteCreditCode(fmt.Sprintf("91110000M%c%06d", k, i%1000000)); err == nil {
			return c.String()
		}
	}
	panic(fmt.Sprint("no credit code for ", i))
}
