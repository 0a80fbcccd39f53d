package filing

import (
	"strconv"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// AuthorityLevel is the level of the human resources and social security
// authority that accepts a filing.
type AuthorityLevel uint8

// The authority levels.
const (
	Ministry      AuthorityLevel = iota + 1 // 人力资源社会保障部 (through its 职业技能鉴定中心 or 中国就业培训技术指导中心)
	ProvinceLevel                           // the provincial department (省级人力资源社会保障部门); Chongqing's 市人力社保局
	CityLevel                               // a city (省辖市, and in Henan 济源示范区 and 省直管县（市）)
	CountyLevel                             // a county or district (县（市、区）)
)

var authorityNames = [...]string{"", "人力资源社会保障部", "省级人力资源社会保障部门", "市级人力资源社会保障部门", "县级人力资源社会保障部门"}
var authorityEnglish = [...]string{"", "ministry", "province", "city", "county"}

// String returns "ministry", "province", "city" or "county"; another value
// prints as "AuthorityLevel(9)".
func (l AuthorityLevel) String() string {
	if l == 0 || int(l) >= len(authorityEnglish) {
		return "AuthorityLevel(" + strconv.Itoa(int(l)) + ")"
	}
	return authorityEnglish[l]
}

// Chinese returns the authority's name, such as "省级人力资源社会保障部门"; ""
// for a value that is not a level.
func (l AuthorityLevel) Chinese() string {
	if int(l) >= len(authorityNames) {
		return ""
	}
	return authorityNames[l]
}

// Decision says which authority accepts a filing.
type Decision struct {
	Level AuthorityLevel
	// Region is the authority's area: "" for the ministry, the two-digit
	// province code, the four-digit city prefix or the six-digit county code.
	Region string
	// Review is the level that reviews or recommends the application first
	// (属地审核推荐, 初审); 0 when the accepting authority does it all.
	Review AuthorityLevel
	// ReviewRegion is the reviewer's area, as Region.
	ReviewRegion string
	// Education is true when the first review is the education department's
	// (Henan colleges), not the human resources department's.
	Education bool
	Source    string // the document and article that decides it
}

var jurisdictionRules = []arule{
	{"filing.jurisdiction.place", "{field}“{value}”不是六位行政区划代码",
		"{field} {value} is not a six-digit administrative division code", "GB/T 2260",
		"the places of registration, operation, insurance and sites are six-digit division codes of a known province", everywhere(sevError)},
	{"filing.jurisdiction.highest", "未填写拟认定的最高等级，无法确定备案部门",
		"no level is given, so the filing authority cannot be decided", "豫人社规〔2020〕1号 第三条",
		"a Henan appraisal institution states the highest level it will assess", under(sevError, Henan)},
	{"filing.jurisdiction.unstated", "{kind}向哪一级部门备案，本规则集的文件未作规定",
		"the documents of this profile do not say where a {kindEn} files", "",
		"the profile's documents state the authority for this kind of applicant", everywhere(sevWarning)},
	{"filing.jurisdiction.site-province", "站点“{name}”的员工在{province}缴纳社保，须向该省备案",
		"site {name}: its staff are insured in province {province}, so it files there", "人社鉴发〔2019〕2号 附件1 四（三）",
		"a site holds a provincial filing in each province where its staff pay social insurance", everywhere(sevError)},
	{"filing.jurisdiction.site-city", "站点“{name}”的员工在{city}缴纳社保，须向该地人力资源社会保障部门备案",
		"site {name}: its staff are insured in {city}, so it files with that city", "豫职鉴〔2020〕2号 四（三）",
		"in Henan a site holds a filing with each city (or 省直管县) where its staff pay social insurance", under(sevError, Henan)},
	{"filing.jurisdiction.site-anhui", "站点“{name}”在登记注册地以外的{city}开展认定，须经该市人力资源社会保障局备案",
		"site {name} assesses in {city}, outside the city of registration, and needs that city's filing", "皖人社秘〔2020〕65号 三（四）",
		"an Anhui training and evaluation organisation assesses outside its city of registration only with that city's filing", under(sevError, Anhui)},
}

// Authority decides which authority accepts a's filing under profile p: the
// ministry, a province, a city or a county, with the body that reviews it
// first. It follows, per profile:
//
//   - national (also Guangdong and Liaoning, whose documents add nothing):
//     central enterprises file with the ministry and their branches with the
//     province where they are (人社鉴发〔2019〕3号 一); other enterprises with
//     the province where they are registered (同 二); a training and evaluation
//     organisation serving the whole country with the ministry's centre
//     (中就培函〔2020〕16号), otherwise with its province, as do the branches of
//     department pilots (中就培函〔2020〕54号 一);
//   - Henan: central branches and 省国资委直管企业 with the province, other
//     enterprises where their social insurance is registered (豫职鉴〔2021〕1号
//     一（一）1, which replaces 豫人社办〔2020〕19号 四（一）); training and
//     evaluation organisations with the province, after a local review unless
//     of a provincial tier (同 一（二）1); technical schools with the province
//     (同 一（三）1); colleges through the education department to the
//     same-level authority (豫人社函〔2022〕8号 二（二）); appraisal
//     institutions by their highest level (豫人社规〔2020〕1号 第三条);
//   - Anhui: central branches and units a provincial department recommends
//     with the province, organisations serving the whole province with the
//     province after their city recommends them, others with their city
//     (皖人社秘〔2020〕65号 三);
//   - Chongqing: central branches and 市属企业 with the 市人力社保局, others with
//     the district where they operate (渝人社发〔2020〕42号 三（一））.
//
// Where the profile's documents say nothing for a's kind the Decision is zero
// and a warning "filing.jurisdiction.unstated" says so; bad places are error
// findings.
func Authority(p Profile, a Applicant) (Decision, []skillcert.Finding) {
	c := &achecker{p: p}
	if !validProfile(p) {
		c.p = National
		c.add("filing.applicant.profile", "profile", p.String())
		return Decision{}, c.out
	}
	if a.Kind == 0 || a.Kind >= numApplicantKinds {
		c.add("filing.applicant.kind", "kind", a.Kind.String())
		return Decision{}, c.out
	}
	if !c.place("registered", a.Registered, true) || !c.place("insured", a.Insured, false) || !c.place("operating", a.Operating, false) {
		return Decision{}, c.out
	}
	d, ok := decide(p, &a)
	if !ok {
		if d.Source == "highest" {
			c.add("filing.jurisdiction.highest", "highest", "")
		} else {
			c.add("filing.jurisdiction.unstated", "kind", a.Kind.String(), "kind", a.Kind.String(), "kindEn", kindEnglish(a.Kind))
		}
		return Decision{}, c.out
	}
	return d, c.out
}

func kindEnglish(k ApplicantKind) string {
	return [...]string{"", "central enterprise", "central enterprise branch", "provincial enterprise", "enterprise",
		"training and evaluation organisation", "technical school", "college", "appraisal institution"}[k]
}

// place checks a six-digit division code whose first two digits are a
// province of the province table; "" passes unless required.
func (c *achecker) place(field, code string, required bool) bool {
	if code == "" && !required {
		return true
	}
	if !isPlace(code) {
		c.add("filing.jurisdiction.place", field, code, "field", field)
		return false
	}
	return true
}

func isPlace(code string) bool {
	if len(code) != 6 {
		return false
	}
	for i := 0; i < 6; i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	_, ok := region.LookupProvince(code[:2])
	return ok
}

func province(code string) string { return code[:2] }
func city(code string) string     { return code[:4] }

// decide applies the profile's table; ok is false where it states nothing
// (Source "highest" when a level is missing).
func decide(p Profile, a *Applicant) (Decision, bool) {
	home := a.Registered
	insured := a.Insured
	if insured == "" {
		insured = home
	}
	switch p {
	case Henan:
		switch a.Kind {
		case CentralBranch, ProvincialEnterprise:
			return Decision{Level: ProvinceLevel, Region: province(home), Source: "豫职鉴〔2021〕1号 一（一）1"}, true
		case Enterprise:
			return Decision{Level: CityLevel, Region: city(insured), Source: "豫职鉴〔2021〕1号 一（一）1"}, true
		case TrainingOrg:
			d := Decision{Level: ProvinceLevel, Region: province(home), Source: "豫职鉴〔2021〕1号 一（二）1"}
			if !a.ProvincialTier && !a.PilotBranch {
				d.Review, d.ReviewRegion = CityLevel, city(home)
			}
			return d, true
		case TechnicalSchool:
			return Decision{Level: ProvinceLevel, Region: province(home), Source: "豫职鉴〔2021〕1号 一（三）1"}, true
		case College:
			if a.HigherEd || a.ProvincialTier {
				return Decision{Level: ProvinceLevel, Region: province(home), Review: ProvinceLevel, ReviewRegion: province(home),
					Education: true, Source: "豫人社函〔2022〕8号 二（二）"}, true
			}
			return Decision{Level: CityLevel, Region: city(home), Review: CityLevel, ReviewRegion: city(home),
				Education: true, Source: "豫人社函〔2022〕8号 二（二）"}, true
		case AppraisalCenter:
			const src = "豫人社规〔2020〕1号 第三条"
			h := a.highest()
			switch {
			case a.ProvincialTier:
				return Decision{Level: ProvinceLevel, Region: province(home), Source: src}, true
			case !h.IsValid():
				return Decision{Source: "highest"}, false
			case h <= level.Two:
				return Decision{Level: ProvinceLevel, Region: province(home), Source: src}, true
			case h == level.Three:
				return Decision{Level: CityLevel, Region: city(home), Source: src}, true
			default:
				return Decision{Level: CountyLevel, Region: home, Source: src}, true
			}
		}
	case Anhui:
		if a.Kind == TrainingOrg || a.Kind == CentralBranch {
			const src = "皖人社秘〔2020〕65号 三"
			switch {
			case a.Kind == CentralBranch || a.ProvincialTier:
				return Decision{Level: ProvinceLevel, Region: province(home), Source: src}, true
			case a.Reach >= ReachProvince:
				return Decision{Level: ProvinceLevel, Region: province(home), Review: CityLevel, ReviewRegion: city(home), Source: src}, true
			default:
				return Decision{Level: CityLevel, Region: city(home), Source: src}, true
			}
		}
	case Chongqing:
		const src = "渝人社发〔2020〕42号 三（一）"
		switch a.Kind {
		case CentralBranch, ProvincialEnterprise:
			return Decision{Level: ProvinceLevel, Region: province(home), Source: src}, true
		case Enterprise:
			at := home
			if a.Operating != "" {
				at = a.Operating
			}
			return Decision{Level: CountyLevel, Region: at, Source: src}, true
		}
	}
	switch a.Kind {
	case CentralEnterprise:
		return Decision{Level: Ministry, Source: "人社鉴发〔2019〕3号 一；人社职司便函〔2021〕57号 附件1 一（三）"}, true
	case CentralBranch:
		return Decision{Level: ProvinceLevel, Region: province(home), Source: "人社鉴发〔2019〕3号 一、5"}, true
	case ProvincialEnterprise, Enterprise:
		return Decision{Level: ProvinceLevel, Region: province(home), Source: "人社鉴发〔2019〕3号 二、1"}, true
	case TrainingOrg:
		if a.Reach == ReachNation {
			return Decision{Level: Ministry, Source: "中就培函〔2020〕16号 一（二）"}, true
		}
		if a.PilotBranch {
			return Decision{Level: ProvinceLevel, Region: province(home), Source: "中就培函〔2020〕54号 一"}, true
		}
		return Decision{Level: ProvinceLevel, Region: province(home), Source: "人社职司便函〔2021〕57号 附件1 二（三）"}, true
	}
	return Decision{}, false
}

// Site is one site (站点) of a multi-site institution: a place where its
// staff work and pay social insurance.
type Site struct {
	Name  string
	Place string // six-digit division code where the site's staff pay social insurance, which is where it assesses
}

// HeldFiling is a filing the institution already holds.
type HeldFiling struct {
	Level  AuthorityLevel
	Region string // the authority's area, as Decision.Region
	Number string // the filing number, for reference
}

// covers reports whether one of fs is with an authority below the ministry
// whose area is area or contains it, at a level no lower than lv.
func covers(fs []HeldFiling, lv AuthorityLevel, area string) bool {
	for _, f := range fs {
		if f.Level == Ministry || f.Level == 0 || f.Level > lv || f.Region == "" || len(f.Region) > len(area) {
			continue
		}
		if area[:len(f.Region)] == f.Region {
			return true
		}
	}
	return false
}

// inProvince reports whether one of fs is with an authority below the
// ministry inside province prov.
func inProvince(fs []HeldFiling, prov string) bool {
	for _, f := range fs {
		if f.Level != Ministry && f.Level != 0 && len(f.Region) >= 2 && f.Region[:2] == prov {
			return true
		}
	}
	return false
}

// CheckSites checks that a multi-site institution holds a filing for each of
// its sites: with each province where the sites' staff pay social insurance
// (人社鉴发〔2019〕2号 附件1 四（三）), in Henan with each city (豫职鉴〔2020〕2号
// 四（三）), and in Anhui with each city outside the city of registration
// where a training and evaluation organisation assesses (皖人社秘〔2020〕65号
// 三（四）). A provincial filing covers the cities of its province; a filing
// with the ministry covers no site, since sites file where they are.
func CheckSites(p Profile, a Applicant) []skillcert.Finding {
	c := &achecker{p: p}
	if !validProfile(p) {
		c.p = National
		c.add("filing.applicant.profile", "profile", p.String())
		return c.out
	}
	c.sites(&a)
	return c.out
}

func (c *achecker) sites(a *Applicant) {
	for i, s := range a.Sites {
		field := "sites[" + itoa(i) + "].place"
		if !c.place(field, s.Place, true) {
			continue
		}
		switch {
		case c.p == Henan && province(s.Place) == Henan.Province():
			if !covers(a.Filings, CityLevel, city(s.Place)) {
				c.add("filing.jurisdiction.site-city", field, s.Place, "name", s.Name, "city", city(s.Place))
			}
		case !inProvince(a.Filings, province(s.Place)):
			c.add("filing.jurisdiction.site-province", field, s.Place, "name", s.Name, "province", province(s.Place))
		case c.p == Anhui && a.Kind == TrainingOrg && province(s.Place) == Anhui.Province() && isPlace(a.Registered) &&
			city(s.Place) != city(a.Registered) && !coversExactly(a.Filings, CityLevel, city(s.Place)):
			c.add("filing.jurisdiction.site-anhui", field, s.Place, "name", s.Name, "city", city(s.Place))
		}
	}
}

// coversExactly reports whether fs hold a filing at level lv for region.
func coversExactly(fs []HeldFiling, lv AuthorityLevel, region string) bool {
	for _, f := range fs {
		if f.Level == lv && f.Region == region {
			return true
		}
	}
	return false
}
