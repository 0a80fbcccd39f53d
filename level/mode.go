package level

import (
	"strconv"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
)

// Mode is an assessment mode for enterprise staff: 定级评价 (rating an
// employee's current level) or 晋级评价 (promotion to the next level), as
// 广东省企业职业技能等级认定工作方案 defines them.
type Mode uint8

// The two assessment modes.
const (
	Grading   Mode = 1 // 定级评价: levels 5–3 only
	Promotion Mode = 2 // 晋级评价: levels 5–1
)

// Examiner is an examiner's grade (考评员 or 高级考评员), as
// 广东省企业职业技能等级认定工作方案 defines them.
type Examiner uint8

// The two examiner grades.
const (
	Assessor       Examiner = 1 // 考评员: may examine levels 5–3
	SeniorAssessor Examiner = 2 // 高级考评员: may examine levels 5–1
)

// scope is a row of the mode and examiner tables: a name and the highest level
// covered (every scope starts at level 5).
type scope struct {
	name, english string
	highest       Level
	source        string
}

var modes = [2]scope{
	{"定级评价", "grading", Three, "广东省企业职业技能等级认定工作方案 认定方式"}, // 002 L85
	{"晋级评价", "promotion", One, "广东省企业职业技能等级认定工作方案 认定方式"}, // 002 L85
}

var examiners = [2]scope{
	{"考评员", "assessor", Three, "广东省企业职业技能等级认定工作方案 考评人员"},        // 002 L113
	{"高级考评员", "senior assessor", One, "广东省企业职业技能等级认定工作方案 考评人员"}, // 002 L113
}

func (m Mode) row() scope {
	if m < Grading || m > Promotion {
		return scope{}
	}
	return modes[m-1]
}

func (e Examiner) row() scope {
	if e < Assessor || e > SeniorAssessor {
		return scope{}
	}
	return examiners[e-1]
}

// Covers reports whether mode m may assess level l: 定级评价 covers 五级 to 三级,
// 晋级评价 covers 五级 to 一级 (广东省企业职业技能等级认定工作方案 认定方式).
func (m Mode) Covers(l Level) bool { return covers(m.row(), l) }

// Highest returns the highest level m may assess: Three or One; 0 for an
// invalid mode.
func (m Mode) Highest() Level { return m.row().highest }

// String returns the Chinese name, "定级评价" or "晋级评价"; a value that is
// neither prints as "Mode(3)".
func (m Mode) String() string {
	if m.row().name == "" {
		return "Mode(" + strconv.Itoa(int(m)) + ")"
	}
	return m.row().name
}

// English returns "grading" or "promotion".
func (m Mode) English() string { return m.row().english }

// Covers reports whether an examiner of grade e may examine level l: 考评员
// 五级 to 三级, 高级考评员 五级 to 一级 (广东省企业职业技能等级认定工作方案 考评人员).
func (e Examiner) Covers(l Level) bool { return covers(e.row(), l) }

// Highest returns the highest level e may examine: Three or One; 0 for an
// invalid grade.
func (e Examiner) Highest() Level { return e.row().highest }

// String returns the Chinese name, "考评员" or "高级考评员"; a value that is
// neither prints as "Examiner(3)".
func (e Examiner) String() string {
	if e.row().name == "" {
		return "Examiner(" + strconv.Itoa(int(e)) + ")"
	}
	return e.row().name
}

// English returns "assessor" or "senior assessor".
func (e Examiner) English() string { return e.row().english }

func covers(s scope, l Level) bool { return s.highest != 0 && l.IsValid() && l >= s.highest }

// ParseMode reads "定级评价" or "晋级评价", also written "定级" or "晋级", with
// surrounding spaces. Any other input is a *skillcert.Error.
func ParseMode(s string) (Mode, error) {
	t := trimSpace(s)
	for i, r := range modes {
		if t == r.name || t == r.name[:len("定级")] {
			return Mode(i + 1), nil
		}
	}
	return 0, &skillcert.Error{Pkg: "level", What: "assessment mode", Input: s, Kind: skillcert.ErrUnknown,
		Want: "定级评价 or 晋级评价", WantZH: "“定级评价”或“晋级评价”", Source: "广东省企业职业技能等级认定工作方案"}
}

// ParseExaminer reads "考评员" or "高级考评员", with surrounding spaces. Any
// other input is a *skillcert.Error.
func ParseExaminer(s string) (Examiner, error) {
	t := trimSpace(s)
	for i, r := range examiners {
		if t == r.name {
			return Examiner(i + 1), nil
		}
	}
	return 0, &skillcert.Error{Pkg: "level", What: "examiner grade", Input: s, Kind: skillcert.ErrUnknown,
		Want: "考评员 or 高级考评员", WantZH: "“考评员”或“高级考评员”", Source: "广东省企业职业技能等级认定工作方案"}
}

// trimSpace removes the spaces people paste around a word (fold.IsSpace).
func trimSpace(s string) string {
	return strings.TrimFunc(s, fold.IsSpace)
}

// GoString makes %#v print level.Five rather than 0x5.
func (l Level) GoString() string {
	if !l.IsValid() {
		return "level.Level(" + strconv.Itoa(int(l)) + ")"
	}
	return "level." + [...]string{"One", "Two", "Three", "Four", "Five"}[l-1]
}
