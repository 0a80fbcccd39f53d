package skillcert_test

import (
	"fmt"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/region"
)

// Example is the module in one picture: read a pasted number, look its parts
// up, and build the next number of the same institution.
func Example() {
	c, err := certcode.Parse("ｙ 0000 34 24 0007 21 3 000041")
	if err != nil {
		panic(err)
	}
	area, _ := region.LookupArea(c.Province(), c.Area())
	fmt.Println(c, c.Scheme(), area.Name, area.Source, c.Level().Title())

	next, _ := c.Filing().Certificate(c.Year(), level.Three, c.Serial()+1)
	fmt.Println(next.Grouped())
	// Output:
	// Y000034240007213000041 anhui 六安市 皖人社秘〔2020〕65号 附件3 高级工
	// Y 0000 34 24 0007 21 3 000042
}
