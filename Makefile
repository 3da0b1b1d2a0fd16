# The portal's tasks. `make run` starts it with demo data; `make test` runs every test.
GO ?= go
export PATH := $(PATH):/usr/local/go/bin

.PHONY: run test build generate check-generated lint bench load

run: ## start the portal with demo data on http://localhost:8080
	bash scripts/run.sh

test: ## run every test against a real PostgreSQL and Chromium
	$(GO) test -count=1 ./...

build: ## build bin/sstc
	$(GO) build -o bin/sstc ./cmd/sstc

generate: ## regenerate templ components and the countries migration
	$(GO) tool templ generate -path web
	$(GO) generate ./migrations

check-generated: generate ## fail when generated code is not committed
	git diff --exit-code -- web migrations
	@test -z "$$(git status --porcelain -- web migrations)" || { git status --porcelain -- web migrations; exit 1; }

lint: ## gofmt, go vet and staticcheck
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

bench: ## micro-benchmarks of the index and handlers
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...

LOAD_URL ?= http://localhost:8080
load: build ## measure a running portal's list pages (see sstc load -h)
	bin/sstc load -url $(LOAD_URL)
