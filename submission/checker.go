package submission

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/occupation"
)

// Severity says how much a finding matters.
type Severity uint8

// The severities. An Error makes the upload fail or puts a wrong certificate
// on record; a Warning is likely a mistake; Info is for the reader.
const (
	Info    Severity = 1
	Warning Severity = 2
	Error   Severity = 3
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return ""
}

// Finding is one problem in a table.
type Finding struct {
	Row      int    // the spreadsheet row: the header is row 1; 0 for the table as a whole
	Column   string // the header as the file writes it; "" for the whole row
	Severity Severity
	Rule     string // stable identifier, such as "cert.invalid"
	Message  string // in Chinese
	English  string
	Value    string // the offending cell, cut to 64 characters
}

// Summary accounts for every row: Rows = Clean + WithFindings.
type Summary struct {
	Rows         int // data rows read
	Clean        int // rows without a finding
	WithFindings int // rows with at least one finding
	Errors       int
	Warnings     int
	Infos        int
}

// Options changes what the checker knows.
type Options struct {
	// Today bounds birth dates from above; the zero value means time.Now().
	Today time.Time
	// WorkTypes is the table work types are checked against;
	// occupation.SeedWorkTypes() when nil.
	WorkTypes *occupation.WorkTypes
}

// HeaderError is the one error a table gets when its header lacks a required
// column: it is reported before any row is read.
type HeaderError struct {
	Missing []Field  // required fields no column is headed for
	Found   []string // the header cells as written
	Dup     string   // a header that names a field twice, if that is the problem
}

// Error names the missing columns and quotes the header found.
func (e *HeaderError) Error() string {
	if e.Dup != "" {
		return "submission: the header has the column " + strconv.Quote(e.Dup) + " twice"
	}
	var m []string
	for _, f := range e.Missing {
		m = append(m, f.String()+" ("+f.English()+")")
	}
	return "submission: the header lacks the required column(s) " + strings.Join(m, ", ") +
		"; found " + strconv.Quote(strings.Join(e.Found, ",")) + " — 缺少必填列"
}

type serialKey struct {
	filing certcode.Filing
	year   int
	level  level.Level
}

type firstSeen struct {
	name string
	row  int32
}

// Checker checks a table row by row, in one pass and in memory that grows
// only with the duplicate index. Use Header once, then Row for each data row,
// then Finish. A Checker is not safe for concurrent use.
type Checker struct {
	opts     Options
	today    time.Time
	wt       *occupation.WorkTypes
	header   []string
	col      [numFields]int // cell index of each field, -1 when absent
	combined bool           // the occupation column is Guangdong's 职业（工种）
	row      int            // spreadsheet row of the last row read
	sum      Summary
	out      []Finding

	// The duplicate index, the only memory that grows with the file: per
	// filing number, year and level, the row of each serial; per person,
	// occupation, work type and level (hashed), the row.
	serials map[serialKey]map[int32]int32
	people  map[uint64]int32
	insts   map[certcode.Filing]firstSeen
}

// NewChecker returns a Checker.
func NewChecker(opts Options) *Checker {
	c := &Checker{opts: opts, today: opts.Today, wt: opts.WorkTypes, row: 1,
		serials: map[serialKey]map[int32]int32{}, people: map[uint64]int32{}, insts: map[certcode.Filing]firstSeen{}}
	if c.today.IsZero() {
		c.today = time.Now()
	}
	if c.wt == nil {
		c.wt = occupation.SeedWorkTypes()
	}
	return c
}

// Header reads the header row: columns are found by their names, with the
// aliases the documents use (004 L484–499, 002 L1089). A missing required
// column is a *HeaderError.
func (c *Checker) Header(cells []string) error {
	for i := range c.col {
		c.col[i] = -1
	}
	c.header = append([]string(nil), cells...)
	for i, h := range cells {
		k := headerKey(h)
		f, ok := aliasIndex[k]
		if !ok {
			continue
		}
		if c.col[f] >= 0 {
			return &HeaderError{Found: c.header, Dup: h}
		}
		c.col[f] = i
		if f == Occupation && k == "职业(工种)" {
			c.combined = true
		}
	}
	var missing []Field
	for f := Name; f < numFields; f++ {
		if columns[f].required && c.col[f] < 0 {
			missing = append(missing, f)
		}
	}
	if missing != nil {
		return &HeaderError{Missing: missing, Found: c.header}
	}
	return nil
}

