package filing

import (
	"testing"

	"github.com/skillcert/skillcert/level"
)

func withStaff(kind ApplicantKind, applied string, m StaffMember) Applicant {
	a := Applicant{Kind: kind, LegalPerson: true, StaffInsured: true, Registered: "410100", Staff: []StaffMember{m}}
	if applied != "" {
		a.Applied = arDay(applied)
	}
	return a
}

// 《广东省企业职业技能等级认定工作方案》（2021年版模板）附件3 第五条 (002 L617):
// appointed for three years.
func TestExaminerTerm(t *testing.T) {
	for _, c := range []struct {
		until, applied string
		term, expired  bool
	}{
		{"2024-02-29", "2024-02-29", false, false}, // three years to the day before the anniversary: the last day
		{"2024-03-01", "2024-02-29", true, false},  // one day longer
		{"", "2024-02-29", false, false},
		{"", "2024-03-01", false, true}, // the appointment of 2021-03-01 ended on 2024-02-29
		{"2022-12-31", "2023-01-01", false, true},
		{"2022-12-31", "2022-12-31", false, false},
	} {
		m := StaffMember{Name: "张三", Role: RoleExaminer, Appointed: arDay("2021-03-01")}
		if c.until != "" {
			m.Until = arDay(c.until)
		}
		fs := CheckApplicant(Guangdong, withStaff(Enterprise, c.applied, m), ApplicantOptions{})
		arExpect(t, "until "+c.until+" applied "+c.applied, fs, "filing.examiner.term", c.term)
		arExpect(t, "until "+c.until+" applied "+c.applied, fs, "filing.examiner.expired", c.expired)
		arExpect(t, "national", CheckApplicant(National, withStaff(Enterprise, c.applied, m), ApplicantOptions{}), "filing.examiner.term", false)
	}
}

// 人社职司便函〔2020〕53号 第八条 (003 L1123): 3-year contracts that end by
// themselves, at most three terms.
func TestSupervisorTerms(t *testing.T) {
	for _, c := range []struct {
		terms int
		bad   bool
	}{{1, false}, {3, false}, {4, true}} {
		m := StaffMember{Name: "李四", Role: RoleSupervisor, Terms: c.terms}
		arExpect(t, "terms "+itoa(c.terms), CheckApplicant(Henan, withStaff(Enterprise, "", m), ApplicantOptions{}), "filing.supervisor.terms", c.bad)
	}
	m := StaffMember{Name: "李四", Role: RoleSupervisor, Appointed: arDay("2020-07-01"), Until: arDay("2023-06-30")}
	fs := CheckApplicant(National, withStaff(Enterprise, "2023-06-30", m), ApplicantOptions{})
	arExpect(t, "3 years", fs, "filing.supervisor.term", false)
	arExpect(t, "last day", fs, "filing.supervisor.ended", false)
	fs = CheckApplicant(National, withStaff(Enterprise, "2023-07-01", m), ApplicantOptions{})
	arExpect(t, "the day after", fs, "filing.supervisor.ended", true)
	m.Until = arDay("2023-07-01")
	arExpect(t, "3 years and a day", CheckApplicant(National, withStaff(Enterprise, "2021-01-01", m), ApplicantOptions{}), "filing.supervisor.term", true)
}

// 《广东省企业职业技能等级认定工作方案》（2021年版模板）附件4 第二条（五）
// (002 L649): a year of organising assessments.
func TestInternalSupervisorExperience(t *testing.T) {
	for _, c := range []struct {
		months int
		mgmt   bool
		bad    bool
	}{{11, false, true}, {12, false, false}, {0, true, false}} {
		m := StaffMember{Name: "王五", Role: RoleInternalSupervisor, OrganisingMonths: c.months, ManagementWork: c.mgmt}
		arExpect(t, "months "+itoa(c.months), CheckApplicant(Guangdong, withStaff(Enterprise, "", m), ApplicantOptions{}), "filing.supervisor.experience", c.bad)
		arExpect(t, "national", CheckApplicant(National, withStaff(Enterprise, "", m), ApplicantOptions{}), "filing.supervisor.experience", false)
	}
}

// 豫人社规〔2020〕1号 第十五条（二） (003 L3834).
func TestHenanExaminer(t *testing.T) {
	for _, c := range []struct {
		name                      string
		lv                        level.Level
		title                     TitleRank
		examines                  []level.Level
		basic, technician, senior bool
	}{
		{"四级 only", level.Four, 0, nil, true, false, false},
		{"三级", level.Three, 0, nil, false, false, false},
		{"初级职称", 0, TitleJunior, nil, true, false, false},
		{"中级职称", 0, TitleIntermediate, nil, false, false, false},
		{"二级 examines 二级", level.Two, 0, []level.Level{level.Two}, false, true, false},
		{"一级 examines 二级", level.One, 0, []level.Level{level.Two}, false, false, false},
		{"中级职称 examines 二级", 0, TitleIntermediate, []level.Level{level.Two}, false, true, false},
		{"副高级 examines 二级", 0, TitleSenior, []level.Level{level.Two}, false, false, false},
		{"二级 examines 一级", level.Two, 0, []level.Level{level.One}, false, false, true},
		{"正高级 examines 一级", 0, TitleFull, []level.Level{level.One}, false, false, false},
		{"三级 examines 三级", level.Three, 0, []level.Level{level.Three}, false, false, false},
	} {
		m := StaffMember{Name: "赵六", Role: RoleExaminer, Level: c.lv, Title: c.title, Examines: c.examines}
		fs := CheckApplicant(Henan, withStaff(AppraisalCenter, "", m), ApplicantOptions{})
		arExpect(t, c.name, fs, "filing.examiner.henan-basic", c.basic)
		arExpect(t, c.name, fs, "filing.examiner.henan-technician", c.technician)
		arExpect(t, c.name, fs, "filing.examiner.henan-senior", c.senior)
		arExpect(t, c.name+" (enterprise)", CheckApplicant(Henan, withStaff(Enterprise, "", m), ApplicantOptions{}), "filing.examiner.henan-basic", false)
	}
}

// 豫职鉴〔2020〕13号 三（三） (003 L4419): 技师 or 副高级 and above.
func TestHenanExpertPool(t *testing.T) {
	for _, c := range []struct {
		lv    level.Level
		title TitleRank
		warn  bool
	}{{level.Three, 0, true}, {level.Two, 0, false}, {level.One, 0, false}, {0, TitleIntermediate, true}, {0, TitleSenior, false}, {0, 0, true}} {
		m := StaffMember{Name: "孙七", Role: RoleExpert, Level: c.lv, Title: c.title}
		arExpect(t, qualification(m), CheckApplicant(Henan, withStaff(TrainingOrg, "", m), ApplicantOptions{}), "filing.expert.henan-pool", c.warn)
		arExpect(t, qualification(m)+" (national)", CheckApplicant(National, withStaff(TrainingOrg, "", m), ApplicantOptions{}), "filing.expert.henan-pool", false)
	}
}
