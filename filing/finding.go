package filing

import (
	"strconv"
	"strings"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
)

// Profile selects the rules of one document set: the national rules or a
// province's. An application can be checked against any profile.
//
// A profile is a province's documents on filing and recognition; the coding
// rule of that province's certificate numbers is a certcode.Scheme, and the
// two meet in one table: Profile.Province is the province code, and
// Profile.Scheme is the rule certcode.SchemeFor picks for it. Four profiles
// have a coding rule of their own (Guangdong, Henan, Anhui, Chongqing, whose
// province codes are certcode's); Liaoning's documents add filing rules but
// no coding rule, so its numbers follow the national one.
type Profile uint8

// The profiles.
const (
	National  Profile = iota + 1 // the national documents only (人社鉴发〔2019〕2号 and the others of 人力资源社会保障部)
	Guangdong                    // 《广东省企业职业技能等级认定工作方案》（2021年版模板）
	Henan                        // the documents of 河南省人力资源和社会保障厅 and 河南省职业技能鉴定指导中心 (豫职鉴〔2021〕1号 …)
	Anhui                        // 皖人社秘〔2020〕65号
	Chongqing                    // 渝人社发〔2020〕42号
	Liaoning                     // 辽宁省人力资源和社会保障厅《关于在全省企业开展职业技能等级认定工作的通知》
	numProfiles
)

// profiles is a row per profile: its name and its province, taken from
// certcode's table where the province has a coding rule of its own.
var profiles = [numProfiles]struct{ name, province string }{
	National:  {"national", ""},
	Guangdong: {"guangdong", certcode.Guangdong.Province()},
	Henan:     {"henan", certcode.Henan.Province()},
	Anhui:     {"anhui", certcode.Anhui.Province()},
	Chongqing: {"chongqing", certcode.Chongqing.Province()},
	Liaoning:  {"liaoning", "21"}, // 辽宁省, 人社鉴发〔2019〕2号 附件1 表4
}

// String returns "national", "guangdong", "henan", "anhui", "chongqing" or
// "liaoning"; another value prints as "Profile(9)".
func (p Profile) String() string {
	if p == 0 || p >= numProfiles {
		return "Profile(" + strconv.Itoa(int(p)) + ")"
	}
	return profiles[p].name
}

// Province returns the two-digit code of the profile's province ("44" for
// Guangdong, "21" for Liaoning), or "" for the national profile and a value
// that is none of the constants.
func (p Profile) Province() string {
	if p >= numProfiles {
		return ""
	}
	return profiles[p].province
}

// Scheme returns the coding rule of the numbers of category cat filed under
// the profile's province (certcode.SchemeFor): the national rule for the
// national profile, for Liaoning, and for the S numbers of Guangdong and
// Chongqing, whose rules define employers' numbers only; the zero Scheme for
// a profile or category that is none of the constants.
func (p Profile) Scheme(cat certcode.Category) certcode.Scheme {
	switch {
	case p == 0 || p >= numProfiles:
		return 0
	case p == National:
		if cat != certcode.Employer && cat != certcode.SocialOrg {
			return 0
		}
		return certcode.National
	}
	return certcode.SchemeFor(profiles[p].province, cat)
}

// Profiles lists every profile.
func Profiles() []Profile { return []Profile{National, Guangdong, Henan, Anhui, Chongqing, Liaoning} }

// ParseProfile returns the profile whose String is name (any case, spaces
// around it ignored), or an error wrapping skillcert.ErrUnknown.
func ParseProfile(name string) (Profile, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, p := range Profiles() {
		if p.String() == n {
			return p, nil
		}
	}
	return 0, &skillcert.Error{Pkg: "filing", What: "profile", Input: name, Kind: skillcert.ErrUnknown,
		Want: "national, guangdong, henan, anhui, chongqing or liaoning"}
}

// The severities the rule table uses.
const (
	sevWarning = skillcert.SeverityWarning
	sevError   = skillcert.SeverityError
)

// rule is one row of the rule table: what it says, where, and how severe it
// is under each profile (0: the profile does not apply it).
type rule struct {
	id       string
	zh, en   string // message templates; {x} is replaced by the finding's values
	source   string
	severity [numProfiles]skillcert.Severity
}

// all returns a severity for every profile.
func all(s skillcert.Severity) [numProfiles]skillcert.Severity {
	var out [numProfiles]skillcert.Severity
	for p := National; p < numProfiles; p++ {
		out[p] = s
	}
	return out
}

// only returns s for the given profiles and else for the others.
func only(s, otherwise skillcert.Severity, ps ...Profile) [numProfiles]skillcert.Severity {
	out := all(otherwise)
	for _, p := range ps {
		out[p] = s
	}
	return out
}

// render fills a template's {name} fields.
func render(tmpl string, args map[string]string) string {
	for k, v := range args {
		tmpl = strings.ReplaceAll(tmpl, "{"+k+"}", v)
	}
	return tmpl
}
