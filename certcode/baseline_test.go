package certcode_test

import (
	"errors"
	"regexp"
	"strconv"
)

// baselineValidate is a straightforward validator of the kind a team writes
// first: one regexp for the shape, maps for the tables. It is the yardstick
// for BenchmarkParse (the issue asks Parse to be at least 30 times faster)
// and is not used by the library.
var (
	baselineRE        = regexp.MustCompile(`^([YS])(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([1-5])(\d{6})$`)
	baselineProvinces = map[string]bool{}
	baselineAreas     = map[string]map[string]bool{}
)

func init() {
	for _, p := range []string{"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
		"41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "66", "71", "81", "82"} {
		baselineProvinces[p] = true
	}
	ranges := map[string][][2]int{
		"44": {{0, 9}, {12, 20}, {51, 53}},
		"41": {{0, 28}},
		"34": {{0, 8}, {10, 13}, {24, 25}, {29, 30}},
		"50": {{0, 41}},
	}
	for p, rs := range ranges {
		baselineAreas[p] = map[string]bool{}
		for _, r := range rs {
			for i := r[0]; i <= r[1]; i++ {
				baselineAreas[p][strconv.Itoa(100 + i)[1:]] = true
			}
		}
	}
}

func baselineValidate(s string) error {
	m := baselineRE.FindStringSubmatch(s)
	if m == nil {
		return errors.New("bad shape")
	}
	cat, inst, prov, area, seq, year, serial := m[1], m[2], m[3], m[4], m[5], m[6], m[8]
	if !baselineProvinces[prov] {
		return errors.New("bad province")
	}
	if y, _ := strconv.Atoi(year); y < 19 {
		return errors.New("bad year")
	}
	if serial == "000000" {
		return errors.New("bad serial")
	}
	if prov == "44" && cat == "S" || prov == "50" && cat == "S" || baselineAreas[prov] == nil {
		return nil
	}
	if !baselineAreas[prov][area] {
		return errors.New("bad area")
	}
	switch prov {
	case "44":
		if seq[0] < '1' || seq[0] > '3' {
			return errors.New("bad unit kind")
		}
	case "34", "50":
		if seq == "0000" {
			return errors.New("bad sequence")
		}
		if prov == "34" && inst != "0000" {
			return errors.New("bad institution")
		}
	}
	return nil
}
