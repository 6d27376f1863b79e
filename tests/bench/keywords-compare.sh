#!/bin/sh
# keywords-compare.sh: the keywords plugin's own speed in this build tree
# against another build tree (another commit), runs interleaved so both
# see the same machine load.
#
#   tests/bench/keywords-compare.sh OTHER_BUILDDIR [REPEAT]   (from the build tree)
#
# For corpus mode and for the document scope alone: RUNS runs (default 9)
# of each tree's keywords-harness over REPEAT copies (default 4) of the
# shared keyphrase data sets, alternating; prints the best and the median
# "plugin alone" MB per CPU second of each and the ratio of the medians.
# On a shared machine single runs move by 30%: compare medians.  Figures
# only: nothing is asserted.
set -eu

srcdir=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${NOTEPIPE_BUILDDIR:-$(pwd)}
other=${1:?usage: keywords-compare.sh OTHER_BUILDDIR [REPEAT]}
repeat=${2:-4}
runs=${RUNS:-9}
data=$srcdir/../shared/data/keywords
[ -d "$data/Inspec/docs" ] || { echo "no data at $data"; exit 0; }

list=$(mktemp "${TMPDIR:-/tmp}/keywords-compare.XXXXXX")
a=$(mktemp "${TMPDIR:-/tmp}/keywords-compare.XXXXXX")
b=$(mktemp "${TMPDIR:-/tmp}/keywords-compare.XXXXXX")
trap 'rm -f "$list" "$a" "$b"' EXIT INT TERM
ls "$data/Inspec/docs"/*.txt "$data/500N-KPCrowd/docs"/*.txt > "$list"

plugin_mbs () {
  NOTEPIPE_PLUGIN_PATH=$1/plugins "$1/tests/eval/keywords-harness" --repeat "$repeat" $2 $(cat "$list") \
    | tail -1 | sed 's/.*plugin_mb_per_cpu_s=//'
}

median () { sort -g "$1" | sed -n "$(( (runs + 1) / 2 ))p"; }

for mode in "--corpus" "-o keywords.scopes=document"; do
  : > "$a"
  : > "$b"
  for k in $(seq "$runs"); do
    plugin_mbs "$other" "$mode" >> "$a"
    plugin_mbs "$builddir" "$mode" >> "$b"
  done
  printf '%-28s other: best %s, median %s; this: best %s, median %s MB/s per CPU s; medians %s x\n' \
    "$mode:" "$(sort -g "$a" | tail -1)" "$(median "$a")" "$(sort -g "$b" | tail -1)" "$(median "$b")" \
    "$(awk "BEGIN { printf \"%.2f\", $(median "$b") / $(median "$a") }")"
done
