// Package subgen writes realistic synthetic certificate submission tables —
// Anhui's 职业技能等级认定合格人员证书信息表 (皖人社秘〔2020〕65号 附件5) — for tests and
// benchmarks: valid rows, and a chosen share of rows with one known defect
// each, listed so that a test can demand that a checker reports exactly those.
package subgen

import (
	"fmt"
	"math/rand"
	"sort"
	"strconv"

	"github.com/skillcert/skillcert/certcode"
	"github.com/skillcert/skillcert/level"
)

// Header is the table's header row, as 皖人社秘〔2020〕65号 附件5 prints it.
var Header = []string{"姓名", "证件类型", "证件号码", "所在单位", "职业名称", "工种名称", "职业技能等级", "证书编号", "发证日期", "评价机构", "发证机构", "考生所在地市"}

// Options says what to generate.
type Options struct {
	Rows        int     // data rows
	DefectShare float64 // share of rows, 0–1, given one defect each
	Seed        int64   // the same seed gives the same table
	Year        int     // issue year; 2024 when 0
}

// Defect is a defect put into the table: the spreadsheet row (the header is
// row 1; 0 for a defect of the table as a whole) and the rule a checker must
// report for it.
type Defect struct {
	Row  int
	Rule string
}

// The rules the generator can break, each by changing one cell of an
// otherwise valid row (submission.serial.gap: by skipping a serial).
var Rules = []string{
	"submission.cert.invalid", "submission.cert.duplicate", "submission.level.mismatch", "submission.date.format", "submission.date.year", "submission.id.invalid", "submission.idtype.unknown",
	"submission.occupation.unknown", "submission.worktype.empty", "submission.worktype.old-dash", "submission.institution.inconsistent", "submission.person.duplicate", "submission.serial.gap",
}

type institution struct {
	filing certcode.Filing
	name   string
	city   string
}

var institutions = []institution{
	{certcode.MustParseFiling("S000034010001"), "安徽新华职业技能评价中心", "合肥市"},
	{certcode.MustParseFiling("S000034020003"), "芜湖市汽车工业职业技能等级认定中心", "芜湖市"},
	{certcode.MustParseFiling("Y000034240002"), "六安某机械制造有限公司", "六安市"},
}

// jobs are occupations with work types and levels from the seeds' scope table
// (003 L4578–4593), and two without a known work type ("--").
var jobs = []struct {
	name, workType string
	levels         []level.Level
}{
	{"车工", "普通车床", []level.Level{4, 3, 2, 1}},
	{"车工", "数控车床", []level.Level{4, 3, 2, 1}},
	{"家政服务员", "家务服务员", []level.Level{5, 4, 3}},
	{"家政服务员", "母婴护理员", []level.Level{5, 4, 3}},
	{"汽车维修工", "汽车维修检验工", []level.Level{5, 4, 3, 2, 1}},
	{"汽车维修工", "汽车美容装潢工", []level.Level{5, 4}},
	{"装配钳工", "--", []level.Level{5, 4, 3, 2, 1}},
	{"电工", "--", []level.Level{5, 4, 3}},
	{"中式烹调师", "--", []level.Level{5, 4, 3, 2, 1}},
}

var (
	surnames  = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
	given     = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志宏海波宇浩然晨子涵梓轩欣怡雨萱")
	units     = []string{"合肥某汽车服务有限公司", "芜湖某精密制造有限公司", "六安某家政服务有限公司", "蚌埠某机电设备有限公司", "个体"}
	districts = []string{"340102", "340103", "340104", "340111", "340202", "340207", "341502", "341503", "340302", "340402"}
)

type serialKey struct {
	filing certcode.Filing
	level  level.Level
}

