module github.com/skillcert/skillcert

go 1.23.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/leanovate/gopter v0.2.11
	golang.org/x/text v0.28.0
)

require github.com/6tail/lunar-go v1.4.6
