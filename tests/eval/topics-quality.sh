#!/bin/sh
# topics-quality.sh: quality ratchet of the topics plugin on the shared
# clustering data (../shared/data/clustering), scored by
# ../shared/eval/eval_clusters.py.  TAP output; skipped when the data or
# Python's numpy/scipy are absent.
#
# Checked, with one fixed configuration (the plugin's defaults):
#  - NMI with k = number of classes, and with k chosen by the plugin, at
#    least the best figure reached so far (see FLOORS below; the peers'
#    figures are 0.721 stackoverflow, 0.880 bbc);
#  - bbc, stored sorted by class, clustered from a shuffled copy gives the
#    same NMI (results do not depend on input order);
#  - the same for stackoverflow read the way `notepipe batch --lines`
#    reads it (plain content lines, not titles);
#  - stackoverflow labels: the class tag among the top-3 label terms of at
#    least 16 of the 20 clusters.
set -u
srcdir=${NOTEPIPE_SRCDIR:-.}
builddir=${NOTEPIPE_BUILDDIR:-.}
data=$srcdir/../shared/data/clustering
score=$srcdir/../shared/eval/eval_clusters.py
python=/usr/bin/python3
[ -x "$python" ] || python=python3
harness="$builddir/tests/eval/topics-eval"

if [ ! -f "$data/stackoverflow/texts.txt" ] || [ ! -f "$data/bbc/texts.txt" ] || [ ! -f "$score" ]; then
  echo "1..0 # SKIP shared clustering data or eval_clusters.py not found under $srcdir/../shared"
  exit 0
fi
if ! "$python" -c 'import numpy, scipy' 2>/dev/null; then
  echo "1..0 # SKIP python3 with numpy and scipy is needed by eval_clusters.py"
  exit 0
fi

# Ratchet floors: the figures reached (defaults, seed 1), less 0.002 for
# floating-point differences between machines.
FLOOR_stackoverflow_given=0.750
# k chosen was 0.710 before C#/C++ became words (1f2dabd): that change took
# the batch --lines reading from 0.711/0.677 to 0.727/0.703 (both below the
# goal before, both meet it after) and moved this one to 0.699.
FLOOR_stackoverflow_auto=0.697
FLOOR_bbc_given=0.891
FLOOR_bbc_auto=0.891
# stackoverflow read as `notepipe batch --lines` reads it (each line plain
# content, not a title)
FLOOR_plain_given=0.725
FLOOR_plain_auto=0.701
LABEL_FLOOR=16

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0
echo "1..9"

nmi () { "$python" "$score" "$1" "$2" --json | sed 's/.*"NMI": \([0-9.]*\).*/\1/'; }
check () { # name value floor
  n=$((n + 1))
  if awk -v v="$2" -v f="$3" 'BEGIN { exit !(v + 0 >= f + 0) }'; then
    echo "ok $n - $1 NMI $2 (floor $3)"
  else
    echo "not ok $n - $1 NMI $2 below floor $3"
    fail=1
  fi
}

for ds in stackoverflow bbc; do
  k=$(sort -u "$data/$ds/labels.txt" | grep -c .)
  "$harness" "$data/$ds/texts.txt" "$tmp/$ds-given.txt" -o topics.corpus_k="$k" --topics > "$tmp/$ds-topics.txt" 2> "$tmp/$ds-given.log"
  eval floor=\$FLOOR_${ds}_given
  check "$ds k=$k" "$(nmi "$tmp/$ds-given.txt" "$data/$ds/labels.txt")" "$floor"
  "$harness" "$data/$ds/texts.txt" "$tmp/$ds-auto.txt" 2> "$tmp/$ds-auto.log"
  eval floor=\$FLOOR_${ds}_auto
  check "$ds k chosen ($(sort -u "$tmp/$ds-auto.txt" | grep -vc '^-1$') topics)" \
    "$(nmi "$tmp/$ds-auto.txt" "$data/$ds/labels.txt")" "$floor"
done

