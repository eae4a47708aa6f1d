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

.PHONY: help run test tools tools-test build-release rust-tests rust-tests-postgres load-test load-test-build budget e2e bench

help:
	@sed -n '2,7p' Makefile | sed 's/^# \{0,1\}//'

tools:
	@.ci/tools.sh build

tools-test:
	@.ci/tools.sh test

# `cargo leptos build --release --precompress --split`, skipped when nothing it reads changed
# since this clone's last build (.ci/build-release.sh says how it knows).
build-release: tools
	.ci/build-release.sh

run: build-release
	LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_ADDR=$${LEPTOS_SITE_ADDR:-127.0.0.1:3000} \
		"$(CARGO_TARGET_DIR)/release/signpost"

# The Rust tests run twice: all of them on SQLite (`cargo leptos test`, then model/'s crates'),
# then the integration tests and the lib's referrals::tests unit tests again on a throwaway
# PostgreSQL server (.ci/with-postgres.sh: a fresh cluster on a Unix socket in a temp dir, its
# admin URL in SIGNPOST_TEST_POSTGRES, stopped and removed afterwards, pass or fail).
rust-tests: tools
	.ci/own-target.sh
	cargo leptos test
	$(MODEL_TEST)
	.ci/with-postgres.sh $(MAKE) --no-print-directory rust-tests-postgres

# The server half of `cargo leptos test` as cargo-leptos 0.3.11 runs it (src/compile/server.rs,
# Project::to_envs): same command, same environment, so it reuses that build rather than
# compiling again. RUSTFLAGS is what cargo fingerprints (always-erase-components adds
# `--cfg erase_components` to any RUSTFLAGS of yours), LEPTOS_OUTPUT_NAME is compiled in
# (leptos reads it with option_env!), the rest mirror [package.metadata.leptos].
LEPTOS_TEST_ENV = RUSTFLAGS="$${RUSTFLAGS:+$$RUSTFLAGS }--cfg erase_components" \
	LEPTOS_OUTPUT_NAME=signpost LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
	LEPTOS_SITE_ADDR=127.0.0.1:3000 LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=. LEPTOS_BIN_DIR=. \
	LEPTOS_JS_MINIFY=false LEPTOS_HASH_FILES=true LEPTOS_HASH_FILE_NAME=hash.txt
SERVER_TEST = env $(LEPTOS_TEST_ENV) cargo test --package=signpost --no-default-features --features=ssr
# The crates in model/ (the directory model, the browser's decoder) and our copies of fluent-bundle
# and serde_json (vendor/*/PATCHED.md) have unit tests of their own; the same environment, so that
# the crates they share with the server's tests are not compiled again.
# (serde_json's on their own, without its documentation's examples, which need what its upstream
# test suite needs.)
MODEL_TEST = env $(LEPTOS_TEST_ENV) cargo test --package=signpost-model --package=signpost-decode --package=fluent-bundle \
	&& env $(LEPTOS_TEST_ENV) cargo test --package=serde_json --lib

# Needs SIGNPOST_TEST_POSTGRES: `.ci/with-postgres.sh make rust-tests-postgres`. Runs both
# test sets even when the first fails.
rust-tests-postgres:
	@[ -n "$${SIGNPOST_TEST_POSTGRES:-}" ] || \
		{ echo "SIGNPOST_TEST_POSTGRES is not set: run .ci/with-postgres.sh make $@" >&2; exit 2; }
	status=0; \
	$(SERVER_TEST) --lib -- referrals::tests directory::store::tests || status=$$?; \
	$(SERVER_TEST) --test server || status=$$?; \
	exit $$status

# The load test's simulated phones (src/referrals/load.rs), optimised, against servers that are
# already running: bench/bench.mjs starts them and passes SIGNPOST_LOAD_URL and the rest.
load-test:
	$(SERVER_TEST) --release --lib -- --ignored --exact --nocapture referrals::load::phones_under_load

load-test-build:
	.ci/own-target.sh
	$(SERVER_TEST) --release --lib --no-run

# The bundle-size budget (bench/budget.json) is part of the tests.
budget: build-release
	node bench/budget.mjs

e2e: tools-test build-release
	cd end2end && SIGNPOST_BIN="$(CARGO_TARGET_DIR)/release/signpost" npx playwright test

test: tools-test
	node --test .ci/reproducible-split.test.mjs .ci/merge-chunks.test.mjs .ci/shrink-main.test.mjs
	$(MAKE) --no-print-directory rust-tests
	$(MAKE) --no-print-directory budget
	$(MAKE) --no-print-directory e2e

bench:
	bench/run.sh
