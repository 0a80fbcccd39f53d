package level

import "strconv"

// Mode is an assessment mode for enterprise staff: 定级评价 (rating an
// employee's current level) or 晋级评价 (promotion to the next level).
// DECISIONS.md D13.
type Mode uint8

// The two assessment modes (002 L85).
const (
	Grading   Mode = 1 // 定级评价: levels 5–3 only
	Promotion Mode = 2 // 晋级评价: levels 5–1
)

// Examiner is an examiner's grade (考评员 or 高级考评员). DECISIONS.md D13.
type Examiner uint8

// The two examiner grades (002 L113, L611).
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
	{"定级评价", "grading", Three, "002 L85"},
	{"晋级评价", "promotion", One, "002 L85"},
}

var examiners = [2]scope{
	{"考评员", "assessor", Three, "002 L113"},
	{"高级考评员", "senior assessor", One, "002 L113"},
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
// 晋级评价 covers 五级 to 一级 (002 L85).
func (m Mode) Covers(l Level) bool { return covers(m.row(), l) }

// Highest returns the highest level m may assess: Three or One; 0 for an
// invalid mode.
func (m Mode) Highest() Level { return m.row().highest }

// String returns the Chinese name, "定级评价" or "晋级评价".
func (m Mode) String() string { return m.row().name }

// English returns "grading" or "promotion".
func (m Mode) English() string { return m.row().english }

// Covers reports whether an examiner of grade e may examine level l: 考评员
// 五级 to 三级, 高级考评员 五级 to 一级 (002 L113).
func (e Examiner) Covers(l Level) bool { return covers(e.row(), l) }

// Highest returns the highest level e may examine: Three or One; 0 for an
// invalid grade.
func (e Examiner) Highest() Level { return e.row().highest }

// String returns the Chinese name, "考评员" or "高级考评员".
func (e Examiner) String() string { return e.row().name }

// English returns "assessor" or "senior assessor".
func (e Examiner) English() string { return e.row().english }

func covers(s scope, l Level) bool { return s.highest != 0 && l.IsValid() && l >= s.highest }

// ParseMode reads "定级评价" or "晋级评价", also written "定级" or "晋级".
func ParseMode(s string) (Mode, error) {
	for i, r := range modes {
		if s == r.name || s == r.name[:len("定级")] {
			return Mode(i + 1), nil
		}
	}
	return 0, &Error{s, "not an assessment mode; want 定级评价 or 晋级评价"}
}

// ParseExaminer reads "考评员" or "高级考评员".
func ParseExaminer(s string) (Examiner, error) {
	for i, r := range examiners {
		if s == r.name {
			return Examiner(i + 1), nil
		}
	}
	return 0, &Error{s, "not an examiner grade; want 考评员 or 高级考评员"}
}

// GoString makes %#v print level.Five rather than 0x5.
func (l Level) GoString() string {
	if !l.IsValid() {
		return "level.Level(" + strconv.Itoa(int(l)) + ")"
	}
	return "level." + [...]string{"One", "Two", "Three", "Four", "Five"}[l-1]
}
