// Command batch shows skillcert at work for an evaluation institution: it
// numbers the certificates of one assessment batch from the institution's
// filing number, then checks a list of numbers pasted from elsewhere and says
// what is wrong with each bad one.
//
//	go run ./examples/batch
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

func main() {
	// The Anhui filing number printed in 皖人社秘〔2020〕65号 (004 L316).
	filing, err := certcode.ParseFiling("S 0000 34 01 0001")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("filing number %s (%s rule): %s %s, sequence %s\n\n",
		filing.Grouped(), filing.Scheme(), filing.ProvinceName(), filing.AreaName(), filing.Sequence())

	fmt.Println("batch: 2024, 四级/中级工, serials 1–3")
	for serial := 1; serial <= 3; serial++ {
		c, err := filing.Certificate(2024, level.Four, serial)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(" ", c, " ", c.Grouped())
	}

	fmt.Println("\nchecking pasted numbers:")
	for _, s := range []string{
		"Ｓ００００３４０１０００１２４４０００００１",        // full width, as copied from a Chinese form
		"S-0000-34-15-0001-24-4-000002", // 15 is not an Anhui area code
		"Y000123XXXXXX195000001",        // the national template, never filled in
		"S00003401000124400000I",        // a letter I for a 1
	} {
		c, err := certcode.Parse(s)
		var e *skillcert.Error
		switch {
		case err == nil:
			fmt.Printf("  ok   %s\n", c)
		case errors.As(err, &e):
			fmt.Printf("  bad  %s: %s at character %d: got %q, want %s\n", s, e.Field, e.Pos, e.Got, e.Want)
		}
	}
}
