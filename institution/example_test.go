package institution_test

import (
	"fmt"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/occupation"
)

func Example() {
	var reg institution.Registry
	err := reg.Add(institution.Record{
		Filing: certcode.MustParseFiling("S000034010001"),
		Kind:   institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Until: day("2024-02-29"), Name: "新华教育集团"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{
				Occupation: occupation.MustParse("4-12-01-01"), Levels: institution.LevelsOf(5, 4, 3)}},
			{Kind: institution.Renamed, Date: day("2023-05-04"), Name: "新华教育科技集团"},
		},
	})
	fmt.Println(err)
	for _, d := range []string{"2021-02-01", "2023-05-04", "2024-03-01"} {
		v, _ := reg.View(certcode.MustParseFiling("S000034010001"), day(d))
		fmt.Printf("%s %s %q levels %q\n", d, v.Status, v.Name, v.Levels(occupation.MustParse("4-12-01-01"), "--").String())
	}
	// Output:
	// <nil>
	// 2021-02-01 not-yet-filed "" levels ""
	// 2023-05-04 active "新华教育科技集团" levels "543"
	// 2024-03-01 expired "新华教育科技集团" levels "543"
}
