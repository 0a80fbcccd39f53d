package filing

import (
	"testing"

	"github.com/skillcert/skillcert/level"
)

type authorityCase struct {
	name string
	a    Applicant
	want Decision // Source not compared
}

func runAuthority(t *testing.T, p Profile, cases []authorityCase) {
	t.Helper()
	for _, c := range cases {
		d, fs := Authority(p, c.a)
		if len(fs) != 0 {
			t.Errorf("%v %s: findings %v", p, c.name, arIDs(fs))
			continue
		}
		if d.Source == "" {
			t.Errorf("%v %s: no source", p, c.name)
		}
		d.Source = ""
		if d != c.want {
			t.Errorf("%v %s: got %+v, want %+v", p, c.name, d, c.want)
		}
	}
}

// 人社鉴发〔2019〕3号 一、二 (003 L2671–2699); 中就培函〔2020〕16号 (003 L2197);
// 中就培函〔2020〕54号 (003 L2423).
func TestAuthorityNational(t *testing.T) {
	runAuthority(t, National, []authorityCase{
		{"central enterprise", Applicant{Kind: CentralEnterprise, Registered: "110100"}, Decision{Level: Ministry}},
		{"central branch", Applicant{Kind: CentralBranch, Registered: "440100"}, Decision{Level: ProvinceLevel, Region: "44"}},
		{"provincial enterprise", Applicant{Kind: ProvincialEnterprise, Registered: "440300"}, Decision{Level: ProvinceLevel, Region: "44"}},
		{"enterprise", Applicant{Kind: Enterprise, Registered: "320500"}, Decision{Level: ProvinceLevel, Region: "32"}},
		{"nationwide org", Applicant{Kind: TrainingOrg, Registered: "110100", Reach: ReachNation}, Decision{Level: Ministry}},
		{"local org", Applicant{Kind: TrainingOrg, Registered: "110100"}, Decision{Level: ProvinceLevel, Region: "11"}},
		{"pilot branch", Applicant{Kind: TrainingOrg, Registered: "500100", PilotBranch: true}, Decision{Level: ProvinceLevel, Region: "50"}},
	})
	for _, p := range []Profile{Guangdong, Liaoning} {
		runAuthority(t, p, []authorityCase{
			{"central enterprise", Applicant{Kind: CentralEnterprise, Registered: "110100"}, Decision{Level: Ministry}},
			{"enterprise", Applicant{Kind: Enterprise, Registered: "210100"}, Decision{Level: ProvinceLevel, Region: "21"}},
		})
	}
	for _, k := range []ApplicantKind{TechnicalSchool, College, AppraisalCenter} {
		d, fs := Authority(National, Applicant{Kind: k, Registered: "110100"})
		if d != (Decision{}) || len(fs) != 1 || fs[0].Rule != "filing.jurisdiction.unstated" {
			t.Errorf("national %v: %+v %v", k, d, fs)
		}
	}
}

