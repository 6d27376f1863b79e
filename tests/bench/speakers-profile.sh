#!/bin/sh
# speakers-profile.sh: where the time the speakers plugin adds goes, by
# function, the core's own slowdown included.
#
# A timer inside the plugin sees its own code only.  But the core reads
# the next note more slowly after the plugin ran (what the plugin left in
# the caches), and that is part of what the plugin adds.  So this samples
# two processes with perf, one running the pipeline with --plugins none
# and one with the plugin (bench-speakers --alone, the same rounds over
# the same notes), and prints, per function, the samples of the second
# less those of the first: each line's share of the difference is its
# share of what the plugin adds.  A core function high on the list (the
# word cache's np_word_info, say) is the core slowed down, not called by
# the plugin.
#
# usage: tests/bench/speakers-profile.sh [ROUNDS] [LINES]
#   ROUNDS passes per process (default 20), LINES functions shown
#   (default 40).  Needs perf (linux-perf); exits 77 without it.
# env:   NOTES_DIR (default ../shared/data/notes); build the bench first
#        (`make tests/bench/bench-speakers`).
set -eu
cd "$(dirname "$0")/../.."
ROUNDS=${1:-20}
LINES=${2:-40}
if ! command -v perf > /dev/null 2>&1; then
  echo "speakers-profile: perf is not installed (Debian: linux-perf)" >&2
  exit 77
fi
LIST=$(mktemp)
WORK=$(mktemp -d)
trap 'rm -rf "$LIST" "$WORK"' EXIT
. tests/bench/speakers-common.sh
speakers_setup speakers-profile

for which in none plugins; do
  perf record -q -e cpu-clock -F 5000 -o "$WORK/$which.data" \
    tests/bench/bench-speakers --alone "$which" "$ROUNDS" speakers "@$LIST" > "$WORK/$which.out" 2> /dev/null
  sed "s/^/$which: /" "$WORK/$which.out"
  # samples, library, function; JIT'd code (the dynamic loader's
  # trampolines, perf's own) lumped together
  perf report -q -i "$WORK/$which.data" --no-children --sort dso,sym -F sample,dso,sym -g none 2> /dev/null \
    | awk '{ n = $1; dso = $2; $1 = $2 = $3 = ""; sub (/^ +/, ""); if (dso ~ /^\[JIT\]/) { dso = "[JIT]"; $0 = "-" }
             printf "%s\t%s\t%s\n", n, dso, $0 }' > "$WORK/$which.txt"
done

# per library, then per function: the samples with the plugin less those
# without, largest first
awk -F '\t' -v totals="$WORK/totals" '
  FNR == 1 { file++ }
  file == 1 { a[$2 "\t" $3] += $1; ta += $1 }
  file == 2 { b[$2 "\t" $3] += $1; tb += $1 }
  END {
    for (k in a) diff[k] = -a[k]
    for (k in b) diff[k] += b[k]
    print ta > totals
    print tb > totals
    for (k in diff) { split (k, f, "\t"); lib[f[1]] += diff[k]; printf "f\t%d\t%s\t%s\n", diff[k], f[1], f[2] }
    for (l in lib) printf "l\t%d\t%s\n", lib[l], l
  }' "$WORK/none.txt" "$WORK/plugins.txt" > "$WORK/diff"
ta=$(sed -n 1p "$WORK/totals")
tb=$(sed -n 2p "$WORK/totals")
d=$((tb - ta))
if [ "$d" -le 0 ]; then
  echo "speakers-profile: the run with the plugin took no more samples than the reference" >&2
  exit 1
fi
awk -v a="$ta" -v b="$tb" 'BEGIN {
  printf "samples: none %d, with the plugin %d (ratio %.3f); their difference is the 100%% below\n", a, b, b / a }'
echo
echo "by library:"
grep '^l' "$WORK/diff" | sort -t "$(printf '\t')" -k2,2nr | head -8 \
  | awk -F '\t' -v d="$d" '{ printf "%8d %6.1f%%  %s\n", $2, 100 * $2 / d, $3 }'
echo
echo "by function (samples with the plugin less those without):"
grep '^f' "$WORK/diff" | sort -t "$(printf '\t')" -k2,2nr | head -"$LINES" \
  | awk -F '\t' -v d="$d" '{ printf "%8d %6.1f%%  %-24s %s\n", $2, 100 * $2 / d, $3, $4 }'
