// Package textvalue holds the encoding.TextUnmarshaler and sql.Scanner logic
// that skillcert's value types share: empty text (or NULL) is the zero value,
// anything else goes through the type's parser.
package textvalue

import (
	"fmt"

	"github.com/skillcert/skillcert"
)

// Unmarshal sets *dst from text with parse; an empty text sets the zero value.
// On an error *dst is left as it was.
func Unmarshal[T any](dst *T, text []byte, parse func(string) (T, error)) error {
	if len(text) == 0 {
		var zero T
		*dst = zero
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Scan sets *dst from a database/sql column value: a string or []byte goes
// through parse, NULL sets the zero value, anything else is a
// *skillcert.Error wrapping skillcert.ErrArgument.
func Scan[T any](dst *T, src any, parse func(string) (T, error)) error {
	switch v := src.(type) {
	case nil:
		var zero T
		*dst = zero
		return nil
	case string:
		return Unmarshal(dst, []byte(v), parse)
	case []byte:
		return Unmarshal(dst, v, parse)
	}
	return &skillcert.Error{Pkg: "skillcert", What: "database value", Input: fmt.Sprintf("%T", src), Kind: skillcert.ErrArgument,
		Want: fmt.Sprintf("a string, []byte or NULL column to scan into a %T", *dst), WantZH: "字符串、[]byte 或 NULL"}
}
