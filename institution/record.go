package institution

import (
	"strconv"
	"strings"
	"time"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

// Kind is what sort of body a filed institution is. The zero value is not a
// kind.
type Kind uint8

// The kinds the filing documents name: employers and social
// training-evaluation organisations (人社职司便函〔2021〕57号 附件1),
// technical schools (人社职司便函〔2019〕52号) and colleges (豫人社函〔2022〕8号).
const (
	Employer           Kind = iota + 1 // 用人单位 (an enterprise assessing its own staff)
	SocialOrganisation                 // 社会培训评价组织
	TechnicalSchool                    // 技工院校
	College                            // 职业院校 and other colleges
	Other                              // any other body a province files
)

var kindNames = [...]struct{ en, zh string }{
	Employer:           {"employer", "用人单位"},
	SocialOrganisation: {"social-organisation", "社会培训评价组织"},
	TechnicalSchool:    {"technical-school", "技工院校"},
	College:            {"college", "院校"},
	Other:              {"other", "其他"},
}

// String returns "employer", "social-organisation", "technical-school",
// "college" or "other"; an unknown value prints as "Kind(9)".
func (k Kind) String() string {
	if k >= Employer && k <= Other {
		return kindNames[k].en
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Chinese returns the kind's Chinese name, such as "社会培训评价组织"; "" for
// an unknown value.
func (k Kind) Chinese() string {
	if k >= Employer && k <= Other {
		return kindNames[k].zh
	}
	return ""
}

// ParseKind reads a kind by its String or Chinese name.
func ParseKind(s string) (Kind, error) {
	t := strings.TrimSpace(s)
	for k := Employer; k <= Other; k++ {
		if t == kindNames[k].en || t == kindNames[k].zh {
			return k, nil
		}
	}
	return 0, &skillcert.Error{Pkg: "institution", What: "institution kind", Input: s, Kind: skillcert.ErrUnknown,
		Want:   "employer, social-organisation, technical-school, college or other",
		WantZH: "用人单位、社会培训评价组织、技工院校、院校或其他"}
}

// Status is an institution's or a branch's standing on a day. The zero value
// is not a status.
type Status uint8

// The statuses.
const (
	// Active: filed, within its filing period, neither suspended nor
	// cancelled.
	Active Status = iota + 1
	// NotYetFiled: the day is before the filing (or the branch's addition).
	NotYetFiled
	// Suspended: assessment activities suspended (暂停评价活动,
	// 人社职司便函〔2021〕57号 附件2 第十三条).
	Suspended
	// Expired: the day is after the end of the filing period (备案期限,
	// 中就培函〔2020〕16号 四（三）) and no extension reaches it.
	Expired
	// Cancelled: the filing was ended (终止备案, 人社职司便函〔2021〕57号
	// 附件2 第十四条); the code is retired (人社鉴发〔2019〕2号 附件1 四（一）).
	Cancelled
	// Closed: a branch (site) that the institution closed.
	Closed
)

var statusNames = [...]struct{ en, zh string }{
	Active:      {"active", "有效"},
	NotYetFiled: {"not-yet-filed", "尚未备案"},
	Suspended:   {"suspended", "暂停评价活动"},
	Expired:     {"expired", "备案已过期"},
	Cancelled:   {"cancelled", "已终止备案"},
	Closed:      {"closed", "已撤销"},
}

// String returns the status in English ("active", "suspended", …); an
// unknown value prints as "Status(9)".
func (s Status) String() string {
	if s >= Active && s <= Closed {
		return statusNames[s].en
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// Chinese returns the status in Chinese ("有效", "暂停评价活动", …); "" for an
// unknown value.
func (s Status) Chinese() string {
	if s >= Active && s <= Closed {
		return statusNames[s].zh
	}
	return ""
}

// EventKind is what a dated event of a record does. The zero value is not
// an event kind.
type EventKind uint8

// The events of a filed institution's life. Every change is dated, so the
// record answers what was filed on any day.
const (
	// Filed: the filing (备案) takes effect on Date, under Name, valid up to
	// and including Until (the filing period, 备案期限; zero for no end).
	// It is the first event of every record, and only the first.
	Filed EventKind = iota + 1
	// Extended: from Date the filing is valid up to and including Until.
	Extended
	// Suspended from Date (暂停评价活动).
	SuspendedFrom
	// Resumed from Date after a suspension.
	Resumed
	// CancelledOn: the filing ends on Date (终止备案, 取消); nothing may follow.
	CancelledOn
	// ScopeAdded: from Date the institution may assess Scope's occupation,
	// work type and levels.
	ScopeAdded
	// ScopeRemoved: from Date it may no longer assess Scope's levels of that
	// occupation and work type.
	ScopeRemoved
	// Renamed: from Date the filed name is Name.
	Renamed
	// BranchAdded: from Date the branch (分支机构, 站点) whose filing number is
	// Branch is filed under Name.
	BranchAdded
	// BranchRenamed: from Date the branch Branch is filed under Name.
	BranchRenamed
	// BranchClosed: from Date the branch Branch is closed.
	BranchClosed
)

var eventNames = [...]string{
	Filed: "filed", Extended: "extended", SuspendedFrom: "suspended", Resumed: "resumed",
	CancelledOn: "cancelled", ScopeAdded: "scope-added", ScopeRemoved: "scope-removed",
	Renamed: "renamed", BranchAdded: "branch-added", BranchRenamed: "branch-renamed",
	BranchClosed: "branch-closed",
}

// String returns the event kind as the stores write it ("filed",
// "scope-added", …); an unknown value prints as "EventKind(99)".
func (k EventKind) String() string {
	if k >= Filed && k <= BranchClosed {
		return eventNames[k]
	}
	return "EventKind(" + strconv.Itoa(int(k)) + ")"
}

// ParseEventKind reads an event kind by its String.
func ParseEventKind(s string) (EventKind, error) {
	for k := Filed; k <= BranchClosed; k++ {
		if s == eventNames[k] {
			return k, nil
		}
	}
	return 0, &skillcert.Error{Pkg: "institution", What: "event kind", Input: s, Kind: skillcert.ErrUnknown,
		Want: "filed, extended, suspended, resumed, cancelled, scope-added, scope-removed, renamed, branch-added, branch-renamed or branch-closed"}
}

// Levels is a set of skill levels, one bit per level.
type Levels uint8

// LevelsOf returns the set of the given levels; invalid levels are left out.
func LevelsOf(lvs ...level.Level) Levels {
	var s Levels
	for _, l := range lvs {
		if l.IsValid() {
			s |= 1 << l
		}
	}
	return s
}

// AllLevels is the set of the five levels.
const AllLevels Levels = 0b111110

// Has reports whether l is in the set.
func (s Levels) Has(l level.Level) bool { return l.IsValid() && s&(1<<l) != 0 }

// IsValid reports whether the set is not empty and holds only the five
// levels.
func (s Levels) IsValid() bool { return s != 0 && s&^AllLevels == 0 }

// String returns the levels' digits from the lowest level up, such as "543"
// for 五级, 四级 and 三级, the form the stores write; "" for the empty set.
func (s Levels) String() string {
	var b []byte
	for l := level.Five; l >= level.One; l-- {
		if s.Has(l) {
			b = append(b, l.Digit())
		}
	}
	return string(b)
}

// ParseLevels reads digits 1–5 in any order ("543", "12345"), each at most
// once.
func ParseLevels(s string) (Levels, error) {
	var out Levels
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '1' || c > '5' || out&(1<<(c-'0')) != 0 {
			return 0, &skillcert.Error{Pkg: "institution", What: "levels", Input: s, Field: "character",
				Pos: len([]rune(s[:i])) + 1, End: len([]rune(s[:i])) + 1, Got: string(rune(c)),
				Kind: skillcert.ErrSyntax, Want: "digits 1–5, each at most once", WantZH: "数字1–5，每个至多一次"}
		}
		out |= 1 << (c - '0')
	}
	if out == 0 {
		return 0, &skillcert.Error{Pkg: "institution", What: "levels", Input: s, Kind: skillcert.ErrLength,
			Want: "at least one level digit 1–5", WantZH: "至少一个等级数字1–5"}
	}
	return out, nil
}

// ScopeRow is one row of a filed scope (备案职业（工种）范围): an occupation of
// the dictionary, a work type or occupational direction ("" where the row
// has none) and the levels filed for it.
type ScopeRow struct {
	Occupation occupation.Code
	WorkType   string
	Levels     Levels
}

// Branch is a branch or assessment site (分支机构, 考核站点) of a filed
// institution: it has its own filing number, which shares positions 1–7
// with the institution's and has its own site code in positions 8–13
// (人社鉴发〔2019〕2号 附件1 二（四）), and its own filed name, which its
// certificates print (人社鉴发〔2021〕1号 二（三）).
type Branch struct {
	Filing certcode.Filing
	Name   string
}

// Event is one dated change of a filed institution. Which fields count
// depends on Kind (see the EventKind constants); the others are zero.
type Event struct {
	Kind EventKind
	// Date is the day the change takes effect; only its calendar date
	// (t.Date()) counts.
	Date time.Time
	// Until is the last day of the filing period (Filed, Extended); the zero
	// time means no end.
	Until  time.Time
	Name   string          // the filed name (Filed, Renamed, BranchAdded, BranchRenamed)
	Scope  ScopeRow        // ScopeAdded, ScopeRemoved
	Branch certcode.Filing // BranchAdded, BranchRenamed, BranchClosed
}

// Record is a filed institution: its filing number, its unified social
// credit code and kind, and every change as a dated event in date order,
// the first being Filed. It is the plain form a caller builds and the
// stores read; a Registry holds many records in a compact form.
type Record struct {
	Filing     certcode.Filing
	CreditCode string // 统一社会信用代码, as filed; Add checks it (GB 32100-2015) when given
	Kind       Kind
	Events     []Event
}

// Snapshot is what a record says on one day.
type Snapshot struct {
	Filing   certcode.Filing
	Name     string
	Kind     Kind
	Status   Status
	From     time.Time // the day the filing took effect
	Until    time.Time // the last day of the filing period in force; zero for no end
	Scope    []ScopeRow
	Branches []Branch // the branches in force that day
}

// On returns what r says on day t: name, status, scope rows and branches
// in force. The bool is false when r is not a valid record (see
// Registry.Add for what valid means).
func (r *Record) On(t time.Time) (Snapshot, bool) {
	if r == nil {
		return Snapshot{}, false
	}
	var reg Registry
	if err := reg.Add(*r); err != nil {
		return Snapshot{}, false
	}
	v, _ := reg.View(r.Filing, t)
	return v.Snapshot(), true
}
