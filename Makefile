# Kontaktpunkt: `make run` serves the app, `make test` runs every check.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMIUM ?= /usr/bin/chromium

.PHONY: run relay test setup setup-test widget rate views build fmt lint test-native test-browser test-e2e bench fuzz clean

# The relay of live sessions (docs/collaboration.md): the unmodified y-websocket-server of the
# npm package @y/websocket-server (pinned in package.json), on loopback, keeping its rooms in
# RELAY_DATA. It only ever holds ciphertext.
RELAY_PORT ?= 1234
RELAY_DATA ?= target/relay-rooms
RELAY_URL ?= ws://127.0.0.1:$(RELAY_PORT)
RELAY_START = HOST=127.0.0.1 PORT=$(RELAY_PORT) YPERSISTENCE=$(RELAY_DATA) node node_modules/@y/websocket-server/src/server.js

# The app and, beside it, the relay, so a live session works between browsers on this machine;
# the relay stops with the app. The app is built for that relay (KONTAKTPUNKT_RELAY).
run: setup widget rate views
	@$(RELAY_START) & relay=$$!; trap 'kill $$relay 2>/dev/null' EXIT INT TERM; \
	  KONTAKTPUNKT_RELAY=$(RELAY_URL) trunk serve --release --offline

relay: setup
	$(RELAY_START)

# The self-check widget, its own small build, one wasm per language: the English one
# (widget/en/index.html) first, then the German page, which takes it in (scripts/postbuild.mjs);
# the app's build copies the result into dist/widget/. Each into its own folder, as every
# Trunk build empties its output.
widget: setup
	trunk build --release --offline --dist target/widget-en widget/en/index.html
	trunk build --release --offline --dist target/widget-dist widget/index.html

# The rater's page of a rating round, its own small build, one wasm per language as the
# widget's: the English one (rate/en/index.html) first, then the German page (rate/index.html),
# which takes it in; the app's build copies the result into dist/rate/.
rate: setup
	trunk build --release --offline --dist target/rate-en rate/en/index.html
	trunk build --release --offline --dist target/rate-dist rate/index.html

# The views module (views/index.html): the views not needed on the first screen (the rating
# round view, …), one wasm that the app loads when one of them opens; the app's build copies
# it into dist/views/.
views: setup
	trunk build --release --offline --dist target/views-dist views/index.html

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

build: setup widget rate views
	trunk build --release --offline

test: setup-test
	@$(MAKE) --no-print-directory fmt lint test-native test-browser build test-e2e

fmt:
	cargo fmt --all -- --check

lint:
	@command -v node >/dev/null || { echo "make lint: node is missing (needed by scripts/check-layers.mjs)" >&2; exit 1; }
	node scripts/check-layers.mjs
	cargo clippy --workspace --all-targets -- -D warnings
	# The core's own tests use proptest, which has no wasm32 build; its library is linted
	# for wasm32 as a dependency of the app.
	cargo clippy -p kontaktpunkt --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p kontaktpunkt-sync --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace
	# The widget's one-language build (feature only-en, see Lang::built).
	cargo test -p kontaktpunkt-core --features only-en --test one_language

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser
	# The live session's cipher (AES-GCM through WebCrypto) in a worker.
	cargo test -p kontaktpunkt-sync --target wasm32-unknown-unknown --test webcrypto

test-e2e:
	node --test --test-concurrency=1 e2e/

bench: setup-test build
	@scripts/bench.sh

# Every reader of outside input, fed random and mutated inputs from a fixed seed: 1,000,000
# share links and 200,000 inputs for each other reader (about 7 to 11 min on a shared 2-core machine). `make test`
# runs a short version (fuzz/tests/hostile.rs), `make bench` prints a short run's figures.
fuzz:
	cargo run --release -p kontaktpunkt-fuzz -- --share 1000000 --others 200000

clean:
	cargo clean
	rm -rf dist
