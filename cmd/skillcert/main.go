// Command skillcert explains and validates vocational skill level certificate
// numbers (职业技能等级证书编码), institution filing numbers and supervisor card
// codes.
//
// Usage:
//
//	skillcert explain [-json] [-kind cert|filing|card] code...
//	skillcert validate [-json] [-scheme name] [code...]
//	skillcert check [-json] [-today YYYY-MM-DD] [-worktypes FILE] FILE...
//	skillcert gen-table -o FILE.csv|FILE.xlsx [-rows N] [-defects share] [-seed N] [-encoding utf8|utf8bom|gb18030]
//
// explain prints every field of each code, decoded, with its Chinese and
// English meaning and the document line it comes from.
//
// validate checks the codes given as arguments, or one per line on standard
// input when there are none. It prints one line per bad code and exits 1 if
// any is bad. -scheme checks by one named rule only (national, guangdong,
// henan, anhui, chongqing).
//
// check checks certificate submission tables before they are uploaded: CSV in
// UTF-8 (with or without BOM) or GB18030/GBK, or XLSX. It prints one line per
// finding (file, row, column, message in Chinese and English) and a summary
// per file, and exits 1 when there is an error.
//
// gen-table writes a realistic synthetic table, with a chosen share of rows
// carrying one known defect each, for tests and benchmarks.
//
// With -json, explain, validate and check write JSON Lines instead.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"golang.org/x/text/width"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage: skillcert <command> [flags] [codes]

commands:
  explain   decode codes field by field, with the document each field comes from
  validate  check codes (arguments, or one per line on standard input); exit 1 if any is bad
  check     check certificate submission tables (CSV or XLSX); exit 1 if any has an error
  gen-table write a synthetic submission table with known defects

Run 'skillcert <command> -h' for a command's flags.
`

// run is the program, with its exit code: 0 success, 1 a bad code, 2 bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "explain":
		return explain(args[1:], stdout, stderr)
	case "validate":
		return validate(args[1:], stdin, stdout, stderr)
	case "check":
		return check(args[1:], stdout, stderr)
	case "gen-table":
		return genTable(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "skillcert: unknown command %q\n%s", args[0], usage)
	return 2
}

func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("skillcert "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: skillcert %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parsed is one code read by explain: its canonical form, grouped form, rule
// and parts.
type parsed struct {
	Input   string     `json:"input"`
	Code    string     `json:"code,omitempty"`
	Grouped string     `json:"grouped,omitempty"`
	Rule    string     `json:"rule,omitempty"`
	Doc     string     `json:"document,omitempty"`
	Parts   []partJSON `json:"parts,omitempty"`
	Error   *errorJSON `json:"error,omitempty"`
}

// partJSON is a certcode.Part as JSON.
type partJSON struct {
	Pos       string `json:"pos"`
	Value     string `json:"value"`
	Field     string `json:"field"`
	Name      string `json:"name"`
	Meaning   string `json:"meaning,omitempty"`
	MeaningEn string `json:"meaning_en,omitempty"`
	Source    string `json:"source"`
}

func partsJSON(parts iter.Seq[certcode.Part]) []partJSON {
	var out []partJSON
	for p := range parts {
		out = append(out, partJSON{p.Positions(), p.Value(), p.Field, p.Name, p.Meaning(), p.MeaningEnglish(), p.Source})
	}
	return out
}

func explain(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("explain", "code...", stderr)
	asJSON := fs.Bool("json", false, "write one JSON object per code")
	kind := fs.String("kind", "cert", "what the codes are: cert (22-character certificate number), filing (13-character filing number) or card (supervisor card)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, in := range fs.Args() {
		p, err := decode(in, *kind)
		if errors.Is(err, errKind) {
			fmt.Fprintf(stderr, "skillcert explain: -kind %q: want cert, filing or card\n", *kind)
			return 2
		}
		if err != nil {
			status = 1
			p.Error = newErrorJSON(err)
		}
		if *asJSON {
			enc.Encode(p)
			continue
		}
		if err != nil {
			fmt.Fprintln(stdout, err)
			continue
		}
		fmt.Fprintf(stdout, "%s  (%s)\n", p.Code, p.Grouped)
		if p.Rule != "" {
			fmt.Fprintf(stdout, "rule: %s, %s\n", p.Rule, p.Doc)
		}
		var rows [][]string
		for _, pt := range p.Parts {
			meaning := pt.Meaning
			if pt.MeaningEn != "" {
				meaning += " / " + pt.MeaningEn
			}
			rows = append(rows, []string{pt.Pos, pt.Value, pt.Name + " / " + pt.Field, meaning, pt.Source})
		}
		writeTable(stdout, rows)
	}
	return status
}

var errKind = errors.New("unknown kind")

func decode(in, kind string) (parsed, error) {
	p := parsed{Input: in}
	switch kind {
	case "cert":
		c, err := certcode.Parse(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Rule, p.Doc, p.Parts = c.String(), c.Grouped(), c.Scheme().String(), c.Scheme().Document()+" ("+c.Scheme().Source()+")", partsJSON(c.Parts())
	case "filing":
		f, err := certcode.ParseFiling(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Rule, p.Doc, p.Parts = f.String(), f.Grouped(), f.Scheme().String(), f.Scheme().Document()+" ("+f.Scheme().Source()+")", partsJSON(f.Parts())
	case "card":
		c, err := certcode.ParseCard(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Doc, p.Parts = c.String(), c.Grouped(), "人社职司便函〔2020〕53号 附件1《技能人才评价质量督导员证卡编码规则（试行）》", partsJSON(c.Parts())
	default:
		return p, errKind
	}
	return p, nil
}

// errorJSON is a *skillcert.Error as JSON.
type errorJSON struct {
	Field     string `json:"field,omitempty"`
	Pos       int    `json:"pos,omitempty"`
	End       int    `json:"end,omitempty"`
	Got       string `json:"got,omitempty"`
	Want      string `json:"want,omitempty"`
	Source    string `json:"source,omitempty"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh,omitempty"`
}

