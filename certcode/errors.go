package certcode

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors, one per kind of defect. Every error this package returns is
// an *Error whose Unwrap gives one of them, so errors.Is(err, ErrYear) asks
// "was the year wrong?".
var (
	ErrLength      = errors.New("wrong length")
	ErrCharacter   = errors.New("invalid character")
	ErrCategory    = errors.New("invalid category")
	ErrInstitution = errors.New("invalid institution code")
	ErrProvince    = errors.New("invalid province code")
	ErrArea        = errors.New("invalid area code")
	ErrSite        = errors.New("invalid site code")
	ErrYear        = errors.New("invalid year")
	ErrLevel       = errors.New("invalid level")
	ErrSerial      = errors.New("invalid serial")
	ErrIssuer      = errors.New("invalid card issuer") // supervisor cards only
	ErrScheme      = errors.New("invalid scheme")      // ParseAs and ParseFilingAs given a Scheme that is none of the five

	// ErrPlaceholder is an X where a digit belongs: the documents print
	// XXXXXX and XXXX in their examples where the real site code goes
	// (003 L2588, L4274). errors.Is(err, ErrCharacter) is true for it too.
	ErrPlaceholder error = placeholder{}
)

type placeholder struct{}

// Error returns "template placeholder".
func (placeholder) Error() string { return "template placeholder" }

// Is makes errors.Is(err, ErrCharacter) true for a placeholder.
func (placeholder) Is(target error) bool { return target == ErrCharacter }

// Error describes what is wrong with a certificate number, filing number or
// supervisor card code: which field, at which position, what was found and
// what the rule expects.
type Error struct {
	Input    string // what the caller passed, unchanged
	Field    string // "length", "character", "category", "institution", "province", "area", "site", "year", "level", "serial", or "issuer" for cards
	Pos      int    // 1-based position in the compacted code: of the bad character, or where the bad field starts; 0 for a length error
	Value    string // the offending characters as the caller wrote them, or the offending number
	Expected string // what the rule allows there, in English
	Scheme   Scheme // the rule that was applied, 0 if none had been chosen
	What     string // "certificate number", "filing number" or "supervisor card"
	err      error
}

// Error returns a message that quotes the input and says what to fix, for
// example:
//
//	certcode: invalid certificate number "Y000123XXXXXX195000001": site at position 8: got "X", a template placeholder; want the real digits
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("certcode: invalid ")
	b.WriteString(e.What)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Input))
	b.WriteString(": ")
	b.WriteString(e.Field)
	if e.Pos > 0 {
		b.WriteString(" at position ")
		b.WriteString(strconv.Itoa(e.Pos))
	}
	b.WriteString(": got ")
	if e.Field == "length" {
		b.WriteString(e.Value)
	} else {
		b.WriteString(strconv.Quote(e.Value))
	}
	if e.err == ErrPlaceholder {
		b.WriteString(", a template placeholder")
	}
	b.WriteString("; want ")
	b.WriteString(e.Expected)
	if e.Scheme != 0 && e.Field != "length" && e.Field != "character" {
		b.WriteString(" (")
		b.WriteString(e.Scheme.String())
		b.WriteString(" rule, ")
		b.WriteString(e.Scheme.Source())
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the sentinel for the kind of defect (ErrYear, ...).
func (e *Error) Unwrap() error { return e.err }
