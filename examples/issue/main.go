// Command issue numbers certificates for one institution from a SQLite file,
// skillcert's default store for a single machine (a pure-Go driver, so no
// cgo). Create the store once, then run it as often as you like: every run
// carries on where the last stopped.
//
//	go run ./examples/issue -create serials.db   # the first time only
//	go run ./examples/issue serials.db           # every time after
//
// A path without a store (a typo, an empty file) is an error, never a new
// start at 000001.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"

	_ "modernc.org/sqlite"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/issuer"
	"github.com/skillcert/skillcert/level"
)

func main() {
	create := flag.Bool("create", false, "create the store in the file (the first time only)")
	flag.Parse()
	path := "serials.db"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	if err := run(path, *create); err != nil {
		fmt.Fprintln(os.Stderr, "issue:", err)
		if errors.Is(err, issuer.ErrNotCreated) {
			fmt.Fprintln(os.Stderr, "issue: if", path, "is really the store you mean to start, run again with -create")
		}
		os.Exit(1)
	}
}

func run(path string, create bool) error {
	ctx := context.Background()
	f := certcode.MustParseFiling("S000034010001")
	// The DSN the issuer documents: WAL, a busy timeout, FULL synchronous
	// commits and immediate write transactions, so that several processes
	// share the file and no number survives a power cut only in memory.
	db, err := sql.Open("sqlite", issuer.SQLiteDSN(path))
	if err != nil {
		return err
	}
	defer db.Close()
	var st *issuer.SQL
	if create {
		st, err = issuer.CreateSQL(ctx, db, f)
	} else {
		st, err = issuer.OpenSQL(ctx, db)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	is, err := issuer.New(f, st)
	if err != nil {
		return err
	}
	if create {
		// An institution moving to skillcert says what it has already issued.
		if err := is.UsedUpTo(ctx, 2024, level.Four, 120); err != nil {
			return err
		}
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
