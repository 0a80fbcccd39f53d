package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/skillcert/skillcert"
)

// part is one file of a generated workbook.
type part struct {
	name string
	data string
}

const (
	ctTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`
	rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	workbookXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="证书信息表" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>`
	workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>`
	sheetTail = `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
	sheet2    = sheetHead + `<row r="1"><c r="A1" t="inlineStr"><is><t>填表说明</t></is></c></row>` + sheetTail
	sstEmpty  = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>`
)

// sst returns a shared-strings part holding the strings.
func sst(items ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(items), len(items))
	for _, s := range items {
		b.WriteString("<si><t>")
		b.WriteString(s) // already escaped by the caller
		b.WriteString("</t></si>")
	}
	b.WriteString("</sst>")
	return b.String()
}

// book builds a workbook whose first sheet is sheetXML and whose shared
// strings are sstXML, with the given parts replaced or added (a part with
// data "-" is left out).
func book(t testing.TB, sheetXML, sstXML string, extra ...part) []byte {
	t.Helper()
	parts := []part{
		{"[Content_Types].xml", ctTypes},
		{"_rels/.rels", rootRels},
		{"xl/workbook.xml", workbookXML},
		{"xl/_rels/workbook.xml.rels", workbookRels},
		{"xl/worksheets/sheet1.xml", sheetXML},
		{"xl/worksheets/sheet2.xml", sheet2},
		{"xl/sharedStrings.xml", sstXML},
	}
	for _, e := range extra {
		found := false
		for i := range parts {
			if parts[i].name == e.name {
				parts[i].data, found = e.data, true
			}
		}
		if !found {
			parts = append(parts, e)
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.data == "-" {
			continue
		}
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheetOf wraps rows in a worksheet.
func sheetOf(rows string) string { return sheetHead + rows + sheetTail }

// readAll reads every row of the sheet of the workbook in data.
func readAll(t testing.TB, data []byte, sheet string, lim Limits) ([]Row, error) {
	t.Helper()
	b, err := Open(bytes.NewReader(data), int64(len(data)), lim)
	if err != nil {
		return nil, err
	}
	var rows []Row
	for r, err := range b.Rows(sheet) {
		if err != nil {
			return rows, err
		}
		rows = append(rows, Row{Num: r.Num, Cells: slices.Clone(r.Cells)})
	}
	return rows, nil
}

// wantErr checks that err is a *skillcert.Error of the kind whose message
// holds every one of the fragments.
func wantErr(t *testing.T, err error, kind error, frags ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want %v with %q", kind, frags)
	}
	var se *skillcert.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %T %v is not a *skillcert.Error", err, err)
	}
	if !errors.Is(err, kind) {
		t.Errorf("error %q is not of kind %v", err, kind)
	}
	msg := err.Error()
	for _, f := range frags {
		if !strings.Contains(msg, f) {
			t.Errorf("error %q does not say %q", msg, f)
		}
	}
	if len(msg) > 1000 {
		t.Errorf("error message of %d bytes; want a short one", len(msg))
	}
}
