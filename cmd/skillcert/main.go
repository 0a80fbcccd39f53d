// Command skillcert explains and validates vocational skill level certificate
// numbers (职业技能等级证书编码), institution filing numbers and supervisor card
// codes.
//
// Usage:
//
//	skillcert explain [-json] [-kind cert|filing|card|special|special-inst] code...
//	skillcert validate [-json] [-kind cert|filing|card|credit|id|special|special-inst] [-scheme name] [code...]
//	skillcert check [-json] [-today YYYY-MM-DD] [-worktypes FILE] [-max-… N] FILE...|-
//	skillcert verify -registry FILE [-json] [-today YYYY-MM-DD] [-max-… N] TABLE...|-
//	skillcert gen-table -o FILE.csv|FILE.xlsx [-rows N] [-defects share] [-seed N] [-encoding utf8|utf8bom|gb18030]
//
// explain prints every field of each code, decoded, with its Chinese and
// English meaning and the document line it comes from.
//
// validate checks the codes given as arguments, or one per line on standard
// input when there are none (a UTF-8 byte-order mark is ignored). -kind says
// what they are: cert (certificate numbers, the default), filing (filing
// numbers), card (supervisor cards), credit (unified social credit codes) or
// id (resident ID numbers). It prints one line per bad code and exits 1 if any
// is bad, 2 when there is no code at all or a line is longer than 64 KiB.
// -scheme checks certificate numbers by one named rule only (national,
// guangdong, henan, anhui, chongqing).
//
// check checks certificate submission tables before they are uploaded: CSV in
// UTF-8 (with or without BOM) or GB18030/GBK, or XLSX; "-" reads CSV from
// standard input. It prints one line per finding (file, row, column, message
// in Chinese and English, the document the rule comes from) and a summary per
// file. It exits 0 when every row was read and no finding is an error, 1 when
// every row was read and there are error findings, and 2 when a file could
// not be checked completely (missing, unreadable bytes or rows, no header, no
// rows, a limit hit) or on a usage problem.
//
// verify checks the same tables against an institution registry file: the
// number, the filing and its status, the filed name and scope on the issue
// date, 准入类 occupations and the certificate's content rules, with check's
// exit codes.
//
// gen-table writes a realistic synthetic table, with a chosen share of rows
// carrying one known defect each, for tests and benchmarks.
//
// With -json, explain, validate and check write JSON Lines instead.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/special"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = `usage: skillcert <command> [flags] [codes]

