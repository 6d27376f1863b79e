#!/bin/sh
# parallel-recipe.sh: the GNU parallel recipe of docs/scaling.md, run on
# this machine (--sshlogin : is the local host), must give the database a
# single run gives.  TAP output.  Skips when GNU parallel is missing
# (Debian package "parallel").
set -u
echo "1..6"
: "${NOTEPIPE:?run from make check}"
: "${NOTEPIPE_BUILDDIR:?run from make check}"
if ! command -v parallel >/dev/null 2>&1; then
  echo "ok 1 # SKIP GNU parallel is not installed (apt-get install parallel)"
  for i in 2 3 4 5 6; do echo "ok $i # SKIP GNU parallel is not installed"; done
  exit 0
fi
plugins="$NOTEPIPE_BUILDDIR/tests/batch/plugins"
dump="$NOTEPIPE_BUILDDIR/tests/batch/db-dump"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/npparallel-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 1
export PARALLEL_HOME="$tmp/.parallel"

# a small corpus: notes in nested directories, one archive, one bad file
i=0
while [ $i -lt 24 ]; do
  d="notes/$((i % 4))"
  mkdir -p "$d"
  {
    echo "# Meeting $i"
    echo
    echo "Date: 2024-0$((1 + i % 9))-1$((i % 10))"
    echo
    echo "## Topic $((i % 5))"
    echo
    echo "- [alice] item one of meeting $i about FIPS"
    echo "- [bob] item two of meeting $i about modules"
  } > "$d/m$i.md"
  i=$((i + 1))
done
(cd notes/0 && tar czf ../archive.tar.gz m0.md m4.md)
printf '\177ELF\000\000' > notes/3/broken.md

N=3
n=0
# the test plugin (a mergeable corpus total), then every built-in plugin
for config in "--plugin-dir $plugins --plugins testcount" ""; do
  rm -f shard-*.db merged.db single.db
  name=${config:+testcount}
  name=${name:-built-in plugins}
  common="$config -q"
  # the map side: one shard per job slot, on the listed hosts
  parallel --will-cite --sshlogin : -j 2 \
    "$NOTEPIPE batch notes --shard {}/$N --db shard-{}.db $common" ::: $(seq 1 $N)
  map=$?
  n=$((n + 1))
  # exit 1 only tells that the bad file failed in its shard
  if [ $map -le 1 ] && [ -f shard-1.db ] && [ -f shard-2.db ] && [ -f shard-3.db ]; then
    echo "ok $n - $name: map, $N shards under GNU parallel"
  else
    echo "not ok $n - $name: map, $N shards under GNU parallel (status $map)"
  fi
  # the reduce side
  "$NOTEPIPE" merge shard-*.db --db merged.db $config -q
  reduce=$?
  n=$((n + 1))
  if [ $reduce -le 1 ] && [ -f merged.db ]; then
    echo "ok $n - $name: reduce, notepipe merge"
  else
    echo "not ok $n - $name: reduce, notepipe merge (status $reduce)"
  fi
  # one machine
  "$NOTEPIPE" batch notes --db single.db $common
  "$dump" single.db > single.txt
  "$dump" merged.db > merged.txt
  n=$((n + 1))
  if [ -s single.txt ] && cmp -s single.txt merged.txt; then
    echo "ok $n - $name: merged shards equal a single run ($(grep -c . single.txt) lines compared)"
  else
    echo "not ok $n - $name: merged shards equal a single run"
    diff single.txt merged.txt | sed 's/^/# /' | head -40
  fi
done
