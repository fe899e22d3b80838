#!/usr/bin/env bash
# Prints the project's figures as one table, so versions can be compared.
# Expects a release build in dist/ (make bench builds it first).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=()
add() { rows+=("$1"$'\t'"$2"$'\t'"$3"); }

size_of() { stat -c %s "$1"; }
gz_size() { gzip -9 -c "$1" | wc -c; }

for kind in wasm js css; do
  file=$(ls dist/*."$kind" 2>/dev/null | head -n1 || true)
  [ -n "$file" ] || continue
  add "bundle: $kind raw" "$(size_of "$file")" bytes
  add "bundle: $kind gzip -9" "$(gz_size "$file")" bytes
done

while IFS= read -r line; do
  rows+=("$line")
done < <(cargo run --quiet --release -p kontaktpunkt-core --example bench)

if [ -f e2e/bench.mjs ]; then
  while IFS= read -r line; do
    rows+=("$line")
  done < <(node e2e/bench.mjs)
fi

printf '| %-58s | %12s | %-6s |\n' figure value unit
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..8})"
for row in "${rows[@]}"; do
  IFS=$'\t' read -r name value unit <<<"$row"
  printf '| %-58s | %12s | %-6s |\n' "$name" "$value" "$unit"
done
