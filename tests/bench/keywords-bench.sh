#!/bin/sh
# keywords-bench.sh: speed of keyword extraction, one thread, against
# `wc -w` on the same files in the same run.
#
#   tests/bench/keywords-bench.sh [REPEAT]       (from the build tree)
#
# Three sets of files, because the cost per megabyte depends on the size
# of the documents (a file costs an open, a read and a document model of
# its own, whatever its length):
#  - short: the shared keyphrase data sets (Inspec abstracts, 500N-KPCrowd
#    news: 2,500 files, 2.9 MB, 1.2 kB a file), read REPEAT times
#    (default 10) to get enough bytes;
#  - notes: the shared meeting notes (359 files, 11 MB, 31 kB a file),
#    read once;
#  - long: the short set joined into 12 documents of about 240 kB (long
#    papers, reports), read REPEAT times.
# Last, per set, the batch command line with its JSON lines (run_cli).
# For each set and configuration: MB of input per wall second and per CPU
# second end to end (a run that reads no clock per document), and the
# plugin's own MB per CPU second (a run that times the document and corpus
# stages per document, not reading and tokenizing; in corpus mode the
# document stage, the corpus stage's adding of documents and its end);
# then the ratio of the end-to-end wall time to `wc -w` over the same
# files, as many times.
# Each figure is the best of RUNS runs (default 5; on a shared machine
# noise only slows).  SETS (default "short notes long") picks sets.
# Figures only: nothing is asserted.
set -eu

srcdir=${NOTEPIPE_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${NOTEPIPE_BUILDDIR:-$(pwd)}
repeat=${1:-10}
runs=${RUNS:-5}
sets=${SETS:-short notes long}
data=$srcdir/../shared/data/keywords
notes=$srcdir/../shared/data/notes
harness=$builddir/tests/eval/keywords-harness
export NOTEPIPE_PLUGIN_PATH=${NOTEPIPE_PLUGIN_PATH:-$builddir/plugins}

[ -d "$data/Inspec/docs" ] || { echo "no data at $data"; exit 0; }
[ -x "$harness" ] || make -C "$builddir" tests/eval/keywords-harness >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/keywords-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
ls "$data/Inspec/docs"/*.txt "$data/500N-KPCrowd/docs"/*.txt > "$work/short.list"

now () { date +%s.%N; }

# bench_set LABEL LIST TIMES: every configuration over the files of LIST,
# each read TIMES times
bench_set () {
  label=$1
  list=$2
  times=$3
  bytes=$(cat $(cat "$list") | wc -c)
  echo "== $label: $(wc -l < "$list") files x $times, $(awk "BEGIN { printf \"%.1f\", $bytes * $times / 1e6 }") MB"

  # wc -w over the same files, as many times (best of three)
  wc_s=
  for k in 1 2 3; do
    t0=$(now)
    i=0
    while [ $i -lt "$times" ]; do
      xargs wc -w < "$list" > /dev/null
      i=$((i + 1))
    done
    t1=$(now)
    s=$(awk "BEGIN { print $t1 - $t0 }")
    if [ -z "$wc_s" ] || awk "BEGIN { exit !($s < $wc_s) }"; then wc_s=$s; fi
  done
  wc_mbs=$(awk "BEGIN { printf \"%.1f\", $bytes * $times / 1e6 / $wc_s }")
  echo "wc -w:                      $wc_mbs MB/s wall"

  run "read + tokenize (core)" --plugins none
  run "keywords, document scopes" -o keywords.scopes=document
  run "keywords, all scopes"
  run "keywords, corpus mode" --corpus
  run_cli
}

# The command line users run: `notepipe batch -j 1 --plugins keywords
# --format jsonl` over the files, read once (so the word cache starts
# cold, as for a new corpus), every document's JSON line written (to
# /dev/null) and the corpus record; CPU of the whole process (its writer
# thread too), best of RUNS.
run_cli () {
  np=${NOTEPIPE:-$builddir/notepipe}
  [ -x "$np" ] || return 0
  best_cli=
  for k in $(seq "$runs"); do
    /usr/bin/env time -f '%e %U %S' -o "$work/time" "$np" batch -j 1 --plugins keywords --format jsonl \
      --files-from "$list" > /dev/null 2>&1
    t=$(awk '{ print $2 + $3 }' "$work/time")
    w=$(awk '{ print $1 }' "$work/time")
    if [ -z "$best_cli" ] || awk "BEGIN { exit !($t < $best_cli) }"; then
      best_cli=$t
      best_cli_wall=$w
    fi
  done
  once=$(awk "BEGIN { print $bytes / 1e6 }")
  printf '%-27s %s MB/s CPU, %s MB/s wall (read once, JSON lines written); %sx the time of wc -w\n' \
    "batch CLI, JSONL:" "$(awk "BEGIN { printf \"%.1f\", $once / $best_cli }")" \
    "$(awk "BEGIN { printf \"%.1f\", $once / $best_cli_wall }")" \
    "$(awk "BEGIN { printf \"%.1f\", $best_cli_wall / ($wc_s / $times) }")"
}

# best of RUNS runs: the machine may be shared, and noise only slows
best_of_runs () {
  best=
  for k in $(seq "$runs"); do
    line=$("$harness" --repeat "$times" "$@" $(cat "$list") | tail -1)
    cpu_s=$(echo "$line" | sed 's/.* cpu_seconds=\([0-9.]*\) .*/\1/')
    if [ -z "$best" ] || awk "BEGIN { exit !($cpu_s < $best_cpu) }"; then
      best=$line
      best_cpu=$cpu_s
    fi
  done
  echo "$best"
}

