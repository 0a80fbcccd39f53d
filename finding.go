package skillcert

import (
	"strconv"
	"strings"
)

// Severity says how much a finding matters. The zero value is not a severity.
type Severity uint8

// The severities, in increasing order, so findings sort and filter by them
// (f.Severity >= skillcert.SeverityWarning).
const (
	SeverityInfo    Severity = 1 // worth knowing, breaks no rule (a gap in a serial run)
	SeverityWarning Severity = 2 // a rule another document states, or a likely mistake
	SeverityError   Severity = 3 // breaks a rule the applicable document states
)

// String returns "info", "warning" or "error"; any other value prints as
// "Severity(7)", as time.Month(13) prints "%!Month(13)".
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText returns the String form.
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityInfo || s > SeverityError {
		return nil, &Error{Pkg: "skillcert", What: "severity", Input: s.String(), Kind: ErrArgument, Want: "info, warning or error"}
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads "info", "warning" or "error".
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads "info", "warning" or "error" (any case, surrounding
// spaces ignored).
func ParseSeverity(text string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "info":
		return SeverityInfo, nil
	case "warning":
		return SeverityWarning, nil
	case "error":
		return SeverityError, nil
	}
	return 0, &Error{Pkg: "skillcert", What: "severity", Input: text, Kind: ErrUnknown, Want: "info, warning or error", WantZH: "info、warning 或 error"}
}

// Finding is one problem a checker found: in a filing application, a
// submission table, a certificate. Every checker of every skillcert package
// reports this one shape.
type Finding struct {
	// Rule is the stable identifier of the rule, such as "submission.cert.invalid" or
	// "filing.occupation.unknown": documented, never reused for another rule,
	// and the thing to filter on.
	Rule     string
	Severity Severity
	// Row is the row of a table as its own program numbers it (the
	// spreadsheet's row, the CSV file's line; the header of a plain table is
	// row 1); 0 when the finding is not about one row.
	Row int
	// Column is the column's header as the file writes it; "" when the
	// finding is not about one column.
	Column string
	// Field names the value at fault in a structured input, such as
	// "scope[3].levels"; "" for tables.
	Field   string
	Value   string // the offending value, cut to a short prefix (see Quote)
	Message string // in Chinese, for end users
	English string // the same in English, for logs
	// Source cites the document and article the rule rests on, such as
	// "人社鉴发〔2019〕2号 附件1 第三条".
	Source string
}

// String formats the finding on one line, in English, for logs:
//
//	error submission.cert.invalid row 7 证书编号: … (人社鉴发〔2019〕2号 附件1)
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	b.WriteByte(' ')
	b.WriteString(f.Rule)
	if f.Row > 0 {
		b.WriteString(" row ")
		b.WriteString(strconv.Itoa(f.Row))
	}
	if f.Column != "" {
		b.WriteByte(' ')
		b.WriteString(f.Column)
	}
	if f.Field != "" {
		b.WriteByte(' ')
		b.WriteString(f.Field)
	}
	b.WriteString(": ")
	if f.English != "" {
		b.WriteString(f.English)
	} else {
		b.WriteString(f.Message)
	}
	if f.Source != "" {
		b.WriteString(" (")
		b.WriteString(f.Source)
		b.WriteByte(')')
	}
	return b.String()
}

// HasErrors reports whether any finding is a SeverityError.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity >= SeverityError {
			return true
		}
	}
	return false
}

// Source names a document an embedded table is read from. The Sources
// function of each package that ships a table (occupation, region, level)
// lists them, so a program can say which editions it carries.
type Source struct {
	Table    string // what the table is, in English: "province codes", "occupation dictionary"
	Document string // the document and its place, such as "人社鉴发〔2019〕2号 表4"
	Date     string // the document's date, YYYY-MM-DD, or YYYY where only the year is known
}
