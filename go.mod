module github.com/skillcert/skillcert

go 1.23.0

require (
	github.com/google/go-cmp v0.5.6
	github.com/leanovate/gopter v0.2.11
	golang.org/x/text v0.28.0
)
