#!/usr/bin/env sh
# Gives every page a WebAssembly of its own, carrying that page alone (the
# `*-page` features in Cargo.toml), so a phone downloads and compiles only
# what it shows. Trunk's own build carries every page: `trunk serve` uses
# it, and the prerender drops it from a release build, where no page does.
#
#     sh tools/page-builds.sh <staging dir>
#
# Trunk runs it after a release build (Trunk.toml), before the prerender,
# which points each page at its files: `page-<name>-<hash>.js` and
# `page-<name>-<hash>_bg.wasm`, the hash naming the content as Trunk's do.
# Same steps and settings as Trunk's: cargo, wasm-bindgen, wasm-opt -Oz.
set -eu
staging="$1"
target_dir="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for page in home engagement budget-mix compensation timeline shortlist compare; do
  cargo build --quiet --release --target wasm32-unknown-unknown --bin kolcalc \
    --no-default-features --features "$page-page"
  wasm-bindgen --target=web --no-typescript --out-dir="$work" --out-name="$page" \
    "$target_dir/wasm32-unknown-unknown/release/kolcalc.wasm"
  wasm-opt -Oz --output="$work/$page.wasm" "$work/${page}_bg.wasm"
  hash="$(cat "$work/$page.wasm" "$work/$page.js" | sha256sum | cut -c1-16)"
  cp "$work/$page.js" "$staging/page-$page-$hash.js"
  cp "$work/$page.wasm" "$staging/page-$page-${hash}_bg.wasm"
  echo "page build: $page $(wc -c <"$work/$page.wasm") bytes of WebAssembly"
done