// 豫职鉴〔2021〕1号 一 (003 L4497, L4513–4517, L4531); 豫人社函〔2022〕8号 二（二）
// (003 L2973–2981); 豫人社规〔2020〕1号 第三条 (003 L3770–3774).
func TestAuthorityHenan(t *testing.T) {
	runAuthority(t, Henan, []authorityCase{
		{"central branch", Applicant{Kind: CentralBranch, Registered: "410100"}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"SASAC enterprise", Applicant{Kind: ProvincialEnterprise, Registered: "410100"}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"enterprise files where insured", Applicant{Kind: Enterprise, Registered: "410100", Insured: "410300"}, Decision{Level: CityLevel, Region: "4103"}},
		{"enterprise insured at home", Applicant{Kind: Enterprise, Registered: "410700"}, Decision{Level: CityLevel, Region: "4107"}},
		{"org reviewed locally", Applicant{Kind: TrainingOrg, Registered: "410200"},
			Decision{Level: ProvinceLevel, Region: "41", Review: CityLevel, ReviewRegion: "4102"}},
		{"provincial-tier org", Applicant{Kind: TrainingOrg, Registered: "410200", ProvincialTier: true}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"pilot branch", Applicant{Kind: TrainingOrg, Registered: "410200", PilotBranch: true}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"technical school", Applicant{Kind: TechnicalSchool, Registered: "410500"}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"university", Applicant{Kind: College, Registered: "410100", HigherEd: true},
			Decision{Level: ProvinceLevel, Region: "41", Review: ProvinceLevel, ReviewRegion: "41", Education: true}},
		{"provincial secondary school", Applicant{Kind: College, Registered: "410100", ProvincialTier: true},
			Decision{Level: ProvinceLevel, Region: "41", Review: ProvinceLevel, ReviewRegion: "41", Education: true}},
		{"local secondary school", Applicant{Kind: College, Registered: "411300"},
			Decision{Level: CityLevel, Region: "4113", Review: CityLevel, ReviewRegion: "4113", Education: true}},
		// The level boundary of 第三条: 二级 and above → province, 三级 → city, 四级 and below → county.
		{"appraisal 一级", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.One}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"appraisal 二级", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.Two}, Decision{Level: ProvinceLevel, Region: "41"}},
		{"appraisal 三级", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.Three}, Decision{Level: CityLevel, Region: "4101"}},
		{"appraisal 四级", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.Four}, Decision{Level: CountyLevel, Region: "410102"}},
		{"appraisal 五级", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.Five}, Decision{Level: CountyLevel, Region: "410102"}},
		{"appraisal from scope", Applicant{Kind: AppraisalCenter, Registered: "410102",
			Scope: []ScopeRow{{Levels: []level.Level{level.Five, level.Four, level.Three}}}}, Decision{Level: CityLevel, Region: "4101"}},
		{"provincial appraisal unit", Applicant{Kind: AppraisalCenter, Registered: "410102", Highest: level.Five, ProvincialTier: true},
			Decision{Level: ProvinceLevel, Region: "41"}},
	})
	d, fs := Authority(Henan, Applicant{Kind: AppraisalCenter, Registered: "410102"})
	if d != (Decision{}) || len(fs) != 1 || fs[0].Rule != "filing.jurisdiction.highest" {
		t.Errorf("appraisal without level: %+v %v", d, fs)
	}
}

// 皖人社秘〔2020〕65号 三 (004 L24).
func TestAuthorityAnhui(t *testing.T) {
	runAuthority(t, Anhui, []authorityCase{
		{"central branch", Applicant{Kind: CentralBranch, Registered: "340100"}, Decision{Level: ProvinceLevel, Region: "34"}},
		{"recommended", Applicant{Kind: TrainingOrg, Registered: "340200", ProvincialTier: true}, Decision{Level: ProvinceLevel, Region: "34"}},
		{"province-wide", Applicant{Kind: TrainingOrg, Registered: "340200", Reach: ReachProvince},
			Decision{Level: ProvinceLevel, Region: "34", Review: CityLevel, ReviewRegion: "3402"}},
		{"local", Applicant{Kind: TrainingOrg, Registered: "341500"}, Decision{Level: CityLevel, Region: "3415"}},
	})
}

// 渝人社发〔2020〕42号 三（一） (000 L39).
func TestAuthorityChongqing(t *testing.T) {
	runAuthority(t, Chongqing, []authorityCase{
		{"central branch", Applicant{Kind: CentralBranch, Registered: "500103"}, Decision{Level: ProvinceLevel, Region: "50"}},
		{"市属企业", Applicant{Kind: ProvincialEnterprise, Registered: "500103"}, Decision{Level: ProvinceLevel, Region: "50"}},
		{"registered", Applicant{Kind: Enterprise, Registered: "500103"}, Decision{Level: CountyLevel, Region: "500103"}},
		{"operating elsewhere", Applicant{Kind: Enterprise, Registered: "500103", Operating: "500112"}, Decision{Level: CountyLevel, Region: "500112"}},
	})
}

func TestAuthorityBadInput(t *testing.T) {
	for _, c := range []struct {
		p    Profile
		a    Applicant
		rule string
	}{
		{0, Applicant{Kind: Enterprise, Registered: "410100"}, "filing.applicant.profile"},
		{Henan, Applicant{Registered: "410100"}, "filing.applicant.kind"},
		{Henan, Applicant{Kind: Enterprise}, "filing.jurisdiction.place"},
		{Henan, Applicant{Kind: Enterprise, Registered: "4101"}, "filing.jurisdiction.place"},
		{Henan, Applicant{Kind: Enterprise, Registered: "990100"}, "filing.jurisdiction.place"},
		{Henan, Applicant{Kind: Enterprise, Registered: "41010x"}, "filing.jurisdiction.place"},
		{Henan, Applicant{Kind: Enterprise, Registered: "410100", Insured: "41"}, "filing.jurisdiction.place"},
	} {
		d, fs := Authority(c.p, c.a)
		if d != (Decision{}) || len(fs) != 1 || fs[0].Rule != c.rule {
			t.Errorf("%v %+v: %+v %v, want one %s", c.p, c.a, d, arIDs(fs), c.rule)
		}
	}
}

