package submission

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/skillcert/skillcert"
	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
	"github.com/skillcert/skillcert/nationalid"
	"github.com/skillcert/skillcert/occupation"
)

// Summary accounts for every row: Rows = Clean + WithFindings, and every row
// of the file is a data row, a blank row, the header or a row above it.
type Summary struct {
	Rows         int // data rows read and checked
	Clean        int // data rows without a finding
	WithFindings int // data rows with at least one finding
	Errors       int // findings of SeverityError
	Warnings     int // findings of SeverityWarning
	Infos        int // findings of SeverityInfo
	Blank        int // blank rows skipped (every cell empty or spaces)
	HeaderRow    int // the header's row number; 0 until it is found
}

// Options changes what the checker knows.
type Options struct {
	// Today bounds birth dates in resident ID numbers from above; the zero
	// value means the day the Checker is made (time.Now).
	Today time.Time
	// WorkTypes is the table work types are checked against;
	// occupation.SeedWorkTypes() when nil.
	WorkTypes *occupation.WorkTypes
	// Limits bound reading (CSV) and checking; zero fields take their
	// defaults.
	Limits Limits
}

// HeaderError is the one error a table gets when no row among the first
// Limits.HeaderRows names every required column (Row, Missing and Found are
// those of the row that names most), or when its header names a column twice.
type HeaderError struct {
	Row     int      // the row taken for the header (of the rows searched, the one with most cells)
	Missing []Field  // required fields no column is headed for
	Found   []string // the header cells as written
	Dup     string   // a header that names a field twice, if that is the problem
	matched int      // how many fields the row's cells name
}

// Error names the missing columns and quotes (a short prefix of) the
// header found.
func (e *HeaderError) Error() string {
	if e.Dup != "" {
		return "submission: row " + strconv.Itoa(e.Row) + ": the header has the column " + skillcert.Quote(e.Dup) + " twice"
	}
	var m []string
	for _, f := range e.Missing {
		m = append(m, f.String()+" ("+f.English()+")")
	}
	return "submission: row " + strconv.Itoa(e.Row) + ": the header lacks the required column(s) " + strings.Join(m, ", ") +
		"; found " + skillcert.Quote(strings.Join(e.Found, ",")) + " — 缺少必填列"
}

// Chinese returns the same message in Chinese.
func (e *HeaderError) Chinese() string {
	if e.Dup != "" {
		return "第 " + strconv.Itoa(e.Row) + " 行表头中“" + short(e.Dup) + "”列出现两次"
	}
	var m []string
	for _, f := range e.Missing {
		m = append(m, f.String())
	}
	return "第 " + strconv.Itoa(e.Row) + " 行表头缺少必填列" + strings.Join(m, "、")
}

type firstSeen struct {
	name string
	row  int32
}

// Checker checks a table row by row, in one pass and in memory that grows
// only with the duplicate index. CheckRows drives it over a source of rows;
// or call Header once, then Row for each data row, then Finish. A Checker is
// not safe for concurrent use.
type Checker struct {
	opts     Options
	today    time.Time
	ymd      int // today as yyyymmdd, in today's location
	wt       *occupation.WorkTypes
	header   []string
	col      [numFields]int // cell index of each field, -1 when absent
	combined bool           // the occupation column is Guangdong's 职业（工种）
	row      int            // the number of the row being checked
	sum      Summary
	out      []skillcert.Finding
	started  bool              // CheckRows has been called
	skip     uint32            // fields whose cell is not to be checked (bit f)
	required uint32            // required fields the header has a column for (bit f)
	cells    [numFields]string // the row's cell of each field, trimmed

	// The duplicate index (see index.go), the only memory that grows with
	// the file, with a cache of the group of the last row.
	certs   map[certKey]*certGroup
	recent  [64]recentGroup // a direct-mapped cache in front of certs
	filings map[certcode.Filing]*firstSeen
	jobs    map[jobKey]*personSet
	recentJ [64]recentJob // a direct-mapped cache in front of jobs

	// Memos of the pure look-ups of cells that repeat from row to row.
	levels memo[level.Level]
	occs   memo[occResult]
	finds  memo[bool] // by work type and occupation
}

