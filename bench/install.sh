#!/usr/bin/env bash
# `npm ci` time and installed size of two commits, each on a clean copy (git archive), in one run and with the same
# cache state: one untimed `npm ci` of each first fills the npm cache, then RUNS timed installs alternate between the
# two copies (so load from other work on the machine falls on both alike). Also the size of what production needs
# (`npm ci --omit=dev`) and the npm warnings each install prints.
#   bash bench/install.sh [BASE] [HEAD]     (defaults: d8fa41b, HEAD; RUNS=3)
set -euo pipefail
base="${1:-d8fa41b}"
head="${2:-HEAD}"
runs="${RUNS:-3}"
root="$(git rev-parse --show-toplevel)"
. "$root/scripts/node22.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for name in base head; do
  rev="$base"
  [ "$name" = head ] && rev="$head"
  mkdir -p "$work/$name"
  git -C "$root" archive "$rev" | tar -x -C "$work/$name"
  echo "$name = $(git -C "$root" rev-parse --short "$rev")"
done
echo "node $(node -v), npm $(npm -v), $(nproc) cores; npm cache warm (filled by one untimed install of each copy)"

ci() {
  if ! (cd "$work/$1" && rm -rf node_modules && npm ci --no-audit --no-fund "${@:2}" >"$work/$1.log" 2>&1); then
    echo "npm ci ${*:2} failed in the $1 copy:" >&2
    tail -20 "$work/$1.log" >&2
    return 1
  fi
}
for name in base head; do ci "$name"; done

declare -A times
for i in $(seq 1 "$runs"); do
  for name in base head; do
    start=$(date +%s.%N)
    ci "$name"
    end=$(date +%s.%N)
    times[$name]="${times[$name]:-} $(echo "$end - $start" | bc)"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb() { du -sb "$1" | awk '{printf "%.1f", $1/1048576}'; }
# Installed packages: folders with a package.json right under a node_modules (or an @scope in one), at any depth.
count() {
  node -e '
    const { readdirSync, existsSync } = require("node:fs");
    const { join } = require("node:path");
    let n = 0;
    const walk = (dir) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (!e.isDirectory() || e.name.startsWith(".")) continue;
        const path = join(dir, e.name);
        if (e.name.startsWith("@")) { walk(path); continue; }
        if (existsSync(join(path, "package.json"))) n++;
        if (existsSync(join(path, "node_modules"))) walk(join(path, "node_modules"));
      }
    };
    walk(process.argv[1]);
    console.log(n);' "$1"
}
printf '\n%-5s %12s %16s %10s %10s %22s %10s\n' '' 'npm ci (s)' 'node_modules MB' 'packages' 'warnings' 'omit=dev node_modules' 'packages'
for name in base head; do
  t=$(echo "${times[$name]}" | median)
  size=$(mb "$work/$name/node_modules")
  pkgs=$(count "$work/$name/node_modules")
  cp "$work/$name.log" "$work/$name.full.log"
  warns=$(grep -c '^npm warn' "$work/$name.full.log" || true)
  ci "$name" --omit=dev
  psize=$(mb "$work/$name/node_modules")
  ppkgs=$(count "$work/$name/node_modules")
  printf '%-5s %12s %16s %10s %10s %22s %10s\n' "$name" "$t" "$size" "$pkgs" "$warns" "$psize" "$ppkgs"
  echo "      runs:${times[$name]}"
  grep '^npm warn' "$work/$name.full.log" | sed 's/^/      /' || true
done
