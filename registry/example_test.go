package registry_test

import (
	"fmt"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/registry"
)

func Example() {
	reg, _ := registry.Open(&registry.MemoryStore{})
	q := registry.Request{Category: certcode.SocialOrg, Province: "34", Area: "01"}
	a, _ := reg.Assign(q)
	b, _ := reg.Assign(q)
	_ = reg.Cancel(b)
	c, _ := reg.Assign(q) // 0002 is retired for good
	fmt.Println(a, b, c)
	rec, _ := reg.Lookup(b)
	fmt.Println(rec.Retired, rec.Reason)
	// Output:
	// S000034010001 S000034010002 S000034010003
	// true cancelled
}