type recentJob struct {
	key jobKey
	p   *personSet
}

type recentGroup struct {
	key certKey
	g   *certGroup
}

// occResult is a memoized occupation.LookupName.
type occResult struct {
	e  occupation.Entry
	ok bool
}

// NewChecker returns a Checker.
func NewChecker(opts Options) *Checker {
	c := &Checker{opts: opts, today: opts.Today, wt: opts.WorkTypes,
		certs: map[certKey]*certGroup{}, filings: map[certcode.Filing]*firstSeen{}, jobs: map[jobKey]*personSet{}}
	for i := range c.col {
		c.col[i] = -1
	}
	if c.today.IsZero() {
		c.today = time.Now()
	}
	if c.wt == nil {
		c.wt = occupation.SeedWorkTypes()
	}
	y, m, d := c.today.Date()
	c.ymd = y*10000 + int(m)*100 + d
	return c
}

// Header reads the header row: columns are found by their names, with the
// aliases the documents use (皖人社秘〔2020〕65号 附件5; the Guangdong
// template's 九、企业认定结果的确认与提交). A missing required column is a
// *HeaderError.
func (c *Checker) Header(r Row) error {
	if c == nil {
		return &skillcert.Error{Pkg: "submission", What: "table", Kind: skillcert.ErrArgument, Want: "a Checker from NewChecker"}
	}
	var col [numFields]int
	for i := range col {
		col[i] = -1
	}
	combined := false
	for i, h := range r.Cells {
		k := headerKey(h)
		f, ok := aliasIndex[k]
		if !ok {
			continue
		}
		if col[f] >= 0 {
			return &HeaderError{Row: r.Num, Found: append([]string(nil), r.Cells...), Dup: h}
		}
		col[f] = i
		if f == Occupation && k == "职业(工种)" {
			combined = true
		}
	}
	var missing []Field
	found := 0
	for f := Name; f < numFields; f++ {
		if col[f] >= 0 {
			found++
		}
		if columns[f].required && col[f] < 0 {
			missing = append(missing, f)
		}
	}
	if missing != nil {
		return &HeaderError{Row: r.Num, Missing: missing, Found: append([]string(nil), r.Cells...), matched: found}
	}
	c.col, c.combined, c.required = col, combined, 0
	for f := Name; f < numFields; f++ {
		if columns[f].required && col[f] >= 0 {
			c.required |= 1 << f
		}
	}
	c.header = append([]string(nil), r.Cells...)
	c.sum.HeaderRow = r.Num
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

func (c *Checker) cell(_ []string, f Field) string { return c.cells[f] }

// trim is strings.TrimSpace, fast for the cells that need no trimming: a
// cell that starts and ends with a character that cannot be a space (most
// Chinese characters start with a byte no space starts with) is returned as
// it is, without decoding.
func trim(s string) string {
	if n := len(s); n > 0 && spaceByte[s[0]]&spaceFirst|spaceByte[s[n-1]]&spaceLast != 0 {
		return trimSlow(s)
	}
	return s
}

func trimSlow(s string) string {
	if !spaceAtStart(s) && !spaceAtEnd(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// spaceByte tells, for each byte, whether a space (unicode.IsSpace) can
// start with it (spaceFirst) or end with it (spaceLast): the ASCII spaces;
// C2, E1, E2, E3 first (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000); and
// 80–8A, 9F, A0, A8, A9, AF last.
var spaceByte = func() (t [256]uint8) {
	for c := range asciiSpace {
		if asciiSpace[c] {
			t[c] = spaceFirst | spaceLast
		}
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] |= spaceFirst
	}
	for c := 0x80; c <= 0x8A; c++ {
		t[c] |= spaceLast
	}
	for _, c := range []byte{0x9F, 0xA0, 0xA8, 0xA9, 0xAF} {
		t[c] |= spaceLast
	}
	return t
}()

const (
	spaceFirst = 1 << iota
	spaceLast
)

// asciiSpace are the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

func spaceAtStart(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	// Outside ASCII, Unicode's spaces (U+0085, U+00A0, U+1680, U+2000–U+205F,
	// U+3000) start with the bytes C2, E1, E2 or E3.
	if c != 0xC2 && (c < 0xE1 || c > 0xE3) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func spaceAtEnd(s string) bool {
	n := len(s)
	c := s[n-1]
	if c < utf8.RuneSelf {
		return asciiSpace[c]
	}
	// A last character of two or three bytes whose first byte no space
	// starts with (see spaceAtStart) is not a space.
	switch {
	case n >= 2 && s[n-2] >= 0xC0 && s[n-2] < 0xE0:
		if s[n-2] != 0xC2 {
			return false
		}
	case n >= 3 && s[n-2] < 0xC0 && s[n-3] >= 0xE0 && s[n-3] < 0xF0:
		if s[n-3] < 0xE1 || s[n-3] > 0xE3 {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// hasLineBreak reports whether s holds a CR or LF, eight bytes at a time.
func hasLineBreak(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// A byte below 0x0E makes w-0x0E… borrow into its high bit; a byte
		// of 0x80 or more is excluded by ^w. Only then look closer.
		w := le64(s[i : i+8])
		if (w-0x0E*ones)&^w&highs != 0 && strings.ContainsAny(s[i:i+8], "\r\n") {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

func (c *Checker) add(f Field, sev skillcert.Severity, rule, zh, en, value, source string) {
	col := ""
	if f != 0 && c.col[f] >= 0 {
		col = c.header[c.col[f]]
	}
	c.out = append(c.out, skillcert.Finding{Rule: rule, Severity: sev, Row: c.row, Column: col,
		Value: short(value), Message: zh, English: en, Source: source})
}

// maxQuote is how many characters of a cell a finding quotes.
const maxQuote = 40

// short cuts a cell to 40 characters and "…", so that a huge cell does not
// make a huge report.
func short(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	n := 0
	for i := range s {
		if n == maxQuote {
			return strings.ToValidUTF8(s[:i], "\uFFFD") + "…"
		}
		n++
	}
	return s
}

// codeFields are the columns that hold codes, where a line break is never
// part of the value.
var codeFields = [...]Field{IDType, IDNumber, CertNumber, IssueDate, Level}

// Row checks one data row and returns its findings (valid until the next
// call). Missing cells at the end of a short row read as empty.
func (c *Checker) Row(r Row) []skillcert.Finding {
	if c == nil || c.header == nil {
		return nil
	}
	cells := r.Cells
	c.row = r.Num
	c.sum.Rows++
	c.out = c.out[:0]
	c.skip = 0
	if len(cells) > len(c.header) {
		for i := len(c.header); i < len(cells); i++ {
			if !isBlank(cells[i]) {
				c.add(0, skillcert.SeverityError, "submission.row.ragged", "第 "+itoa(i+1)+" 格在表头之外（表头有 "+itoa(len(c.header))+" 列），其内容不属于任何一列",
					"cell "+itoa(i+1)+" lies beyond the header's "+itoa(len(c.header))+" columns: its text belongs to no column", cells[i], "")
				break
			}
		}
	}
	for _, f := range codeFields {
		if i := c.col[f]; i >= 0 && i < len(cells) && hasLineBreak(cells[i]) {
			c.add(f, skillcert.SeverityError, "submission.cell.newline", columns[f].zh+"中有换行符，编码不得跨行",
				"the "+columns[f].en+" holds a line break: a code never spans lines", cells[i], "")
			c.skip |= 1 << f
		}
	}
	for f := Name; f < numFields; f++ {
		v := ""
		if i := c.col[f]; i >= 0 && i < len(cells) && c.skip&(1<<f) == 0 {
			v = cells[i]
			// trim, its fast path written out.
			if n := len(v); n > 0 && spaceByte[v[0]]&spaceFirst|spaceByte[v[n-1]]&spaceLast != 0 {
				v = trimSlow(v)
			}
		}
		c.cells[f] = v
		if v == "" && c.required&^c.skip&(1<<f) != 0 {
			c.add(f, skillcert.SeverityError, "submission.cell.empty", columns[f].zh+"为空", "the "+columns[f].en+" is empty", "", srcTable)
		}
	}
	g := c.certificate(cells)
	lv, lvOK := c.level(cells, g)
	c.date(cells, g)
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

func (c *Checker) count(fs []skillcert.Finding) {
	for _, f := range fs {
		switch f.Severity {
		case skillcert.SeverityError:
			c.sum.Errors++
		case skillcert.SeverityWarning:
			c.sum.Warnings++
		case skillcert.SeverityInfo:
			c.sum.Infos++
		}
	}
}

// The documents the findings cite.
const (
	srcTable      = "皖人社秘〔2020〕65号 附件5；广东省企业职业技能等级认定工作方案（模板）九"
	srcCode       = "人社鉴发〔2019〕2号 附件1"
	srcYear       = "人社鉴发〔2019〕2号 附件1 二（五）"
	srcLevel      = "人社鉴发〔2019〕2号 附件1 二（六）"
	srcSerial     = "人社鉴发〔2019〕2号 附件1 二（七）"
	srcDate       = "皖人社秘〔2020〕65号 附件5 备注3"
	srcIDType     = "皖人社秘〔2020〕65号 附件5 备注2"
	srcResidentID = "GB 11643-1999"
	srcDictionary = "中华人民共和国职业分类大典（2022年版）"
	srcWorkType   = "人社鉴发〔2021〕1号 三（一）"
	srcFiled      = "人社鉴发〔2021〕1号 三（二）"
	srcInstName   = "人社鉴发〔2021〕1号"
)

// parseError renders an error of another package's parser for a finding:
// the Chinese rendering when the error has one.
// Either is cut to 400 bytes, whatever the other package quotes.
func parseError(err error) (zh, en string) {
	en = clip(err.Error())
	if z, ok := err.(interface{ Chinese() string }); ok {
		return clip(z.Chinese()), en
	}
	return en, en
}

// clip cuts a message to at most 400 bytes, at a character boundary.
func clip(s string) string {
	const n = 400
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strings.ToValidUTF8(s[:i], "\uFFFD") + "…"
}

// certificate checks the number and its consistency with the institution
// column and the rest of the file.
// It returns the number's group, nil when there is no valid number.
func (c *Checker) certificate(cells []string) *certGroup {
	s := c.cell(cells, CertNumber)
	if s == "" {
		return nil
	}
	code, err := certcode.Parse(s)
	text := s // the number's canonical 22 characters
	if err != nil {
		zh, en := parseError(err)
		c.add(CertNumber, skillcert.SeverityError, "submission.cert.invalid", zh, en, s, srcCode)
		return nil
	}
	row := int32(c.row)
	if !canonical(s) {
		var buf [24]byte
		b, _ := code.AppendText(buf[:0])
		text = string(b)
	}
	g, serial := c.group(code, text)
	if first, dup := g.firstOrAdd(serial, row); dup {
		c.add(CertNumber, skillcert.SeverityError, "submission.cert.duplicate", "证书编号与第 "+itoa(int(first))+" 行重复（一证一号）",
			"the certificate number repeats row "+itoa(int(first))+" (one number per certificate)", s, srcSerial)
		return g
	}
	if inst := c.cell(cells, Institution); inst != "" {
		if seen := g.inst; seen.row == 0 {
			seen.name, seen.row = strings.Clone(inst), row
		} else if seen.name != inst {
			f := g.filing
			c.add(Institution, skillcert.SeverityError, "submission.institution.inconsistent",
				"机构备案号 "+f.String()+" 在第 "+itoa(int(seen.row))+" 行的评价机构为“"+short(seen.name)+"”",
				"filing number "+f.String()+" belongs to "+skillcert.Quote(seen.name)+" in row "+itoa(int(seen.row)), inst, srcInstName)
		}
	}
	return g
}

// canonical reports whether s is a certificate number as certcode.Parse
// writes it: a capital letter and 21 digits; for such s, a Code that Parse
// returns holds s itself.
func canonical(s string) bool {
	if len(s) != 22 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < 22; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// group returns the group of code's filing number, year and level, and
// code's serial; text is code's 22 characters.
func (c *Checker) group(code certcode.Code, text string) (*certGroup, int) {
	if len(text) != 22 {
		text = code.String() // not reached: text is code's 22 characters
	}
	serial := 0
	for i := 16; i < 22; i++ {
		serial = serial*10 + int(text[i]-'0')
	}
	key := certKey{le64(text[0:8]), le64(text[8:16])}
	slot := &c.recent[((key[0]^key[1])*fib64)>>58]
	if slot.g != nil && slot.key == key {
		return slot.g, serial
	}
	g := c.certs[key]
	if g == nil {
		f := code.Filing()
		seen := c.filings[f]
		if seen == nil {
			seen = &firstSeen{}
			c.filings[f] = seen
		}
		g = &certGroup{filing: f, year: code.Year(), level: code.Level(), inst: seen}
		c.certs[key] = g
	}
	slot.key, slot.g = key, g
	return g, serial
}

func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (c *Checker) level(cells []string, g *certGroup) (level.Level, bool) {
	s := c.cell(cells, Level)
	if s == "" {
		return 0, false
	}
	i, known := c.levels.find(s, 0)
	lv := c.levels.vals[i]
	var err error
	if !known {
		lv, err = level.Parse(s)
		if err == nil {
			c.levels.put(i, s, 0, lv)
		}
	}
	if err != nil {
		_, en := parseError(err)
		c.add(Level, skillcert.SeverityError, "submission.level.invalid", "职业技能等级“"+short(s)+"”无法识别，应写作“五级/初级工”等", en, s, srcLevel)
		return 0, false
	}
	if g != nil && lv != g.level {
		c.add(Level, skillcert.SeverityError, "submission.level.mismatch", "职业技能等级为"+lv.String()+"，证书编号第 16 位为"+g.level.String(),
			"the level column says "+lv.English()+", character 16 of the number "+g.level.English(), s, srcLevel)
	}
	return lv, true
}

// date checks the issue date: YYYY-MM-DD (皖人社秘〔2020〕65号 附件5 备注3), a
// real date, in the number's year.
func (c *Checker) date(cells []string, g *certGroup) {
	s := c.cell(cells, IssueDate)
	if s == "" {
		return
	}
	y, ok := parseDate(s)
	if !ok {
		c.add(IssueDate, skillcert.SeverityError, "submission.date.format", "日期“"+short(s)+"”应为 YYYY-MM-DD 格式", "the date "+skillcert.Quote(s)+" must be a real date written YYYY-MM-DD", s, srcDate)
		return
	}
	if g != nil && y != g.year {
		c.add(IssueDate, skillcert.SeverityError, "submission.date.year", "发证日期的年份 "+itoa(y)+" 与证书编号第 14–15 位（"+itoa(g.year)+"）不一致",
			"the date's year "+itoa(y)+" differs from the number's year "+itoa(g.year), s, srcYear)
	}
}

// parseDate reads a strict YYYY-MM-DD date and returns its year.
func parseDate(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			continue
		}
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + int(d)
	}
	y, m, d := v/10000, v/100%100, v%100
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return y, true
}

// daysIn returns the days of month m (1–12) of year y, in the proleptic
// Gregorian calendar (as time.Date counts).
func daysIn(y, m int) int {
	if m == 2 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (m+m/8)%2
}

// lookup is occupation.LookupName, remembered.
func (c *Checker) lookup(name string) (occupation.Entry, bool) {
	i, hit := c.occs.find(name, 0)
	if hit {
		r := &c.occs.vals[i]
		return r.e, r.ok
	}
	e, ok := occupation.LookupName(name)
	c.occs.put(i, name, 0, occResult{e, ok})
	return e, ok
}

// knownWorkType reports whether wt is a known work type of occ, or whether
// occ has no known work types; remembered.
func (c *Checker) knownWorkType(occ occupation.Code, wt string) bool {
	i, hit := c.finds.find(wt, uint64(occ))
	if hit {
		return c.finds.vals[i]
	}
	ok := true
	if c.wt.Known(occ) {
		_, ok = c.wt.Find(occ, wt)
	}
	c.finds.put(i, wt, uint64(occ), ok)
	return ok
}

// occupation checks the occupation and work type columns and returns the
// occupation's code and the work type written.
func (c *Checker) occupation(cells []string) (occupation.Code, string) {
	name := c.cell(cells, Occupation)
	if name == "" {
		return 0, ""
	}
	wt, wtWritten := c.cell(cells, WorkType), c.col[WorkType] >= 0
	e, ok := c.lookup(name)
	if !ok && c.combined {
		// Guangdong's 职业（工种）: "汽车维修工（汽车维修检验工）".
		if i := strings.IndexAny(name, "（("); i > 0 {
			if e, ok = c.lookup(name[:i]); ok {
				_, size := utf8.DecodeRuneInString(name[i:])
				wt, wtWritten = strings.TrimRight(name[i+size:], "）)"), true
			}
		}
	}
	switch {
	case !ok:
		c.add(Occupation, skillcert.SeverityError, "submission.occupation.unknown", "职业名称“"+short(name)+"”不在职业分类大典中",
			"the occupation "+skillcert.Quote(name)+" is not in the occupation dictionary", name, srcDictionary)
		return 0, wt
	case e.IsCategory():
		c.add(Occupation, skillcert.SeverityError, "submission.occupation.category", "“"+short(name)+"”是"+e.Code.Depth().String()+"名称，不是职业",
			skillcert.Quote(name)+" is a "+e.Code.Depth().English()+", not an occupation", name, srcDictionary)
		return 0, wt
	}
	if !wtWritten {
		return e.Code, ""
	}
	switch wt {
	case "":
		c.add(WorkType, skillcert.SeverityError, "submission.worktype.empty", "无工种时应填写“--”，不得为空", "write -- when there is no work type, never leave it empty", "", srcWorkType)
	case "——":
		c.add(WorkType, skillcert.SeverityWarning, "submission.worktype.old-dash", "“——”是 2019 年参考样式的写法，2021 年起写作“--”", "—— is the 2019 style; since 2021 write --", wt, srcWorkType)
	case "--":
	default:
		if !c.knownWorkType(e.Code, wt) {
			c.add(WorkType, skillcert.SeverityWarning, "submission.worktype.unknown", "工种“"+short(wt)+"”不是"+e.Name+"的已知工种",
				"the work type "+skillcert.Quote(wt)+" is not a known one of "+e.Name, wt, srcFiled)
		}
	}
	return e.Code, wt
}

// identity checks the ID type and number, and the same person twice.
func (c *Checker) identity(cells []string, occ occupation.Code, wt string, lv level.Level, lvOK bool) {
	id := c.cell(cells, IDNumber)
	kind := "201" // Guangdong's table asks for the 身份证号码
	if c.col[IDType] >= 0 {
		kind = c.cell(cells, IDType)
		if kind != "201" && !knownIDType(kind) && c.skip&(1<<IDType) == 0 {
			c.add(IDType, skillcert.SeverityError, "submission.idtype.unknown", "证件类型“"+short(kind)+"”不是所列代码（201 居民身份证 … 299 其他个人证件）",
				"ID type "+skillcert.Quote(kind)+" is not one of the listed codes (201 resident ID … 299 other)", kind, srcIDType)
		}
	}
	if id != "" && kind == "201" {
		if zh, en, bad := c.residentID(id); bad {
			c.add(IDNumber, skillcert.SeverityError, "submission.id.invalid", zh, en, id, srcResidentID)
		}
	}
	if id == "" || occ == 0 || !lvOK {
		return
	}
	k := jobKey{occ, lv, wt}
	h := (uint64(occ)<<8 | uint64(lv)) ^ uint64(len(wt))<<40
	if len(wt) >= 8 {
		h ^= le64(wt[len(wt)-8:])
	}
	slot := &c.recentJ[(h*fib64)>>58]
	p := slot.p
	if p == nil || slot.key != k {
		if p = c.jobs[k]; p == nil {
			k.wt = strings.Clone(wt)
			p = &personSet{job: k}
			c.jobs[k] = p
		}
		slot.key, slot.p = p.job, p // the job's own copy of the work type
	}
	if first, dup := p.firstOrAdd(id, int32(c.row)); dup {
		c.add(IDNumber, skillcert.SeverityWarning, "submission.person.duplicate", "同一人、同一职业（工种）、同一等级与第 "+itoa(int(first))+" 行重复",
			"the same person, occupation, work type and level as row "+itoa(int(first)), id, "")
	}
}

func knownIDType(kind string) bool {
	_, ok := idTypes[kind]
	return ok
}

// residentID is the one place the checker checks a resident ID number.
func (c *Checker) residentID(id string) (zh, en string, bad bool) {
	if residentIDOK(id, c.ymd) {
		return "", "", false
	}
	if err := nationalid.CheckResidentID(id, c.today); err != nil {
		zh, en = parseError(err)
		return zh, en, true
	}
	return "", "", false
}

// Finish reports what only the whole table shows: per filing number, year
// and level, the serials that are skipped (Info). Call it after the last row.
func (c *Checker) Finish() []skillcert.Finding {
	if c == nil {
		return nil
	}
	groups := make([]*certGroup, 0, len(c.certs))
	for _, g := range c.certs {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.filing != b.filing {
			return a.filing.String() < b.filing.String()
		}
		if a.year != b.year {
			return a.year < b.year
		}
		return a.level > b.level
	})
	var out []skillcert.Finding
	var s []int32
	for _, k := range groups {
		s = k.serials(s)
		var gaps []string
		missing := 0
		for i := 1; i < len(s); i++ {
			if d := s[i] - s[i-1]; d > 1 {
				missing += int(d - 1)
				if len(gaps) < 5 {
					r := itoa(int(s[i-1] + 1))
					if d > 2 {
						r += "–" + itoa(int(s[i]-1))
					}
					gaps = append(gaps, r)
				}
			}
		}
		if missing == 0 {
			continue
		}
		list := strings.Join(gaps, ", ")
		if len(gaps) == 5 {
			list += ", …"
		}
		what := k.filing.String() + " " + itoa(k.year) + " " + k.level.String()
		out = append(out, skillcert.Finding{Severity: skillcert.SeverityInfo, Rule: "submission.serial.gap",
			Message: what + "：证书序列码跳过 " + itoa(missing) + " 个（" + list + "）",
			English: what + ": " + itoa(missing) + " serials skipped (" + list + ")", Source: srcSerial})
	}
	c.count(out)
	return out
}

// Summary returns the counts so far.
func (c *Checker) Summary() Summary { return c.sum }
