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

# written data reaches the disk before timing (writeback would compete);
# warm the page cache once so neither side pays for the disk
sync
cat $(cat "$work/list") > /dev/null

# ROUNDS rounds (default 5), wc -w and notepipe in turn; the best of each
# side and the median ratio are reported: on a shared machine noise only
# slows, and alternating exposes both sides to the same load
rounds=${ROUNDS:-5}
now () { date +%s.%N; }
r=0
: > "$work/times"
while [ $r -lt "$rounds" ]; do
  t0=$(now)
  cat $(cat "$work/list") | wc -w > /dev/null
  t1=$(now)
  "$bench" "@$work/list" > "$work/out"
  t2=$(now)
  echo "$t0 $t1 $t2" >> "$work/times"
  r=$((r + 1))
done
cat "$work/out"
awk -v bytes="$total" '{ wc[NR] = $2 - $1; np[NR] = $3 - $2; ratio[NR] = np[NR] / wc[NR] }
  END {
    n = NR; bw = wc[1]; bn = np[1]
    for (i = 2; i <= n; i++) { if (wc[i] < bw) bw = wc[i]; if (np[i] < bn) bn = np[i] }
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (ratio[j] < ratio[i]) { t = ratio[i]; ratio[i] = ratio[j]; ratio[j] = t }
    med = n % 2 ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
    printf "rounds: %d\nwc -w: best %.3f s (%.1f MB/s)\nnotepipe read+tokenize: best %.3f s (%.1f MB/s)\n", n, bw, bytes / 1e6 / bw, bn, bytes / 1e6 / bn
    printf "ratio notepipe/wc -w: %.2f of the bests, %.2f median of rounds (goal <= 3)\n", bn / bw, med }' "$work/times"