// Columns returns the header cell of each field found, for reports.
func (c *Checker) Columns() map[Field]string {
	m := map[Field]string{}
	for f := Name; f < numFields; f++ {
		if c.col[f] >= 0 {
			m[f] = c.header[c.col[f]]
		}
	}
	return m
}

func (c *Checker) cell(cells []string, f Field) string {
	i := c.col[f]
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

func (c *Checker) add(f Field, sev Severity, rule, zh, en, value string) {
	col := ""
	if f != 0 && c.col[f] >= 0 {
		col = c.header[c.col[f]]
	}
	c.out = append(c.out, Finding{Row: c.row, Column: col, Severity: sev, Rule: rule, Message: zh, English: en, Value: short(value)})
}

// short cuts a cell to 64 characters for a message, so that a huge cell does
// not make a huge report.
func short(s string) string {
	if len(s) <= 64 || utf8.RuneCountInString(s) <= 64 {
		return s
	}
	n := 0
	for i := range s {
		if n == 64 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// Row checks one data row and returns its findings (valid until the next
// call).
func (c *Checker) Row(cells []string) []Finding {
	c.row++
	c.sum.Rows++
	c.out = c.out[:0]
	if len(cells) != len(c.header) {
		c.add(0, Error, "row.ragged", "本行有 "+strconv.Itoa(len(cells))+" 格，表头有 "+strconv.Itoa(len(c.header))+" 列",
			"the row has "+strconv.Itoa(len(cells))+" cells, the header "+strconv.Itoa(len(c.header)), "")
	}
	for f := Name; f < numFields; f++ {
		if columns[f].required && c.col[f] >= 0 && c.cell(cells, f) == "" {
			c.add(f, Error, "cell.empty", columns[f].zh+"为空", "the "+columns[f].en+" is empty", "")
		}
	}
	code, codeOK := c.certificate(cells)
	lv, lvOK := c.level(cells, code, codeOK)
	c.date(cells, code, codeOK)
	occ, wt := c.occupation(cells)
	c.identity(cells, occ, wt, lv, lvOK)
	if len(c.out) == 0 {
		c.sum.Clean++
	} else {
		c.sum.WithFindings++
	}
	c.count(c.out)
	return c.out
}

func (c *Checker) count(fs []Finding) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			c.sum.Errors++
		case Warning:
			c.sum.Warnings++
		case Info:
			c.sum.Infos++
		}
	}
}

var errorFieldZh = map[string]string{
	"length": "长度", "character": "字符", "category": "类别代码", "institution": "评价机构代码", "province": "省级代码",
	"area": "所在地代码", "site": "序列码", "unit kind": "类别代码", "sequence": "序列码", "year": "年份代码", "level": "等级代码", "serial": "证书序列码",
}

// certificate checks the number and its consistency with the institution
// column and the rest of the file.
func (c *Checker) certificate(cells []string) (certcode.Code, bool) {
	s := c.cell(cells, CertNumber)
	if s == "" {
		return certcode.Code{}, false
	}
	code, err := certcode.Parse(s)
	if err != nil {
		var e *skillcert.Error
		errors.As(err, &e)
		field := e.Field
		if field == "" {
			field = "length"
		}
		c.add(CertNumber, Error, "cert.invalid", "证书编号第 "+strconv.Itoa(e.Pos)+" 位"+errorFieldZh[field]+"有误："+short(e.Got),
			"certificate number: "+field+" at character "+strconv.Itoa(e.Pos)+": got "+strconv.Quote(short(e.Got))+"; want "+e.Want, s)
		return code, false
	}
	row := int32(c.row)
	k := serialKey{code.Filing(), code.Year(), code.Level()}
	rows := c.serials[k]
	if rows == nil {
		rows = map[int32]int32{}
		c.serials[k] = rows
	}
	if first, dup := rows[int32(code.Serial())]; dup {
		c.add(CertNumber, Error, "cert.duplicate", "证书编号与第 "+strconv.Itoa(int(first))+" 行重复（一证一号，002 L1027）",
			"the certificate number repeats row "+strconv.Itoa(int(first))+" (one number per certificate, 002 L1027)", s)
		return code, true
	}
	rows[int32(code.Serial())] = row
	if inst := c.cell(cells, Institution); inst != "" {
		f := code.Filing()
		if seen, ok := c.insts[f]; !ok {
			c.insts[f] = firstSeen{inst, row}
		} else if seen.name != inst {
			c.add(Institution, Error, "institution.inconsistent",
				"机构备案号 "+f.String()+" 在第 "+strconv.Itoa(int(seen.row))+" 行的评价机构为“"+seen.name+"”",
				"filing number "+f.String()+" belongs to "+short(seen.name)+" in row "+strconv.Itoa(int(seen.row)), inst)
		}
	}
	return code, true
}

