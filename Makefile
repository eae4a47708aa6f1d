# Signpost — the two commands (see README.md):
#
#   make run    build and run the app at http://127.0.0.1:3000 (embedded SQLite, demo data)
#   make test   run every test: Rust unit and integration tests, then Playwright in Chromium
#   (make bench runs the benchmarks and writes docs/BENCHMARKS.md)
#
# Both install what they need first (.ci/tools.sh), skipping whatever is already there.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Build output lives outside the clone so that fresh clones (and CI) reuse earlier builds;
# set CARGO_TARGET_DIR yourself to put it elsewhere. Works from empty too.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/signpost/target
# Tools we install (wasm-opt from npm) come first on PATH.
export PATH := $(shell .ci/tools.sh path)
# Where `make run` keeps its database (created and loaded with the demo directory on first start).
export DATABASE_URL ?= sqlite://signpost.db

.PHONY: help run test tools tools-test build-release rust-tests budget e2e bench

help:
	@sed -n '2,7p' Makefile | sed 's/^# \{0,1\}//'

tools:
	@.ci/tools.sh build

tools-test:
	@.ci/tools.sh test

build-release: tools
	cargo leptos build --release --precompress --split

run: build-release
	LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_ADDR=$${LEPTOS_SITE_ADDR:-127.0.0.1:3000} \
		"$(CARGO_TARGET_DIR)/release/signpost"

rust-tests: tools
	cargo leptos test

# The bundle-size budget (bench/budget.json) is part of the tests.
budget: build-release
	node bench/budget.mjs

e2e: tools-test build-release
	cd end2end && SIGNPOST_BIN="$(CARGO_TARGET_DIR)/release/signpost" npx playwright test

test: tools-test
	$(MAKE) --no-print-directory rust-tests
	$(MAKE) --no-print-directory budget
	$(MAKE) --no-print-directory e2e

bench:
	bench/run.sh
