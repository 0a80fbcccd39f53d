package region

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/tsv"
)

// Overlay is a set of area codes a province published after the shipped
// tables. Read one with ReadOverlay and build Tables with New.
type Overlay struct {
	Name     string // the name given to ReadOverlay, used in errors
	Document string // the publishing document's number or title
	Date     string // its date, YYYY-MM-DD
	rows     []overlayArea
}

type overlayArea struct {
	line           int
	province, code string
	name           string
}

// Len returns the number of area records.
func (o *Overlay) Len() int { return len(o.rows) }

const maxOverlayLine = 64 << 10

// ReadOverlay reads a region overlay file (see the package documentation for
// the format):
//
//	document	皖人社秘〔2024〕1号	2024-01-02
//	area	34	31	新区市
//
// The province must be in the province table, the code two digits (pasted
// full-width digits are read), the name not empty. A code the province's
// shipped table has under another name, or a name another code of it has, is
// an error naming the line; so is a code given twice. name is the file name
// used in errors. All defects are returned, joined; each wraps a kind of
// skillcert (errors.Is(err, skillcert.ErrSyntax)).
func ReadOverlay(r io.Reader, name string) (*Overlay, error) {
	if r == nil {
		return nil, fmt.Errorf("region: ReadOverlay %s: nil reader: %w", name, skillcert.ErrArgument)
	}
	o := &Overlay{Name: name}
	var errs []error
	fail := func(line int, kind error, format string, args ...any) {
		errs = append(errs, fmt.Errorf("region: overlay %s line %d: %s: %w", name, line, fmt.Sprintf(format, args...), kind))
	}
	seen := map[string]int{}
	tsv.Read(r, maxOverlayLine, func(n int, f []string) {
		switch {
		case f[0] == "document":
			switch {
			case o.Document != "":
				fail(n, skillcert.ErrSyntax, "a second document line; one overlay file is one document")
			case len(f) != 3 || f[1] == "":
				fail(n, skillcert.ErrSyntax, "want document<TAB>number<TAB>YYYY-MM-DD")
			default:
				if _, err := time.Parse(time.DateOnly, f[2]); err != nil {
					fail(n, skillcert.ErrSyntax, "date %s: want YYYY-MM-DD", skillcert.Quote(f[2]))
				}
				o.Document, o.Date = f[1], f[2]
			}
		case o.Document == "" && len(o.rows) == 0 && len(errs) == 0:
			fail(n, skillcert.ErrSyntax, "the first record must be the document line (document<TAB>number<TAB>YYYY-MM-DD)")
		case f[0] != "area" || len(f) != 4:
			fail(n, skillcert.ErrSyntax, "want area<TAB>province<TAB>code<TAB>name")
		default:
			p, ok := twoDigits(f[1])
			if !ok {
				fail(n, skillcert.ErrSyntax, "province %s: want two digits", skillcert.Quote(f[1]))
				return
			}
			if _, ok := LookupProvince(keys[p]); !ok {
				fail(n, skillcert.ErrUnknown, "province %s is not in 人社鉴发〔2019〕2号 表4", keys[p])
				return
			}
			c, ok := twoDigits(f[2])
			if !ok {
				fail(n, skillcert.ErrSyntax, "area code %s: want two digits", skillcert.Quote(f[2]))
				return
			}
			if f[3] == "" {
				fail(n, skillcert.ErrSyntax, "area %s of %s has no name", keys[c], keys[p])
				return
			}
			k := keys[p] + keys[c]
			if first, dup := seen[k]; dup {
				fail(n, skillcert.ErrSyntax, "area %s of %s is given twice (first on line %d)", keys[c], keys[p], first)
				return
			}
			seen[k] = n
			o.rows = append(o.rows, overlayArea{line: n, province: keys[p], code: keys[c], name: f[3]})
		}
	}, func(e tsv.LineError) {
		errs = append(errs, fmt.Errorf("region: overlay %s line %d: %s: %w", name, e.Line, e.Msg, e.Kind))
	})
	if o.Document == "" && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("region: overlay %s: no document line: %w", name, skillcert.ErrSyntax))
	}
	if len(errs) == 0 {
		if _, err := Default().with(o); err != nil {
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return o, nil
}

// New returns the shipped tables with the overlays' areas added, in order. An
// overlay that conflicts with what comes before it is an error naming its
// line; a nil overlay is an argument error.
func New(overlays ...*Overlay) (*Tables, error) {
	t := Default()
	for i, o := range overlays {
		if o == nil {
			return nil, fmt.Errorf("region: New: overlay %d is nil: %w", i+1, skillcert.ErrArgument)
		}
		var err error
		if t, err = t.with(o); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// with returns a copy of t with o's areas added.
func (t *Tables) with(o *Overlay) (*Tables, error) {
	rows := map[string][]Area{}
	for p, a := range t.areas {
		rows[p] = append([]Area(nil), a.rows...)
	}
	var errs []error
	for _, r := range o.rows {
		var clash bool
		for _, a := range rows[r.province] {
			switch {
			case a.Code == r.code && a.Name == r.name:
				clash = true // already there: nothing to add
			case a.Code == r.code:
				errs = append(errs, fmt.Errorf("region: overlay %s line %d: area %s of %s is %s in %s, not %s: %w",
					o.Name, r.line, r.code, r.province, a.Name, a.Source, r.name, skillcert.ErrUnknown))
				clash = true
			case a.Name == r.name || (a.Short != "" && a.Short == r.name):
				errs = append(errs, fmt.Errorf("region: overlay %s line %d: %s is already area %s of %s (%s): %w",
					o.Name, r.line, r.name, a.Code, r.province, a.Source, skillcert.ErrUnknown))
				clash = true
			}
		}
		if !clash {
			rows[r.province] = append(rows[r.province], Area{Code: r.code, Name: r.name, Source: o.Document + " " + o.Date})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	nt := &Tables{provinces: t.provinces, areas: map[string]*table{}, overlays: append(append([]*Overlay(nil), t.overlays...), o)}
	for p, rs := range rows {
		sortAreas(rs)
		nt.areas[p] = newTable(rs)
	}
	return nt, nil
}

func sortAreas(rs []Area) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Code < rs[j-1].Code; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}
