#!/bin/sh
# speakers-bench.sh: what the speakers plugin adds to the core pipeline.
#
# Runs `notepipe run` over every note of the shared corpus twice per round,
# with --plugins none (reader, tokenizer, writer: the reference) and with
# --plugins speakers, alternating so that both see the same machine state,
# and prints the CPU time (user + system) of each and their ratio, median of
# the rounds.  The goal of issue 4 is a ratio of at most 1.20.
#
# usage: tests/bench/speakers-bench.sh [ROUNDS] [FORMAT]   (default 5, json)
# env:   NOTEPIPE (default ./notepipe), NOTES_DIR (default ../shared/data/notes)
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}
FORMAT=${2:-json}
NOTEPIPE=${NOTEPIPE:-./notepipe}
NOTES_DIR=${NOTES_DIR:-../shared/data/notes}
if [ ! -d "$NOTES_DIR" ]; then
  echo "speakers-bench: no notes in $NOTES_DIR, nothing to measure" >&2
  exit 77
fi
LIST=$(mktemp)
TIMES=$(mktemp)
trap 'rm -f "$LIST" "$TIMES"' EXIT
find "$NOTES_DIR" -type f \( -name '*.md' -o -name '*.txt' \) ! -path '*/gold/*' | sort > "$LIST"
N=$(wc -l < "$LIST")

# CPU seconds (user + sys) of one run, from the shell's own accounting
cpu_of () {
  /usr/bin/env time -f '%U %S' -o "$TIMES" "$NOTEPIPE" run --format "$FORMAT" --plugins "$1" $(cat "$LIST") > /dev/null
  awk '{ printf "%.3f\n", $1 + $2 }' "$TIMES"
}

# warm the page cache and the plugin loader once
cpu_of none > /dev/null
base_all=""
spk_all=""
ratio_all=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  b=$(cpu_of none)
  s=$(cpu_of speakers)
  r=$(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.3f", s / b }')
  echo "round $((i + 1)): none ${b}s  speakers ${s}s  ratio $r"
  base_all="$base_all $b"
  spk_all="$spk_all $s"
  ratio_all="$ratio_all $r"
  i=$((i + 1))
done
median () { printf '%s\n' $1 | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "files: $N  format: $FORMAT  rounds: $ROUNDS"
echo "median CPU: none $(median "$base_all")s  speakers $(median "$spk_all")s  ratio $(median "$ratio_all") (goal <= 1.20)"
