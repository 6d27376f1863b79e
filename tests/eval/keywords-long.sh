#!/bin/sh
# keywords-long.sh: the long-text check of the keywords plugin (figures,
# not a test): long documents made by concatenating the shared data sets'
# short ones, gold = the union of their keys.
#
#   tests/eval/keywords-long.sh [HARNESS OPTION]...     (from the build tree)
#
#  - news: 50 documents of 10 500N-KPCrowd stories of one category each
#    (in file-name order), about 10 kB;
#  - abstracts: 50 documents of 20 Inspec abstracts each (ids in numeric
#    order, the first 1,000), about 16 kB.
#
# Each is scored with ../shared/eval/eval_keywords.py at 10 and 30
# phrases (top=30), single-document mode: P@k says how many of the top k
# are keys of some constituent.  Nothing is asserted.
#
# LONG_DATA=DIR adds a set of real long documents laid out like the shared
# ones (DIR/docs/<id>.txt, DIR/keys/<id>.key), scored at 5 and 10 in
# single-document and corpus mode, e.g. SemEval-2010 papers with their
# combined gold; the project carries no such data.
set -eu

srcdir=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${NOTEPIPE_BUILDDIR:-$(pwd)}
data=$srcdir/../shared/data/keywords
harness=$builddir/tests/eval/keywords-harness
python=/usr/bin/python3
[ -x "$python" ] || python=python3
export NOTEPIPE_PLUGIN_PATH=${NOTEPIPE_PLUGIN_PATH:-$builddir/plugins}

[ -d "$data/Inspec/docs" ] || { echo "no data at $data"; exit 0; }
[ -x "$harness" ] || make -C "$builddir" tests/eval/keywords-harness >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/keywords-long.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# make DATASET NAME PER: groups of PER ids (read from stdin) into long documents
make_long () {
  ds=$1 name=$2 per=$3
  mkdir -p "$work/$name/docs" "$work/$name/keys"
  n=0 k=0
  while read -r id; do
    out=$(printf '%03d' "$n")
    cat "$data/$ds/docs/$id.txt" >> "$work/$name/docs/$out.txt"
    printf '\n\n' >> "$work/$name/docs/$out.txt"
    cat "$data/$ds/keys/$id.key" >> "$work/$name/keys/$out.all"
    k=$((k + 1))
    if [ "$k" -eq "$per" ]; then
      k=0
      n=$((n + 1))
    fi
  done
  for f in "$work/$name/keys"/*.all; do
    awk 'NF && !seen[$0]++' "$f" > "${f%.all}.key"
    rm -f "$f"
  done
}

# news: each category's stories in name order, 10 a document
ls "$data/500N-KPCrowd/docs" | sed 's/\.txt$//' | sort > "$work/news.ids"
: > "$work/news.groups"
for cat in $(sed 's/-.*//' "$work/news.ids" | sort -u); do
  grep "^$cat-" "$work/news.ids" | head -50 >> "$work/news.groups"
done
make_long 500N-KPCrowd news 10 < "$work/news.groups"
ls "$data/Inspec/docs" | sed 's/\.txt$//' | sort -n | head -1000 | make_long Inspec abstracts 20

for name in news abstracts; do
  "$harness" -o keywords.top=30 "$@" --out "$work/pred-$name" "$work/$name/docs" > /dev/null
  printf '%-10s ' "$name"
  "$python" "$srcdir/../shared/eval/eval_keywords.py" --k 10,30 "$work/$name" "$work/pred-$name" \
    | sed -n 's/^@\([0-9]*\) .*macro P=\([0-9.]*\) R=[0-9.]* F1=\([0-9.]*\).*/P@\1=\2 F1@\1=\3/p' | tr '\n' ' '
  echo
done

if [ -n "${LONG_DATA:-}" ] && [ -d "$LONG_DATA/docs" ] && [ -d "$LONG_DATA/keys" ]; then
  for mode in single corpus; do
    flag=
    [ "$mode" = corpus ] && flag=--corpus
    "$harness" $flag "$@" --out "$work/pred-long-$mode" "$LONG_DATA/docs" > /dev/null
    printf '%-10s ' "$(basename "$LONG_DATA") $mode"
    "$python" "$srcdir/../shared/eval/eval_keywords.py" --k 5,10 "$LONG_DATA" "$work/pred-long-$mode" \
      | sed -n 's/^@\([0-9]*\) .*macro P=\([0-9.]*\) R=[0-9.]* F1=\([0-9.]*\).*/P@\1=\2 F1@\1=\3/p' | tr '\n' ' '
    echo
  done
fi
