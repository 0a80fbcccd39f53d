package region

//go:generate go run ./internal/gen -seeds ../../shared/seeds -o tables_gen.go
