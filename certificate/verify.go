package certificate

import (
	"strings"
	"time"

	skillcert "github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/institution"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

// VerifyOptions tunes Verify.
type VerifyOptions struct {
	// Content, when true, makes Verify apply Check's content rules too
	// (with Options), so one call gives every finding about the
	// certificate. When false Verify applies the number rules of Check
	// (certificate.number, certificate.number.level,
	// certificate.number.year) and the registry rules only.
	Content bool
	Options Options
	// Rows, when known, is about how many rows a Verifier will see; it
	// sizes the Verifier's keys once instead of growing them.
	Rows int
}

const (
	src2021Issuer = src2021 + " 一"
	src2021Name   = src2021 + " 二（三）"
	src2021Scope  = src2021 + " 三（二）"
	srcGuide      = "人社职司便函〔2021〕57号 附件2"
)

// The rules of Verify and Verifier.
var (
	ruleVerifyDate = Rule{"verify.date", skillcert.SeverityError, src2021Issuer, src2021Issuer,
		"the issue date is given, so that the filing can be verified on it",
		"发证日期不得为空，以便核验当日的备案"}
	ruleVerifyFiled = Rule{"verify.filed", skillcert.SeverityError, src2021Issuer, src2021Issuer,
		"the filing number (positions 1–13) belongs to a filed institution or branch",
		"证书编号第1–13位为已备案评价机构（含分支机构）的备案号"}
	ruleVerifyNotYet = Rule{"verify.not-yet-filed", skillcert.SeverityError, src2021Issuer, src2021Issuer,
		"the institution (and the branch) was filed on the issue date, not later",
		"发证日期不早于评价机构（分支机构）备案之日"}
	ruleVerifySuspended = Rule{"verify.suspended", skillcert.SeverityError, srcGuide + " 第十三条", srcGuide + " 第十三条",
		"the institution's assessment activities were not suspended on the issue date",
		"发证日评价机构未被暂停评价活动"}
	ruleVerifyExpired = Rule{"verify.expired", skillcert.SeverityError, "中就培函〔2020〕16号 四（三）", "中就培函〔2020〕16号 四（三）",
		"the issue date is within the filing period (备案期限) or an extension of it",
		"发证日期在备案期限内"}
	ruleVerifyCancelled = Rule{"verify.cancelled", skillcert.SeverityError, srcGuide + " 第十四条; 人社鉴发〔2019〕2号 附件1 四（一）", srcGuide + " 第十四条; 人社鉴发〔2019〕2号 附件1 四（一）",
		"the filing was not ended (终止备案) before the issue date; a cancelled code is void",
		"发证日前评价机构未被终止备案（取消后原有编码作废）"}
	ruleVerifyBranchClosed = Rule{"verify.branch-closed", skillcert.SeverityError, "人社鉴发〔2019〕2号 附件1 四（一）", "人社鉴发〔2019〕2号 附件1 四（一）",
		"the branch (site) the number's positions 8–13 name was not closed before the issue date",
		"证书编号第8–13位所指站点（分支机构）发证日前未被撤销"}
	ruleVerifyName = Rule{"verify.name", skillcert.SeverityError, src2021Name, src2021Name,
		"the institution's name is the filed name on the issue date (a branch's certificate: the branch's filed name)",
		"评价机构名称与发证日备案的机构（含分支机构）名称一致"}
	ruleVerifyOccupation = Rule{"verify.occupation", skillcert.SeverityError, src2021Scope, src2021Scope,
		"the occupation is an occupation of the dictionary (2022 or its 2015 names), by name or code",
		"职业名称为职业分类大典所列职业"}
	ruleVerifyAccess = Rule{"verify.occupation.access", skillcert.SeverityError, "人社部发〔2019〕90号 二（四）; 国家职业资格目录（2021年版）", "人社部发〔2019〕90号 二（四）; 国家职业资格目录（2021年版）",
		"the occupation is not an admission-type (准入类) qualification of the national catalogue, nor the restricted part of one (nuclear-safety welding, high-risk sports)",
		"职业不属于国家职业资格目录中的准入类职业资格（含核安全设备焊接、高危性体育项目等限定部分）"}
	ruleVerifyToAccess = Rule{"verify.occupation.to-access", skillcert.SeverityWarning, "国家职业资格目录（2021年版）; 中就培函〔2020〕41号 二（二）", "国家职业资格目录（2021年版）; 中就培函〔2020〕41号 二（二）",
		"the occupation is not one the catalogue marks 拟依法调整为准入类 (to become admission-type), nor one whose admission-type part is restricted (焊工, 社会体育指导员)",
		"职业不属于目录中“拟依法调整为准入类”的职业，或准入类限定部分所在的职业"}
	ruleVerifyScopeOccupation = Rule{"verify.scope.occupation", skillcert.SeverityError, src2021Scope + "; " + srcGuide + " 第十五条", src2021Scope,
		"the occupation was in the institution's filed scope on the issue date",
		"职业在发证日的备案职业（工种）范围内"}
	ruleVerifyScopeWorkType = Rule{"verify.scope.work-type", skillcert.SeverityError, src2021Scope + "; " + srcGuide + " 第十五条", src2021Scope,
		"the work type or direction (or none) was filed for the occupation on the issue date",
		"工种/职业方向与发证日备案公布的一致"}
	ruleVerifyScopeLevel = Rule{"verify.scope.level", skillcert.SeverityError, src2021Scope + "; " + srcGuide + " 第十五条", src2021Scope,
		"the level was filed for the occupation and work type on the issue date",
		"职业技能等级在发证日备案的等级范围内"}
	ruleVerifyDuplicateNumber = Rule{"verify.duplicate-number", skillcert.SeverityError, "人社鉴发〔2019〕2号 附件1; 《职业技能等级证书管理办法（参考模板）》第十一条", "人社鉴发〔2019〕2号 附件1",
		"no certificate number is used twice in the table (一证一号)",
		"同一证书编号不得重复使用（一证一号）"}
	ruleVerifyDuplicatePerson = Rule{"verify.duplicate-person", skillcert.SeverityWarning, "人社鉴发〔2019〕2号 附件1; 《职业技能等级证书管理办法（参考模板）》第十一条", "人社鉴发〔2019〕2号 附件1",
		"the same person (ID number) is not certified twice for the same occupation, work type and level in the table: likely a duplicate record",
		"同一人（证件号码）同一职业（工种）同一等级不重复发证，疑为重复记录"}
)

var verifyRules = [...]*Rule{
	&ruleVerifyDate, &ruleVerifyFiled, &ruleVerifyNotYet, &ruleVerifySuspended, &ruleVerifyExpired,
	&ruleVerifyCancelled, &ruleVerifyBranchClosed, &ruleVerifyName, &ruleVerifyOccupation,
	&ruleVerifyAccess, &ruleVerifyToAccess, &ruleVerifyScopeOccupation, &ruleVerifyScopeWorkType,
	&ruleVerifyScopeLevel, &ruleVerifyDuplicateNumber, &ruleVerifyDuplicatePerson,
}

// VerifyRules lists the rules Verify and Verifier add to Check's, in the
// order Verify applies them. The slice is the caller's to change.
func VerifyRules() []Rule {
	out := make([]Rule, len(verifyRules))
	for i, r := range verifyRules {
		out[i] = *r
	}
	return out
}

// Verify checks c against the institution records in reg: that its number
// is valid under its province's rule and agrees with the written level and
// the issue year (Check's rules certificate.number, certificate.number.level
// and certificate.number.year); that its filing number (positions 1–13)
// belongs to a filed institution or branch that was active on the issue
// date; that the printed institution name is the one filed on that date;
// that the occupation, work type and level were in the filed scope on that
// date; and that the occupation is not an admission-type (准入类) one. See
// the package documentation for the rule identifiers and their sources.
//
// It returns nil for a certificate that breaks no rule. A nil reg is
// reported as one verify.filed finding for every certificate, never a panic.
func Verify(c Certificate, reg *institution.Registry, opt VerifyOptions) []skillcert.Finding {
	k := checker{since2021: c.Issued.IsZero() || !civil(c.Issued).Before(notice2021)}
	if opt.Content {
		k.out = Check(c, opt.Options)
	}
	k.verify(c, reg, !opt.Content)
	return k.out
}

// verify adds the registry findings, and the number's when number is true.
func (k *checker) verify(c Certificate, reg *institution.Registry, number bool) {
	lv, err := level.Parse(c.Level)
	lvOK := err == nil
	var ok bool
	if number {
		_, ok = k.number(c, lv, lvOK)
	}
	code, err := certcode.Parse(c.Number)
	if err != nil || (number && !ok) {
		return // the number finding says why; nothing else can be looked up
	}
	if c.Issued.IsZero() {
		if number {
			k.add(&ruleVerifyDate, "Issued", "", "发证日期为空，无法核验发证日的备案情况", "the issue date is missing; the filing cannot be verified on it")
		}
		return
	}
	f := code.Filing()
	v, found := reg.View(f, c.Issued)
	if !found {
		k.add(&ruleVerifyFiled, "Number", c.Number, "证书编号中的机构备案号"+f.String()+"不属于任何已备案的评价机构或分支机构",
			"the filing number "+f.String()+" in the certificate number is not that of a filed institution or branch")
		return
	}
	who, whoEn := "评价机构", "the institution"
	if v.IsBranch() {
		who, whoEn = "分支机构（站点）", "the branch"
	}
	switch v.Status {
	case institution.Active:
	case institution.NotYetFiled:
		k.add(&ruleVerifyNotYet, "Issued", isoDay(c.Issued), "发证日期"+isoDay(c.Issued)+"时"+who+f.String()+"尚未备案", "on the issue date "+isoDay(c.Issued)+" "+whoEn+" "+f.String()+" was not yet filed")
	case institution.Suspended:
		k.add(&ruleVerifySuspended, "Issued", isoDay(c.Issued), "发证日期"+isoDay(c.Issued)+"时评价机构"+f.String()+"被暂停评价活动", "on the issue date "+isoDay(c.Issued)+" the institution "+f.String()+" was suspended")
	case institution.Expired:
		k.add(&ruleVerifyExpired, "Issued", isoDay(c.Issued), "发证日期"+isoDay(c.Issued)+"时评价机构"+f.String()+"的备案已过期", "on the issue date "+isoDay(c.Issued)+" the filing of "+f.String()+" had expired")
	case institution.Cancelled:
		k.add(&ruleVerifyCancelled, "Issued", isoDay(c.Issued), "发证日期"+isoDay(c.Issued)+"时评价机构"+f.String()+"已被终止备案", "on the issue date "+isoDay(c.Issued)+" the filing of "+f.String()+" had been cancelled")
	case institution.Closed:
		k.add(&ruleVerifyBranchClosed, "Issued", isoDay(c.Issued), "发证日期"+isoDay(c.Issued)+"时分支机构（站点）"+f.String()+"已被撤销", "on the issue date "+isoDay(c.Issued)+" the branch "+f.String()+" had been closed")
	}
	if v.Status != institution.NotYetFiled {
		if name := strings.TrimSpace(c.Institution); name != v.Name {
			k.add(&ruleVerifyName, "Institution", c.Institution, "评价机构名称“"+short(c.Institution)+"”与"+isoDay(c.Issued)+"备案的名称“"+v.Name+"”不一致",
				"the institution's name "+skillcert.Quote(c.Institution)+" is not the name filed on "+isoDay(c.Issued)+", "+skillcert.Quote(v.Name))
		}
		if p := strings.TrimSpace(c.Parent); v.IsBranch() && p != "" && p != v.Parent {
			k.add(&ruleVerifyName, "Parent", c.Parent, "评价机构名称“"+short(c.Parent)+"”与"+isoDay(c.Issued)+"备案的名称“"+v.Parent+"”不一致",
				"the parent institution's name "+skillcert.Quote(c.Parent)+" is not the name filed on "+isoDay(c.Issued)+", "+skillcert.Quote(v.Parent))
		}
	}
	occ, found := lookupOccupation(c.Occupation)
	if !found {
		if strings.TrimSpace(c.Occupation) != "" {
			k.add(&ruleVerifyOccupation, "Occupation", c.Occupation, "职业名称“"+short(c.Occupation)+"”不是职业分类大典所列职业",
				"the occupation "+skillcert.Quote(c.Occupation)+" is not an occupation of the dictionary")
		}
		return
	}
	k.catalogue(c, occ)
	if v.Status == institution.NotYetFiled {
		return
	}
	switch levels := v.Levels(occ, c.WorkType); {
	case !v.HasOccupation(occ):
		k.add(&ruleVerifyScopeOccupation, "Occupation", c.Occupation, "职业“"+short(c.Occupation)+"”（"+occ.String()+"）不在"+isoDay(c.Issued)+"的备案职业范围内",
			"the occupation "+skillcert.Quote(c.Occupation)+" ("+occ.String()+") was not in the filed scope on "+isoDay(c.Issued))
	case levels == 0:
		k.add(&ruleVerifyScopeWorkType, "WorkType", c.WorkType, "工种/职业方向“"+short(c.WorkType)+"”未随职业"+occ.String()+"在"+isoDay(c.Issued)+"备案",
			"the work type "+skillcert.Quote(c.WorkType)+" was not filed with occupation "+occ.String()+" on "+isoDay(c.Issued))
	case lvOK && !levels.Has(lv):
		k.add(&ruleVerifyScopeLevel, "Level", c.Level, "职业技能等级“"+short(c.Level)+"”不在"+isoDay(c.Issued)+"备案的等级（"+levelsZH(levels)+"）内",
			"the level "+skillcert.Quote(c.Level)+" was not filed for this occupation and work type on "+isoDay(c.Issued)+" (filed: levels "+levelsEn(levels)+")")
	}
}

// lookupOccupation finds the occupation a certificate names: by name (the
// 2022 names and the 2015 ones), or by code when the field holds one.
func lookupOccupation(s string) (occupation.Code, bool) {
	if e, ok := occupation.LookupName(s); ok && !e.IsCategory() {
		return e.Code, true
	}
	if c, err := occupation.Parse(s); err == nil && c.Depth() == occupation.Occupation {
		if e, ok := occupation.Lookup(c); ok && !e.IsCategory() {
			return c, true
		}
	}
	return 0, false
}

// restricted are the catalogue entries whose admission-type part is a
// restricted part of an occupation that stays 水平评价类 (DECISIONS.md D20),
// with the words of a work type that names that part.
var restricted = map[occupation.Code][]string{
	occupation.MustParse("6-18-02-04"): {"核安全", "核电", "核设备"}, // 焊工: nuclear-safety equipment welding (003 L818–820)
	occupation.MustParse("4-14-05-01"): {"高危"},               // 社会体育指导员: high-risk sports (003 L827–828)
}

// catalogue applies verify.occupation.access and verify.occupation.to-access.
func (k *checker) catalogue(c Certificate, occ occupation.Code) {
	e, ok := occupation.CatalogueFor(occ)
	if !ok {
		return
	}
	if words, r := restricted[occ]; r {
		for _, w := range words {
			if strings.Contains(c.WorkType, w) {
				k.add(&ruleVerifyAccess, "WorkType", c.WorkType, "工种/职业方向“"+short(c.WorkType)+"”属于准入类职业资格“"+e.Name+"”的限定部分（"+e.Body+"），不得颁发职业技能等级证书",
					"the work type "+skillcert.Quote(c.WorkType)+" is the restricted admission-type part of "+e.Name+" ("+e.Body+"); no skill level certificate may be issued for it")
				return
			}
		}
		k.add(&ruleVerifyToAccess, "Occupation", c.Occupation, "职业“"+short(c.Occupation)+"”的部分工作属准入类职业资格“"+e.Name+"”（"+e.Body+"），请确认证书不涉及该部分",
			"part of the occupation "+skillcert.Quote(c.Occupation)+" is the admission-type qualification "+e.Name+" ("+e.Body+"); make sure the certificate does not cover it")
		return
	}
	switch {
	case e.Class == occupation.AccessClass:
		k.add(&ruleVerifyAccess, "Occupation", c.Occupation, "职业“"+short(c.Occupation)+"”属于国家职业资格目录中的准入类职业资格（"+e.Body+"），不得颁发职业技能等级证书",
			"the occupation "+skillcert.Quote(c.Occupation)+" is an admission-type qualification of the national catalogue ("+e.Body+"); no skill level certificate may be issued for it")
	case e.ToAccess:
		k.add(&ruleVerifyToAccess, "Occupation", c.Occupation, "职业“"+short(c.Occupation)+"”在国家职业资格目录中拟依法调整为准入类",
			"the occupation "+skillcert.Quote(c.Occupation)+" is to become admission-type (拟依法调整为准入类) in the national catalogue")
	}
}

// levelsZH lists a set of levels by their Chinese grades, from 五级 up.
func levelsZH(s institution.Levels) string {
	var b strings.Builder
	for l := level.Five; l >= level.One; l-- {
		if s.Has(l) {
			if b.Len() > 0 {
				b.WriteString("、")
			}
			b.WriteString(l.Grade())
		}
	}
	return b.String()
}

// levelsEn writes a set of levels from the lowest up: "5, 4".
func levelsEn(s institution.Levels) string {
	var b strings.Builder
	for l := level.Five; l >= level.One; l-- {
		if s.Has(l) {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteByte(byte('0' + l))
		}
	}
	return b.String()
}

// isoDay writes a date as 2006-01-02.
func isoDay(t time.Time) string { return t.Format(time.DateOnly) }
