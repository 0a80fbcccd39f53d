package filing

import "github.com/skillcert/skillcert"

// rules is the table of scope rules: identifier, message templates in Chinese
// and English, the documents they rest on, and their severity per profile.
// Each is tested by a case that triggers it and one that does not.
var rules = []rule{
	{"filing.institution.category", "机构类别代码“{value}”应为 Y（用人单位）或 S（社会培训评价组织）",
		"category {value} must be Y (employer) or S (social training and evaluation organisation)", "人社鉴发〔2019〕2号 附件1 二（一）", all(sevError)}, // 003 L2518–2524
	{"filing.institution.category-y", "重庆企业职业技能等级认定只适用于用人单位（Y）",
		"Chongqing's enterprise rules cover employers (Y) only", "渝人社发〔2020〕42号 附件6 二（一）", only(sevError, 0, Chongqing)}, // 000 L652
	{"filing.institution.name", "机构名称为空", "the institution's name is empty", "人社鉴发〔2021〕1号 二（三）", all(sevError)}, // 003 L2753
	{"filing.institution.credit-code", "统一社会信用代码“{value}”无效：{why}",
		"unified social credit code {value} is invalid: {whyEn}", "GB 32100-2015；渝人社发〔2020〕42号 附件1 一（一）；皖人社秘〔2020〕65号 附件1 一", all(sevError)}, // GB 32100; 000 L115, 004 L89–91
	{"filing.institution.province", "省级代码“{value}”不在省级代码表中",
		"province code {value} is not in the province table", "人社鉴发〔2019〕2号 附件1 二（三）", all(sevError)}, // 003 L2544–2557
	{"filing.institution.area", "地区代码“{value}”不在{province}的代码表中",
		"area code {value} is not in the area table of {province}", "渝人社发〔2020〕42号 附件6；皖人社秘〔2020〕65号 附件3 第一部分；《广东省职业技能等级证书编码规则实施方案（企业2021版）》", all(sevError)}, // D3
	{"filing.institution.filing", "机构备案号“{value}”无效：{why}",
		"filing number {value} is invalid: {whyEn}", "人社鉴发〔2019〕2号 附件1 一；皖人社秘〔2020〕65号 附件3 第一部分", all(sevError)}, // D10; 004 L226–318
	{"filing.institution.filing-mismatch", "机构备案号“{value}”的{part}与申请不一致（{want}）",
		"filing number {value}: its {partEn} does not match the application ({want})", "人社鉴发〔2019〕2号 附件1 一、二", all(sevError)}, // D10; 003 L2510–2561
	{"filing.scope.empty", "未填写评价范围", "the application files no occupation", "豫职鉴〔2021〕1号 三（五）", all(sevError)},                                           // 003 L4575
	{"filing.scope.duplicate", "评价范围第 {other} 行重复", "the same occupation, work type and basis as row {other}", "豫职鉴〔2021〕1号 三（五）", all(sevWarning)},       // 003 L4575
	{"filing.occupation.code", "职业编码“{value}”无效：{why}", "occupation code {value} is invalid: {whyEn}", "《中华人民共和国职业分类大典》；豫职鉴〔2021〕1号 三（五）", all(sevError)}, // A11; 003 L4577–4593
	{"filing.occupation.unknown", "职业编码 {value} 不在职业分类大典中",
		"occupation code {value} is not in the occupation dictionary", "渝人社发〔2020〕42号 一（二）；人社职司便函〔2020〕17号 附件 第六条；豫职鉴〔2021〕1号 三（三）", all(sevError)}, // 000 L17; 003 L953, L4569
	{"filing.occupation.category", "{value}“{name}”是{level}名称，不是职业",
		"{value} {name} is a {levelEn}, not an occupation", "豫职鉴〔2021〕1号 三（三）", only(sevError, sevWarning, Henan)}, // 003 L4571
	{"filing.occupation.name", "职业名称“{name}”与职业编码 {value}（{want}）不一致",
		"occupation name {name} does not match code {value} ({want})", "豫职鉴〔2021〕1号 三（三）", only(sevError, sevWarning, Henan)}, // 003 L4569
	{"filing.occupation.access", "{name}属于准入类职业资格（国家职业资格目录第 {item} 项），不纳入认定范围",
		"{name} is a licensed (准入类) qualification, item {item} of the 2021 catalogue, and cannot be filed",
		"《国家职业资格目录（2021年版）》；渝人社发〔2020〕42号 一（二）；皖人社秘〔2020〕65号 一（二）；辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》二（一）；人社厅发〔2018〕148号 一（三）；豫人社办〔2020〕19号 一（二）", all(sevError)}, // D16; 000 L17, 004 L8, 001 L25, 003 L572, L3206
	{"filing.occupation.to-access", "{name}拟依法调整为准入类职业资格（国家职业资格目录第 {item} 项）",
		"{name} is to become a licensed (准入类) qualification, item {item} of the 2021 catalogue",
		"《国家职业资格目录（2021年版）》；豫职鉴〔2021〕1号 三（一）；中就培函〔2020〕41号 二（二）", only(sevError, sevWarning, Henan)}, // D16; 003 L4565, L2325
	{"filing.occupation.access-part", "工种/方向“{value}”涉及{name}中属准入类职业资格的部分（国家职业资格目录第 {item} 项：{part}），不纳入认定范围",
		"work type {value} names the part of {name} the 2021 catalogue licenses as 准入类 (item {item}: {part}) and cannot be filed",
		"《国家职业资格目录（2021年版）》二 第1项、第5项（备注）；渝人社发〔2020〕42号 一（二）；皖人社秘〔2020〕65号 一（二）；辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》二（一）；人社厅发〔2018〕148号 一（三）；豫人社办〔2020〕19号 一（二）", all(sevError)}, // D20; 003 L818–820, L827
	{"filing.occupation.restricted-part", "{name}为水平评价类职业，可以申报；其中{part}属准入类职业资格（国家职业资格目录第 {item} 项），涉及该部分的工种或方向不得申报",
		"{name} is a level-assessment (水平评价类) occupation and may be filed, but the 2021 catalogue licenses part of it as 准入类 (item {item}: {part}); no work type or direction naming that part may be filed",
		"《国家职业资格目录（2021年版）》二 第1项、第5项（备注）", all(sevWarning)}, // D20; 003 L818–820, L827
	{"filing.occupation.professional", "{value}“{name}”属第二大类（专业技术人员），不得申报",
		"{value} {name} is in major category 2 (professionals), which may not be filed", "豫职鉴〔2021〕1号 三（二）", only(sevError, 0, Henan)}, // 003 L4567
	{"filing.occupation.outside-skill-majors", "{value}“{name}”属第{majorZH}大类（{majorName}），不在第三、四、五、六大类的技能类职业中，不属职业技能等级认定范围",
		"{value} {name} is in major category {major} ({majorName}), outside the skill occupations of major categories 3–6 that skill-level assessment covers",
		"人社职司便函〔2021〕57号 附件1 二（六）；渝人社发〔2020〕42号 一（二）；辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》二（一）", all(sevWarning)}, // 003 L1576; 000 L17; 001 L25
	{"filing.worktype.unknown", "工种“{value}”不是{where}所列{name}的工种（所列：{known}）",
		"work type {value} is not one {whereEn} lists for {name} (it lists {known})", "豫职鉴〔2021〕1号 三（三）、三（五）；皖人社秘〔2020〕65号 附件1", only(sevError, sevWarning, Henan)}, // 003 L4569, L4577–4593; 004 L131–145
	{"filing.worktype.missing", "{name}包含多个工种，原则上需填报工种（{known}）",
		"{name} has several work types; name one ({known})", "豫职鉴〔2021〕1号 三（三）", only(sevWarning, 0, Henan)}, // 003 L4569
	{"filing.worktype.unlisted", "工种“{value}”不在任何已知工种表所列{name}的工种中（所列：{known}）；本规则集适用的文件未列该职业的工种，未作核对",
		"work type {value} is in no known table of {name}'s work types (they list {known}); the documents of this profile list none, so it is not checked",
		"豫职鉴〔2021〕1号 三（五）；皖人社秘〔2020〕65号 附件1", all(skillcert.SeverityInfo)}, // 003 L4577–4593; 004 L131–145
	{"filing.levels.empty", "未填写级别", "no level is filed", "豫职鉴〔2021〕1号 三（五）", all(sevError)},                                              // 003 L4577
	{"filing.levels.invalid", "级别“{value}”无效，应为一至五级", "level {value} is not one of the five levels", "人社部发〔2019〕90号 三（九）", all(sevError)}, // D7
	{"filing.levels.standard", "{name}{worktype}的国家职业技能标准不含{level}（含：{known}）",
		"the national standard of {name}{worktype} does not cover {level} (it covers {known})",
		"渝人社发〔2020〕42号 一（二）；豫人社办〔2020〕19号 附件3 二（二）；中就培函〔2020〕54号 一（河南另见《关于全面推进企业职工技能定级晋级工作的通知》六（二））", only(sevWarning, sevError, Henan)}, // 000 L19; 003 L3328, L2423 (Henan also L4075)
	{"filing.mode.grading", "定级评价只适用于五级至三级，{level}应采用晋级评价",
		"grading (定级评价) covers levels 5–3 only; {level} needs promotion (晋级评价)", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（三）", all(sevError)}, // 002 L85; D13
	{"filing.examiners.count", "{name}的考评人员 {value} 名，每个认定职业（工种）不少于 3 名",
		"{name} has {value} examiners; each occupation needs at least 3", "渝人社发〔2020〕42号 二（三）", only(sevError, 0, Chongqing)}, // 000 L31
	{"filing.examiners.grade", "{name}的{level}没有可承担的考评人员（需要{want}）",
		"no examiner of {name} may examine {level} (it needs a {wantEn})", "《广东省企业职业技能等级认定工作方案》（2021年版模板） 一（二）", all(sevError)}, // 002 L113; D13
	{"filing.examiners.occupation", "考评人员的职业 {value} 不在评价范围内",
		"the examiner's occupation {value} is not in the scope", "渝人社发〔2020〕42号 二（三）", all(sevWarning)}, // 000 L31
	{"filing.term.max", "备案有效期 {value} 年，不得超过 {want} 年", "the filing term of {value} years exceeds {want}",
		"渝人社发〔2020〕42号 三（三）、六（三）；皖人社秘〔2020〕65号 三（三）；辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》四（二）", only(sevError, 0, Chongqing, Anhui, Liaoning)}, // 000 L49, L79; 004 L27; 001 L83
	{"filing.term.extension", "延长备案有效期须自备案之日起 3 年内无举报投诉、无违规行为",
		"the 3-year extension needs 3 years without complaints or violations since filing", "渝人社发〔2020〕42号 六（三）", only(sevError, 0, Chongqing)}, // 000 L79
	{"filing.term.extension-undefined", "本规定未设备案延期，延期由备案部门决定",
		"these rules set no extension; the filing department decides", "辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》四（二）；皖人社秘〔2020〕65号 三（三）", only(sevWarning, 0, National, Guangdong, Henan, Anhui, Liaoning)}, // 001 L83; 004 L27
}

var ruleIndex = func() map[string]*rule {
	m := map[string]*rule{}
	for i := range rules {
		m[rules[i].id] = &rules[i]
	}
	return m
}()

// Rule describes one scope rule, for documentation and tools.
type Rule struct {
	ID       string
	Message  string             // template, in Chinese
	English  string             // template
	Source   string             // the document and article, such as "豫职鉴〔2021〕1号 三（二）"
	Severity skillcert.Severity // under the profile asked for; 0 when the profile does not apply it
}

// Rules lists the scope rules Check applies under profile p, with their
// severities there.
func Rules(p Profile) []Rule {
	var out []Rule
	for _, r := range rules {
		if p < numProfiles && r.severity[p] != 0 {
			out = append(out, Rule{r.id, r.zh, r.en, r.source, r.severity[p]})
		}
	}
	return out
}
