#!/bin/sh
# topics-bench.sh: speed of the topics plugin's corpus clustering, as
# ratios against scikit-learn's TF-IDF + k-means measured in the same run,
# and a 1,000,000-text scale run (texts made at run time by replicating and
# perturbing the stackoverflow titles).  Reports; asserts nothing.
#
#   tests/bench/topics-bench.sh [N_LARGE]     (from the build tree)
#
# Both sides run with one thread for the clustering comparison
# (OMP_NUM_THREADS=1 for scikit-learn, --threads 1 for the harness).
# The harness time includes reading and tokenizing every text as a
# notepipe document; its corpus-stage time is reported apart.  The
# harness reads lines in the reader's automatic format (as its quality
# figures were measured); `notepipe batch --lines`, timed after it, reads
# each line as plain content and also writes every document.
set -eu
srcdir=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${NOTEPIPE_BUILDDIR:-.}
export NOTEPIPE_PLUGIN_PATH=${NOTEPIPE_PLUGIN_PATH:-$builddir/plugins}
harness=$builddir/tests/eval/topics-eval
titles=$srcdir/../shared/data/clustering/stackoverflow/texts.txt
large=${1:-1000000}
[ -f "$titles" ] || { echo "stackoverflow titles not found at $titles"; exit 77; }
[ -x "$harness" ] || { echo "build the harness first: make tests/eval/topics-eval"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run () { # label, then the command; prints wall, cpu, peak KiB
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
  read wall user sys rss < "$tmp/time"
  echo "$wall $(echo "$user $sys" | awk '{ printf "%.2f", $1 + $2 }') $rss"
}

echo "== 20,000 stackoverflow titles, k = 20"
# ROUNDS rounds (default 3) with every side run in turn, so noise from the
# machine falls on all of them; each side's best round is reported (noise
# only slows)
rounds=${ROUNDS:-3}
notepipe=$builddir/notepipe
have_sklearn=
/usr/bin/python3 -c 'import sklearn' 2> /dev/null && have_sklearn=1
best () { # name wall cpu rss: keep the round with the least wall time
  if [ ! -f "$tmp/best.$1" ] || awk -v a="$2" -v b="$(cut -d' ' -f1 "$tmp/best.$1")" 'BEGIN { exit !(a < b) }'; then
    echo "$2 $3 $4 $5" > "$tmp/best.$1"
  fi
}
r=0
while [ $r -lt "$rounds" ]; do
  if [ -n "$have_sklearn" ]; then
    ref=$(OMP_NUM_THREADS=1 /usr/bin/python3 "$srcdir/tests/bench/sklearn-tfidf-kmeans.py" "$titles" 20)
    best sklearn ${ref% *} ${ref#* } 0 0
  fi
  set -- $(run "$harness" "$titles" "$tmp/pred.txt" -o topics.corpus_k=20 --threads 1)
  best harness "$1" "$2" "$3" "$(sed -n 's/.*corpus stage \([0-9.]*\) s.*/\1/p' "$tmp/err")"
  # what a user runs: the batch command, one job (one core for reading,
  # analysing, writing and clustering), as JSONL and into a database
  if [ -x "$notepipe" ]; then
    set -- $(run "$notepipe" batch --lines "$titles" --plugins topics -o topics.corpus_k=20 -j 1 -q -f jsonl)
    best jsonl "$1" "$2" "$3" 0
    rm -f "$tmp/bench.db" "$tmp/bench.db-wal" "$tmp/bench.db-shm"
    set -- $(run "$notepipe" batch --lines "$titles" --plugins topics -o topics.corpus_k=20 -j 1 -q -d "$tmp/bench.db")
    best sqlite "$1" "$2" "$3" 0
  fi
  r=$((r + 1))
done
ref_wall=
if [ -n "$have_sklearn" ]; then
  read ref_wall ref_cpu _ _ < "$tmp/best.sklearn"
  echo "scikit-learn TF-IDF + k-means: wall $ref_wall s, cpu $ref_cpu s (best of $rounds)"
else
  echo "scikit-learn not installed (apt-get install python3-sklearn): no reference"
fi
read wall cpu rss stage < "$tmp/best.harness"
echo "topics (read + tokenize + cluster): wall $wall s, cpu $cpu s, peak $((rss / 1024)) MiB; corpus stage $stage s (best of $rounds)"
if [ -n "$ref_wall" ]; then
  awk -v a="$wall" -v s="$stage" -v r="$ref_wall" 'BEGIN { printf "ratio to scikit-learn: end to end %.2fx, clustering stage %.2fx (goal <= 2x)\n", a / r, s / r }'
fi
for format in jsonl sqlite; do
  [ -f "$tmp/best.$format" ] || continue
  read wall cpu rss _ < "$tmp/best.$format"
  line="notepipe batch --lines, -j 1, $format: wall $wall s, cpu $cpu s, peak $((rss / 1024)) MiB"
  [ -n "$ref_wall" ] && line="$line; $(awk -v a="$wall" -v r="$ref_wall" 'BEGIN { printf "%.2fx scikit-learn", a / r }')"
  echo "$line (best of $rounds)"
done
set -- $(run "$harness" "$titles" "$tmp/pred.txt" --threads 1)
stage=$(sed -n 's/.*corpus stage \([0-9.]*\) s.*/\1/p' "$tmp/err")
echo "topics, k chosen: wall $1 s, cpu $2 s; corpus stage $stage s"

echo "== $large short texts (stackoverflow titles replicated, one word dropped or two swapped)"
awk -v n="$large" 'BEGIN { srand(1) } { t[NR] = $0 } END {
  for (i = 0; i < n; i++) {
    m = split(t[i % NR + 1], w, " "); r = rand()
    if (r < 0.4 && m > 2) { d = int(rand() * m) + 1; s = ""; for (j = 1; j <= m; j++) if (j != d) s = s (s == "" ? "" : " ") w[j]; print s }
    else if (r < 0.7 && m > 1) { a = int(rand() * m) + 1; b = int(rand() * m) + 1; x = w[a]; w[a] = w[b]; w[b] = x; s = w[1]; for (j = 2; j <= m; j++) s = s " " w[j]; print s }
    else print t[i % NR + 1]
  } }' "$titles" > "$tmp/large.txt"
set -- $(run "$harness" "$tmp/large.txt" "$tmp/pred.txt" -o topics.corpus_k=20 --threads 2)
stage=$(sed -n 's/.*corpus stage \([0-9.]*\) s.*/\1/p' "$tmp/err")
echo "topics, k = 20, 2 threads: wall $1 s (goal < 60), cpu $2 s, peak $(($3 / 1024)) MiB (goal < 2048); corpus stage $stage s"