func newErrorJSON(err error) *errorJSON {
	var e *skillcert.Error
	if !errors.As(err, &e) {
		return &errorJSON{Message: err.Error()}
	}
	return &errorJSON{e.Field, e.Pos, e.End, e.Got, e.Want, e.Source, err.Error(), e.Chinese()}
}

func validate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[code...]", stderr)
	asJSON := fs.Bool("json", false, "write one JSON object per bad code")
	schemeName := fs.String("scheme", "", "check by this rule only: national, guangdong, henan, anhui or chongqing (default: the rule each code's province calls for)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	parse := certcode.Parse
	if *schemeName != "" {
		sc, err := certcode.ParseScheme(*schemeName)
		if err != nil {
			fmt.Fprintf(stderr, "skillcert validate: -scheme %q: want national, guangdong, henan, anhui or chongqing\n", *schemeName)
			return 2
		}
		parse = func(s string) (certcode.Code, error) { return certcode.ParseAs(s, sc) }
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	bad := 0
	check := func(line int, in string) {
		if _, err := parse(in); err != nil {
			bad++
			if *asJSON {
				enc.Encode(struct {
					Line  int        `json:"line,omitempty"`
					Input string     `json:"input"`
					Error *errorJSON `json:"error"`
				}{line, in, newErrorJSON(err)})
			} else if line > 0 {
				fmt.Fprintf(stdout, "line %d: %v\n", line, err)
			} else {
				fmt.Fprintln(stdout, err)
			}
		}
	}
	if fs.NArg() > 0 {
		for _, in := range fs.Args() {
			check(0, in)
		}
	} else {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if in := strings.TrimSpace(sc.Text()); in != "" {
				check(n, sc.Text())
			}
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintf(stderr, "skillcert validate: reading standard input: %v\n", err)
			return 2
		}
	}
	if bad > 0 {
		return 1
	}
	return 0
}

// writeTable writes rows as aligned columns, indented by two spaces. Columns
// are padded by display width, so that Chinese characters, which take two
// columns of a terminal, line up (golang.org/x/text/width).
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)+2))
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