// 人社鉴发〔2019〕2号 附件1 四（三） (003 L2620); 豫职鉴〔2020〕2号 四（三）
// (003 L4312); 皖人社秘〔2020〕65号 三（四） (004 L28–29).
func TestCheckSites(t *testing.T) {
	twoProvinces := Applicant{Kind: Enterprise, Registered: "440100",
		Sites: []Site{{"广州", "440100"}, {"郑州", "410100"}}, Filings: []HeldFiling{{Level: ProvinceLevel, Region: "44"}}}
	fs := CheckSites(National, twoProvinces)
	if len(fs) != 1 || fs[0].Rule != "filing.jurisdiction.site-province" || fs[0].Field != "sites[1].place" {
		t.Errorf("national, Henan site unfiled: %v", fs)
	}
	twoProvinces.Filings = append(twoProvinces.Filings, HeldFiling{Level: CityLevel, Region: "4101"})
	expect0 := CheckSites(National, twoProvinces)
	if len(expect0) != 0 {
		t.Errorf("national, both filed: %v", arIDs(expect0))
	}
	ministryOnly := Applicant{Kind: CentralEnterprise, Sites: []Site{{"a", "440100"}}, Filings: []HeldFiling{{Level: Ministry}}}
	arExpect(t, "ministry filing covers no site", CheckSites(National, ministryOnly), "filing.jurisdiction.site-province", true)

	twoCities := Applicant{Kind: Enterprise, Registered: "410100",
		Sites: []Site{{"郑州", "410100"}, {"洛阳", "410300"}}, Filings: []HeldFiling{{Level: CityLevel, Region: "4101"}}}
	fs = CheckSites(Henan, twoCities)
	if len(fs) != 1 || fs[0].Rule != "filing.jurisdiction.site-city" || fs[0].Field != "sites[1].place" {
		t.Errorf("Henan, 洛阳 unfiled: %v", fs)
	}
	arExpect(t, "national reads provinces only", CheckSites(National, twoCities), "filing.jurisdiction.site-city", false)
	twoCities.Filings = []HeldFiling{{Level: ProvinceLevel, Region: "41"}}
	arExpect(t, "Henan provincial filing", CheckSites(Henan, twoCities), "filing.jurisdiction.site-city", false)
	twoCities.Filings = []HeldFiling{{Level: CountyLevel, Region: "410100"}, {Level: CountyLevel, Region: "410300"}}
	arExpect(t, "county filings do not make city ones", CheckSites(Henan, twoCities), "filing.jurisdiction.site-city", true)

	anhui := Applicant{Kind: TrainingOrg, Registered: "340100", Sites: []Site{{"合肥", "340100"}, {"芜湖", "340200"}},
		Filings: []HeldFiling{{Level: ProvinceLevel, Region: "34"}}}
	fs = CheckSites(Anhui, anhui)
	if len(fs) != 1 || fs[0].Rule != "filing.jurisdiction.site-anhui" || fs[0].Field != "sites[1].place" {
		t.Errorf("Anhui, 芜湖 without its city filing: %v", fs)
	}
	anhui.Filings = append(anhui.Filings, HeldFiling{Level: CityLevel, Region: "3402"})
	arExpect(t, "Anhui, 芜湖 filed", CheckSites(Anhui, anhui), "filing.jurisdiction.site-anhui", false)

	bad := Applicant{Kind: Enterprise, Sites: []Site{{"x", "44"}}}
	arExpect(t, "bad site place", CheckSites(National, bad), "filing.jurisdiction.place", true)
	arExpect(t, "bad profile", CheckSites(9, bad), "filing.applicant.profile", true)
	arExpect(t, "CheckApplicant runs the site check", CheckApplicant(National, Applicant{Kind: CentralEnterprise, LegalPerson: true,
		Sites: []Site{{"a", "440100"}}}, ApplicantOptions{}), "filing.jurisdiction.site-province", true)
}
