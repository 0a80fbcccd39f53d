package certificate

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// institutions include names with words the wording may not use: the names
// are left out of the search (DECISIONS D19).
var (
	institutions = []string{"安徽新华职业技能评价中心", "中国汽车工程学会", "全国某行业协会", "广州某电子有限公司", "国家电网某供电公司"}
	names        = []string{"张三", "李四", "王小明", "欧阳娜娜"}
	workTypes    = []string{"--", "汽车维修检验工", "电工", "－－"}
	bodies       = []string{
		"本证书由%s颁发，表明持证人通过本机构组织的职业技能等级认定，具备该职业（工种）相应技能等级水平。",
		"%s 职业技能等级认定专用章 Certificate of Occupational Skill Level",
	}
)

// residentIDFor builds a GB 11643-1999 number from 6 area digits, a birth
// date and a 3-digit sequence.
func residentIDFor(area int, birth time.Time, seq int) string {
	s := strconv.Itoa(100000+area%900000) + birth.Format("20060102") + strconv.Itoa(1000 + seq%1000)[1:]
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}[i]
	}
	return s + string("10X98765432"[sum%11])
}

// genCertificate generates a certificate that breaks no rule: issued on or
// after 2021-01-05, its number built by certcode.New from its own year and
// level, its resident ID valid.
func genCertificate() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(0, 3000), gen.IntRange(1, 5), gen.IntRange(0, len(institutions)-1),
		gen.IntRange(0, len(names)-1), gen.IntRange(0, len(workTypes)-1), gen.IntRange(0, len(bodies)-1),
		gen.IntRange(0, 899999), gen.IntRange(0, 30000), gen.IntRange(0, 999),
		gen.IntRange(0, 999999), gen.IntRange(1, 999999), gen.OneConstOf("11", "31", "32", "51"),
	).Map(func(v []interface{}) Certificate {
		i := func(k int) int { return v[k].(int) }
		issued := notice2021.AddDate(0, 0, i(0))
		lv := level.Level(i(1))
		inst := institutions[i(2)]
		code, err := certcode.New(certcode.Fields{Category: certcode.Employer, Institution: "0001", Province: v[11].(string),
			Site: strconv.Itoa(1000000 + i(9))[1:], Year: issued.Year(), Level: lv, Serial: i(10)})
		if err != nil {
			panic(err) // a generator bug, not a finding
		}
		birth := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i(7))
		return Certificate{
			Title:          Title,
			Text:           sprintf(bodies[i(5)], inst),
			Institution:    inst,
			Issued:         issued,
			Name:           names[i(3)],
			IDType:         "居民身份证",
			IDNumber:       residentIDFor(i(6), birth, i(8)),
			Occupation:     "汽车维修工",
			WorkType:       workTypes[i(4)],
			Level:          lv.String(),
			Number:         code.String(),
			QueryURL:       CertificateQueryURL,
			InstitutionURL: []string{InstitutionQueryURL, InstitutionQueryURLSample}[i(8)%2],
		}
	})
}

func sprintf(format, s string) string {
	for i := 0; i+1 < len(format); i++ {
		if format[i:i+2] == "%s" {
			return format[:i] + s + format[i+2:]
		}
	}
	return format
}

// corruption breaks one field so that exactly one rule reports it.
type corruption struct {
	rule, field string
	apply       func(c *Certificate)
}

var corruptions = []corruption{
	{"certificate.title", "Title", func(c *Certificate) { c.Title = "职业资格证书" }},
	{"certificate.forbidden-word", "Text", func(c *Certificate) { c.Text += "国家认可" }},
	{"certificate.required", "Name", func(c *Certificate) { c.Name = "" }},
	{"certificate.id-type", "IDType", func(c *Certificate) { c.IDType = "军官证" }},
	{"certificate.id-number", "IDNumber", func(c *Certificate) {
		// Another check character: "0123456789X" cycled by one.
		const checks = "0123456789X"
		i := strings.IndexByte(checks, c.IDNumber[17])
		c.IDNumber = c.IDNumber[:17] + string(checks[(i+1)%len(checks)])
	}},
	{"certificate.work-type.empty", "WorkType", func(c *Certificate) { c.WorkType = "" }},
	{"certificate.work-type.dash", "WorkType", func(c *Certificate) { c.WorkType = NoWorkType2019 }},
	{"certificate.level.form", "Level", func(c *Certificate) { c.Level = level.MustParse(c.Level).Title() }},
	{"certificate.level", "Level", func(c *Certificate) { c.Level = "六级" }},
	{"certificate.number.level", "Number", func(c *Certificate) {
		b := []byte(c.Number)
		b[15] = '1' + (b[15]-'1'+1)%5
		c.Number = string(b)
	}},
	{"certificate.number.year", "Number", func(c *Certificate) { c.Issued = c.Issued.AddDate(1, 0, 0) }},
	{"certificate.number", "Number", func(c *Certificate) { c.Number = c.Number[:21] }},
	{"certificate.query-url", "QueryURL", func(c *Certificate) { c.QueryURL = "http://www.osta.org.cn" }},
	{"certificate.query-url", "InstitutionURL", func(c *Certificate) { c.InstitutionURL = "" }},
	{"certificate.query-url", "ProvinceURL", func(c *Certificate) { c.ProvinceURL = "osta" }},
	{"certificate.date", "Issued", func(c *Certificate) { c.Issued = time.Time{} }},
}

func TestPropertyValidIsClean(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	p := gopter.NewProperties(params)
	p.Property("a generated valid certificate has no finding", prop.ForAll(
		func(c Certificate) bool { return Check(c, Options{}) == nil },
		genCertificate()))
	p.Property("one corrupted field yields exactly its finding", prop.ForAll(
		func(c Certificate, k int) bool {
			x := corruptions[k]
			x.apply(&c)
			fs := Check(c, Options{})
			if len(fs) != 1 || fs[0].Rule != x.rule || fs[0].Field != x.field {
				t.Logf("%s on %s: %v", x.rule, x.field, fs)
				return false
			}
			return true
		},
		genCertificate(), gen.IntRange(0, len(corruptions)-1)))
	p.TestingRun(t)
}

// TestCorruptionsCoverRules keeps the property honest: every rule has a
// corruption.
func TestCorruptionsCoverRules(t *testing.T) {
	have := map[string]bool{}
	for _, x := range corruptions {
		have[x.rule] = true
	}
	for _, r := range Rules() {
		if !have[r.ID] {
			t.Errorf("rule %s has no corruption in the property test", r.ID)
		}
	}
}
