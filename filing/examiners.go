package filing

import (
	"strconv"
	"time"

	"github.com/skillcert/skillcert/level"
)

// StaffRole is what a member of an institution's assessment staff does.
type StaffRole uint8

// The staff roles.
const (
	RoleExaminer           StaffRole = iota + 1 // 考评人员
	RoleSupervisor                              // 质量督导员, appointed by an authority
	RoleInternalSupervisor                      // 内部质量督导员
	RoleExpert                                  // 评价专家, such as Henan's expert pool
)

var roleNames = [...]string{"", "考评人员", "质量督导员", "内部质量督导员", "评价专家"}

// String returns the role's Chinese name; another value prints as
// "StaffRole(9)".
func (r StaffRole) String() string {
	if r == 0 || int(r) >= len(roleNames) {
		return "StaffRole(" + strconv.Itoa(int(r)) + ")"
	}
	return roleNames[r]
}

const (
	appointmentYears  = 3  // 聘期为三年 / 聘期3年
	maxSupervisorTerm = 3  // 不得超过三届
	organisingMonths  = 12 // 一年以上技能人才评价组织实施工作
)

// StaffMember is one examiner, supervisor or expert, with the facts the
// documents test.
type StaffMember struct {
	Name      string
	Role      StaffRole
	Appointed time.Time // the first day of the current appointment (聘任)
	Until     time.Time // its last day as the contract states; zero: not stated
	Terms     int       // appointments served, the current one included (届)
	// ManagementWork: works in the administration or technical management of
	// skills evaluation (技能人才评价行政或技术管理工作).
	ManagementWork   bool
	OrganisingMonths int           // months of organising assessments (技能人才评价组织实施工作)
	Level            level.Level   // the skill level held; 0: none
	Title            TitleRank     // the professional title held; 0: none
	Examines         []level.Level // the levels the examiner will examine
}

var staffRules = []arule{
	{"filing.examiner.term", "考评人员“{name}”聘期自 {from} 至 {value}，超过三年",
		"examiner {name}: appointed {from} to {value}, longer than three years",
		"《广东省企业职业技能等级认定工作方案》（2021年版模板）附件3《考评人员管理及工作规范》第五条",
		"an examiner's appointment lasts at most three years", under(sevError, Guangdong)},
	{"filing.examiner.expired", "考评人员“{name}”的三年聘期已于 {value} 届满",
		"examiner {name}: the three-year appointment ended on {value}",
		"《广东省企业职业技能等级认定工作方案》（2021年版模板）附件3《考评人员管理及工作规范》第五条",
		"an examiner's appointment has not ended on the day of application", under(sevError, Guangdong)},
	{"filing.supervisor.term", "质量督导员“{name}”聘期自 {from} 至 {value}，超过3年",
		"supervisor {name}: appointed {from} to {value}, longer than 3 years",
		"人社职司便函〔2020〕53号《技能人才评价质量督导工作规程（试行）》第八条",
		"a supervisor's contract lasts at most 3 years", everywhere(sevError)},
	{"filing.supervisor.ended", "质量督导员“{name}”的聘期已于 {value} 届满，自动解聘",
		"supervisor {name}: the contract ended on {value} and with it the appointment",
		"人社职司便函〔2020〕53号《技能人才评价质量督导工作规程（试行）》第八条",
		"a supervisor's contract has not ended on the day of application (contracts end automatically)", everywhere(sevError)},
	{"filing.supervisor.terms", "质量督导员“{name}”已续聘 {value} 届，不得超过三届",
		"supervisor {name}: {value} terms; at most three",
		"人社职司便函〔2020〕53号《技能人才评价质量督导工作规程（试行）》第八条",
		"a supervisor serves at most three terms", everywhere(sevError)},
	{"filing.supervisor.experience", "内部质量督导员“{name}”应从事技能人才评价行政或技术管理工作，或从事过一年以上技能人才评价组织实施工作（{value} 个月）",
		"internal supervisor {name} needs management work in skills evaluation or a year of organising it ({value} months)",
		"《广东省企业职业技能等级认定工作方案》（2021年版模板）附件4《内部质量督导人员管理及工作规范》第二条（五）",
		"an internal supervisor works in evaluation management or has organised assessments for 12 months or more", under(sevError, Guangdong)},
	{"filing.examiner.henan-basic", "考评人员“{name}”应具有三级/高级工或中级专业技术职务以上资格（{value}）",
		"examiner {name} needs 三级/高级工 or an intermediate title ({value})", "豫人社规〔2020〕1号 第十五条（二）",
		"a Henan appraisal examiner holds level 3 or above, or an intermediate title or above", under(sevError, Henan)},
	{"filing.examiner.henan-technician", "考评二级/技师的考评人员“{name}”应具有一级/高级技师或高级专业技术职务（{value}）",
		"examiner {name} examines 二级/技师 and needs 一级/高级技师 or a senior title ({value})", "豫人社规〔2020〕1号 第十五条（二）",
		"a Henan appraisal examiner of level 2 holds level 1 or a senior title", under(sevError, Henan)},
	{"filing.examiner.henan-senior", "考评一级/高级技师的资格文件未规定，按考评二级的要求应具有一级/高级技师或高级专业技术职务（考评人员“{name}”：{value}）",
		"no rule states who may examine 一级; by the 二级 rule examiner {name} needs 一级/高级技师 or a senior title ({value})",
		"豫人社规〔2020〕1号 第十五条（二）",
		"a Henan appraisal examiner of level 1 meets at least the level-2 requirement", under(sevWarning, Henan)},
	{"filing.expert.henan-pool", "评价专家“{name}”原则上应具有技师职业资格（职业技能等级）或副高级职称以上（{value}）",
		"expert {name} should in principle hold 技师 or a deputy-senior title or above ({value})", "豫职鉴〔2020〕13号 三（三）",
		"a Henan pool expert holds level 2 or above, or a deputy-senior title or above", under(sevWarning, Henan)},
}

