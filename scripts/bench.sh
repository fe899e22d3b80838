#!/usr/bin/env bash
# Prints the project's figures as one table, so versions can be compared.
# Expects a release build in dist/ (make bench builds it first).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=()
# What a first visit transfers: the files index.html loads, raw, gzip and brotli.
while IFS= read -r line; do
  rows+=("$line")
done < <(node scripts/bundle-sizes.mjs)

# The self-check widget's first load (dist/widget/): page, JS, wasm and CSS, and its requests.
while IFS= read -r line; do
  rows+=("$line")
done < <(node scripts/bundle-sizes.mjs widget)

# The rater's page of a rating round (dist/rate/): its first load and requests.
while IFS= read -r line; do
  rows+=("$line")
done < <(node scripts/bundle-sizes.mjs rate)

# The views module (dist/views/: the rating round view, …), its own wasm loaded when one of
# its views opens.
while IFS= read -r line; do
  rows+=("$line")
done < <(node scripts/bundle-sizes.mjs views)

# What the wasm is made of: gzip bytes by origin (UI, serde, core, yew, std, data), for the
# app and for the widget.
while IFS= read -r line; do
  rows+=("$line")
done < <(node scripts/wasm-composition.mjs; node scripts/wasm-composition.mjs kontaktpunkt-widget)

while IFS= read -r line; do
  rows+=("$line")
done < <(cargo run --quiet --release -p kontaktpunkt-core --example bench)

# Share links: our fragment length beside the naive encoding, for 10 … 300 touchpoints; a
# rating round's round link and return link for 30 touchpoints.
while IFS= read -r line; do
  rows+=("$line")
done < <(cargo run --quiet --release -p kontaktpunkt-core --example link_lengths)

# The fuzzer, a short run: inputs and panics, slowest input, largest allocation per reader.
while IFS= read -r line; do
  rows+=("$line")
done < <(cargo run --quiet --release -p kontaktpunkt-fuzz -- --share 20000 --others 5000 --bench)

# Live sessions through the real relay (started by the script): 10 people, 300 touchpoints,
# 1,000 edits, the relay restarted once; whether all end equal and how fast.
while IFS= read -r line; do
  rows+=("$line")
done < <(node e2e/live-bench.mjs)
# An edit in one browser until it is in the other's worker, through the loopback relay.
while IFS= read -r line; do
  rows+=("$line")
done < <(node e2e/live-latency.mjs)

if [ -f e2e/bench.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/bench.mjs)
fi

# Tabs on one model: an edit in one tab, visible in the other (p50, p95).
if [ -f e2e/tabs-bench.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/tabs-bench.mjs)
fi

# The widget on a slow phone: boot frame and first question, cold cache, gzip.
if [ -f e2e/widget-bench.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/widget-bench.mjs)
fi

# The rater's page of a rating round on the same slow phone: the first touchpoint on screen.
if [ -f e2e/rate-bench.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/rate-bench.mjs)
fi

# Lighthouse on Debian's Chromium: the four category scores of a first visit (mobile and
# desktop settings), performance and time to interactive with 300 touchpoints.
if [ -f e2e/lighthouse.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/lighthouse.mjs)
fi

printf '| %-58s | %12s | %-6s |\n' figure value unit
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..8})"
for row in "${rows[@]}"; do
  IFS=$'\t' read -r name value unit <<<"$row"
  printf '| %-58s | %12s | %-6s |\n' "$name" "$value" "$unit"
done
