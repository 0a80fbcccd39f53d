package certificate

import skillcert "github.com/skillcert/skillcert"

// Rule is one check of Check: its stable identifier, how much it matters and
// the document and article it rests on.
type Rule struct {
	ID       string             // "certificate.title": stable, never reused
	Severity skillcert.Severity // the severity of its findings
	// Source cites the rule for a certificate issued under 人社鉴发〔2021〕1号;
	// Source2019 for one issued before it, under the 2019 reference style,
	// or "" where the rule did not exist then and Check does not apply it.
	Source, Source2019 string
	English            string // what it checks, in English
	Chinese            string // what it checks, in Chinese
}

const (
	src2021      = "人社鉴发〔2021〕1号"
	src2019Style = "人社鉴发〔2019〕2号 附件2"
	src2019Code  = "人社鉴发〔2019〕2号 附件1"
)

// The rules. Check reports findings in the order of the Certificate fields.
var (
	ruleTitle = Rule{"certificate.title", skillcert.SeverityError,
		src2021 + " 二（二）", src2019Style,
		"the certificate's name is exactly 职业技能等级证书",
		"证书名称统一使用“职业技能等级证书”"}
	ruleForbidden = Rule{"certificate.forbidden-word", skillcert.SeverityError,
		src2021 + " 五（二）", "",
		"the certificate's own wording (Text) and its level use none of the forbidden words (中华人民共和国, 中国, 中华, 国家, 全国, …)",
		"证书正文等固定文字和职业技能等级不使用“中华人民共和国”“中国”“中华”“国家”“全国”等字样"}
	ruleRequired = Rule{"certificate.required", skillcert.SeverityError,
		src2021 + " 二（一）", src2019Style,
		"the institution's name, the holder's name, the ID type and number, the occupation, the level and the number are not empty",
		"评价机构名称、姓名、证件类型、证件号码、职业名称、职业技能等级、证书编号不得为空"}
	ruleDate = Rule{"certificate.date", skillcert.SeverityError,
		"人社鉴发〔2019〕2号", "人社鉴发〔2019〕2号",
		"the issue date is given, not before 人社鉴发〔2019〕2号 (2019-04-19) and not after Options.Today",
		"发证日期不得为空，不得早于人社鉴发〔2019〕2号印发之日（2019年4月19日），不得晚于当天"}
	ruleIDType = Rule{"certificate.id-type", skillcert.SeverityWarning,
		"皖人社秘〔2020〕65号 附件5 注2", "皖人社秘〔2020〕65号 附件5 注2",
		"the ID type is one of the kinds of identity document the Anhui table lists (201 居民身份证 … 299 其他个人证件), by code or name",
		"证件类型为所列证件之一（201 居民身份证……299 其他个人证件），写代码或名称均可"}
	ruleIDNumber = Rule{"certificate.id-number", skillcert.SeverityError,
		"GB 11643-1999《公民身份号码》", "GB 11643-1999《公民身份号码》",
		"a resident identity card's number has 18 characters, a real birth date and the right check character",
		"居民身份证号码为18位，出生日期真实，校验码正确"}
	ruleWorkTypeEmpty = Rule{"certificate.work-type.empty", skillcert.SeverityError,
		src2021 + " 三（一）", src2019Style + " 注3",
		`the work type is not empty: "--" where there is none`,
		"不含“工种/职业方向”的填写“--”，不得为空"}
	ruleWorkTypeDash = Rule{"certificate.work-type.dash", skillcert.SeverityWarning,
		src2021 + " 三（一）", "",
		`"——" (the 2019 style) where there is no work type: the 2021 notice writes "--"`,
		"无工种时写“——”是2019年样式，2021年起填写“--”"}
	ruleLevel = Rule{"certificate.level", skillcert.SeverityError,
		src2021 + " 三（一）", src2019Style,
		"the level names one of the five skill levels",
		"职业技能等级为五个等级之一"}
	ruleLevelForm = Rule{"certificate.level.form", skillcert.SeverityWarning,
		src2021 + " 三（一）", "",
		"the level is written in the display form 中文数字+级/等级名称, such as 一级/高级技师",
		"职业技能等级填写“中文数字+级/等级名称”，如“一级/高级技师”"}
	ruleNumber = Rule{"certificate.number", skillcert.SeverityError,
		src2019Code, src2019Code,
		"the certificate number is a valid 22-character number under its province's rule",
		"证书编号符合编码规则"}
	ruleNumberLevel = Rule{"certificate.number.level", skillcert.SeverityError,
		src2019Code + " 二（六）", src2019Code + " 二（六）",
		"the number's level digit (position 16) is the written level",
		"证书编号第16位职业技能等级代码与所填职业技能等级一致"}
	ruleNumberYear = Rule{"certificate.number.year", skillcert.SeverityError,
		src2019Code + " 二（五）", src2019Code + " 二（五）",
		"the number's year (positions 14–15) is the issue date's year",
		"证书编号第14–15位证书核发年份代码与发证日期的年份一致"}
	ruleQueryURL = Rule{"certificate.query-url", skillcert.SeverityError,
		src2021 + " 二（一）", src2019Style,
		"the query addresses are printed as the notice prints them (jndj.osta.org.cn, pjgg.osta.org.cn or the sample's pjjg.osta.org.cn); a provincial address is an http or https address",
		"证书信息查询网址、机构信息查询网址与通知所列一致，省级查询网址为http或https网址"}
)

var rules = [...]*Rule{
	&ruleTitle, &ruleForbidden, &ruleRequired, &ruleDate, &ruleIDType, &ruleIDNumber,
	&ruleWorkTypeEmpty, &ruleWorkTypeDash, &ruleLevel, &ruleLevelForm,
	&ruleNumber, &ruleNumberLevel, &ruleNumberYear, &ruleQueryURL,
}

// Rules lists every rule Check applies. The
// slice is the caller's to change.
func Rules() []Rule {
	out := make([]Rule, len(rules))
	for i, r := range rules {
		out[i] = *r
	}
	return out
}
