module github.com/skillcert/skillcert/cmd/skillcert

go 1.23.0

require (
	github.com/skillcert/skillcert v0.0.0-00010101000000-000000000000
	github.com/xuri/excelize/v2 v2.9.1
	golang.org/x/text v0.28.0
)

require (
	github.com/richardlehane/mscfb v1.0.4 // indirect
	github.com/richardlehane/msoleps v1.0.4 // indirect
	github.com/tiendc/go-deepcopy v1.6.0 // indirect
	github.com/xuri/efp v0.0.1 // indirect
	github.com/xuri/nfp v0.0.1 // indirect
	golang.org/x/crypto v0.38.0 // indirect
	golang.org/x/net v0.40.0 // indirect
)

// The tool is built from this repository, with the library beside it.
replace github.com/skillcert/skillcert => ../..
