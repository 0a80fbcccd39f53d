package filing

import (
	"testing"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
)

var allLevels = []level.Level{level.Five, level.Four, level.Three, level.Two, level.One}

// 人社职司便函〔2020〕17号 第十二条 (003 L973); Liaoning 一（一） (001 L11).
func TestEligibilityLegalPerson(t *testing.T) {
	for _, p := range []Profile{National, Liaoning, Henan} {
		arExpect(t, p.String()+" not a legal person", CheckApplicant(p, Applicant{Kind: Enterprise, Registered: "410100", StaffInsured: true}, ApplicantOptions{}),
			"filing.eligibility.legal-person", true)
		arExpect(t, p.String()+" legal person", CheckApplicant(p, Applicant{Kind: Enterprise, Registered: "410100", StaffInsured: true, LegalPerson: true}, ApplicantOptions{}),
			"filing.eligibility.legal-person", false)
	}
	for _, a := range []Applicant{{Kind: CentralBranch}, {Kind: AppraisalCenter}, {Kind: TrainingOrg, PilotBranch: true}} {
		arExpect(t, a.Kind.String()+" exempt", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.legal-person", false)
	}
}

// 豫人社办〔2020〕19号 二（一） (003 L3213).
func TestEligibilityHenanEnterprise(t *testing.T) {
	a := Applicant{Kind: Enterprise, LegalPerson: true, Registered: "440100"}
	fs := CheckApplicant(Henan, a, ApplicantOptions{})
	arExpect(t, "registered in Guangdong", fs, "filing.eligibility.henan-registered", true)
	arExpect(t, "staff not insured", fs, "filing.eligibility.staff-insured", true)
	a.Registered, a.StaffInsured = "410100", true
	fs = CheckApplicant(Henan, a, ApplicantOptions{})
	arExpect(t, "registered in Henan", fs, "filing.eligibility.henan-registered", false)
	arExpect(t, "staff insured", fs, "filing.eligibility.staff-insured", false)
	arExpect(t, "national profile", CheckApplicant(National, Applicant{Kind: Enterprise, Registered: "440100"}, ApplicantOptions{}),
		"filing.eligibility.henan-registered", false)
}

// nationwideOrg meets every nationwide threshold exactly.
func nationwideOrg() Applicant {
	return Applicant{Kind: TrainingOrg, LegalPerson: true, Reach: ReachNation, Registered: "110100",
		Years: 6, Assessed: 50000, AssessedBy: map[string]int{"4-12-01-01": 10000},
		Scope: []ScopeRow{{Code: "4-12-01-01", Levels: allLevels}}}
}

// 中就培函〔2020〕16号 一（二） (003 L2197): 6 years, 50,000, 10,000 per
// occupation; 中就培函〔2018〕95号 二（二） (003 L1808): 6 years, 50,000.
func TestEligibilityNationwideBoundary(t *testing.T) {
	fs := CheckApplicant(National, nationwideOrg(), ApplicantOptions{Filed: []FiledScope{}})
	for _, id := range []string{"filing.eligibility.years-nationwide", "filing.eligibility.assessed-nationwide", "filing.eligibility.occupation-nationwide"} {
		arExpect(t, "at the thresholds", fs, id, false)
	}
	a := nationwideOrg()
	a.Years = 5
	arExpect(t, "5 years", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.years-nationwide", true)
	a = nationwideOrg()
	a.Assessed = 49999
	arExpect(t, "49,999 people", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.assessed-nationwide", true)
	a = nationwideOrg()
	a.AssessedBy["4-12-01-01"] = 9999
	fs = CheckApplicant(National, a, ApplicantOptions{})
	arExpect(t, "9,999 in the occupation", fs, "filing.eligibility.occupation-nationwide", true)
	for _, f := range fs {
		if f.Rule == "filing.eligibility.occupation-nationwide" && (f.Severity != skillcert.SeverityWarning || f.Value != "9999" || f.Field != "scope[0]") {
			t.Errorf("occupation finding %+v", f)
		}
	}
	a = nationwideOrg()
	a.Reach, a.Years = ReachLocal, 0
	arExpect(t, "local org", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.years-nationwide", false)
}

func anhuiOrg() Applicant {
	return Applicant{Kind: TrainingOrg, LegalPerson: true, Reach: ReachProvince, Registered: "340100", Nature: "企业",
		Years: 5, Assessed: 20000, AssessedBy: map[string]int{"4-12-01-01": 5000},
		Scope: []ScopeRow{{Code: "4-12-01-01", Levels: []level.Level{level.Five, level.Four, level.Three}}}}
}

// 皖人社秘〔2020〕65号 一（三） (004 L9): 5 years, 20,000, 5,000 per occupation,
// or subsidised training.
func TestEligibilityAnhuiBoundary(t *testing.T) {
	ids := []string{"filing.eligibility.years-anhui", "filing.eligibility.assessed-anhui", "filing.eligibility.occupation-anhui"}
	fs := CheckApplicant(Anhui, anhuiOrg(), ApplicantOptions{})
	for _, id := range ids {
		arExpect(t, "at the thresholds", fs, id, false)
	}
	a := anhuiOrg()
	a.Years, a.Assessed, a.AssessedBy["4-12-01-01"] = 4, 19999, 4999
	fs = CheckApplicant(Anhui, a, ApplicantOptions{})
	for _, id := range ids {
		arExpect(t, "one below", fs, id, true)
	}
	arExpect(t, "not under Henan", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.eligibility.years-anhui", false)
	a.SubsidisedTraining = true
	fs = CheckApplicant(Anhui, a, ApplicantOptions{})
	for _, id := range ids {
		arExpect(t, "subsidised training", fs, id, false)
	}
	a = anhuiOrg()
	a.Reach, a.Years = ReachLocal, 0
	arExpect(t, "city-level org", CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.eligibility.years-anhui", false)
}

// 皖人社秘〔2020〕65号 一（三） (004 L9).
func TestEligibilitySeniorExperience(t *testing.T) {
	a := anhuiOrg()
	a.Scope[0].Levels = []level.Level{level.Three}
	arExpect(t, "up to 三级", CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.eligibility.senior-experience", false)
	a.Scope[0].Levels = []level.Level{level.Two}
	arExpect(t, "二级 without experience", CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.eligibility.senior-experience", true)
	a.SeniorExperience = []string{"4-12-01-01"}
	arExpect(t, "二级 with experience", CheckApplicant(Anhui, a, ApplicantOptions{}), "filing.eligibility.senior-experience", false)
}

func henanOrg() Applicant {
	return Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "410100", SiteArea: 1000, Leased: true, LeaseYears: 5, ExamSeats: 30}
}

// 豫人社办函〔2020〕51号 一（二） (003 L3492–3495): 1,000 m², a lease of 5
// years, 30 seats.
func TestEligibilityHenanSite(t *testing.T) {
	ids := []string{"filing.eligibility.site-area", "filing.eligibility.lease-years", "filing.eligibility.exam-seats"}
	fs := CheckApplicant(Henan, henanOrg(), ApplicantOptions{})
	for _, id := range ids {
		arExpect(t, "at the thresholds", fs, id, false)
	}
	a := henanOrg()
	a.SiteArea, a.LeaseYears, a.ExamSeats = 999, 4, 29
	fs = CheckApplicant(Henan, a, ApplicantOptions{})
	for _, id := range ids {
		arExpect(t, "one below", fs, id, true)
	}
	a.Leased = false
	arExpect(t, "own site", CheckApplicant(Henan, a, ApplicantOptions{}), "filing.eligibility.lease-years", false)
	arExpect(t, "national profile", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.site-area", false)
}

// 人社职司便函〔2021〕57号 附件1 二（七）2 (003 L1582): within 3 years.
func TestEligibilityExclusions(t *testing.T) {
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", ReviewFailed: arDay("2021-06-01"), Applied: arDay("2024-06-01")}
	arExpect(t, "failed exactly 3 years before", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.review-failed", true)
	a.Applied = arDay("2024-06-02")
	arExpect(t, "3 years and a day", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.review-failed", false)
	a.ReviewFailed, a.AbnormalListed, a.Applied = time.Time{}, arDay("2022-01-10"), arDay("2025-01-10")
	arExpect(t, "listed exactly 3 years before", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.abnormal-listed", true)
	a.Applied = arDay("2025-01-11")
	arExpect(t, "listed 3 years and a day before", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.abnormal-listed", false)
	a.Applied = arDay("2021-01-01")
	arExpect(t, "listed after applying", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.abnormal-listed", false)
	a.Applied = time.Time{}
	arExpect(t, "no application date", CheckApplicant(National, a, ApplicantOptions{}), "filing.applicant.applied", true)
}

// 人社职司便函〔2021〕57号 附件1 二（七）1 (003 L1580); 中就培函〔2020〕54号 二
// (003 L2427). GB 32100: registering authority 1 (机构编制), kinds 1 (机关)
// and 2 (事业单位).
func TestEligibilityGovernment(t *testing.T) {
	for _, c := range []struct {
		code string
		gov  bool
	}{{arCredit("11"), true}, {arCredit("12"), true}, {arCredit("13"), false}, {arCredit("51"), false}, {"91350100M000100Y43", false}} {
		a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", CreditCode: c.code}
		arExpect(t, c.code, CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.government", c.gov)
		a.PilotBranch = true
		arExpect(t, "branch "+c.code, CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.branch-government", c.gov)
	}
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", GovernmentLinked: true}
	arExpect(t, "undetached", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.government", true)
	a = Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", CreditCode: "12100000400000624E"}
	arExpect(t, "bad code", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.credit-code", true)
	a = Applicant{Kind: TechnicalSchool, LegalPerson: true, Registered: "410100", CreditCode: arCredit("12")}
	arExpect(t, "a public technical school files as a school", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.government", false)
}

// 人社职司便函〔2021〕57号 附件1 二（四） (003 L1556): at most 3 per occupation
// in a jurisdiction.
func TestEligibilityQuota(t *testing.T) {
	a := Applicant{Kind: TrainingOrg, LegalPerson: true, Registered: "110100", CreditCode: "self",
		Scope: []ScopeRow{{Code: "4-12-01-01", Levels: allLevels}, {Code: "4-12-01-01", WorkType: "x", Levels: allLevels}}}
	filed := []FiledScope{{"A", "11", "4-12-01-01"}, {"B", "11", "4-12-01-01"}, {"B", "11", "4-12-01-01"},
		{"self", "11", "4-12-01-01"}, {"C", "12", "4-12-01-01"}, {"D", "11", "6-20-01-01"}}
	fs := CheckApplicant(National, a, ApplicantOptions{Filed: filed})
	arExpect(t, "two others", fs, "filing.eligibility.quota", false)
	filed = append(filed, FiledScope{"E", "11", "4-12-01-01"})
	fs = CheckApplicant(National, a, ApplicantOptions{Filed: filed})
	n := 0
	for _, f := range fs {
		if f.Rule == "filing.eligibility.quota" {
			n++
			if f.Value != "3" || f.Severity != skillcert.SeverityWarning {
				t.Errorf("quota finding %+v", f)
			}
		}
	}
	if n != 1 {
		t.Errorf("three others: %d quota findings, want 1 (one per occupation)", n)
	}
	arExpect(t, "no data", CheckApplicant(National, a, ApplicantOptions{}), "filing.eligibility.quota-data", true)
	arExpect(t, "an employer has no quota", CheckApplicant(National, Applicant{Kind: Enterprise, LegalPerson: true, Registered: "110100",
		Scope: a.Scope}, ApplicantOptions{Filed: filed}), "filing.eligibility.quota", false)
}
