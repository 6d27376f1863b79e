#!/bin/sh
# speakers-invocations.sh: the speakers plugin's time ratio over several
# processes, with its uncertainty.
#
# One invocation of bench-speakers alternates rounds with and without the
# plugin, but its median still moves from one process to the next (each
# process has its own address layout and runs at its own moment on a
# shared machine): 20 invocations of 7 rounds over the shared notes gave
# medians from 1.17 to 1.26, a standard deviation of 0.02.  A judgment of
# the 1.20 goal, or of a change of a few percent, needs the mean of
# several invocations and its standard error, which this prints.
#
# usage: tests/bench/speakers-invocations.sh [INVOCATIONS] [ROUNDS] [DIR]
#   INVOCATIONS processes (default 9) of ROUNDS rounds (default 7) each;
#   with DIR, each invocation is `bench-speakers --compare DIR` and the
#   figure is the paired ratio B/A (B = the plugin built in DIR).
# env:   NOTES_DIR (default ../shared/data/notes); build the bench first
#        (`make tests/bench/bench-speakers`).
set -eu
cd "$(dirname "$0")/../.."
INVOCATIONS=${1:-9}
ROUNDS=${2:-7}
DIR=${3:-}
LIST=$(mktemp)
FIGURES=$(mktemp)
trap 'rm -f "$LIST" "$FIGURES"' EXIT
. tests/bench/speakers-common.sh
speakers_setup speakers-invocations

if [ -n "$DIR" ]; then
  what="paired ratio B/A (B: $DIR)"
  pattern='s/^median paired ratio B\/A: //p'
else
  what="ratio to --plugins none"
  pattern='s/^median ratio of rounds: //p'
fi
i=0
while [ "$i" -lt "$INVOCATIONS" ]; do
  if [ -n "$DIR" ]; then
    tests/bench/bench-speakers --compare "$DIR" "$ROUNDS" speakers "@$LIST"
  else
    tests/bench/bench-speakers "$ROUNDS" speakers "@$LIST"
  fi | sed -n "$pattern" >> "$FIGURES"
  i=$((i + 1))
done
echo "$(wc -l < "$LIST") files, $INVOCATIONS invocations of $ROUNDS rounds: median $what of each"
tr '\n' ' ' < "$FIGURES"
echo
# mean, standard deviation, standard error of the mean; the goal is met
# when the mean is below 1.20 by two standard errors
awk -v dir="$DIR" '
  { v[NR] = $1; s += $1 }
  END {
    m = s / NR
    for (i = 1; i <= NR; i++) d += (v[i] - m) ^ 2
    sd = NR > 1 ? sqrt (d / (NR - 1)) : 0
    se = sd / sqrt (NR)
    printf "mean %.4f  sd %.4f  standard error %.4f\n", m, sd, se
    if (dir == "")
      printf "goal (ratio <= 1.20): %s\n", m + 2 * se <= 1.20 ? "met" : (m - 2 * se > 1.20 ? "not met" : "not shown either way")
  }' "$FIGURES"
