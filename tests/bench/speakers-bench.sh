#!/bin/sh
# speakers-bench.sh: the time the speakers plugin adds to the core pipeline.
#
# Two measures over every note of the shared corpus, each a ratio of CPU
# time (user + system) measured in the same invocation against a run with
# --plugins none:
#  1. pipeline: read, build, tokenize, attribute; no output
#     (tests/bench/bench-speakers, in one process, rounds alternated);
#     the goal of issue 4 is a ratio of at most 1.20 here, judged by the
#     mean over INVOCATIONS processes (tests/bench/speakers-invocations.sh:
#     one process's median moves by about 0.02); then the same for each
#     series of notes (a directory of 10 notes or more);
#  2. CLI: `notepipe run --format FORMAT` end to end, for reference: the
#     writer's cost grows with the layers it serializes (JSON much more
#     than the text view).
# The best round of each measure is reported (other load on the machine
# only ever adds time), with the median ratio of the rounds.
#
# usage: tests/bench/speakers-bench.sh [ROUNDS] [FORMAT]   (default 7, json)
# env:   NOTES_DIR (default ../shared/data/notes), INVOCATIONS (default 9);
#        run `make check` (or `make tests/bench/bench-speakers`) first.
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=${1:-7}
FORMAT=${2:-json}
LIST=$(mktemp)
TIMES=$(mktemp)
PART=$(mktemp)
trap 'rm -f "$LIST" "$TIMES" "$PART"' EXIT
. tests/bench/speakers-common.sh
NOTEPIPE_PLUGIN_PATH="$PWD/plugins"
speakers_setup speakers-bench

echo "== pipeline (no output), $(wc -l < "$LIST") files"
tests/bench/bench-speakers "$ROUNDS" speakers "@$LIST"
# the measure the goal is judged by: the mean over processes
echo "== pipeline (no output), over ${INVOCATIONS:=9} processes"
tests/bench/speakers-invocations.sh "$INVOCATIONS" "$ROUNDS"

# The same per series of notes (each directory under NOTES_DIR holding 10
# notes or more): long transcripts and short minutes cost the plugin very
# differently against the core, and the corpus ratio is their mix.
for dir in "$NOTES_DIR"/*/; do
  grep -F "$dir" "$LIST" > "$PART" || true
  [ "$(wc -l < "$PART")" -ge 10 ] || continue
  printf '== pipeline, %s (%d files): ' "$(basename "$dir")" "$(wc -l < "$PART")"
  tests/bench/bench-speakers "$ROUNDS" speakers "@$PART" | sed -n 's/^best CPU: //p'
done

echo "== CLI: notepipe run --format $FORMAT"
cpu_of () {
  /usr/bin/env time -f '%U %S' -o "$TIMES" ./notepipe run --format "$FORMAT" --plugins "$1" $(cat "$LIST") > /dev/null
  awk '{ printf "%.3f\n", $1 + $2 }' "$TIMES"
}
cpu_of none > /dev/null
best_b="" best_s="" ratios=""
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  b=$(cpu_of none)
  s=$(cpu_of speakers)
  ratios="$ratios $(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.3f", s / b }')"
  best_b=$(awk -v x="$b" -v y="${best_b:-1e9}" 'BEGIN { print (x < y) ? x : y }')
  best_s=$(awk -v x="$s" -v y="${best_s:-1e9}" 'BEGIN { print (x < y) ? x : y }')
  i=$((i + 1))
done
median=$(printf '%s\n' $ratios | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
awk -v b="$best_b" -v s="$best_s" -v m="$median" -v r="$ROUNDS" \
  'BEGIN { printf "rounds: %d\nbest CPU: none %.3fs  speakers %.3fs  ratio %.3f\nmedian ratio of rounds: %.3f\n", r, b, s, s / b, m }'
