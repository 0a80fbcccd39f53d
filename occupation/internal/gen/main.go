// Command gen builds occupation/dictionary.tsv, the 2022 occupation dictionary
// (职业分类大典 2022), from the public transcription csco22.csv and the
// project's corrections file, and cross-checks the result against the second
// transcription, occupations_tree_2022.json (DECISIONS.md D15;
// ../shared/data/occupation/SOURCE.md). It fails on any difference the
// corrections file does not decide, and unless the table holds exactly 8 major,
// 79 middle, 450 minor categories and 1,639 occupations with distinct names.
//
// Run it with `go generate ./occupation` from a checkout with ../shared beside
// it; the output is committed, so nothing reads ../shared at build or test time.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type key struct {
	level int
	code  string // as long as the level: "4", "4-12", "4-12-01", "4-12-01-01"
}

type entry struct {
	key
	name    string
	marks   string // "L", "S", "LS" or ""
	aliases []string
}

func main() {
	data := flag.String("data", "../../shared/data/occupation", "folder with csco22.csv and occupations_tree_2022.json")
	corr := flag.String("corrections", "internal/gen/corrections.tsv", "corrections file")
	out := flag.String("o", "dictionary.tsv", "output file")
	flag.Parse()

	entries := readCSV(filepath.Join(*data, "csco22.csv"))
	keeps := apply(entries, *corr)
	crossCheck(entries, keeps, filepath.Join(*data, "occupations_tree_2022.json"))
	counts := map[int]int{}
	for _, e := range entries {
		counts[e.level]++
	}
	if counts[1] != 8 || counts[2] != 79 || counts[3] != 450 || counts[4] != 1639 {
		log.Fatalf("counts %v, want 8 / 79 / 450 / 1,639", counts)
	}
	names := map[string]key{}
	for _, e := range entries {
		if o, dup := names[e.name]; dup && e.level == 4 && o.level == 4 {
			log.Fatalf("occupations %s and %s share the name %s", o.code, e.code, e.name)
		}
		if e.level == 4 {
			names[e.name] = e.key
		}
	}
	write(*out, entries)
}

// marks is the green (L) and digital (S) mark at the end of a CSV name.
var marks = regexp.MustCompile(`(L/S|S/L|L|S)$`)

// clean removes spaces and makes brackets full width.
func clean(s string) string {
	return strings.NewReplacer(" ", "", "\u3000", "", "(", "（", ")", "）").Replace(s)
}

func readCSV(path string) map[key]*entry {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil || head[0] != "level" || head[1] != "code" || head[3] != "name" {
		log.Fatalf("%s: unexpected header %v", path, head)
	}
	entries := map[key]*entry{}
	seen := map[key]int{}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		lv, err := strconv.Atoi(rec[0])
		if err != nil || lv < 1 || lv > 4 {
			log.Fatalf("%s:%d: level %q", path, line, rec[0])
		}
		k := key{lv, strings.Join(strings.Split(rec[1], "-")[:lv], "-")}
		if lv == 1 {
			k.code = rec[1][:1]
		}
		name := clean(rec[3])
		m := marks.FindString(name)
		name = strings.TrimSuffix(name, m)
		seen[k]++
		if seen[k] > 1 {
			continue // a dup line in the corrections file must say so; checked in apply
		}
		entries[k] = &entry{key: k, name: name, marks: strings.NewReplacer("/", "").Replace(m)}
	}
	for k, n := range seen {
		if n > 1 {
			dupCount[k] = n
		}
	}
	return entries
}

// dupCount records the rows the CSV repeats; each needs a dup line.
var dupCount = map[key]int{}

// apply applies the corrections file and returns the names the tree gets
// wrong (keep lines).
func apply(entries map[key]*entry, path string) map[key]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	keeps := map[key]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 5 || fs[4] == "" {
			log.Fatalf("%s:%d: want op, level, code, name and a reason", path, n)
		}
		lv, _ := strconv.Atoi(fs[1])
		k := key{lv, fs[2]}
		e := entries[k]
		fail := func(msg string) { log.Fatalf("%s:%d: %s %v: %s", path, n, fs[0], k, msg) }
		switch fs[0] {
		case "dup":
			if dupCount[k] < 2 {
				fail("the CSV does not repeat this row")
			}
			delete(dupCount, k)
		case "relevel":
			to, _ := strconv.Atoi(fs[3])
			if e == nil || to < 1 || to >= lv {
				fail("no such row, or not a higher level")
			}
			delete(entries, k)
			e.key = key{to, strings.Join(strings.Split(k.code, "-")[:to], "-")}
			entries[e.key] = e
		case "drop":
			if e == nil {
				fail("no such row")
			}
			delete(entries, k)
		case "add":
			if e != nil {
				fail("the row exists")
			}
			entries[k] = &entry{key: k, name: fs[3]}
		case "name":
			if e == nil || e.name == fs[3] {
				fail("no such row, or the name is already that")
			}
			e.name = fs[3]
		case "keep":
			if e == nil || e.name != fs[3] {
				fail("no such row, or its name is not that")
			}
			keeps[k] = fs[3]
		case "alias":
			if e == nil {
				fail("no such row")
			}
			e.aliases = append(e.aliases, fs[3])
		default:
			fail("unknown op")
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	for k := range dupCount {
		log.Fatalf("the CSV repeats %v and no dup line says so", k)
	}
	return keeps
}

type node struct {
	Seq      string `json:"seq"`
	Name     string `json:"name"`
	Level    int    `json:"level"`
	Children []node `json:"children"`
}

// crossCheck compares the table with the tree: the same rows, and the same
// names but where a keep line decides otherwise.
func crossCheck(entries map[key]*entry, keeps map[key]string, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var tree struct{ Data []node }
	if err := json.Unmarshal(b, &tree); err != nil {
		log.Fatal(err)
	}
	inTree := map[key]string{}
	var walk func(n node)
	walk = func(n node) {
		inTree[key{n.Level, n.Seq}] = clean(n.Name)
		for _, c := range n.Children {
			walk(c)
		}
	}
	for _, n := range tree.Data {
		walk(n)
	}
	var bad []string
	for k, name := range inTree {
		e := entries[k]
		switch {
		case e == nil:
			bad = append(bad, fmt.Sprintf("%v %s: in the tree only", k, name))
		case e.name != name && keeps[k] == "":
			bad = append(bad, fmt.Sprintf("%v: %s here, %s in the tree", k, e.name, name))
		}
	}
	for k, e := range entries {
		if _, ok := inTree[k]; !ok {
			bad = append(bad, fmt.Sprintf("%v %s: not in the tree", k, e.name))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		log.Fatalf("differences no correction decides:\n%s", strings.Join(bad, "\n"))
	}
}

func write(path string, entries map[key]*entry) {
	var rows []*entry
	for _, e := range entries {
		rows = append(rows, e)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].code != rows[j].code {
			return rows[i].code < rows[j].code
		}
		return rows[i].level < rows[j].level
	})
	var b strings.Builder
	b.WriteString("# The 2022 occupation dictionary (职业分类大典 2022). Generated by occupation/internal/gen from\n")
	b.WriteString("# csco22.csv and internal/gen/corrections.tsv; DO NOT EDIT. DECISIONS.md D15.\n")
	b.WriteString("# level\tcode\tmarks (L green, S digital)\tname\t[other names look-up accepts…]\n")
	for _, e := range rows {
		m := e.marks
		if m == "" {
			m = "-"
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s", e.level, e.code, m, e.name)
		for _, a := range e.aliases {
			b.WriteString("\t" + a)
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
