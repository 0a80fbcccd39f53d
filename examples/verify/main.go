// Command verify writes the example institution registry of
// examples/verify, institutions.registry, which `skillcert verify` reads
// with the example table, table.csv:
//
//	go run ./examples/verify examples/verify/institutions.registry
//	skillcert verify -today 2025-01-01 -registry examples/verify/institutions.registry examples/verify/table.csv
//
// The registry holds three institutions of 安徽省 (filing numbers in the form
// of 皖人社秘〔2020〕65号 附件3): a social training-evaluation organisation
// with a branch and a renaming, an employer whose assessment was suspended
// for a while, and an institution whose filing was ended (终止备案).
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/occupation"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func scope(occ, workType string, levels string) institution.ScopeRow {
	l, err := institution.ParseLevels(levels)
	if err != nil {
		panic(err)
	}
	return institution.ScopeRow{Occupation: occupation.MustParse(occ), WorkType: workType, Levels: l}
}

// Records are the example's institutions.
func Records() []institution.Record {
	return []institution.Record{{
		Filing: certcode.MustParseFiling("S000034010001"), CreditCode: "52340100MJ0000018U", Kind: institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Until: day("2026-02-28"), Name: "安徽新华职业技能评价中心"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: scope("4-12-01-01", "", "543")},       // 汽车维修工
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: scope("4-12-01-01", "汽车维修检验工", "54")}, // its work type, 五级 and 四级
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: scope("4-03-02-01", "", "54321")},     // 中式烹调师
			{Kind: institution.BranchAdded, Date: day("2022-01-01"), Branch: certcode.MustParseFiling("S000034010002"), Name: "安徽新华职业技能评价中心芜湖考核站"},
			{Kind: institution.Renamed, Date: day("2024-07-01"), Name: "安徽新华职业技能评价中心有限公司"},
		},
	}, {
		Filing: certcode.MustParseFiling("S000034020003"), CreditCode: "91340200MA0000007B", Kind: institution.Employer,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-06-01"), Name: "芜湖某汽车部件有限公司"},
			{Kind: institution.ScopeAdded, Date: day("2021-06-01"), Scope: scope("4-12-01-01", "", "54")},
			{Kind: institution.SuspendedFrom, Date: day("2023-09-01")},
			{Kind: institution.Resumed, Date: day("2024-01-01")},
		},
	}, {
		Filing: certcode.MustParseFiling("S000034010003"), CreditCode: "52340100MJ0000026N", Kind: institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Name: "合肥某烹饪职业技能评价中心"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: scope("4-03-02-01", "", "543")},
			{Kind: institution.CancelledOn, Date: day("2023-01-01")},
		},
	}}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/verify FILE (a new file; an existing one is not overwritten)")
		os.Exit(2)
	}
	s, err := institution.CreateFile(os.Args[1])
	if err == nil {
		err = s.AddAll(Records())
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
