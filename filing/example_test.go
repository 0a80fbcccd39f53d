package filing_test

import (
	"fmt"
	"time"

	"github.com/skillcert/skillcert/calendar"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/filing"
	"github.com/skillcert/skillcert/level"
)

// A Chongqing enterprise files 车工 and 汽车维修工 at levels 5–1. The scope
// table of 豫职鉴〔2021〕1号 三（五） says 车工 without a work type is assessed
// at level 5 only, so levels 4–1 need 普通车床 or 数控车床; 汽车维修工 has too
// few examiners for Chongqing (渝人社发〔2020〕42号 二（三）), and none who may
// examine level 1.
func Example() {
	all := []level.Level{level.Five, level.Four, level.Three, level.Two, level.One}
	app := filing.Application{
		Institution: filing.Institution{Category: certcode.Employer, Name: "重庆某汽车零部件有限公司",
			CreditCode: "91350100M000100Y43", Province: "50", Area: "11"},
		Scope: []filing.ScopeRow{
			{Code: "6-18-01-01", Name: "车工", Levels: all, Basis: filing.NationalStandard, Mode: level.Promotion},
			{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车维修检验工", Levels: all, Basis: filing.NationalStandard, Mode: level.Promotion},
		},
		Examiners: []filing.Examiner{
			{Name: "张", Occupation: "6-18-01-01", Grade: level.SeniorAssessor},
			{Name: "王", Occupation: "6-18-01-01", Grade: level.Assessor},
			{Name: "李", Occupation: "6-18-01-01", Grade: level.Assessor},
			{Name: "赵", Occupation: "4-12-01-01", Grade: level.Assessor},
			{Name: "刘", Occupation: "4-12-01-01", Grade: level.Assessor},
		},
		Filed: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), TermYears: 3,
	}
	for _, f := range filing.Check(app, filing.Chongqing, filing.Options{}) {
		fmt.Println(f.Severity, f.Rule, f.Field, f.Source)
		fmt.Println("  ", f.Message)
	}
	// Output:
	// error levels.standard scope[0].levels[1] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含四级/中级工（含：五级）
	// error levels.standard scope[0].levels[2] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含三级/高级工（含：五级）
	// error levels.standard scope[0].levels[3] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含二级/技师（含：五级）
	// error levels.standard scope[0].levels[4] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含一级/高级技师（含：五级）
	// error examiners.count scope[1] 渝人社发〔2020〕42号 二（三）
	//    汽车维修工的考评人员 2 名，每个认定职业（工种）不少于 3 名
	// error examiners.grade scope[1].levels 《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（二）
	//    汽车维修工的一级/高级技师没有可承担的考评人员（需要高级考评员）
}

func ExampleLimit_Due() {
	cal := calendar.Default()
	assessment := time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC)
	for _, l := range filing.Limits(filing.Chongqing)[:2] {
		due, err := l.Due(cal, assessment)
		if err != nil {
			panic(err)
		}
		fmt.Println(l.ID, l.N, due.Format(time.DateOnly), l.Source)
	}
	// Output:
	// limit.plan.lead-time 10 2024-09-26 渝人社发〔2020〕42号 四（一）
	// limit.results.publicity 5 2024-10-21 渝人社发〔2020〕42号 四（三）
}

func ExampleLimit_Check() {
	cal := calendar.Default()
	report := filing.Limits(filing.Anhui)[2] // 10 working days after publicity
	fs, _ := report.Check(cal, time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), time.Date(2024, 10, 21, 0, 0, 0, 0, time.UTC))
	fmt.Println(fs[0].English)
	// Output: report results within 10 working days after publicity ends: reported on 2024-10-21; due within 10 working days after 2024-09-30 (by 2024-10-18)
}

func ExampleRules() {
	for _, r := range filing.Rules(filing.Chongqing) {
		if r.ID == "examiners.count" || r.ID == "term.extension" {
			fmt.Println(r.ID, r.Severity, r.Source)
		}
	}
	// Output:
	// examiners.count error 渝人社发〔2020〕42号 二（三）
	// term.extension error 渝人社发〔2020〕42号 六（三）
}
