package occupation

//go:generate go run ./internal/gen -data ../../shared/data/occupation -corrections internal/gen/corrections.tsv -o dictionary.tsv