commands:
  explain   decode codes field by field, with the document each field comes from
  validate  check codes (arguments, or one per line on standard input); exit 1 if any is bad
  check     check certificate submission tables (CSV or XLSX); exit 1 on errors, 2 if not fully read
  verify    verify submission tables against an institution registry file (-registry FILE); exits as check
  gen-table write a synthetic submission table with known defects
  deadline  due dates on the statutory working-day calendar (-holidays FILE for a year not built in)
  version   print the module version and the edition of every embedded table

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
		return check(args[1:], stdin, stdout, stderr)
	case "verify":
		return verify(args[1:], stdin, stdout, stderr)
	case "gen-table":
		return genTable(args[1:], stdout, stderr)
	case "deadline":
		return deadline(args[1:], stdout, stderr)
	case "version":
		return version(args[1:], stdout, stderr)
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
	Schema  int        `json:"schema"`
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
	kind := fs.String("kind", "cert", "what the codes are: cert (22-character certificate number), filing (13-character filing number), card (supervisor card), special (Henan 专项职业能力 15-digit certificate number) or special-inst (its 8-digit institution code)")
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
			fmt.Fprintf(stderr, "skillcert explain: -kind %q: want cert, filing, card, special or special-inst\n", *kind)
			return 2
		}
		if err != nil {
			status = 1
			p.Error = newErrorJSON(err)
			if strings.HasPrefix(*kind, "special") {
				p.Error = validateErrorJSON(err)
			}
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
	p := parsed{Schema: jsonSchema, Input: in}
	switch kind {
	case "cert":
		c, err := certcode.Parse(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Rule, p.Doc, p.Parts = c.String(), c.Grouped(), c.Scheme().String(), c.Scheme().Document(), partsJSON(c.Parts())
	case "filing":
		f, err := certcode.ParseFiling(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Rule, p.Doc, p.Parts = f.String(), f.Grouped(), f.Scheme().String(), f.Scheme().Document(), partsJSON(f.Parts())
	case "card":
		c, err := certcode.ParseCard(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Grouped, p.Doc, p.Parts = c.String(), c.Grouped(), "人社职司便函〔2020〕53号 附件1《技能人才评价质量督导员证卡编码规则（试行）》", partsJSON(c.Parts())
	case "special":
		n, err := special.Parse(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Rule, p.Doc, p.Parts = n.String(), "henan-special", "豫人社办函〔2020〕41号 四（一）", specialParts(n.Parts())
		p.Grouped = groupParts(p.Parts)
	case "special-inst":
		n, err := special.ParseInstitution(in)
		if err != nil {
			return p, err
		}
		p.Code, p.Rule, p.Doc, p.Parts = n.String(), "henan-special", "豫人社办函〔2020〕41号 二（四）", specialParts(n.Parts())
		p.Grouped = groupParts(p.Parts)
	default:
		return p, errKind
	}
	return p, nil
}

// specialParts converts the parts of a Henan 专项 code, so that explain
// prints them as it prints certcode's.
func specialParts(ps []special.Part) []partJSON {
	out := make([]partJSON, len(ps))
	for i, pt := range ps {
		out[i] = partJSON{pt.Pos, pt.Value, pt.English, pt.Name, pt.Meaning, pt.MeaningEn, pt.Source}
	}
	return out
}

// groupParts writes a code with a space between its parts: "20 1601 5 000 00001".
func groupParts(ps []partJSON) string {
	vs := make([]string, len(ps))
	for i, pt := range ps {
		vs[i] = pt.Value
	}
	return strings.Join(vs, " ")
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

// maxLine is the longest line validate reads from standard input; a code is
// a few dozen characters, so a longer line is refused with its number and
// skipped without being held in memory.
const maxLine = 64 << 10

// maxOut bounds every line validate writes.
const maxOut = 4 << 10

// validators are what validate -kind checks.
var validators = map[string]func(string) error{
	"filing": func(s string) error { _, err := certcode.ParseFiling(s); return err },
	"card":   func(s string) error { _, err := certcode.ParseCard(s); return err },
	"credit": nationalid.CheckCreditCode,
	"id":     func(s string) error { _, err := nationalid.ParseResidentID(s); return err },
	// Henan 专项职业能力 certificate numbers and institution codes (豫人社办函〔2020〕41号).
	"special":      special.Validate,
	"special-inst": special.ValidateInstitution,
}

func validate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[code...]", stderr)
	asJSON := fs.Bool("json", false, "write one JSON object per bad code")
	kind := fs.String("kind", "cert", "what the codes are: cert (certificate numbers), filing (filing numbers), card (supervisor cards), credit (unified social credit codes, GB 32100-2015) or id (resident ID numbers, GB 11643-1999), special (Henan 专项职业能力 certificate numbers, 豫人社办函〔2020〕41号 四（一）) or special-inst (their 8-digit institution codes, 二（四）)")
	schemeName := fs.String("scheme", "", "with -kind cert, check by this rule only: national, guangdong, henan, anhui or chongqing (default: the rule each code's province calls for)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: skillcert validate [flags] [code...]

Checks the codes given as arguments, or one per line on standard input
(UTF-8, a byte-order mark is ignored; blank lines are skipped). Prints one
line per bad code.

Exit status: 0 every code is valid; 1 a code is invalid; 2 usage error, no
code at all, or a line longer than 65536 bytes (reported with its number).

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	check, ok := validators[*kind]
	switch {
	case *kind == "cert":
		parse := certcode.Parse
		if *schemeName != "" {
			sc, err := certcode.ParseScheme(*schemeName)
			if err != nil {
				fmt.Fprintf(stderr, "skillcert validate: -scheme %q: want national, guangdong, henan, anhui or chongqing\n", *schemeName)
				return 2
			}
			parse = func(s string) (certcode.Code, error) { return certcode.ParseAs(s, sc) }
		}
		check = func(s string) error { _, err := parse(s); return err }
	case !ok:
		fmt.Fprintf(stderr, "skillcert validate: -kind %q: want cert, filing, card, credit, id, special or special-inst\n", *kind)
		return 2
	case *schemeName != "":
		fmt.Fprintln(stderr, "skillcert validate: -scheme applies to -kind cert only")
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	bad, seen := 0, 0
	one := func(line int, in string) {
		seen++
		err := check(in)
		if err == nil {
			return
		}
		bad++
		if *asJSON {
			enc.Encode(struct {
				Schema int        `json:"schema"`
				Line   int        `json:"line,omitempty"`
				Input  string     `json:"input"`
				Error  *errorJSON `json:"error"`
			}{jsonSchema, line, cut(in, 200), validateErrorJSON(err)})
		} else if line > 0 {
			fmt.Fprintln(stdout, cut("line "+strconv.Itoa(line)+": "+err.Error(), maxOut))
		} else {
			fmt.Fprintln(stdout, cut(err.Error(), maxOut))
		}
	}
	unreadable := false
	if fs.NArg() > 0 {
		for _, in := range fs.Args() {
			one(0, in)
		}
	} else {
		r := bufio.NewReaderSize(stdin, maxLine)
		for n := 1; ; n++ {
			line, err := r.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				size := len(line)
				for err == bufio.ErrBufferFull { // skip the rest without keeping it
					line, err = r.ReadSlice('\n')
					size += len(line)
				}
				fmt.Fprintf(stderr, "skillcert validate: line %d: longer than %d bytes (%d or more); a code is a few dozen characters, so this is not a list of codes\n", n, maxLine, size)
				unreadable = true
				if err == io.EOF {
					break
				}
				continue
			}
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			text := strings.TrimRight(string(line), "\r\n")
			if strings.TrimSpace(text) != "" {
				one(n, text)
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				fmt.Fprintf(stderr, "skillcert validate: reading standard input at line %d: %v\n", n, err)
				return 2
			}
		}
		if seen == 0 && !unreadable {
			fmt.Fprintln(stderr, "skillcert validate: no codes: standard input is empty or blank; give codes as arguments or one per line")
			return 2
		}
	}
	switch {
	case unreadable:
		return 2
	case bad > 0:
		return 1
	}
	return 0
}

// validateErrorJSON is errorJSON for any package's error.
func validateErrorJSON(err error) *errorJSON {
	j := newErrorJSON(err)
	j.Got, j.Message, j.MessageZH = cut(j.Got, 200), cut(j.Message, maxOut), cut(j.MessageZH, maxOut)
	return j
}

// cut returns s, or its first n bytes (on a character boundary) and "…".
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
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
