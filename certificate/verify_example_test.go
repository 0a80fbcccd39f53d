package certificate_test

import (
	"fmt"
	"time"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/certificate"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/occupation"
)

func ExampleVerify() {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	var reg institution.Registry
	reg.Add(institution.Record{
		Filing: certcode.MustParseFiling("S000034010001"), Kind: institution.SocialOrganisation,
		Events: []institution.Event{
			{Kind: institution.Filed, Date: day("2021-03-01"), Name: "新华教育集团"},
			{Kind: institution.ScopeAdded, Date: day("2021-03-01"), Scope: institution.ScopeRow{
				Occupation: occupation.MustParse("4-12-01-01"), Levels: institution.LevelsOf(5, 4, 3)}},
		},
	})
	c := certificate.Certificate{
		Institution: "新华教育集团有限公司", Issued: day("2024-05-20"),
		Occupation: "汽车维修工", WorkType: "--", Level: "二级/技师", Number: "S000034010001242000001",
	}
	for _, f := range certificate.Verify(c, &reg, certificate.VerifyOptions{}) {
		fmt.Println(f.Rule)
	}
	// Output:
	// verify.name
	// verify.scope.level
}
