// Package level is the five vocational skill levels (职业技能等级) and every way
// the documents write them.
//
//	lv, err := level.Parse("五级（初级工）")
//	if err != nil { ... }
//	fmt.Println(lv, lv.Grade(), lv.Title(), lv.Digit()) // 五级/初级工 五级 初级工 5
//	fmt.Println(level.Grading.Covers(level.Two))         // false: 定级评价 stops at 三级
//
// Level 1 is the highest (一级/高级技师) and level 5 the lowest (五级/初级工), as
// position 16 of a certificate number encodes them (DECISIONS.md D7). The
// canonical names are the national ones; Henan's shorter titles parse too
// (D12). Assessment modes and examiner grades say which levels they may cover
// (D13); the 贯通 tables map levels to professional titles (D14).
package level

import (
	"errors"
	"strconv"

	"github.com/skillcert/skillcert/internal/textvalue"
)

// Level is a vocational skill level, 1 (一级/高级技师) to 5 (五级/初级工).
// The zero value is not a level: IsValid reports false and String returns "".
type Level uint8

// The five levels, named by their grade number (DECISIONS.md D7).
const (
	One   Level = 1 // 一级/高级技师, Senior Technician
	Two   Level = 2 // 二级/技师, Technician
	Three Level = 3 // 三级/高级工, Senior Worker
	Four  Level = 4 // 四级/中级工, Intermediate Worker
	Five  Level = 5 // 五级/初级工, Junior Worker
)

// All lists the five levels from the lowest (五级) to the highest (一级), the
// order in which a worker climbs them.
func All() []Level { return []Level{Five, Four, Three, Two, One} }

// IsValid reports whether l is one of the five levels.
func (l Level) IsValid() bool { return l >= One && l <= Five }

func (l Level) row() *name {
	if !l.IsValid() {
		return &name{}
	}
	return &names[l-1]
}

// String returns the certificate display form "五级/初级工" (人社鉴发〔2021〕1号,
// 003 L2761, written without the spaces; DECISIONS.md D12), or "" for an
// invalid level.
func (l Level) String() string { return l.row().display }

// Grade returns the grade name, "一级" … "五级".
func (l Level) Grade() string { return l.row().grade }

// Title returns the national title, "高级技师", "技师", "高级工", "中级工" or "初级工".
func (l Level) Title() string { return l.row().title }

// HenanTitle returns the title as Henan's coding rule prints it, without 工 for
// levels 3–5: "高级技师", "技师", "高级", "中级", "初级" (003 L4262–4266; D12).
func (l Level) HenanTitle() string { return l.row().henan }

// English returns the English title, for example "Junior Worker" for level 5.
// The documents give none; these are the usual translations.
func (l Level) English() string { return l.row().english }

// Digit returns the level's digit in a certificate number, '1' … '5', or 0 for
// an invalid level.
func (l Level) Digit() byte {
	if !l.IsValid() {
		return 0
	}
	return '0' + byte(l)
}

// AppendText appends the display form of l to b. An invalid level appends
// nothing.
func (l Level) AppendText(b []byte) ([]byte, error) { return append(b, l.String()...), nil }

// MarshalText returns the display form "五级/初级工"; the zero Level marshals
// to an empty text.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText sets l from any form Parse reads; an empty text sets the zero
// Level.
func (l *Level) UnmarshalText(text []byte) error { return textvalue.Unmarshal(l, text, Parse) }

// ErrSyntax is wrapped by every error Parse returns; errors.Is(err,
// level.ErrSyntax) tells a level error from others.
var ErrSyntax = errors.New("not a skill level")

// Error is the error Parse returns: the input, unchanged, and what was wrong.
type Error struct {
	Input  string // what the caller passed, unchanged
	Reason string // what was wrong, in English
}

// Error quotes the input and says what was wrong.
func (e *Error) Error() string {
	return "level: " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrSyntax.
func (e *Error) Unwrap() error { return ErrSyntax }
