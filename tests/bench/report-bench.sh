#!/bin/sh
# report-bench.sh: how long the report site of a batch takes to build and
# to render in headless Chromium.
#
# The corpus is ../shared/data/notes replicated into a temporary
# directory until it holds DOCS documents (default 500), each copy with a
# different last line so every document has its own id.  Measured:
#   batch with the default plugins, then `notepipe report` from its database
#   load time of the index page and of the largest document page
#   load time of a one-line page in the same browser: the reference, so a
#   noisy machine shows in both figures
# Goal (docs/reports.md): the index of a 500-document batch renders in
# under 2 seconds.  Figures are printed; nothing is asserted.
# Usage: tests/bench/report-bench.sh [DOCS]   (run from the build tree)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
src=${NOTEPIPE_SRCDIR:-$top}
notes="$src/../shared/data/notes"
want=${1:-500}
build=$(pwd)
[ -x "$build/notepipe" ] || build=$top
np=${NOTEPIPE:-$build/notepipe}
browser="$build/tests/browser/np-browser"
[ -d "$notes" ] || { echo "report-bench: $notes not found (needs the shared notes data)"; exit 77; }
[ -x "$np" ] || { echo "report-bench: build notepipe first"; exit 2; }
[ -x "$browser" ] || make -C "$build" tests/browser/np-browser > /dev/null
export NOTEPIPE_PLUGIN_PATH="${NOTEPIPE_PLUGIN_PATH:-$build/plugins}"

work=$(mktemp -d "${TMPDIR:-/tmp}/npreport-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$notes"
find . -type f \( -name '*.md' -o -name '*.txt' \) ! -path './gold/*' ! -name SOURCE.md | sort > "$work/seed"
n_seed=$(wc -l < "$work/seed")
i=0
n=0
while [ $n -lt "$want" ]; do
  r=$(printf 'r%03d' $i)
  while read -r f && [ $n -lt "$want" ]; do
    dst="$work/corpus/$r/$f"
    mkdir -p "$(dirname "$dst")"
    { cat "$f"; printf '\ncopy %s\n' "$r"; } > "$dst"
    n=$((n + 1))
  done < "$work/seed"
  i=$((i + 1))
done
cd "$work"
echo "corpus: $n documents ($n_seed distinct notes, $i copies)"
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

t () {
  name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" > "$work/out.$name" 2> "$work/err.$name" ||
    { echo "report-bench: $name failed:"; cat "$work/err.$name"; exit 1; }
  read -r wall rss < "$work/time.$name"
  printf '%-10s %8.2f s wall %8d KB peak RSS\n' "$name" "$wall" "$rss"
}
t batch "$np" batch corpus --db r.db -q
t report "$np" report r.db --out site -q
pages=$(find site -name '*.html' | wc -l)
largest=$(ls -S site/docs/*.html | head -1)
printf 'site: %d pages, %s KB; index %s KB; largest document page %s (%s KB)\n' "$pages" \
  "$(du -sk site | cut -f1)" "$(du -k site/index.html | cut -f1)" "$(basename "$largest")" "$(du -k "$largest" | cut -f1)"

echo '<!DOCTYPE html><html lang="en"><title>reference</title><p>reference</p></html>' > ref.html
load () {
  "$browser" "$1" > load.json
  python3 -c 'import json,sys; d=json.load(open("load.json")); print("%.0f %d %d" % (d["load_ms"], len(d["console_errors"]), len(d["requests"])))'
}
for round in 1 2 3; do
  set -- $(load ref.html)
  ref=$1
  set -- $(load site/index.html)
  idx=$1 idx_err=$2 idx_req=$3
  set -- $(load "$largest")
  doc=$1
  printf 'round %d: reference page %5d ms; index %5d ms (%d console errors, %d requests); largest document %5d ms\n' \
    "$round" "$ref" "$idx" "$idx_err" "$idx_req" "$doc"
done
