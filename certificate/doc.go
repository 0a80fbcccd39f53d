// Package certificate holds what a vocational skill level certificate
// (职业技能等级证书) says and checks it against the rules on its content:
// 人社鉴发〔2021〕1号《关于进一步规范职业技能等级证书样式及有关工作的通知》 for
// certificates issued from 2021-01-05, the 2019 reference style of
// 人社鉴发〔2019〕2号 附件2 before that, and the certificate number's coding
// rule (人社鉴发〔2019〕2号 附件1 and the provincial rules).
//
//	c := certificate.Certificate{
//		Title:          "职业技能等级证书",
//		Text:           "本证书由合肥某汽车服务有限公司颁发，表明持证人通过本机构组织的职业技能等级认定，具备该职业（工种）相应技能等级水平。",
//		Institution:    "合肥某汽车服务有限公司",
//		Issued:         time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC),
//		Name:           "张三",
//		IDType:         "居民身份证",
//		IDNumber:       "11010519491231002X",
//		Occupation:     "汽车维修工",
//		WorkType:       "——",
//		Level:          "中级工",
//		Number:         "S000034010001244000001",
//		QueryURL:       "http://jndj.osta.org.cn/",
//		InstitutionURL: "http://pjjg.osta.org.cn/",
//	}
//	for _, f := range certificate.Check(c, certificate.Options{}) {
//		fmt.Println(f)
//	}
//	// warning certificate.work-type.dash WorkType: "——" is the 2019 style; write "--" when there is no work type (人社鉴发〔2021〕1号 三（一）)
//	// warning certificate.level.form Level: the level "中级工" is written 四级/中级工 on a certificate (grade/title) (人社鉴发〔2021〕1号 三（一）)
//
// Citations such as "人社鉴发〔2021〕1号 三（一）" name the notice's part (三、证书填写)
// and its item （一）.
//
// # Rules
//
// Every finding of Check carries one of these rule identifiers, which are
// stable (Rules lists them with their severity and sources):
//
//	certificate.title            error    the name is exactly 职业技能等级证书 (二（二）)
//	certificate.forbidden-word   error    no 中华人民共和国, 中国, 中华, 国家, 全国, 人力资源社会保障部门,
//	                                      职业技能鉴定中心, 中国就业培训技术指导中心, 职业资格, 资格凭证,
//	                                      就业凭证 or 录用依据 in the wording (Text) or the level (五（二）)
//	certificate.required         error    institution, name, ID type and number, occupation, level and
//	                                      number are not empty (二（一）)
//	certificate.date             error    the issue date is given, not before 2019-04-19 (人社鉴发〔2019〕2号)
//	                                      and not after Options.Today
//	certificate.id-type          warning  the ID type is a listed kind (皖人社秘〔2020〕65号 附件5 注2)
//	certificate.id-number        error    a resident identity card's number passes GB 11643-1999
//	certificate.work-type.empty  error    no work type is written "--", never left empty (三（一）)
//	certificate.work-type.dash   warning  "——", the 2019 style, where 2021 writes "--" (三（一）)
//	certificate.level            error    the level names one of the five levels (三（一）)
//	certificate.level.form       warning  the level is written 中文数字+级/等级名称, 一级/高级技师 (三（一）)
//	certificate.number           error    the number is valid under its province's rule (人社鉴发〔2019〕2号 附件1)
//	certificate.number.level     error    position 16 of the number is the written level (附件1 二（六）)
//	certificate.number.year      error    positions 14–15 of the number are the issue year (附件1 二（五）)
//	certificate.query-url        error    the query addresses are the notice's; a provincial one is http(s) (二（一）)
//
// The forbidden words are looked for in the certificate's own wording, not in
// the institution's name: a filed name may contain 中国 or 全国 and must be
// printed as filed (二（三）), so every occurrence of Institution (and of
// Parent, on a branch's certificate) inside Text is left out of the search.
//
// The notice prints the institution query address as pjgg.osta.org.cn in its
// text and as pjjg.osta.org.cn on its own sample; both are accepted, with or
// without "http://" and a closing slash.
//
// # What a certificate shows
//
// Style lists, as data, the items each document requires: the national
// styles of 2021 and 2019, Guangdong's template (工种名称, no query addresses
// in its list) and Anhui's reference style (the 2019 layout, "——").
//
// Check reads a certificate alone. Whether the institution was filed, for that
// occupation, work type and level, on the issue date, and whether the printed
// name is the filed one, needs the institution's records: that is Verify.
//
// # Verification
//
// Verify checks a certificate against the records of package institution;
// Verifier does so for a whole table, streaming, and adds the rules across
// rows. Their rule identifiers (VerifyRules lists them with their sources):
//
//	verify.date                  error    the issue date is given (人社鉴发〔2021〕1号 一)
//	verify.filed                 error    positions 1–13 are a filed institution's or branch's number (一)
//	verify.not-yet-filed         error    filed (the branch added) on or before the issue date (一)
//	verify.suspended             error    not suspended on the issue date (人社职司便函〔2021〕57号 附件2 第十三条)
//	verify.expired               error    within the filing period (中就培函〔2020〕16号 四（三））
//	verify.cancelled             error    the filing not ended (57号 附件2 第十四条; 人社鉴发〔2019〕2号 附件1 四（一））
//	verify.branch-closed         error    the branch (site) not closed (人社鉴发〔2019〕2号 附件1 四（一））
//	verify.name                  error    the filed name on the issue date; a branch's own (人社鉴发〔2021〕1号 二（三））
//	verify.occupation            error    an occupation of the dictionary (三（二））
//	verify.occupation.access     error    not 准入类, nor its restricted part (人社部发〔2019〕90号 二（四）; 国家职业资格目录)
//	verify.occupation.to-access  warning  not 拟依法调整为准入类, nor 焊工/社会体育指导员 outside the restricted part
//	verify.scope.occupation      error    the occupation filed on the issue date (三（二）; 57号 附件2 第十五条)
//	verify.scope.work-type       error    the work type filed with it, exactly (三（二））
//	verify.scope.level           error    the level filed with them (三（二））
//	verify.duplicate-number      error    no number twice in a table (一证一号)
//	verify.duplicate-person      warning  no ID number twice for one occupation, work type and level
//
// and Check's certificate.number, certificate.number.level and
// certificate.number.year, which Verify applies with the same code.
//
// A table of 1,000,000 certificates against 20,000 institutions
// (BenchmarkVerifyTable) takes about 2.5 µs a row on a 2-core machine, the
// Verifier keeping about 200 bytes a row when VerifyOptions.Rows sizes it;
// Verify alone takes about 1–1.6 µs a certificate and allocates nothing for
// a clean one.
package certificate
