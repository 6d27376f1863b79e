#!/bin/sh
# keywords-quality.sh: the keyword-extraction quality test (make check).
#
# Runs the keywords plugin with its default options over the shared
# keyphrase data sets (Inspec abstracts, 500N-KPCrowd news) through
# tests/eval/keywords-harness, in single-document mode and in corpus mode
# (document frequencies over the data set), and scores the rankings with
# ../shared/eval/eval_keywords.py (F1@5, F1@10, macro).  It fails when an
# F1@10 falls below its floor: the best figure reached so far, rounded
# down (a ratchet: raise the floors when the extractor improves, never
# lower them).  Every floor is above the best peer's figure (the goal:
# Inspec 0.242 RAKE, 500N-KPCrowd 0.173 YAKE 1-grams).
#
# Output is TAP (the project's test driver); skipped with a message when
# the data or python3-nltk is absent.
set -u

srcdir=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${NOTEPIPE_BUILDDIR:-$srcdir}
data=$srcdir/../shared/data/keywords
evaluator=$srcdir/../shared/eval/eval_keywords.py
harness=$builddir/tests/eval/keywords-harness
python=/usr/bin/python3
[ -x "$python" ] || python=python3

# dataset mode floor
floors="Inspec single 0.2540
500N-KPCrowd single 0.1740
Inspec corpus 0.2550
500N-KPCrowd corpus 0.1740"

for ds in Inspec 500N-KPCrowd; do
  if [ ! -d "$data/$ds/docs" ] || [ ! -d "$data/$ds/keys" ]; then
    echo "1..0 # SKIP keyphrase data not found at $data/$ds"
    exit 0
  fi
done
if [ ! -f "$evaluator" ]; then
  echo "1..0 # SKIP $evaluator not found"
  exit 0
fi
if ! "$python" -c 'import nltk.stem' 2>/dev/null; then
  echo "1..0 # SKIP python3-nltk is not installed (apt-get install python3-nltk)"
  exit 0
fi
if [ ! -x "$harness" ]; then
  echo "1..0 # SKIP $harness not built"
  exit 0
fi

export NOTEPIPE_PLUGIN_PATH=${NOTEPIPE_PLUGIN_PATH:-$builddir/plugins}
work=$(mktemp -d "${TMPDIR:-/tmp}/keywords-quality.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

echo "1..4"
n=0
status=0
echo "$floors" | while read -r ds mode floor; do
  n=$((n + 1))
  flag=
  [ "$mode" = corpus ] && flag=--corpus
  if ! "$harness" $flag --out "$work/$ds-$mode" "$data/$ds/docs" > "$work/log" 2>&1; then
    echo "not ok $n - harness on $ds ($mode)"; sed 's/^/# /' "$work/log"; exit 1
  fi
  if ! "$python" "$evaluator" "$data/$ds" "$work/$ds-$mode" > "$work/eval" 2>&1; then
    echo "not ok $n - eval_keywords.py on $ds ($mode)"; sed 's/^/# /' "$work/eval"; exit 1
  fi
  f5=$(sed -n 's/^@5 .*macro P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p' "$work/eval")
  f10=$(sed -n 's/^@10 .*macro P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p' "$work/eval")
  if awk "BEGIN { exit !($f10 >= $floor) }"; then
    echo "ok $n - $ds $mode F1@5=$f5 F1@10=$f10 (floor $floor)"
  else
    echo "not ok $n - $ds $mode F1@5=$f5 F1@10=$f10 is below the floor $floor"
  fi
done || status=1
exit $status
