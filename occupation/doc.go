// Package occupation is the occupation dictionary (中华人民共和国职业分类大典,
// 2022 edition), the work types of the occupations the seeds name, and the
// skilled-personnel part of the 2021 national qualification catalogue
// (国家职业资格目录).
//
//	c, _ := occupation.Parse("4-12-01-01")        // also "4120101", "４－１２－０１－０１"
//	e, _ := occupation.Lookup(c)                   // {4-12-01-01 汽车维修工 …}
//	occupation.Chain(c)                            // 4 → 4-12 → 4-12-01 → 4-12-01-01
//	e, _ = occupation.LookupName("钳工")            // 6-20-01-01 装配钳工: the 2015 name (D15)
//	e, _ = occupation.LookupName("专业技术人员")     // a category: e.IsCategory()
//	entry, _ := occupation.CatalogueFor(occupation.MustParse("3-02-03-01")) // 消防员: to become 准入类
//
// The dictionary has 8 major, 79 middle, 450 minor categories and 1,639
// occupations. It is generated from a public transcription (csco22.csv, MIT)
// with every correction listed, with its reason, in
// internal/gen/corrections.tsv, and cross-checked against a second
// transcription (DECISIONS.md D15; go generate ./occupation). The green (L)
// and digital (S) marks are kept as flags. Look-up by code and by name
// allocates nothing.
//
// The documents predate the 2022 edition and cite the 2015 one; the 2015 codes
// and names they print are kept as aliases, so a record that says 钳工 is
// found as 6-20-01-01.
package occupation
