package issuer_test

import (
	"fmt"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
)

func Example() {
	is, _ := issuer.New(certcode.MustParseFiling("S000034010001"), issuer.NewMemory())
	_ = is.UsedUpTo(ctx, 2024, level.Four, 41) // numbers issued before skillcert
	c, _ := is.Next(ctx, 2024, level.Four)
	batch, _ := is.Block(ctx, 2024, level.Four, 3)
	fmt.Println(c)
	fmt.Println(batch[0], batch[2])
	// Output:
	// S000034010001244000042
	// S000034010001244000043 S000034010001244000045
}
