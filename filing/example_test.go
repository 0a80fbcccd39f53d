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
	// error filing.levels.standard scope[0].levels[1] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含四级/中级工（含：五级）
	// error filing.levels.standard scope[0].levels[2] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含三级/高级工（含：五级）
	// error filing.levels.standard scope[0].levels[3] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含二级/技师（含：五级）
	// error filing.levels.standard scope[0].levels[4] 渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））
	//    车工的国家职业技能标准不含一级/高级技师（含：五级）
	// error filing.examiners.count scope[1] 渝人社发〔2020〕42号 二（三）
	//    汽车维修工的考评人员 2 名，每个认定职业（工种）不少于 3 名
	// error filing.examiners.grade scope[1].levels 《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（二）
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
	// filing.limit.plan.lead-time 10 2024-09-26 渝人社发〔2020〕42号 四（一）
	// filing.limit.results.publicity 5 2024-10-21 渝人社发〔2020〕42号 四（三）
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
		if r.ID == "filing.examiners.count" || r.ID == "filing.term.extension" {
			fmt.Println(r.ID, r.Severity, r.Source)
		}
	}
	// Output:
	// filing.examiners.count error 渝人社发〔2020〕42号 二（三）
	// filing.term.extension error 渝人社发〔2020〕42号 六（三）
}

// 焊工 is a level-assessment occupation: filing it is allowed, with a warning
// naming the part the 2021 catalogue licenses (item 1, nuclear-safety
// welding) and its licensing bodies; a work type that names that part is
// rejected.
func ExampleCheck_restrictedPart() {
	row := func(workType string) filing.Application {
		return filing.Application{
			Institution: filing.Institution{Category: certcode.Employer, Name: "某焊接技术有限公司",
				CreditCode: "91350100M000100Y43", Province: "41", Area: "01"},
			Scope: []filing.ScopeRow{{Code: "6-18-02-04", Name: "焊工", WorkType: workType,
				Levels: []level.Level{level.Five, level.Four, level.Three}, Basis: filing.NationalStandard}},
			Examiners: []filing.Examiner{{Name: "张", Occupation: "6-18-02-04", Grade: level.Assessor}},
		}
	}
	for _, wt := range []string{"--", "核安全设备焊工"} {
		for _, f := range filing.Check(row(wt), filing.Henan, filing.Options{}) {
			fmt.Println(f.Severity, f.Rule, f.Field)
			fmt.Println("  ", f.Message)
		}
	}
	// Output:
	// warning filing.occupation.restricted-part scope[0].code
	//    焊工为水平评价类职业，可以申报；其中民用核安全设备焊工、焊接操作工（实施部门：生态环境部）和核安全设备焊接人员（实施部门：国防科工局）属准入类职业资格（国家职业资格目录第 1 项），涉及该部分的工种或方向不得申报
	// error filing.occupation.access-part scope[0].workType
	//    工种/方向“核安全设备焊工”涉及焊工中属准入类职业资格的部分（国家职业资格目录第 1 项：民用核安全设备焊工、焊接操作工（实施部门：生态环境部）和核安全设备焊接人员（实施部门：国防科工局）），不纳入认定范围
}

// Each province's printed work types are its own table: Henan prints
// 汽车维修检验工 for 汽车维修工 (豫职鉴〔2021〕1号 三（五）), Anhui's form
// 汽车检测工 (皖人社秘〔2020〕65号 附件1).
func ExampleCheck_workTypesByProvince() {
	app := filing.Application{
		Institution: filing.Institution{Category: certcode.Employer, Name: "某汽车服务有限公司",
			CreditCode: "91350100M000100Y43", Province: "34", Area: "01"},
		Scope: []filing.ScopeRow{{Code: "4-12-01-01", Name: "汽车维修工", WorkType: "汽车检测工",
			Levels: []level.Level{level.Five}, Basis: filing.NationalStandard}},
		Examiners: []filing.Examiner{{Name: "张", Occupation: "4-12-01-01", Grade: level.Assessor}},
	}
	for _, p := range []filing.Profile{filing.Anhui, filing.Henan} {
		fs := filing.Check(app, p, filing.Options{})
		fmt.Println(p, len(fs))
		for _, f := range fs {
			fmt.Println("  ", f.Severity, f.Rule, f.Message)
		}
	}
	// Output:
	// anhui 0
	// henan 1
	//    error filing.worktype.unknown 工种“汽车检测工”不是河南省所列汽车维修工的工种（所列：汽车维修检验工、汽车机械维修工、汽车电器维修工、汽车车身整形修复工、汽车车身涂装修复工、汽车美容装潢工、汽车玻璃维修工）
}

func ExampleProfile_Scheme() {
	for _, p := range filing.Profiles() {
		fmt.Printf("%-9s %q Y:%s S:%s\n", p, p.Province(), p.Scheme(certcode.Employer), p.Scheme(certcode.SocialOrg))
	}
	// Output:
	// national  "" Y:national S:national
	// guangdong "44" Y:guangdong S:national
	// henan     "41" Y:henan S:henan
	// anhui     "34" Y:anhui S:anhui
	// chongqing "50" Y:chongqing S:national
	// liaoning  "21" Y:national S:national
}
