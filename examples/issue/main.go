// Command issue numbers certificates for one institution from a SQLite file,
// skillcert's default store for a single machine (a pure-Go driver, so no cgo).
// Run it twice: the second run carries on where the first stopped.
//
//	go run ./examples/issue [serials.db]
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	_ "modernc.org/sqlite"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
)

func main() {
	path := "serials.db"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	if err := run(path); err != nil {
		fmt.Fprintln(os.Stderr, "issue:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	ctx := context.Background()
	// WAL and a busy timeout let several processes share the file; FULL
	// synchronous makes every allocation durable before it is returned.
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)")
	if err != nil {
		return err
	}
	defer db.Close()
	alloc, err := issuer.NewSQL(ctx, db)
	if err != nil {
		return err
	}
	is, err := issuer.New(certcode.MustParseFiling("S000034010001"), alloc)
	if err != nil {
		return err
	}
	// An institution moving to skillcert says what it has already issued.
	if err := is.UsedUpTo(ctx, 2024, level.Four, 120); err != nil {
		return err
	}
	batch, err := is.Block(ctx, 2024, level.Four, 5)
	if err != nil {
		return err
	}
	fmt.Printf("batch of %d from %s:\n", len(batch), path)
	for _, c := range batch {
		fmt.Println(" ", c.Grouped())
	}
	return nil
}
