#!/bin/sh
# quality.sh: speaker attribution against gold, by the protocol of
# ../shared/eval/score_speakers.py (run with /usr/bin/python3), on the three
# note styles of the shared corpus.  A ratchet: it fails when a figure falls
# below the targets of issue 4 or the best figures reached so far.
#   TC39 minutes        exact_attr >= 0.97, detect_f1 >= 0.98   (shared gold)
#   Node.js TSC minutes exact_attr >= 0.90, detect_f1 >= 0.90   (shared gold)
#   summit notes        detect_f1 >= 0.97, identity_f1 >= 0.90  (our gold,
#                       plugins/speakers/tests/gophercon-2025-summit.tsv)
# TAP output; skipped with a message when the data or Python is absent.
SRCDIR=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../../.." && pwd)}
NOTEPIPE=${NOTEPIPE:-$SRCDIR/notepipe}
DATA=$SRCDIR/../shared/data/notes
SCORER=$SRCDIR/../shared/eval/score_speakers.py
PYTHON=/usr/bin/python3

if [ ! -d "$DATA" ] || [ ! -f "$SCORER" ]; then
  echo "1..0 # SKIP shared data or scorer absent ($DATA, $SCORER)"
  exit 0
fi
if [ ! -x "$PYTHON" ]; then
  echo "1..0 # SKIP $PYTHON absent (needed to run score_speakers.py)"
  exit 0
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "1..3"
n=0
fail=0

# check NAME NOTE GOLD "metric>=value ..."
check () {
  n=$((n + 1))
  name=$1 note=$2 gold=$3 limits=$4
  if [ ! -f "$DATA/$note" ] || [ ! -f "$gold" ]; then
    echo "ok $n - $name # SKIP $note or its gold absent"
    return
  fi
  if ! "$NOTEPIPE" run "$DATA/$note" --format json --plugins speakers > "$TMP/$n.json" 2> "$TMP/$n.err"; then
    echo "not ok $n - $name: notepipe failed"
    sed 's/^/# /' "$TMP/$n.err"
    fail=1
    return
  fi
  line=$("$PYTHON" "$SCORER" "$TMP/$n.json" "$gold")
  echo "# $name: $line"
  verdict=$(echo "$line" | awk -v limits="$limits" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
    END {
      n = split(limits, l, " ")
      for (i = 1; i <= n; i++) {
        split(l[i], kv, ">=")
        if (!(kv[1] in v) || v[kv[1]] + 0 < kv[2] + 0) { printf "%s=%s below %s; ", kv[1], v[kv[1]], kv[2]; bad = 1 }
      }
      if (!bad) print "ok"
    }')
  if [ "$verdict" = "ok" ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name: $verdict"
    fail=1
  fi
}

GOLD=$DATA/gold
# Ratchet values: the targets of issue 4, raised to the figures reached
# (all 1.0000 on these files when this test was written).
check "TC39 minutes" tc39/meetings/2024-12/december-03.md "$GOLD/tc39__meetings__2024-12__december-03.tsv" \
  "exact_attr>=0.97 detect_f1>=0.98 exact>=0.99 identity_f1>=0.99"
check "Node.js TSC minutes" nodejs-tsc/meetings/2022-07-13.md "$GOLD/nodejs-tsc__meetings__2022-07-13.tsv" \
  "exact_attr>=0.90 detect_f1>=0.90 exact>=0.99 identity_f1>=0.99"
check "summit notes (own gold)" gophercon-2025-summit.txt "$SRCDIR/plugins/speakers/tests/gophercon-2025-summit.tsv" \
  "detect_f1>=0.97 identity_f1>=0.90 exact_attr>=0.99"
exit $fail
