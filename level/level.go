// Package level is the five vocational skill levels (职业技能等级) and every way
// the documents write them.
//
//	lv, err := level.Parse("五级（初级工）")
//	if err != nil { ... }
//	fmt.Println(lv, lv.Grade(), lv.Title(), lv.Digit()) // 五级/初级工 五级 初级工 5
//	fmt.Println(level.Grading.Covers(level.Two))         // false: 定级评价 stops at 三级
//
// Level 1 is the highest (一级/高级技师) and level 5 the lowest (五级/初级工), as
// position 16 of a certificate number encodes them (人社鉴发〔2019〕2号 表5).
// The canonical names are the national ones; Henan's shorter titles
// (豫职鉴〔2020〕2号 表5) parse too, and so do the older 国家职业资格 wordings.
// Assessment modes and examiner grades say which levels they may cover
// (广东省企业职业技能等级认定工作方案); the 贯通 tables map levels to
// professional titles (人社部发〔2020〕96号, 豫人社规〔2021〕1号). Sources
// lists the documents each table is read from.
package level

import (
	"strconv"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/textvalue"
)

// Level is a vocational skill level, 1 (一级/高级技师) to 5 (五级/初级工).
// The zero value is not a level: IsValid reports false and String returns "".
type Level uint8

// The five levels, named by their grade number (人社鉴发〔2019〕2号 表5).
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
// written without the spaces); a value that is not a level prints as
// "Level(6)".
func (l Level) String() string {
	if !l.IsValid() {
		return "Level(" + strconv.Itoa(int(l)) + ")"
	}
	return l.row().display
}

// Grade returns the grade name, "一级" … "五级".
func (l Level) Grade() string { return l.row().grade }

// Title returns the national title, "高级技师", "技师", "高级工", "中级工" or "初级工".
func (l Level) Title() string { return l.row().title }

// HenanTitle returns the title as Henan's coding rule prints it, without 工 for
// levels 3–5: "高级技师", "技师", "高级", "中级", "初级" (豫职鉴〔2020〕2号 表5).
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

// AppendText appends the display form of l to b. The zero Level appends
// nothing; any other value that is not a level is an error.
func (l Level) AppendText(b []byte) ([]byte, error) {
	if l != 0 && !l.IsValid() {
		return b, &skillcert.Error{Pkg: "level", What: "level", Input: l.String(), Kind: skillcert.ErrArgument, Want: "a level from 1 to 5"}
	}
	return append(b, l.row().display...), nil
}

// MarshalText returns the display form "五级/初级工"; the zero Level marshals
// to an empty text.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText sets l from any form Parse reads; an empty text sets the zero
// Level.
func (l *Level) UnmarshalText(text []byte) error { return textvalue.Unmarshal(l, text, Parse) }

// Sources lists the documents the package's tables come from: the level
// names, Henan's titles, the certificate display form, the assessment modes
// and examiner grades, and the two 贯通 tables. The slice is a fresh copy.
func Sources() []skillcert.Source {
	return []skillcert.Source{
		{Table: "level grades, titles and codes", Document: "人社鉴发〔2019〕2号 表5", Date: "2019-04-19"},
		{Table: "certificate display form", Document: "人社鉴发〔2021〕1号", Date: "2021-01-05"},
		{Table: "Henan titles", Document: "豫职鉴〔2020〕2号 表5", Date: "2020"},
		{Table: "assessment modes and examiner grades", Document: "广东省企业职业技能等级认定工作方案", Date: "2021"},
		{Table: "national 贯通 table", Document: "人社部发〔2020〕96号", Date: "2020"},
		{Table: "Henan 贯通 table", Document: "豫人社规〔2021〕1号 五", Date: "2021"},
	}
}
