package issuer_test

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/special"
)

func Example() {
	f := certcode.MustParseFiling("S000034010001")
	st, _ := issuer.NewMemory(f)
	is, _ := issuer.New(f, st)
	_ = is.UsedUpTo(ctx, 2024, level.Four, 41) // numbers issued before skillcert
	c, _ := is.Next(ctx, 2024, level.Four)
	batch, _ := is.Block(ctx, 2024, level.Four, 3)
	fmt.Println(c)
	fmt.Println(batch[0], batch[2])
	// Output:
	// S000034010001244000042
	// S000034010001244000043 S000034010001244000045
}

// A SQLite store is created once and opened from then on; opening a file
// that holds no numbering (here a mistyped name) is an error, not a new
// start at 000001.
func ExampleOpenSQL() {
	dir, _ := os.MkdirTemp("", "issuer")
	defer os.RemoveAll(dir)
	f := certcode.MustParseFiling("S000034010001")

	db, _ := sql.Open("sqlite", issuer.SQLiteDSN(filepath.Join(dir, "serials.db")))
	defer db.Close()
	if _, err := issuer.CreateSQL(ctx, db, f); err != nil { // the first time only
		fmt.Println(err)
	}

	typo, _ := sql.Open("sqlite", issuer.SQLiteDSN(filepath.Join(dir, "serails.db")))
	defer typo.Close()
	_, err := issuer.OpenSQL(ctx, typo)
	fmt.Println(errors.Is(err, issuer.ErrNotCreated))

	st, _ := issuer.OpenSQL(ctx, db)
	is, _ := issuer.New(f, st)
	exam, _ := is.Block(ctx, 2024, level.Five, 1000) // one exam session
	fmt.Println(exam[0], exam[999])
	// Output:
	// true
	// S000034010001245000001 S000034010001245001000
}

// Henan's 专项职业能力 certificate numbers (豫人社办函〔2020〕41号 四（一）) come
// from the same stores, counted per institution and issue year.
func ExampleSpecialIssuer() {
	inst := special.MustParseInstitution("16015000")
	st, _ := issuer.NewMemory()
	_ = st.ServeSpecial(inst)
	is, _ := issuer.NewSpecial(inst, st)
	n, _ := is.Next(ctx, 2024)
	batch, _ := is.Block(ctx, 2024, 3)
	fmt.Println(n)
	fmt.Println(batch[0], batch[2])
	_ = is.UsedUpTo(ctx, 2025, special.MaxSerial)
	_, err := is.Next(ctx, 2025)
	fmt.Println(errors.Is(err, issuer.ErrExhausted))
	// Output:
	// 241601500000001
	// 241601500000002 241601500000004
	// true
}
