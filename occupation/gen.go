package occupation

//go:generate go run ./internal/gen -data ../../shared/data/occupation -corrections internal/gen/corrections.tsv -names internal/gen/names.tsv -o dictionary.tsv -names-out names.tsv