func (c *Checker) level(cells []string, code certcode.Code, codeOK bool) (level.Level, bool) {
	s := c.cell(cells, Level)
	if s == "" {
		return 0, false
	}
	lv, err := level.Parse(s)
	if err != nil {
		c.add(Level, Error, "level.invalid", "职业技能等级“"+short(s)+"”无法识别，应写作“五级/初级工”等",
			"level "+strconv.Quote(short(s))+": "+err.(*level.Error).Reason, s)
		return 0, false
	}
	if codeOK && lv != code.Level() {
		c.add(Level, Error, "level.mismatch", "职业技能等级为"+lv.String()+"，证书编号第 16 位为"+code.Level().String(),
			"the level column says "+lv.English()+", position 16 of the number "+code.Level().English(), s)
	}
	return lv, true
}

// date checks the issue date: YYYY-MM-DD (004 L580 note 3), a real date, in
// the number's year.
func (c *Checker) date(cells []string, code certcode.Code, codeOK bool) {
	s := c.cell(cells, IssueDate)
	if s == "" {
		return
	}
	y, ok := parseDate(s)
	if !ok {
		c.add(IssueDate, Error, "date.format", "日期“"+short(s)+"”应为 YYYY-MM-DD 格式（004 L580）", "the date must be written YYYY-MM-DD (004 L580)", s)
		return
	}
	if codeOK && y != code.Year() {
		c.add(IssueDate, Error, "date.year", "发证日期的年份 "+strconv.Itoa(y)+" 与证书编号第 14–15 位（"+strconv.Itoa(code.Year())+"）不一致",
			"the date's year "+strconv.Itoa(y)+" differs from the number's year "+strconv.Itoa(code.Year()), s)
	}
}

// parseDate reads a strict YYYY-MM-DD date and returns its year.
func parseDate(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	n := func(a string) (int, bool) {
		v := 0
		for i := 0; i < len(a); i++ {
			if a[i] < '0' || a[i] > '9' {
				return 0, false
			}
			v = v*10 + int(a[i]-'0')
		}
		return v, true
	}
	y, ok1 := n(s[:4])
	m, ok2 := n(s[5:7])
	d, ok3 := n(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return 0, false
	}
	return y, true
}

// occupation checks the occupation and work type columns and returns the
// occupation's code and the work type written.
func (c *Checker) occupation(cells []string) (occupation.Code, string) {
	name := c.cell(cells, Occupation)
	if name == "" {
		return 0, ""
	}
	wt, wtWritten := c.cell(cells, WorkType), c.col[WorkType] >= 0
	e, ok := occupation.LookupName(name)
	if !ok && c.combined {
		// Guangdong's 职业（工种）: "汽车维修工（汽车维修检验工）".
		if i := strings.IndexAny(name, "（("); i > 0 {
			if e, ok = occupation.LookupName(name[:i]); ok {
				_, size := utf8.DecodeRuneInString(name[i:])
				wt, wtWritten = strings.TrimRight(name[i+size:], "）)"), true
			}
		}
	}
	switch {
	case !ok:
		c.add(Occupation, Error, "occupation.unknown", "职业名称“"+short(name)+"”不在职业分类大典中", "the occupation "+short(name)+" is not in the occupation dictionary", name)
		return 0, wt
	case e.IsCategory():
		c.add(Occupation, Error, "occupation.category", "“"+name+"”是"+e.Code.Level().String()+"名称，不是职业", name+" is a "+e.Code.Level().English()+", not an occupation", name)
		return 0, wt
	}
	if !wtWritten {
		return e.Code, ""
	}
	switch wt {
	case "":
		c.add(WorkType, Error, "worktype.empty", "无工种时应填写“--”，不得为空（DECISIONS.md D19，003 L2761）", "write -- when there is no work type, never leave it empty (D19)", "")
	case "——":
		c.add(WorkType, Warning, "worktype.old-dash", "“——”是 2019 年样式，2021 年起写作“--”（D19）", "—— is the 2019 style; write -- (D19)", wt)
	case "--":
	default:
		if c.wt.Known(e.Code) {
			if _, ok := c.wt.Find(e.Code, wt); !ok {
				c.add(WorkType, Warning, "worktype.unknown", "工种“"+short(wt)+"”不是"+e.Name+"的已知工种", "the work type "+short(wt)+" is not a known one of "+e.Name, wt)
			}
		}
	}
	return e.Code, wt
}

