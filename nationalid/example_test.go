package nationalid_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/nationalid"
)

func Example() {
	c, err := nationalid.ParseCreditCode("９１３５０１００ｍ０００１００ｙ４３") // pasted full-width, lower case
	fmt.Println(c, c.Region(), err)

	id, _ := nationalid.ParseResidentID("11010519491231002X") // GB 11643's example
	fmt.Println(id.Region(), id.Birth().Format(time.DateOnly), id.Sex())

	_, err = nationalid.ParseResidentID("110105194912310021")
	fmt.Println(err)
	var e *skillcert.Error
	if errors.As(err, &e) {
		fmt.Println(e.Chinese())
	}
	// Output:
	// 91350100M000100Y43 350100 <nil>
	// 110105 1949-12-31 female
	// nationalid: resident ID number "110105194912310021": check character "1" at character 18: check character mismatch; want "X" (GB 11643-1999《公民身份号码》)
	// 居民身份证号码“110105194912310021”第18位校验码“1”：校验码不符；应为“X”（GB 11643-1999《公民身份号码》）
}

func ExampleCheckResidentID() {
	today := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	fmt.Println(nationalid.CheckResidentID("11010519491231002X", today))
	// Without a reference date no birth date is "in the future".
	fmt.Println(nationalid.CheckResidentID("11010519491231002X", time.Time{}))
	// Output:
	// <nil>
	// <nil>
}

func ExampleParseCreditCode() {
	_, err := nationalid.ParseCreditCode("91350100M000100Y44")
	fmt.Println(errors.Is(err, skillcert.ErrChecksum), err)
	// Output: true nationalid: credit code "91350100M000100Y44": check character "4" at character 18: check character mismatch; want "3" (GB 32100-2015《法人和其他组织统一社会信用代码编码规则》)
}

func ExampleCompleteCreditCode() {
	c, err := nationalid.CompleteCreditCode("91350100M000100Y") // test data: both check characters computed
	fmt.Println(c, err)
	// Output:
	// 91350100M000100Y43 <nil>
}
