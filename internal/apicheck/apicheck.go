// Package apicheck lists the exported API of the module's library packages,
// one declaration a line, in the manner of the Go project's api/ files, so that
// a test can compare it with the record in api/v1.txt and fail on a change
// nobody recorded.
package apicheck

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// List returns the sorted API lines of every library package below root, the
// module's directory. Packages under internal/, cmd/, examples/ and testdata/,
// and main packages, are not part of the API.
func List(root, module string) ([]string, error) {
	var lines []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		base := d.Name()
		if rel != "." && (strings.HasPrefix(base, ".") || base == "internal" || base == "testdata" || base == "cmd" || base == "examples" || base == "api" || base == "docs" || base == "scripts") {
			return filepath.SkipDir
		}
		pkgPath := module
		if rel != "." {
			pkgPath += "/" + rel
		}
		ls, err := listDir(path, pkgPath)
		lines = append(lines, ls...)
		return err
	})
	slices.Sort(lines)
	return slices.Compact(lines), err
}

func listDir(dir, pkgPath string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" || hasIgnoreTag(f) {
			continue
		}
		files = append(files, f)
	}
	var out []string
	add := func(s string) { out = append(out, "pkg "+pkgPath+", "+s) }
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				sig := signature(fset, d.Type)
				if d.Recv != nil {
					recv := node(fset, d.Recv.List[0].Type)
					if !ast.IsExported(strings.TrimLeft(baseName(recv), "*")) {
						continue
					}
					add("method (" + recv + ") " + d.Name.Name + sig)
					continue
				}
				add("func " + d.Name.Name + sig)
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if !s.Name.IsExported() {
							continue
						}
						typeLines(fset, s, add)
					case *ast.ValueSpec:
						for i, name := range s.Names {
							if !name.IsExported() {
								continue
							}
							kind := "var "
							if d.Tok == token.CONST {
								kind = "const "
							}
							line := kind + name.Name
							if s.Type != nil {
								line += " " + node(fset, s.Type)
							}
							if d.Tok == token.CONST && i < len(s.Values) {
								if lit, ok := s.Values[i].(*ast.BasicLit); ok && !strings.Contains(lit.Value, "\n") && len(lit.Value) <= 80 {
									line += " = " + lit.Value
								}
							}
							add(line)
						}
					}
				}
			}
		}
	}
	return out, nil
}

func typeLines(fset *token.FileSet, s *ast.TypeSpec, add func(string)) {
	name := s.Name.Name
	if s.TypeParams != nil {
		name += node(fset, s.TypeParams)
	}
	assign := ""
	if s.Assign.IsValid() {
		assign = "= "
	}
	switch t := s.Type.(type) {
	case *ast.StructType:
		add("type " + name + " struct")
		for _, f := range t.Fields.List {
			typ := node(fset, f.Type)
			if len(f.Names) == 0 {
				if ast.IsExported(strings.TrimLeft(baseName(typ), "*")) {
					add("type " + name + " struct, embedded " + typ)
				}
				continue
			}
			for _, n := range f.Names {
				if n.IsExported() {
					add("type " + name + " struct, " + n.Name + " " + typ)
				}
			}
		}
	case *ast.InterfaceType:
		add("type " + name + " interface")
		for _, m := range t.Methods.List {
			for _, n := range m.Names {
				if n.IsExported() {
					add("type " + name + " interface, " + n.Name + signature(fset, m.Type.(*ast.FuncType)))
				}
			}
			if len(m.Names) == 0 {
				add("type " + name + " interface, embedded " + node(fset, m.Type))
			}
		}
	default:
		add("type " + name + " " + assign + node(fset, s.Type))
	}
}

func baseName(typ string) string {
	if i := strings.IndexByte(typ, '['); i >= 0 {
		typ = typ[:i]
	}
	if i := strings.LastIndexByte(typ, '.'); i >= 0 {
		typ = typ[i+1:]
	}
	return typ
}

func hasIgnoreTag(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build") && strings.Contains(c.Text, "ignore") {
				return true
			}
		}
	}
	return false
}

func node(fset *token.FileSet, n ast.Node) string {
	var b bytes.Buffer
	cfg := printer.Config{Mode: printer.RawFormat}
	_ = cfg.Fprint(&b, fset, n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// signature prints a function type without parameter names, as "(string,
// int) (Code, error)": renaming a parameter changes no caller.
func signature(fset *token.FileSet, ft *ast.FuncType) string {
	s := ""
	if ft.TypeParams != nil {
		s += "[" + types(fset, ft.TypeParams) + "]"
	}
	s += "(" + types(fset, ft.Params) + ")"
	if ft.Results != nil && len(ft.Results.List) > 0 {
		r := types(fset, ft.Results)
		if len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) <= 1 {
			s += " " + r
		} else {
			s += " (" + r + ")"
		}
	}
	return s
}

func types(fset *token.FileSet, fl *ast.FieldList) string {
	var parts []string
	for _, f := range fl.List {
		t := node(fset, f.Type)
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for range n {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, ", ")
}