// identity checks the ID type and number, and the same person twice.
func (c *Checker) identity(cells []string, occ occupation.Code, wt string, lv level.Level, lvOK bool) {
	id := c.cell(cells, IDNumber)
	kind := "201" // Guangdong's table asks for the 身份证号码 (002 L1089)
	if c.col[IDType] >= 0 {
		kind = c.cell(cells, IDType)
		if _, ok := idTypes[kind]; !ok {
			c.add(IDType, Error, "idtype.unknown", "证件类型“"+short(kind)+"”不是 004 L580 所列代码（201 居民身份证 … 299）",
				"ID type "+short(kind)+" is not one of the codes of 004 L580 (201 resident ID … 299)", kind)
		}
	}
	if id != "" && kind == "201" {
		if err := CheckResidentID(id, c.today); err != nil {
			e := err.(*ResidentIDError)
			c.add(IDNumber, Error, "id.invalid", "居民身份证号码有误："+e.Reason, e.English, id)
		}
	}
	if id == "" || occ == 0 || !lvOK {
		return
	}
	k := fnv64(fnv64(fnv64(offset64, id), strconv.FormatUint(uint64(occ)<<8|uint64(lv), 16)), wt)
	if first, dup := c.people[k]; dup {
		c.add(IDNumber, Warning, "person.duplicate", "同一人、同一职业（工种）、同一等级与第 "+strconv.Itoa(int(first))+" 行重复",
			"the same person, occupation, work type and level as row "+strconv.Itoa(int(first)), id)
		return
	}
	c.people[k] = int32(c.row)
}

// Finish reports what only the whole table shows: per filing number, year
// and level, the serials that are skipped (Info). Call it after the last row.
func (c *Checker) Finish() []Finding {
	var keys []serialKey
	for k := range c.serials {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.filing != b.filing {
			return a.filing.String() < b.filing.String()
		}
		if a.year != b.year {
			return a.year < b.year
		}
		return a.level > b.level
	})
	var out []Finding
	for _, k := range keys {
		s := make([]int32, 0, len(c.serials[k]))
		for serial := range c.serials[k] {
			s = append(s, serial)
		}
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
		var gaps []string
		missing := 0
		for i := 1; i < len(s); i++ {
			if d := s[i] - s[i-1]; d > 1 {
				missing += int(d - 1)
				if len(gaps) < 5 {
					r := strconv.Itoa(int(s[i-1] + 1))
					if d > 2 {
						r += "–" + strconv.Itoa(int(s[i]-1))
					}
					gaps = append(gaps, r)
				}
			}
		}
		if missing == 0 {
			continue
		}
		list := strings.Join(gaps, ", ")
		if missing > 0 && len(gaps) == 5 {
			list += ", …"
		}
		what := k.filing.String() + " " + strconv.Itoa(k.year) + " " + k.level.String()
		out = append(out, Finding{Severity: Info, Rule: "serial.gap",
			Message: what + "：证书序列码跳过 " + strconv.Itoa(missing) + " 个（" + list + "）",
			English: what + ": " + strconv.Itoa(missing) + " serials skipped (" + list + ")"})
	}
	c.count(out)
	return out
}

// Summary returns the counts so far.
func (c *Checker) Summary() Summary { return c.sum }

// FNV-1a, 64 bits, over strings without allocating; a 0 byte ends each part.
const offset64, prime64 = 14695981039346656037, 1099511628211

func fnv64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h * prime64 // the 0 byte that ends the part: h ^ 0 is h
}
