package occupation

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/internal/fold"
	"github.com/skillcert/skillcert/internal/tsv"
)

// Overlay is an update to the dictionary that the ministry announced after the
// shipped edition: new occupations with their codes, renames, marks and work
// types. Read one with ReadOverlay and build a Dictionary with New.
type Overlay struct {
	Name         string // the name given to ReadOverlay, used in errors and in Source
	Announcement string // the announcement's number (文号) or title, as the file gives it
	Date         string // the announcement's date, YYYY-MM-DD
	rows         []overlayRow
}

type overlayRow struct {
	line           int
	code           Code
	name, former   string
	green, digital bool
	workTypes      []string
}

// Origin returns how entries from the overlay say where they come from: the
// announcement and its date, "人社部函〔2024〕100号 2024-07-31".
func (o *Overlay) Origin() string { return o.Announcement + " " + o.Date }

// Len returns the number of rows (not counting the announcement line).
func (o *Overlay) Len() int { return len(o.rows) }

// maxOverlayLine bounds a line of an overlay file.
const maxOverlayLine = 64 << 10

// ReadOverlay reads an overlay file: UTF-8 text, one record a line, fields
// separated by tabs; blank lines and lines starting with # are ignored. The
// first record names the announcement:
//
//	announcement	人社部函〔2024〕100号	2024-07-31
//
// and every further record is a code with its name, then optional fields:
//
//	code	name	marks	work types	former name
//	4-04-05-12	生成式人工智能系统应用员	S
//	4-12-01-01	汽车维修工	-	汽车维修检验工、汽车美容装潢工
//	6-20-01-01	装配钳工（新）	-	-	装配钳工
//
// marks are L (green), S (digital), L/S, or - or empty for none; work types
// are separated by 、; a former name (column 5) renames an existing code and
// must be that code's current name. A code the base edition lacks is added
// (its category must exist, in the base or earlier in the file); a code it has
// must keep its name unless the row renames it. name is the file name used in
// errors and in WorkType.Source.
//
// Every defect is reported with its line: a malformed code or date, a code
// reused with another name, a new code under a category nobody has, a name
// another code already has, a code given twice. All of them are returned,
// joined; each wraps a kind of skillcert (errors.Is(err, skillcert.ErrSyntax)).
// The overlay is checked against the shipped edition; New checks it again
// against the dictionary it is added to.
func ReadOverlay(r io.Reader, name string) (*Overlay, error) {
	if r == nil {
		return nil, fmt.Errorf("occupation: ReadOverlay %s: nil reader: %w", name, skillcert.ErrArgument)
	}
	o := &Overlay{Name: name}
	var errs []error
	fail := func(line int, kind error, format string, args ...any) {
		errs = append(errs, fmt.Errorf("occupation: overlay %s line %d: %s: %w", name, line, fmt.Sprintf(format, args...), kind))
	}
	seen := map[Code]int{}
	tsv.Read(r, maxOverlayLine, func(n int, f []string) {
		if f[0] == "announcement" {
			switch {
			case o.Announcement != "":
				fail(n, skillcert.ErrSyntax, "a second announcement line; one overlay file is one announcement")
			case len(f) != 3 || f[1] == "":
				fail(n, skillcert.ErrSyntax, "want announcement<TAB>number<TAB>YYYY-MM-DD")
			default:
				if _, err := time.Parse(time.DateOnly, f[2]); err != nil {
					fail(n, skillcert.ErrSyntax, "date %s: want YYYY-MM-DD", skillcert.Quote(f[2]))
				}
				o.Announcement, o.Date = f[1], f[2]
			}
			return
		}
		if o.Announcement == "" && len(o.rows) == 0 {
			fail(n, skillcert.ErrSyntax, "the first record must be the announcement line (announcement<TAB>number<TAB>YYYY-MM-DD)")
		}
		if len(f) < 2 || len(f) > 5 {
			fail(n, skillcert.ErrSyntax, "%d fields; want code, name, and optionally marks, work types and a former name", len(f))
			return
		}
		c, err := Parse(f[0])
		if err != nil {
			errs = append(errs, fmt.Errorf("occupation: overlay %s line %d: column 1: %w", name, n, err))
			return
		}
		row := overlayRow{line: n, code: c, name: f[1]}
		if row.name == "" || row.name == "-" {
			fail(n, skillcert.ErrSyntax, "code %s has no name", c)
			return
		}
		if len(f) > 2 {
			switch strings.ToUpper(strings.Map(fold.Rune, f[2])) {
			case "", "-":
			case "L":
				row.green = true
			case "S":
				row.digital = true
			case "L/S", "S/L", "LS", "SL":
				row.green, row.digital = true, true
			default:
				fail(n, skillcert.ErrSyntax, "marks %s: want L, S, L/S or -", skillcert.Quote(f[2]))
				return
			}
			if (row.green || row.digital) && c.Depth() != Occupation {
				fail(n, skillcert.ErrSyntax, "marks on %s, a %s; only occupations are marked", c, c.Depth().English())
				return
			}
		}
		if len(f) > 3 && f[3] != "" && f[3] != "-" {
			for _, w := range strings.Split(f[3], "、") {
				if w = strings.TrimSpace(w); w != "" {
					row.workTypes = append(row.workTypes, w)
				}
			}
		}
		if len(f) > 4 && f[4] != "-" {
			row.former = f[4]
		}
		if first, dup := seen[c]; dup {
			fail(n, skillcert.ErrSyntax, "code %s is given twice (first on line %d)", c, first)
			return
		}
		seen[c] = n
		o.rows = append(o.rows, row)
	}, func(e tsv.LineError) {
		errs = append(errs, fmt.Errorf("occupation: overlay %s line %d: %s: %w", name, e.Line, e.Msg, e.Kind))
	})
	if o.Announcement == "" && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("occupation: overlay %s: no announcement line: %w", name, skillcert.ErrSyntax))
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

