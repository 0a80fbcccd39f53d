// Package textvalue holds the encoding.TextUnmarshaler and sql.Scanner logic
// that skillcert's value types share: empty text (or NULL) is the zero value,
// anything else goes through the type's parser.
package textvalue

import "fmt"

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
// through parse, NULL sets the zero value, anything else is an error.
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
	return fmt.Errorf("cannot scan a %T into a %T", src, *dst)
}
