package certcode_test

import (
	"errors"
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
	. "github.com/skillcert/skillcert/certcode"
)

func TestCards(t *testing.T) {
	// 003 L1205–1249 (外督) and L1255–1297 (内督).
	for _, tc := range []struct {
		in, canon, grouped, holder, issuer, issuerName string
		external                                       bool
		year, serial                                   int
	}{
		{"R00210001", "R00210001", "R 00 21 0001", "外部质量督导员", "00", "人力资源社会保障部", true, 2021, 1},
		{"R 44 21 0001", "R44210001", "R 44 21 0001", "外部质量督导员", "44", "广东省", true, 2021, 1},
		{"r66219999", "R66219999", "R 66 21 9999", "外部质量督导员", "66", "新疆生产建设兵团", true, 2021, 9999},
		{"Y 000123 21 0001", "Y000123210001", "Y 000123 21 0001", "用人单位", "000123", "", false, 2021, 1},
		{"H123456210000", "H123456210000", "H 123456 21 0000", "行业部门", "123456", "", false, 2021, 0},
		{"S44001005200２", "S440010052002", "S 440010 05 2002", "社会培训评价组织", "440010", "", false, 2005, 2002},
	} {
		c, err := ParseCard(tc.in)
		if err != nil {
			t.Errorf("ParseCard(%q): %v", tc.in, err)
			continue
		}
		if c.String() != tc.canon || c.Grouped() != tc.grouped || c.Holder() != tc.holder || c.Issuer().String() != tc.issuer ||
			c.IssuerName() != tc.issuerName || c.External() != tc.external || c.Year() != tc.year || c.Serial() != tc.serial {
			t.Errorf("ParseCard(%q) = %s %s %s %s %s %v %d %d", tc.in, c, c.Grouped(), c.Holder(), c.Issuer(), c.IssuerName(),
				c.External(), c.Year(), c.Serial())
		}
	}
	for _, tc := range []struct {
		in       string
		err      error
		field    string
		pos, end int
	}{
		{"R4421000", skillcert.ErrLength, "", 0, 0},
		{"R442100011", skillcert.ErrLength, "", 0, 0},
		{"Y00012321000", skillcert.ErrLength, "", 0, 0},
		{"R99210001", ErrIssuer, "issuer", 2, 3},
		{"R 10 21 0001", ErrIssuer, "issuer", 3, 4},
		{"Q44210001", ErrCategory, "category", 1, 1},
		{"R4421000X", ErrPlaceholder, "serial", 9, 9},
		{"Y0001A3210001", ErrCharacter, "issuer", 6, 6},
		{"Ｙ　０００１２３　Ａ１　０００１", ErrCharacter, "year", 10, 10},
		{"", skillcert.ErrLength, "", 0, 0},
	} {
		_, err := ParseCard(tc.in)
		var e *skillcert.Error
		if !errors.As(err, &e) || !errors.Is(err, tc.err) || e.Field != tc.field || e.Pos != tc.pos || e.End != tc.end || e.Input != tc.in ||
			e.What != "supervisor card" || !strings.HasPrefix(e.Source, "人社职司便函〔2020〕53号 附件1") {
			t.Errorf("ParseCard(%q) = %v; want %s at %d–%d", tc.in, err, tc.field, tc.pos, tc.end)
		}
	}
}

func parts[T interface{ Parts() iter.Seq[Part] }](v T) []Part { return slices.Collect(v.Parts()) }

func TestCardParts(t *testing.T) {
	ps := parts(MustParseCard("R44210001"))
	if len(ps) != 4 || ps[1].Meaning() != "广东省" || ps[1].MeaningEnglish() != "Guangdong" || ps[2].Positions() != "4–5" || ps[3].Positions() != "6–9" ||
		ps[3].Source != "人社职司便函〔2020〕53号 附件1 一（二）4" {
		t.Errorf("external card parts: %+v", ps)
	}
	ps = parts(MustParseCard("Y000123210001"))
	if len(ps) != 4 || ps[1].Positions() != "2–7" || ps[1].Value() != "000123" || ps[3].Value() != "0001" || ps[0].MeaningEnglish() != "employer" ||
		ps[1].Meaning() != "" || ps[2].Meaning() != "2021年" || ps[3].Meaning() != "第1号" {
		t.Errorf("internal card parts: %+v", ps)
	}
	if len(parts(Card{})) != 0 {
		t.Error("parts of the zero Card")
	}
}
