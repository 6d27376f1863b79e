#!/bin/sh
# batch-bench.sh: notepipe batch throughput against `wc -w` on the same
# files in the same run.
#
# The corpus (>= 1 GB by default) is ../shared/data/notes replicated into a
# temporary directory, each copy with a different last line so every
# document has its own id.  Measured, page cache warm:
#   wc -w over all files
#   batch --plugins none  -j 1 and -j 2      (into a fresh database)
#   batch (default plugins) -j 1 and -j 2
#   the same -j 2 command again: resume of a finished run
#   the first search: building the full-text index the batch deferred
#   peak RSS of --plugins none on 1/8 of the corpus and on all of it
#   two wc -w at once: the parallelism the machine offers during the run
# Ratios are printed; nothing is asserted (goals in docs/batch.md).
# Usage: tests/bench/batch-bench.sh [MEGABYTES]   (run from the build tree;
# 1 GB takes about 40 minutes on 2 cores, mostly the default plugins;
# make bench runs it with the default size)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
src=${NOTEPIPE_SRCDIR:-$top}
notes="$src/../shared/data/notes"
want_mb=${1:-1024}
build=$(pwd)
[ -x "$build/notepipe" ] || build=$top
np=${NOTEPIPE:-$build/notepipe}
[ -d "$notes" ] || { echo "batch-bench: $notes not found (needs the shared notes data)"; exit 77; }
[ -x "$np" ] || { echo "batch-bench: build notepipe first"; exit 2; }
export NOTEPIPE_PLUGIN_PATH="${NOTEPIPE_PLUGIN_PATH:-$build/plugins}"

work=$(mktemp -d "${TMPDIR:-/tmp}/npbench-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
cd "$notes"
find . -type f \( -name '*.md' -o -name '*.txt' \) ! -path './gold/*' | sort > "$work/seed"
seed_bytes=$(cat $(cat "$work/seed") | wc -c)
copies=$(( want_mb * 1000000 / seed_bytes + 1 ))
find . -type d ! -path './gold*' > "$work/dirs"
i=0
while [ $i -lt $copies ]; do
  r=$(printf 'r%03d' $i)
  (cd "$work" && mkdir -p corpus/$r && cd corpus/$r && xargs mkdir -p < "$work/dirs")
  # one awk per copy: every file, plus a line naming the copy
  LC_ALL=C awk -v dst="$work/corpus/$r" -v r="$r" '
    FNR == 1 { if (out) { printf "\ncopy %s\n", r > out; close (out) } out = dst "/" FILENAME }
    { print > out }
    END { if (out) { printf "\ncopy %s\n", r > out; close (out) } }' $(cat "$work/seed")
  i=$((i + 1))
done
cd "$work"
find corpus -type f | sort > list
n_files=$(wc -l < list)
bytes=$(cat $(cat list) | wc -c)
echo "corpus: $n_files files, $bytes bytes in $copies copies of the notes"
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
cat $(cat list) > /dev/null # warm the page cache

# t NAME COMMAND...: wall seconds, user+sys seconds and peak RSS (KB)
t () {
  name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.$name" "$@" > "$work/out.$name" 2> "$work/err.$name" || true
  read -r wall user sys rss < "$work/time.$name"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  eval "wall_$name=$wall cpu_$name=$cpu rss_$name=$rss"
  printf '%-14s %8.2f s wall %8.2f s cpu %8d KB peak RSS\n' "$name" "$wall" "$cpu" "$rss"
}

t wc sh -c 'cat list | xargs wc -w | tail -1'
# how much a second thread can get here: two wc -w at once against one
# (2.0 on two free cores; other jobs on the machine lower it)
t wc_pair sh -c '(cat list | xargs wc -w > /dev/null) & (cat list | xargs wc -w > /dev/null) & wait'
t none_j1 "$np" batch corpus --plugins none -j 1 --db none1.db -q
t none_j2 "$np" batch corpus --plugins none -j 2 --db none2.db -q
t resume_none "$np" batch corpus --plugins none -j 2 --db none2.db -q
t index "$np" search none2.db fips
rm -f none1.db*
t plug_j1 "$np" batch corpus -j 1 --db plug1.db -q
rm -f plug1.db*
t plug_j2 "$np" batch corpus -j 2 --db plug2.db -q
t resume_plug "$np" batch corpus -j 2 --db plug2.db -q
plugins=$("$np" batch --explain x 2>/dev/null | grep -c '^  [0-9]' || true)
rm -f plug2.db* none2.db*
# memory: 1/8 of the corpus against all of it, no corpus stage
ls corpus | head -n $(( (copies + 7) / 8 )) | sed 's|^|corpus/|' > eighth
t mem_eighth "$np" batch --files-from eighth --plugins none -j 2 --db m1.db -q
rm -f m1.db*
t mem_all "$np" batch corpus --plugins none -j 2 --db m2.db -q
rm -f m2.db*

mb=$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')
echo
echo "throughput (wall): docs/s, MB/s"
for x in wc none_j1 none_j2 plug_j1 plug_j2; do
  eval "w=\$wall_$x"
  awk -v n="$x" -v w="$w" -v f="$n_files" -v mb="$mb" 'BEGIN { printf "  %-10s %9.0f docs/s %8.1f MB/s\n", n, f / w, mb / w }'
done
awk -v wc="$wall_wc" -v wp="$wall_wc_pair" -v n1="$wall_none_j1" -v n2="$wall_none_j2" -v p1="$wall_plug_j1" -v p2="$wall_plug_j2" \
    -v rn="$wall_resume_none" -v rp="$wall_resume_plug" -v ix="$wall_index" \
    -v m1="$rss_mem_eighth" -v m2="$rss_mem_all" -v np="$plugins" 'BEGIN {
  printf "\nratios (wall time)\n"
  printf "  --plugins none -j 2 / wc -w   %5.2f   (goal <= 3)\n", n2 / wc
  printf "  --plugins none -j 1 / wc -w   %5.2f\n", n1 / wc
  printf "  parallelism available         %5.2f   (2 x wc -w alone / two wc -w at once)\n", 2 * wc / wp
  printf "  -j 1 / -j 2, no plugins       %5.2f   (goal >= 1.7)\n", n1 / n2
  printf "  -j 1 / -j 2, default plugins  %5.2f   (goal >= 1.7; %d stages)\n", p1 / p2, np
  printf "  resume / run, no plugins      %5.3f   (goal < 0.05)\n", rn / n2
  printf "  resume / run, default plugins %5.3f   (goal < 0.05)\n", rp / p2
  printf "  first search (index) / run    %5.2f   (deferred full-text indexing)\n", ix / n2
  printf "  peak RSS all / eighth         %5.2f   (goal <= 1.5; %d KB -> %d KB)\n", m2 / m1, m1, m2
}'