run () {
  rlabel=$1
  shift
  # end to end: no clock read per document (a system call each);
  # the plugin alone: the harness times it per document
  whole=$(best_of_runs --no-split "$@")
  out=$(best_of_runs "$@")
  wall=$(echo "$whole" | sed 's/.*seconds=\([0-9.]*\) cpu_seconds.*/\1/')
  cpu=$(echo "$whole" | sed 's/.* mb_per_cpu_s=\([0-9.]*\) .*/\1/')
  plugin=$(echo "$out" | sed 's/.*plugin_mb_per_cpu_s=\([0-9.]*\).*/\1/')
  corpus=$(echo "$out" | sed 's/.*corpus_stage_cpu_seconds=\([0-9.]*\) .*/\1/')
  plugin_s=$(echo "$out" | sed 's/.*plugin_cpu_seconds=\([0-9.]*\) .*/\1/')
  mbs=$(awk "BEGIN { printf \"%.1f\", $bytes * $times / 1e6 / $wall }")
  ratio=$(awk "BEGIN { printf \"%.1f\", $wall / $wc_s }")
  printf '%-27s %s MB/s wall, %s MB/s CPU, plugin alone %s MB/s CPU (%s s, corpus stage %s s); %sx the time of wc -w\n' \
    "$rlabel:" "$mbs" "$cpu" "$plugin" "$plugin_s" "$corpus" "$ratio"
}

for set in $sets; do
  case $set in
    short)
      bench_set "short (Inspec + 500N-KPCrowd)" "$work/short.list" "$repeat"
      ;;
    notes)
      if [ -d "$notes" ]; then
        find "$notes" -type f \( -name '*.md' -o -name '*.txt' \) ! -path '*/gold/*' | sort > "$work/notes.list"
        bench_set "notes (shared meeting notes)" "$work/notes.list" 1
      else
        echo "== notes: no notes at $notes"
      fi
      ;;
    long)
      mkdir -p "$work/long"
      cat $(cat "$work/short.list") > "$work/all.txt"
      (cd "$work/long" && split -n l/12 -d --additional-suffix=.txt "$work/all.txt" long)
      ls "$work/long"/*.txt > "$work/long.list"
      bench_set "long (the short set in 12 documents)" "$work/long.list" "$repeat"
      ;;
    *)
      echo "keywords-bench: unknown set $set" >&2
      exit 2
      ;;
  esac
done