# the reading of `notepipe batch --lines FILE`: lines as plain content
"$harness" "$data/stackoverflow/texts.txt" "$tmp/plain-given.txt" -o topics.corpus_k=20 --input-format plain 2> /dev/null
check "stackoverflow as batch --lines reads it, k=20" "$(nmi "$tmp/plain-given.txt" "$data/stackoverflow/labels.txt")" "$FLOOR_plain_given"
"$harness" "$data/stackoverflow/texts.txt" "$tmp/plain-auto.txt" --input-format plain 2> /dev/null
check "stackoverflow as batch --lines reads it, k chosen" "$(nmi "$tmp/plain-auto.txt" "$data/stackoverflow/labels.txt")" "$FLOOR_plain_auto"

# order: a shuffled copy of bbc (same permutation for texts and labels)
mkdir "$tmp/shuffled"
awk 'BEGIN { srand(7) } { printf "%.12f\t%d\t%s\n", rand(), NR, $0 }' "$data/bbc/texts.txt" | sort -k1,1 > "$tmp/perm.txt"
cut -f3- "$tmp/perm.txt" > "$tmp/shuffled/texts.txt"
cut -f2 "$tmp/perm.txt" | awk 'NR == FNR { gold[FNR] = $0; next } { print gold[$1] }' "$data/bbc/labels.txt" - > "$tmp/shuffled/labels.txt"
k=$(sort -u "$data/bbc/labels.txt" | grep -c .)
"$harness" "$tmp/shuffled/texts.txt" "$tmp/shuffled-pred.txt" -o topics.corpus_k="$k" 2> /dev/null
a=$(nmi "$tmp/bbc-given.txt" "$data/bbc/labels.txt")
b=$(nmi "$tmp/shuffled-pred.txt" "$tmp/shuffled/labels.txt")
n=$((n + 1))
if [ "$a" = "$b" ]; then echo "ok $n - bbc shuffled: same NMI $b"; else echo "not ok $n - bbc shuffled: NMI $b, sorted $a"; fail=1; fi

# sharding: four shards saved and merged give the same topics
"$harness" "$data/stackoverflow/texts.txt" "$tmp/so-shards.txt" -o topics.corpus_k=20 --shards 4 2> /dev/null
n=$((n + 1))
if cmp -s "$tmp/so-shards.txt" "$tmp/stackoverflow-given.txt"; then echo "ok $n - stackoverflow in 4 merged shards: same topics"; else echo "not ok $n - stackoverflow in 4 merged shards differs"; fail=1; fi

# labels: tags of the 20 stackoverflow classes (labels 1..20, SOURCE.md)
tags="wordpress oracle svn apache excel matlab visual-studio cocoa osx bash spring hibernate scala sharepoint ajax qt drupal linq haskell magento"
good=$(paste "$tmp/stackoverflow-given.txt" "$data/stackoverflow/labels.txt" | awk -v tags="$tags" -v topics="$tmp/stackoverflow-topics.txt" '
  BEGIN { split(tags, tag, " ") }
  { count[$1 " " $2]++ }
  END {
    for (key in count) { split(key, p, " "); if (count[key] > best[p[1]]) { best[p[1]] = count[key]; major[p[1]] = p[2] } }
    while ((getline line < topics) > 0) {
      id = line; sub(/^ */, "", id); sub(/ .*/, "", id)
      label = line; sub(/^ *[0-9]+ +[0-9]+  /, "", label); gsub(/, /, " ", label)
      split(label, words, " "); t = tag[major[id]]; n = split(t, parts, "-"); hit = 1
      for (j = 1; j <= n; j++) { found = 0; for (w in words) if (words[w] == parts[j]) found = 1; if (!found) hit = 0 }
      good += hit
    }
    print good + 0
  }')
n=$((n + 1))
if [ "$good" -ge "$LABEL_FLOOR" ]; then echo "ok $n - stackoverflow: class tag in the label of $good of 20 clusters"; else echo "not ok $n - stackoverflow: class tag in the label of only $good of 20 clusters"; fail=1; fi
exit $fail
