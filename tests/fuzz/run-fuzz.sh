#!/bin/sh
# run-fuzz.sh: build the libFuzzer targets with clang (ASan + UBSan) in
# fuzz-build/ and run each for SECONDS (default 60).  Seeds come from the
# project's own examples and fixtures; new inputs and crashes stay in
# fuzz-build/corpus/<target>/ and fuzz-build/crashes/<target>/.
# Usage: make fuzz FUZZ_SECONDS=600   (or tests/fuzz/run-fuzz.sh SECONDS)
set -eu
seconds=${1:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD:-$PWD/fuzz-build}
command -v clang >/dev/null || { echo "run-fuzz: clang is needed (apt-get install clang libclang-rt-14-dev)"; exit 2; }
# The engine's sources are compiled straight into the fuzz build with
# clang's instrumentation (config.h and np-version.h come from the normal
# build in the current directory, which must be configured).
top_build=$PWD
[ -f "$top_build/config.h" ] || { echo "run-fuzz: run from a configured build tree (./bootstrap first)"; exit 2; }
mkdir -p "$build/obj"
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
libs="$(pkg-config --libs glib-2.0 gio-2.0 json-glib-1.0 sqlite3 libarchive nettle) -lltdl -lstemmer -lm"
cflags="-DHAVE_CONFIG_H -DNP_PLUGINDIR=\"/nonexistent\" -I$top_build -I$src/core -I$top_build/core \
  $(pkg-config --cflags glib-2.0 json-glib-1.0 sqlite3 libarchive nettle)"
objs=""
for c in "$src"/core/*.c; do
  o="$build/obj/$(basename "$c" .c).o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -c "$c" -o "$o"
  fi
  objs="$objs $o"
done
for target in ${FUZZ_TARGETS:-reader markdown config}; do
  case $target in
    markdown) file=fuzz-reader.c; extra=-DFUZZ_MARKDOWN_ONLY ;;
    *) file=fuzz-$target.c; extra= ;;
  esac
  [ -f "$src/tests/fuzz/$file" ] || continue
  clang $san -fsanitize=fuzzer $extra $cflags "$src/tests/fuzz/$file" $objs $libs -o "$build/fuzz-$target"
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  case $target in
    config) for f in "$src"/tests/fuzz/seeds/*.conf; do [ -f "$f" ] && cp "$f" "$corpus/"; done ;;
    *) for f in "$src"/examples/* "$src"/tests/fuzz/seeds/*; do
         [ -f "$f" ] || continue
         # first byte: format selector (see fuzz-reader.c)
         { printf '\001'; cat "$f"; } > "$corpus/seed-text-$(basename "$f")"
         { printf '\202'; cat "$f"; } > "$corpus/seed-md-$(basename "$f")"
       done ;;
  esac
  echo "== fuzz-$target for ${seconds}s"
  start=$(date +%s)
  status=0
  (cd "$crashes" && "$build/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
     -print_final_stats=1 "$corpus" > "$build/fuzz-$target.log" 2>&1) || status=$?
  end=$(date +%s)
  runs=$(grep -E '^stat::number_of_executed_units' "$build/fuzz-$target.log" | awk '{print $2}')
  found=$(find "$crashes" -type f -newer "$build/fuzz-$target" | wc -l)
  echo "fuzz-$target: $((end - start)) s, ${runs:-?} runs, corpus $(ls "$corpus" | wc -l) inputs, $found new crash/leak/timeout files, exit $status"
  [ "$found" -eq 0 ] || { echo "  see $crashes and $build/fuzz-$target.log; add the input to tests/fuzz/regressions/$target/"; tail -30 "$build/fuzz-$target.log"; }
done
