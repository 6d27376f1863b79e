#!/bin/sh
# speakers-scaling.sh: does the speakers plugin's work grow linearly with
# a note's size, in the shapes where a rule compares a mark with the
# others (a run of full names said once each, lower-case nicknames in
# notes whose roster names the rest, first names of accepted full names,
# marks no roster knows against a large roster), or asks a question of
# the whole note (a mark said once against those said twice for a slip,
# a style of full names with no delimiter or in bold, none supported)?
# The last shape, an attendee list of N first names alone, each the mark
# of one item, times the core's reading of the list as well: the none
# columns grow with the core's own work.
#
# Each shape is written as a note of N items and one of 2N (synthetic,
# made here with awk), both run with `notepipe run --format json`,
# with --plugins speakers and with --plugins none, best CPU time (user +
# system) of ROUNDS runs.  The growth printed is the plugin's added time
# at 2N over that at N: about 2 for linear work, 4 for quadratic.
#
# usage: tests/bench/speakers-scaling.sh [N] [ROUNDS]   (default 20000, 3)
set -eu
cd "$(dirname "$0")/../.."
N=${1:-20000}
ROUNDS=${2:-3}
export NOTEPIPE_PLUGIN_PATH="${NOTEPIPE_PLUGIN_PATH:-$PWD/plugins}"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# gen SHAPE ITEMS > FILE: a note of ITEMS marked items after a roster
gen () {
  awk -v shape="$1" -v n="$2" 'BEGIN {
    srand (7);
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; lo = "abcdefghijklmnopqrstuvwxyz";
    print "# Minutes"; print "";
    roster = shape == "roster" ? 2000 : shape == "given" ? n : 6;
    line = "Attendees: ";
    for (r = 0; r < roster; r++) {
      first[r] = word(1); line = line (r ? ", " : "") first[r] (shape == "given" ? "" : " " word(1));
    }
    print line; print "";
    for (i = 0; i < n; i++) {
      if (shape == "run") print word(1) " " word(1) ": once " i;
      else if (shape == "nicks") print (i % 2 ? word(0) : first[i % roster]) ": text " i;
      else if (shape == "firsts") print (i % 2 ? word(1) " " word(1) : word(1)) ": text " i;
      else if (shape == "brackets") print "- [" word(0) "] text " i;
      else if (shape == "names") print word(1) " " word(1) " we should look at " i;
      else if (shape == "bold") print "**" word(1) " " word(1) "**: text " i;
      else if (shape == "given") print first[i] ": text " i;
      else print word(1) " " word(1) ": text " i;
      if (shape != "run") print "";
    }
  }
  function word (cap,   w, k) {
    w = cap ? substr (up, int (rand () * 26) + 1, 1) : substr (lo, int (rand () * 26) + 1, 1);
    for (k = 0; k < 6; k++) w = w substr (lo, int (rand () * 26) + 1, 1);
    return w;
  }'
}

# best CPU seconds of ROUNDS runs of notepipe on FILE with PLUGINS
cpu () {
  best=""
  r=0
  while [ "$r" -lt "$ROUNDS" ]; do
    t=$( { /usr/bin/time -f '%U %S' ./notepipe run "$1" --plugins "$2" --format json > /dev/null; } 2>&1 | tail -1 |
         awk '{ printf "%.3f", $1 + $2 }')
    if [ -z "$best" ]; then best=$t; else best=$(echo "$best $t" | awk '{ print ($2 < $1) ? $2 : $1 }'); fi
    r=$((r + 1))
  done
  echo "$best"
}

printf '%-8s %10s %10s %10s %10s %8s\n' shape "none@N" "plugin@N" "none@2N" "plugin@2N" growth
for shape in run nicks firsts roster brackets names bold given; do
  gen "$shape" "$N" > "$DIR/a.md"
  gen "$shape" $((2 * N)) > "$DIR/b.md"
  a0=$(cpu "$DIR/a.md" none); a1=$(cpu "$DIR/a.md" speakers)
  b0=$(cpu "$DIR/b.md" none); b1=$(cpu "$DIR/b.md" speakers)
  echo "$shape $a0 $a1 $b0 $b1" | awk '{
    da = $3 - $2; db = $5 - $4;
    # the clock counts hundredths: below 0.05 s the quotient says nothing
    if (da < 0.05) printf "%-8s %10.3f %10.3f %10.3f %10.3f %8s\n", $1, $2, $3, $4, $5, "-";
    else printf "%-8s %10.3f %10.3f %10.3f %10.3f %8.2f\n", $1, $2, $3, $4, $5, db / da }'
done
