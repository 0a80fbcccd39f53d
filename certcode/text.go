package certcode

import (
	"database/sql/driver"

	"github.com/skillcert/skillcert/internal/textvalue"
)

// The text and database methods of Code, Filing and Card. Each marshals to
// its canonical string, the zero value to an empty text (and to SQL NULL), and
// unmarshals any form its parser reads, an empty text or NULL to the zero
// value. JSON and other encodings work through MarshalText and UnmarshalText.

// AppendText appends the canonical 22 characters to b.
func (c Code) AppendText(b []byte) ([]byte, error) {
	code := c.bytes()
	return appendCode(b, c.IsValid(), code[:]), nil
}

// MarshalText returns the canonical 22 characters; the zero Code marshals to
// an empty text.
func (c Code) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from any form Parse reads; an empty text sets the zero
// Code.
func (c *Code) UnmarshalText(text []byte) error { return textvalue.Unmarshal(c, text, Parse) }

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (c *Code) Scan(src any) error { return textvalue.Scan(c, src, Parse) }

// Value implements database/sql/driver.Valuer: the canonical string, or NULL
// for the zero Code.
func (c Code) Value() (driver.Value, error) { return value(c.String()), nil }

// AppendText appends the canonical 13 characters to b.
func (f Filing) AppendText(b []byte) ([]byte, error) { return appendCode(b, f.IsValid(), f.b[:]), nil }

// MarshalText returns the canonical 13 characters; the zero Filing marshals
// to an empty text.
func (f Filing) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText sets f from any form ParseFiling reads; an empty text sets the
// zero Filing.
func (f *Filing) UnmarshalText(text []byte) error { return textvalue.Unmarshal(f, text, ParseFiling) }

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (f *Filing) Scan(src any) error { return textvalue.Scan(f, src, ParseFiling) }

// Value implements database/sql/driver.Valuer: the canonical string, or NULL
// for the zero Filing.
func (f Filing) Value() (driver.Value, error) { return value(f.String()), nil }

// AppendText appends the canonical code to b.
func (c Card) AppendText(b []byte) ([]byte, error) { return append(b, c.b[:c.n]...), nil }

// MarshalText returns the canonical code; the zero Card marshals to an empty
// text.
func (c Card) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from any form ParseCard reads; an empty text sets the
// zero Card.
func (c *Card) UnmarshalText(text []byte) error { return textvalue.Unmarshal(c, text, ParseCard) }

// Scan implements database/sql.Scanner for string, []byte and NULL columns.
func (c *Card) Scan(src any) error { return textvalue.Scan(c, src, ParseCard) }

// Value implements database/sql/driver.Valuer: the canonical string, or NULL
// for the zero Card.
func (c Card) Value() (driver.Value, error) { return value(c.String()), nil }

func appendCode(b []byte, valid bool, code []byte) []byte {
	if !valid {
		return b
	}
	return append(b, code...)
}

func value(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}
