package filing_test

import (
	"fmt"
	"strings"

	"github.com/skillcert/skillcert/filing"
	"github.com/skillcert/skillcert/level"
)

func ExampleAuthority() {
	// A Henan enterprise registered in 郑州 whose social insurance is
	// registered in 洛阳 files with 洛阳 (豫职鉴〔2021〕1号).
	d, findings := filing.Authority(filing.Henan, filing.Applicant{
		Kind: filing.Enterprise, Registered: "410100", Insured: "410300"})
	fmt.Println(d.Level, d.Region, d.Level.Chinese(), d.Source, len(findings))

	// A Henan appraisal institution assessing up to 三级 files with its city.
	d, _ = filing.Authority(filing.Henan, filing.Applicant{
		Kind: filing.AppraisalCenter, Registered: "410302", Highest: level.Three})
	fmt.Println(d.Level, d.Region, d.Source)
	// Output:
	// city 4103 市级人力资源社会保障部门 豫职鉴〔2021〕1号 一（一）1 0
	// city 4103 豫人社规〔2020〕1号 第三条
}

func ExampleCheckApplicant() {
	org := filing.Applicant{
		Kind: filing.TrainingOrg, LegalPerson: true, Registered: "410100",
		SiteArea: 999, Leased: true, LeaseYears: 5, ExamSeats: 30,
		Scope: []filing.ScopeRow{{Code: "6-20-01-01", Name: "装配钳工",
			Levels: []level.Level{level.Five, level.Four, level.Three, level.Two, level.One}}},
	}
	for _, f := range filing.CheckApplicant(filing.Henan, org, filing.ApplicantOptions{Filed: []filing.FiledScope{}}) {
		fmt.Println(f.Severity, f.Rule, f.Field, f.Source)
	}
	// Output:
	// error filing.eligibility.site-area siteArea 豫人社办函〔2020〕51号 一（二）
	// info filing.standard.table standards
}

func ExampleReadStandards() {
	table := `职业编码,职业名称,工种,级别,年份,曾用名
6-20-01-01,装配钳工,--,5、4、3、2、1,2019,钳工
4-12-01-01,汽车维修工,汽车机械维修工,五级 四级 三级,201x,
`
	_, err := filing.ReadStandards(strings.NewReader(table))
	fmt.Println(err)
	// Output:
	// filing: standards table "4-12-01-01,汽车维修工,汽车机械维修工,五级 四级 三级,201x,": line 3: 年份 "201x": invalid syntax; want a four-digit year
}

func ExampleCheckSites() {
	// A Henan enterprise filed in 郑州 whose 洛阳 site's staff are insured in
	// 洛阳 needs a filing there too (豫职鉴〔2020〕2号 四（三）).
	a := filing.Applicant{Kind: filing.Enterprise, Registered: "410100",
		Sites:   []filing.Site{{Name: "郑州总部", Place: "410100"}, {Name: "洛阳分厂", Place: "410300"}},
		Filings: []filing.HeldFiling{{Level: filing.CityLevel, Region: "4101"}}}
	for _, f := range filing.CheckSites(filing.Henan, a) {
		fmt.Println(f.Rule, f.Field, f.Message)
	}
	// Output:
	// filing.jurisdiction.site-city sites[1].place 站点“洛阳分厂”的员工在4103缴纳社保，须向该地人力资源社会保障部门备案
}
