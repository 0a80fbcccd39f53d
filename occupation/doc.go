// Package occupation is the occupation dictionary, 中华人民共和国职业分类大典
// （2022年版）, with the names earlier editions and the documents use, the work
// types the documents print, the skilled-personnel part of
// 国家职业资格目录（2021年版）, and overlays for what the ministry announces
// between editions.
//
//	c, _ := occupation.Parse("4-12-01-01")        // also "4120101", "４－１２－０１－０１"
//	e, _ := occupation.Lookup(c)                   // {4-12-01-01 汽车维修工 …}
//	occupation.Chain(c)                            // 4 → 4-12 → 4-12-01 → 4-12-01-01
//	e, _ = occupation.LookupName("钳工")            // 6-20-01-01 装配钳工
//	n, _ := occupation.NameOf("钳工")               // FormerName, edition 2015
//	n, _ = occupation.NameOf("育婴员")              // RetiredName, with the reason
//	e, _ = occupation.LookupName("专业技术人员")     // a category: e.IsCategory()
//	entry, _ := occupation.CatalogueFor(occupation.MustParse("3-02-03-01")) // 消防员: to become 准入类
//
// # The shipped edition
//
// The dictionary has 8 major, 79 middle, 450 minor categories and 1,639
// occupations, 97 of them marked digital (S, 数字职业) and 134 green (L,
// 绿色职业), 23 both. It is generated from a public transcription of the book
// (csco22.csv, MIT licence) with every correction listed, with its reason, in
// internal/gen/corrections.tsv, and cross-checked name by name, at every
// depth, against a second transcription; where they differ the book's name is
// taken (go generate ./occupation). Edition, EditionTitle and EditionDate say
// what it is; every Entry's Origin says which edition or overlay it came from.
//
// Certificates issued under the 2015 edition stay in circulation, and the
// documents print 2015 and 1999 names. Every such name the documents print is
// either a FormerName or VariantName that LookupName follows to its 2022 entry
// (钳工 → 6-20-01-01 装配钳工, 保育员 → 4-10-01-03 保育师), or a RetiredName that
// NameOf reports with the reason the 2022 edition has no entry for it (育婴员).
//
// # Overlays
//
// The ministry announces new occupations, with their codes, between editions
// (中就培函〔2019〕35号). A caller loads such an announcement as an overlay
// and builds a Dictionary from the shipped edition and the overlays; the
// shipped tables are never changed, so Dictionary values are safe to share:
//
//	o, err := occupation.ReadOverlay(f, "2024-new.tsv")
//	d, err := occupation.New(o)
//	e, _ := d.Lookup(occupation.MustParse("4-04-05-12")) // e.Origin names the announcement
//
// An overlay file is UTF-8 text, one record a line, fields separated by tabs,
// # comments and blank lines ignored. The first record is
//
//	announcement	<number or title>	<YYYY-MM-DD>
//
// and each further record is
//
//	<code>	<name>	[marks: L, S, L/S or -]	[work types, separated by 、]	[former name]
//
// A code the shipped edition lacks is added (its category must exist); a code
// it has must keep its name, unless the record gives the current name as the
// former name, which renames it (the old name stays a FormerName). Work types
// are added to a WorkTypes table with WorkTypes.With, or taken with the
// dictionary's own by Dictionary.WorkTypes; an overlay's work types are
// national, while each province's printed work types stay that province's
// table (WorkTypes.ForProvince). A malformed code or
// date, a code reused with another name, or a name another occupation has is
// an error naming the line.
package occupation
