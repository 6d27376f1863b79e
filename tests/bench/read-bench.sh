#!/bin/sh
# read-bench.sh: read + tokenize >= 100 MB of notes on one thread and
# compare with `wc -w` on the same bytes in the same run.
# The corpus is the shared notes replicated with a varying first line (so
# ids differ), built in a temporary directory at bench time.
# Usage: tests/bench/read-bench.sh [MEGABYTES]   (run from the build tree)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
src=${NOTEPIPE_SRCDIR:-$top}
notes="$src/../shared/data/notes"
want_mb=${1:-100}
[ -d "$notes" ] || { echo "read-bench: $notes not found (needs the shared notes data)"; exit 77; }
bench="$top/tests/bench/bench-read"
[ -x "$bench" ] || { echo "read-bench: build it first: make -C $top tests/bench/bench-read"; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$notes" -type f \( -name '*.md' -o -name '*.txt' \) ! -name delegates.txt ! -path '*/gold/*' | sort > "$work/seed"
seed_bytes=$(cat $(cat "$work/seed") | wc -c)
copies=$(( want_mb * 1000000 / seed_bytes + 1 ))
i=0
while [ $i -lt $copies ]; do
  mkdir -p "$work/c$i"
  n=0
  while read -r f; do
    n=$((n + 1))
    ext=${f##*.}
    { echo "copy $i of $(basename "$f")"; cat "$f"; } > "$work/c$i/$n.$ext"
  done < "$work/seed"
  i=$((i + 1))
done
find "$work" -path "$work/c*" -type f | sort > "$work/list"
total=$(cat $(cat "$work/list") | wc -c)
echo "corpus: $(wc -l < "$work/list") files, $total bytes"

# warm the page cache once so neither side pays for the disk
cat $(cat "$work/list") > /dev/null

t0=$(date +%s.%N)
cat $(cat "$work/list") | wc -w > /dev/null
t1=$(date +%s.%N)
"$bench" "@$work/list" > "$work/out"
t2=$(date +%s.%N)
cat "$work/out"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v bytes="$total" 'BEGIN {
  wc = b - a; np = c - b;
  printf "wc -w: %.3f s (%.1f MB/s)\nnotepipe read+tokenize: %.3f s (%.1f MB/s)\nratio notepipe/wc -w: %.2f (goal <= 3)\n",
         wc, bytes / 1e6 / wc, np, bytes / 1e6 / np, np / wc }'