// New returns the shipped edition with the overlays applied in order: each
// overlay's new codes added, its renames made (the old name stays a
// FormerName of the code, with the overlay's announcement as its edition),
// its marks set. An overlay that conflicts with what comes before it is an
// error naming its line. A nil overlay is an argument error.
func New(overlays ...*Overlay) (*Dictionary, error) {
	d := Default()
	for i, o := range overlays {
		if o == nil {
			return nil, fmt.Errorf("occupation: New: overlay %d is nil: %w", i+1, skillcert.ErrArgument)
		}
		var err error
		if d, err = d.with(o); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// with returns a copy of d with o applied.
func (d *Dictionary) with(o *Overlay) (*Dictionary, error) {
	nd := &Dictionary{entries: append([]Entry(nil), d.entries...), overlays: append(append([]*Overlay(nil), d.overlays...), o)}
	others := make([]Name, 0, len(d.names)+4)
	for _, n := range d.names {
		others = append(others, n)
	}
	// Work on a code → index map and a name → code map of the copy.
	at := make(map[Code]int, len(nd.entries))
	named := make(map[string]Code, len(nd.entries))
	for i, e := range nd.entries {
		at[e.Code] = i
		if e.Code.Depth() == Occupation {
			named[string(normalize(e.Name, nil))] = e.Code
		}
	}
	var errs []error
	fail := func(line int, kind error, format string, args ...any) {
		errs = append(errs, fmt.Errorf("occupation: overlay %s line %d: %s: %w", o.Name, line, fmt.Sprintf(format, args...), kind))
	}
	for _, r := range o.rows {
		key := string(normalize(r.name, nil))
		if i, ok := at[r.code]; ok {
			e := &nd.entries[i]
			switch {
			case r.name == e.Name:
				if r.former != "" {
					fail(r.line, skillcert.ErrSyntax, "%s is already named %s; a former name makes sense only with a new name", r.code, e.Name)
					continue
				}
			case r.former == "":
				fail(r.line, skillcert.ErrUnknown, "code %s is %s in %s, not %s; to rename it, give %s as the former name (column 5)",
					r.code, e.Name, e.Origin, r.name, e.Name)
				continue
			case r.former != e.Name:
				fail(r.line, skillcert.ErrUnknown, "former name %s is not the current name of %s (%s)", r.former, r.code, e.Name)
				continue
			default:
				if other, taken := named[key]; taken && other != r.code {
					fail(r.line, skillcert.ErrUnknown, "the name %s is already occupation %s's", r.name, other)
					continue
				}
				others = append(others, Name{Name: e.Name, Kind: FormerName, Code: e.Code, Edition: o.Origin(), Document: o.Announcement,
					Reason: "renamed " + r.name + " by " + o.Announcement})
				delete(named, string(normalize(e.Name, nil)))
				e.Name, e.Origin = r.name, o.Origin()
				if r.code.Depth() == Occupation {
					named[key] = r.code
				}
			}
			e.Green = e.Green || r.green
			e.Digital = e.Digital || r.digital
			continue
		}
		if r.former != "" {
			fail(r.line, skillcert.ErrUnknown, "%s renames code %s, which the dictionary does not have", r.former, r.code)
			continue
		}
		if p := r.code.Parent(); p != 0 {
			if _, ok := at[p]; !ok {
				fail(r.line, skillcert.ErrUnknown, "new code %s is under %s, which the dictionary does not have", r.code, p)
				continue
			}
		}
		if other, taken := named[key]; taken && r.code.Depth() == Occupation {
			fail(r.line, skillcert.ErrUnknown, "the name %s is already occupation %s's", r.name, other)
			continue
		}
		at[r.code] = len(nd.entries)
		nd.entries = append(nd.entries, Entry{Code: r.code, Name: r.name, Green: r.green, Digital: r.digital, Origin: o.Origin()})
		if r.code.Depth() == Occupation {
			named[key] = r.code
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	nd.index(others)
	return nd, nil
}

// WorkTypes returns the work types the overlay names, without levels (an
// announcement names work types; their standards set the levels later). Each
// row's Source is the announcement and the file's line.
func (o *Overlay) WorkTypes() []WorkType {
	var out []WorkType
	for _, r := range o.rows {
		for _, w := range r.workTypes {
			out = append(out, WorkType{Occupation: r.code, Name: w, Source: fmt.Sprintf("%s (%s line %d)", o.Announcement, o.Name, r.line)})
		}
	}
	return out
}
