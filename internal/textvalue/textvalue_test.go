package textvalue

import (
	"errors"
	"strconv"
	"testing"

	"github.com/skillcert/skillcert"
)

func TestUnmarshalScan(t *testing.T) {
	v := 7
	if err := Unmarshal(&v, []byte("42"), strconv.Atoi); err != nil || v != 42 {
		t.Errorf("Unmarshal: %v %v", v, err)
	}
	if err := Unmarshal(&v, nil, strconv.Atoi); err != nil || v != 0 {
		t.Errorf("empty: %v %v", v, err)
	}
	v = 5
	if err := Unmarshal(&v, []byte("x"), strconv.Atoi); err == nil || v != 5 {
		t.Errorf("bad text changed the value or passed: %v %v", v, err)
	}
	for _, src := range []any{"3", []byte("3")} {
		if err := Scan(&v, src, strconv.Atoi); err != nil || v != 3 {
			t.Errorf("Scan(%T): %v %v", src, v, err)
		}
	}
	if err := Scan(&v, nil, strconv.Atoi); err != nil || v != 0 {
		t.Errorf("Scan(nil): %v %v", v, err)
	}
	var numErr *strconv.NumError
	if err := Scan(&v, "x", strconv.Atoi); !errors.As(err, &numErr) {
		t.Errorf("Scan(bad) = %v", err)
	}
	if err := Scan(&v, 1.5, strconv.Atoi); !errors.Is(err, skillcert.ErrArgument) {
		t.Errorf("Scan(float) = %v, want an argument error", err)
	}
}
