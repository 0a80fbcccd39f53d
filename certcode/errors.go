package certcode

import (
	"errors"

	"github.com/skillcert/skillcert"
)

// Finer sentinels, one per field. Every error this package returns is a
// *skillcert.Error whose Kind is one of skillcert's kinds (skillcert.ErrLength,
// ErrSyntax, ErrUnknown, ErrRange, ErrArgument) and whose Cause is one of
// these where a field is at fault, so both questions have an answer:
//
//	errors.Is(err, skillcert.ErrRange) // out of range?
//	errors.Is(err, certcode.ErrYear)   // the year?
var (
	ErrCharacter   = errors.New("invalid character") // a character that may not stand where it stands
	ErrCategory    = errors.New("invalid category")
	ErrInstitution = errors.New("invalid institution code")
	ErrProvince    = errors.New("invalid province code")
	ErrArea        = errors.New("invalid area code")
	ErrSite        = errors.New("invalid site code") // positions 8–13, including Guangdong's unit kind and the sequences
	ErrYear        = errors.New("invalid year")
	ErrLevel       = errors.New("invalid level")
	ErrSerial      = errors.New("invalid serial")
	ErrIssuer      = errors.New("invalid card issuer") // supervisor cards only
	ErrScheme      = errors.New("invalid scheme")      // a Scheme that is none of the five, or a name that names none

	// ErrPlaceholder is an X where a digit belongs: the documents print
	// XXXXXX and XXXX in their examples where the real site code goes
	// (人社鉴发〔2019〕2号 附件1 三, 豫职鉴〔2020〕2号 附件1 三).
	// errors.Is(err, ErrCharacter) is true for it too.
	ErrPlaceholder error = placeholder{}
)

type placeholder struct{}

// Error returns "template placeholder".
func (placeholder) Error() string { return "template placeholder" }

// Is makes errors.Is(err, ErrCharacter) true for a placeholder.
func (placeholder) Is(target error) bool { return target == ErrCharacter }

// The What of this package's errors.
const (
	whatCode   = "certificate number"
	whatFiling = "filing number"
	whatCard   = "supervisor card"
)

// newError is the *skillcert.Error every error of this package is.
func newError(what, input, field string, kind, cause error) *skillcert.Error {
	return &skillcert.Error{Pkg: "certcode", What: what, Input: input, Field: field, Kind: kind, Cause: cause}
}
