package institution_test

import (
	"errors"
	"testing"
	"time"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// xinhua is the example of 皖人社秘〔2020〕65号 附件3 (004 L316): 新华教育集团,
// S 0000 34 01 0001, with a made-up history.
var xinhuaFiling = certcode.MustParseFiling("S000034010001")
var xinhuaBranch = certcode.MustParseFiling("S000034010002")

func xinhua() institution.Record {
	car := occupation.MustParse("4-12-01-01") // 汽车维修工
	return institution.Record{
		Filing: xinhuaFiling, CreditCode: "91340100MA2N0XXX1W", Kind: institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Until: day("2024-02-29"), Name: "新华教育集团"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(level.Five, level.Four, level.Three)}},
			{Kind: institution.BranchAdded, Date: day("2022-01-10"), Branch: xinhuaBranch, Name: "新华教育集团芜湖考核站"},
			{Kind: institution.SuspendedFrom, Date: day("2022-06-01")},
			{Kind: institution.Resumed, Date: day("2022-07-01")},
			{Kind: institution.ScopeAdded, Date: day("2023-01-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(level.Two)}},
			{Kind: institution.Renamed, Date: day("2023-05-04"), Name: "新华教育科技集团"},
			{Kind: institution.ScopeRemoved, Date: day("2023-09-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(level.Five)}},
			{Kind: institution.Extended, Date: day("2024-02-01"), Until: day("2027-02-28")},
			{Kind: institution.BranchClosed, Date: day("2025-01-01"), Branch: xinhuaBranch},
			{Kind: institution.CancelledOn, Date: day("2026-01-01")},
		},
	}
}

func TestOn(t *testing.T) {
	r := xinhua()
	car := occupation.MustParse("4-12-01-01")
	for _, tc := range []struct {
		day      string
		name     string
		status   institution.Status
		levels   institution.Levels
		branches int
	}{
		{"2021-02-28", "", institution.NotYetFiled, 0, 0},
		{"2021-03-01", "新华教育集团", institution.Active, institution.LevelsOf(5, 4, 3), 0},
		{"2022-01-10", "新华教育集团", institution.Active, institution.LevelsOf(5, 4, 3), 1},
		{"2022-06-15", "新华教育集团", institution.Suspended, institution.LevelsOf(5, 4, 3), 1},
		{"2023-05-03", "新华教育集团", institution.Active, institution.LevelsOf(5, 4, 3, 2), 1},
		{"2023-05-04", "新华教育科技集团", institution.Active, institution.LevelsOf(5, 4, 3, 2), 1},
		{"2023-09-01", "新华教育科技集团", institution.Active, institution.LevelsOf(4, 3, 2), 1},
		{"2025-06-01", "新华教育科技集团", institution.Active, institution.LevelsOf(4, 3, 2), 0},
		{"2026-01-01", "新华教育科技集团", institution.Cancelled, institution.LevelsOf(4, 3, 2), 0},
	} {
		s, ok := r.On(day(tc.day))
		if !ok {
			t.Fatalf("%s: not valid", tc.day)
		}
		var lv institution.Levels
		for _, row := range s.Scope {
			if row.Occupation == car {
				lv |= row.Levels
			}
		}
		if s.Name != tc.name || s.Status != tc.status || lv != tc.levels || len(s.Branches) != tc.branches {
			t.Errorf("%s: got %q %v %q %d branches, want %q %v %q %d", tc.day, s.Name, s.Status, lv, len(s.Branches), tc.name, tc.status, tc.levels, tc.branches)
		}
	}
	// Without the extension the filing expires after 2024-02-29.
	r.Events = r.Events[:8]
	if s, _ := r.On(day("2024-03-01")); s.Status != institution.Expired {
		t.Errorf("2024-03-01 without extension: %v, want expired", s.Status)
	}
	if s, _ := r.On(day("2024-02-29")); s.Status != institution.Active {
		t.Errorf("2024-02-29, the last day: %v, want active", s.Status)
	}
}

func TestViewBranch(t *testing.T) {
	var g institution.Registry
	if err := g.Add(xinhua()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		day          string
		status, inst institution.Status
		name, parent string
	}{
		{"2021-06-01", institution.NotYetFiled, institution.Active, "新华教育集团芜湖考核站", "新华教育集团"},
		{"2022-06-01", institution.Suspended, institution.Suspended, "新华教育集团芜湖考核站", "新华教育集团"},
		{"2023-06-01", institution.Active, institution.Active, "新华教育集团芜湖考核站", "新华教育科技集团"},
		{"2025-01-01", institution.Closed, institution.Active, "新华教育集团芜湖考核站", "新华教育科技集团"},
	} {
		v, ok := g.View(xinhuaBranch, day(tc.day))
		if !ok || !v.IsBranch() || v.Status != tc.status || v.Institution != tc.inst || v.Name != tc.name || v.Parent != tc.parent {
			t.Errorf("%s: %v %v %v %q %q", tc.day, ok, v.Status, v.Institution, v.Name, v.Parent)
		}
	}
	if _, ok := g.View(certcode.MustParseFiling("S000034010003"), day("2023-01-01")); ok {
		t.Error("an unfiled number was found")
	}
	got, ok := g.Lookup(xinhuaBranch)
	if !ok || got.Filing != xinhuaFiling || len(got.Events) != len(xinhua().Events) {
		t.Errorf("Lookup of the branch: %v %v", ok, got.Filing)
	}
}

func TestAddRejects(t *testing.T) {
	car := occupation.MustParse("4-12-01-01")
	base := func(more ...institution.Event) institution.Record {
		r := institution.Record{Filing: xinhuaFiling, Kind: institution.Employer, Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Name: "甲公司", Until: day("2025-01-01")}}}
		r.Events = append(r.Events, more...)
		return r
	}
	e := func(k institution.EventKind, d string) institution.Event {
		return institution.Event{Kind: k, Date: day(d)}
	}
	for name, tc := range map[string]struct {
		r     institution.Record
		field string
		kind  error
	}{
		"no events":          {institution.Record{Filing: xinhuaFiling, Kind: institution.Employer}, "events", skillcert.ErrArgument},
		"zero filing":        {institution.Record{Kind: institution.Employer}, "filing", skillcert.ErrArgument},
		"no kind":            {institution.Record{Filing: xinhuaFiling, Events: base().Events}, "kind", skillcert.ErrArgument},
		"first not filed":    {institution.Record{Filing: xinhuaFiling, Kind: institution.Employer, Events: []institution.Event{e(institution.SuspendedFrom, "2021-01-01")}}, "events[0]", skillcert.ErrArgument},
		"filed twice":        {base(institution.Event{Kind: institution.Filed, Date: day("2022-01-01"), Name: "x"}), "events[1]", skillcert.ErrArgument},
		"out of order":       {base(e(institution.SuspendedFrom, "2021-01-01")), "events[1]", skillcert.ErrRange},
		"suspended twice":    {base(e(institution.SuspendedFrom, "2021-04-01"), e(institution.SuspendedFrom, "2021-05-01")), "events[2]", skillcert.ErrArgument},
		"resume active":      {base(e(institution.Resumed, "2021-04-01")), "events[1]", skillcert.ErrArgument},
		"after cancellation": {base(e(institution.CancelledOn, "2021-04-01"), institution.Event{Kind: institution.ScopeAdded, Date: day("2021-05-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.AllLevels}}), "events[2]", skillcert.ErrArgument},
		"no name":            {institution.Record{Filing: xinhuaFiling, Kind: institution.Employer, Events: []institution.Event{e(institution.Filed, "2021-01-01")}}, "events[0]", skillcert.ErrArgument},
		"until before":       {institution.Record{Filing: xinhuaFiling, Kind: institution.Employer, Events: []institution.Event{{Kind: institution.Filed, Date: day("2021-01-01"), Until: day("2020-01-01"), Name: "x"}}}, "events[0]", skillcert.ErrRange},
		"shorter extension":  {base(institution.Event{Kind: institution.Extended, Date: day("2022-01-01"), Until: day("2024-01-01")}), "events[1]", skillcert.ErrRange},
		"category scope":     {base(institution.Event{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{Occupation: occupation.MustParse("4-12"), Levels: institution.AllLevels}}), "events[1]", skillcert.ErrUnknown},
		"no levels":          {base(institution.Event{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{Occupation: car}}), "events[1]", skillcert.ErrArgument},
		"remove not filed":   {base(institution.Event{Kind: institution.ScopeRemoved, Date: day("2021-03-01"), Scope: institution.ScopeRow{Occupation: car, Levels: institution.LevelsOf(level.One)}}), "events[1]", skillcert.ErrArgument},
		"branch elsewhere":   {base(institution.Event{Kind: institution.BranchAdded, Date: day("2021-03-01"), Branch: certcode.MustParseFiling("S000035010002"), Name: "站"}), "events[1]", skillcert.ErrArgument},
		"branch is self":     {base(institution.Event{Kind: institution.BranchAdded, Date: day("2021-03-01"), Branch: xinhuaFiling, Name: "站"}), "events[1]", skillcert.ErrArgument},
		"close unknown":      {base(institution.Event{Kind: institution.BranchClosed, Date: day("2021-03-01"), Branch: xinhuaBranch}), "events[1]", skillcert.ErrArgument},
		"unknown kind":       {base(institution.Event{Kind: 99, Date: day("2021-03-01")}), "events[1]", skillcert.ErrArgument},
		"no date":            {base(institution.Event{Kind: institution.SuspendedFrom}), "events[1]", skillcert.ErrArgument},
	} {
		var g institution.Registry
		err := g.Add(tc.r)
		var se *skillcert.Error
		if !errors.As(err, &se) || se.Field != tc.field || !errors.Is(err, tc.kind) || se.Pkg != "institution" {
			t.Errorf("%s: %v (field %q), want field %q kind %v", name, err, fieldOf(se), tc.field, tc.kind)
		}
		if g.Len() != 0 {
			t.Errorf("%s: the record was added", name)
		}
	}
}

func fieldOf(e *skillcert.Error) string {
	if e == nil {
		return ""
	}
	return e.Field
}

func TestDuplicates(t *testing.T) {
	var g institution.Registry
	if err := g.Add(xinhua()); err != nil {
		t.Fatal(err)
	}
	if err := g.Add(xinhua()); !errors.Is(err, institution.ErrDuplicate) {
		t.Errorf("second add: %v", err)
	}
	other := institution.Record{Filing: xinhuaBranch, Kind: institution.Employer, Events: xinhua().Events[:1]}
	if err := g.Add(other); !errors.Is(err, institution.ErrDuplicate) {
		t.Errorf("a record with a branch's number: %v", err)
	}
	if err := g.AddEvent(certcode.MustParseFiling("Y000034010009"), institution.Event{Kind: institution.Resumed, Date: day("2030-01-01")}); !errors.Is(err, institution.ErrNotFound) {
		t.Errorf("event of an unknown record: %v", err)
	}
	if err := g.AddEvent(xinhuaFiling, institution.Event{Kind: institution.Resumed, Date: day("2030-01-01")}); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("event after cancellation: %v", err)
	}
	var nilReg *institution.Registry
	if err := nilReg.Add(xinhua()); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("nil registry: %v", err)
	}
	if nilReg.Len() != 0 {
		t.Error("nil registry has records")
	}
}

func TestEnums(t *testing.T) {
	if institution.Kind(9).String() != "Kind(9)" || institution.Status(9).String() != "Status(9)" || institution.EventKind(99).String() != "EventKind(99)" {
		t.Error("unknown enum values do not print their number")
	}
	for k := institution.Employer; k <= institution.Other; k++ {
		if got, err := institution.ParseKind(k.Chinese()); err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.Chinese(), got, err)
		}
	}
	for k := institution.Filed; k <= institution.BranchClosed; k++ {
		if got, err := institution.ParseEventKind(k.String()); err != nil || got != k {
			t.Errorf("ParseEventKind(%q) = %v, %v", k, got, err)
		}
	}
	if l, err := institution.ParseLevels("543"); err != nil || l != institution.LevelsOf(5, 4, 3) || l.String() != "543" {
		t.Errorf("ParseLevels(543) = %v %v", l, err)
	}
	for _, bad := range []string{"", "6", "55", "5a"} {
		if _, err := institution.ParseLevels(bad); err == nil {
			t.Errorf("ParseLevels(%q) accepted", bad)
		}
	}
}