// Generate writes the table's rows (not the header) to emit and returns the
// defects it put in, sorted by row then rule.
func Generate(opt Options, emit func(cells []string) error) ([]Defect, error) {
	if opt.Year == 0 {
		opt.Year = 2024
	}
	if opt.Rows < 0 || opt.DefectShare < 0 || opt.DefectShare > 1 {
		return nil, fmt.Errorf("subgen: %d rows with a defect share of %v", opt.Rows, opt.DefectShare)
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	serial := map[serialKey]int{}
	gapped := map[serialKey]bool{}
	var defects []Defect
	type past struct {
		cells []string
		id    string
	}
	var history []past                  // a few earlier valid rows, for duplicates
	named := map[certcode.Filing]bool{} // filings whose institution name a row has given
	cells := make([]string, len(Header))
	for i := 0; i < opt.Rows; i++ {
		row := i + 2
		inst := institutions[rng.Intn(len(institutions))]
		job := jobs[rng.Intn(len(jobs))]
		lv := job.levels[rng.Intn(len(job.levels))]
		id := residentID(rng)
		defect := ""
		if rng.Float64() < opt.DefectShare {
			defect = Rules[rng.Intn(len(Rules))]
			if (defect == "submission.cert.duplicate" || defect == "submission.person.duplicate") && len(history) == 0 ||
				defect == "submission.institution.inconsistent" && !named[inst.filing] {
				defect = "" // nothing earlier to repeat or contradict yet
			}
		}
		k := serialKey{inst.filing, lv}
		if defect == "submission.serial.gap" {
			serial[k]++ // skip one
			gapped[k] = true
		}
		consumes := defect != "submission.cert.invalid" && defect != "submission.cert.duplicate"
		n := serial[k] + 1
		if consumes {
			serial[k] = n
		}
		code, err := inst.filing.Certificate(opt.Year, lv, n)
		if err != nil {
			return nil, err
		}
		date := fmt.Sprintf("%04d-%02d-%02d", opt.Year, 1+rng.Intn(12), 1+rng.Intn(28))
		cells[0] = string(surnames[rng.Intn(len(surnames))]) + string(given[rng.Intn(len(given))]) + string(given[rng.Intn(len(given))])
		cells[1], cells[2], cells[3] = "201", id, units[rng.Intn(len(units))]
		cells[4], cells[5], cells[6] = job.name, job.workType, lv.String()
		cells[7], cells[8], cells[9], cells[10], cells[11] = code.String(), date, inst.name, inst.name, inst.city

		switch defect {
		case "submission.cert.invalid":
			cells[7] = code.String()[:7] + "09" + code.String()[9:] // Anhui has no area 09 (004 L258–308)
		case "submission.cert.duplicate":
			h := history[rng.Intn(len(history))]
			cells[7], cells[6], cells[8], cells[9] = h.cells[7], h.cells[6], h.cells[8], h.cells[9]
		case "submission.level.mismatch":
			other := level.Level(1 + (int(lv)+rng.Intn(4))%5)
			cells[6] = other.String()
		case "submission.date.format":
			cells[8] = fmt.Sprintf("%d/%d/%d", opt.Year, 1+rng.Intn(12), 1+rng.Intn(28))
		case "submission.date.year":
			cells[8] = strconv.Itoa(opt.Year-1) + cells[8][4:]
		case "submission.id.invalid":
			cells[2] = id[:17] + string("0123456789X"[(checkValue(id[17])+1+rng.Intn(9))%11])
		case "submission.idtype.unknown":
			cells[1] = "202"
		case "submission.occupation.unknown":
			cells[4] = "汽车修理技师"
		case "submission.worktype.empty":
			cells[5] = ""
		case "submission.worktype.old-dash":
			cells[5] = "——"
		case "submission.institution.inconsistent":
			cells[9] = inst.name + "（分部）"
		case "submission.person.duplicate":
			h := history[rng.Intn(len(history))]
			cells[2], cells[4], cells[5] = h.id, h.cells[4], h.cells[5]
			// Same level as the earlier row, with a number of its own.
			hl, _ := level.Parse(h.cells[6])
			if hl != lv {
				serial[k]-- // give back the serial taken above
				k = serialKey{inst.filing, hl}
				serial[k]++
				code, _ = inst.filing.Certificate(opt.Year, hl, serial[k])
				cells[6], cells[7] = hl.String(), code.String()
			}
		}
		if defect != "" && defect != "submission.serial.gap" {
			defects = append(defects, Defect{row, defect})
		}
		if defect != "submission.institution.inconsistent" && defect != "submission.cert.invalid" && defect != "submission.cert.duplicate" {
			named[inst.filing] = true
		}
		if defect == "" && len(history) < 64 {
			history = append(history, past{append([]string(nil), cells...), cells[2]})
		}
		if err := emit(cells); err != nil {
			return nil, err
		}
	}
	for k := range gapped {
		if serial[k] > 0 { // a gap only shows below a later serial
			defects = append(defects, Defect{0, "submission.serial.gap"})
		}
	}
	sort.Slice(defects, func(i, j int) bool {
		if defects[i].Row != defects[j].Row {
			return defects[i].Row < defects[j].Row
		}
		return defects[i].Rule < defects[j].Rule
	})
	return defects, nil
}

func checkValue(c byte) int {
	if c == 'X' {
		return 10
	}
	return int(c - '0')
}

// residentID makes a valid 18-digit resident ID number (GB 11643) of someone
// born between 1970 and 2004.
func residentID(rng *rand.Rand) string {
	b := []byte(districts[rng.Intn(len(districts))])
	b = fmt.Appendf(b, "%04d%02d%02d%03d", 1970+rng.Intn(35), 1+rng.Intn(12), 1+rng.Intn(28), rng.Intn(1000))
	w := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, c := range b {
		sum += int(c-'0') * w[i]
	}
	return string(append(b, "10X98765432"[sum%11]))
}
