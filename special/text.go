package special

import (
	"database/sql/driver"

	"github.com/skillcert/skillcert/internal/textvalue"
)

// The text and database methods of Number and Institution. Each marshals to
// its canonical digits, the zero value to an empty text (and to SQL NULL), and
// unmarshals any form its parser reads, an empty text or NULL to the zero
// value. JSON and other encodings work through MarshalText and UnmarshalText.

// AppendText appends the canonical fifteen digits to b; nothing for the zero
// Number.
func (n Number) AppendText(b []byte) ([]byte, error) {
	if !n.IsValid() {
		return b, nil
	}
	return appendDigits(b, n.v, NumberLen), nil
}

// MarshalText returns the canonical fifteen digits; the zero Number marshals
// to an empty text.
func (n Number) MarshalText() ([]byte, error) { return n.AppendText(nil) }

// UnmarshalText sets n from any form Parse reads; an empty text sets the zero
// Number.
func (n *Number) UnmarshalText(text []byte) error { return textvalue.Unmarshal(n, text, Parse) }

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (n *Number) Scan(src any) error { return textvalue.Scan(n, src, Parse) }

// Value implements database/sql/driver.Valuer: the canonical string, or NULL
// for the zero Number.
func (n Number) Value() (driver.Value, error) { return value(n.String()), nil }

// AppendText appends the canonical eight digits to b; nothing for the zero
// Institution.
func (in Institution) AppendText(b []byte) ([]byte, error) {
	if !in.IsValid() {
		return b, nil
	}
	return appendDigits(b, uint64(in.v), InstitutionLen), nil
}

// MarshalText returns the canonical eight digits; the zero Institution
// marshals to an empty text.
func (in Institution) MarshalText() ([]byte, error) { return in.AppendText(nil) }

// UnmarshalText sets in from any form ParseInstitution reads; an empty text
// sets the zero Institution.
func (in *Institution) UnmarshalText(text []byte) error {
	return textvalue.Unmarshal(in, text, ParseInstitution)
}

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (in *Institution) Scan(src any) error { return textvalue.Scan(in, src, ParseInstitution) }

// Value implements database/sql/driver.Valuer: the canonical string, or NULL
// for the zero Institution.
func (in Institution) Value() (driver.Value, error) { return value(in.String()), nil }

func value(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}
