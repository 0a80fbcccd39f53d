package filing

import "strings"

// Profile selects the rules of one document set: the national rules or a
// province's. An application can be checked against any profile.
type Profile uint8

// The profiles.
const (
	National  Profile = iota + 1 // the national documents only
	Guangdong                    // 002
	Henan                        // 003, the Henan documents
	Anhui                        // 004
	Chongqing                    // 000
	Liaoning                     // 001
	numProfiles
)

var profileNames = [numProfiles]string{"", "national", "guangdong", "henan", "anhui", "chongqing", "liaoning"}

// String returns "national", "guangdong", "henan", "anhui", "chongqing" or
// "liaoning".
func (p Profile) String() string {
	if p >= numProfiles {
		return ""
	}
	return profileNames[p]
}

// Profiles lists every profile.
func Profiles() []Profile { return []Profile{National, Guangdong, Henan, Anhui, Chongqing, Liaoning} }

// ParseProfile returns the profile whose String is name.
func ParseProfile(name string) (Profile, bool) {
	for _, p := range Profiles() {
		if p.String() == name {
			return p, true
		}
	}
	return 0, false
}

// Severity says how much a finding matters.
type Severity uint8

// The severities. An Error breaks a rule the profile's documents state; a
// Warning is a rule stated elsewhere, or a likely mistake.
const (
	Warning Severity = 1
	Error   Severity = 2
)

// String returns "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return ""
}

// Finding is one problem Check or a deadline check found.
type Finding struct {
	Severity Severity
	Rule     string // stable identifier, such as "occupation.unknown"
	Path     string // the offending value, such as "scope[3].levels"
	Message  string // in Chinese
	English  string
	Source   string // the document and line the rule rests on, such as "003 L4565"
}

// String formats the finding on one line, in English, for logs.
func (f Finding) String() string {
	return f.Severity.String() + " " + f.Rule + " " + f.Path + ": " + f.English + " (" + f.Source + ")"
}

// HasErrors reports whether any finding is an Error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}

// rule is one row of the rule table: what it says, where, and how severe it
// is under each profile (0: the profile does not apply it).
type rule struct {
	id       string
	zh, en   string // message templates; {x} is replaced by the finding's values
	source   string
	severity [numProfiles]Severity
}

// all returns a severity for every profile.
func all(s Severity) [numProfiles]Severity {
	var out [numProfiles]Severity
	for p := National; p < numProfiles; p++ {
		out[p] = s
	}
	return out
}

// only returns s for the given profiles and else for the others.
func only(s, otherwise Severity, ps ...Profile) [numProfiles]Severity {
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