// qualification describes a member's level and title for messages.
func qualification(m StaffMember) string {
	s := "无技能等级"
	if m.Level.IsValid() {
		s = m.Level.String()
	}
	return s + "，" + m.Title.String()
}

// holds reports whether m holds level lv or above, or title t or above.
func holds(m StaffMember, lv level.Level, t TitleRank) bool {
	return (m.Level.IsValid() && m.Level <= lv) || (m.Title >= t && m.Title <= TitleFull)
}

func (c *achecker) staff(a *Applicant) {
	for i, m := range a.Staff {
		field := "staff[" + itoa(i) + "]"
		switch m.Role {
		case RoleExaminer:
			if !m.Appointed.IsZero() {
				end := civilDay(m.Appointed).AddDate(appointmentYears, 0, 0) // the first day after three years
				if !m.Until.IsZero() && !civilDay(m.Until).Before(end) {
					c.add("filing.examiner.term", field+".until", isoDate(m.Until), "name", m.Name, "from", isoDate(m.Appointed))
				}
				if stop := earliest(end, m.Until); !a.Applied.IsZero() && !civilDay(a.Applied).Before(stop) {
					c.add("filing.examiner.expired", field+".until", isoDate(stop.AddDate(0, 0, -1)), "name", m.Name)
				}
			}
			if a.Kind == AppraisalCenter {
				q := qualification(m)
				if !holds(m, level.Three, TitleIntermediate) {
					c.add("filing.examiner.henan-basic", field, q, "name", m.Name)
				}
				for _, l := range m.Examines {
					if l == level.Two && !holds(m, level.One, TitleSenior) {
						c.add("filing.examiner.henan-technician", field+".examines", q, "name", m.Name)
					}
					if l == level.One && !holds(m, level.One, TitleSenior) {
						c.add("filing.examiner.henan-senior", field+".examines", q, "name", m.Name)
					}
				}
			}
		case RoleSupervisor:
			if !m.Appointed.IsZero() {
				end := civilDay(m.Appointed).AddDate(appointmentYears, 0, 0) // the first day after three years
				if !m.Until.IsZero() && !civilDay(m.Until).Before(end) {
					c.add("filing.supervisor.term", field+".until", isoDate(m.Until), "name", m.Name, "from", isoDate(m.Appointed))
				}
				if stop := earliest(end, m.Until); !a.Applied.IsZero() && !civilDay(a.Applied).Before(stop) {
					c.add("filing.supervisor.ended", field+".until", isoDate(stop.AddDate(0, 0, -1)), "name", m.Name)
				}
			}
			if m.Terms > maxSupervisorTerm {
				c.add("filing.supervisor.terms", field+".terms", itoa(m.Terms), "name", m.Name)
			}
		case RoleInternalSupervisor:
			if !m.ManagementWork && m.OrganisingMonths < organisingMonths {
				c.add("filing.supervisor.experience", field+".organisingMonths", itoa(m.OrganisingMonths), "name", m.Name)
			}
		case RoleExpert:
			if !holds(m, level.Two, TitleSenior) {
				c.add("filing.expert.henan-pool", field, qualification(m), "name", m.Name)
			}
		}
	}
}

// earliest returns the first day the appointment no longer covers: the
// earlier of the day after three years and the day after the contract's last
// day (zero: not stated).
func earliest(end, until time.Time) time.Time {
	if !until.IsZero() {
		if after := civilDay(until).AddDate(0, 0, 1); after.Before(end) {
			return after
		}
	}
	return end
}
