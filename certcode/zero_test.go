package certcode_test

import (
	"reflect"
	"testing"

	. "github.com/skillcert/skillcert/certcode"
)

// Every method of every value type, called on its zero value and on values
// out of range with zero arguments, returns without panicking.
func TestNoPanicOnZeroValues(t *testing.T) {
	for _, v := range []any{Code{}, Filing{}, Card{}, Digits{}, Part{}, Scheme(0), Scheme(200), Category(0), Category('Q'), Unit(200), Fields{}} {
		for _, recv := range []reflect.Value{reflect.ValueOf(v), reflect.New(reflect.TypeOf(v))} {
			for i := 0; i < recv.NumMethod(); i++ {
				m := recv.Method(i)
				name := recv.Type().Method(i).Name
				args := make([]reflect.Value, m.Type().NumIn())
				for j := range args {
					args[j] = reflect.Zero(m.Type().In(j))
				}
				if m.Type().IsVariadic() {
					continue
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%T.%s on the zero value panics: %v", v, name, r)
						}
					}()
					out := m.Call(args)
					// Iterators are drained too.
					for _, o := range out {
						if o.Kind() == reflect.Func && o.Type().NumIn() == 1 && o.Type().In(0).Kind() == reflect.Func {
							yield := reflect.MakeFunc(o.Type().In(0), func([]reflect.Value) []reflect.Value {
								return []reflect.Value{reflect.ValueOf(true)}
							})
							o.Call([]reflect.Value{yield})
						}
					}
				}()
			}
		}
	}
}
