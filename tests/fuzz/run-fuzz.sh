#!/bin/sh
# run-fuzz.sh: build the libFuzzer targets with clang (ASan + UBSan) in
# fuzz-build/ and run each for SECONDS (default 60).  Seeds come from the
# project's own examples and fixtures; new inputs and crashes stay in
# fuzz-build/corpus/<target>/ and fuzz-build/crashes/<target>/.
# Usage: make fuzz FUZZ_SECONDS=600.  make passes the flags configure
# found for the core's libraries (FUZZ_DEP_CFLAGS, FUZZ_DEP_LIBS), so the
# fuzz build links what the core does; run directly, the script asks for
# them.
# Targets: FUZZ_TARGETS="reader markdown formats config archive speakers
# plugins writers" (the default).
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
if [ -z "${FUZZ_DEP_LIBS:-}" ]; then
  echo "run-fuzz: run it through make fuzz (it passes the libraries' flags)"
  exit 2
fi
libs=$FUZZ_DEP_LIBS
cflags="-DHAVE_CONFIG_H -DNP_PLUGINDIR=\"/nonexistent\" -I$top_build -I$src/core -I$top_build/core ${FUZZ_DEP_CFLAGS:-}"
# Seeds for the archive walker, made fresh from examples/ (no binary blobs
# in the repository): the same small tree as tar (gnu, pax, ustar), tar.gz,
# tar.bz2, tar.xz, tar.zst, zip (deflated and stored), a web archive (WARC),
# a mailbox (alone, and as a member of the tree's archives),
# with a symbolic link, an excluded directory and name, `../` member names,
# a truncated archive, and each compressed one cut at 60% of its stream.
make_archive_seeds () {
  out=$1
  tree="$build/archive-tree"
  rm -rf "$tree"
  mkdir -p "$tree/notes/sub" "$tree/notes/tmp"
  cp "$src"/examples/* "$tree/notes/"
  printf '# Sub\n\n- one\n- two\n' > "$tree/notes/sub/list.md"
  printf 'hidden\n' > "$tree/notes/tmp/hidden.md"
  printf 'skipped\n' > "$tree/notes/drop.skip"
  make_mbox_seed "$tree/notes/sub/list.mbox"
  ln -s ../notes/sub/list.md "$tree/notes/link.md"
  t="tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner"
  (
    cd "$tree"
    $t --format=gnu -cf "$out/seed-gnu.tar" notes
    $t --format=pax -cf "$out/seed-pax.tar" notes
    $t --format=ustar -cf "$out/seed-ustar.tar" notes/sub
    $t --format=gnu -czf "$out/seed.tar.gz" notes
    $t --format=gnu -cjf "$out/seed.tar.bz2" notes
    $t --format=gnu -cJf "$out/seed.tar.xz" notes
    if command -v zstd >/dev/null; then $t --format=gnu --zstd -cf "$out/seed.tar.zst" notes; fi
    $t --format=gnu -P --transform='s,^notes,../notes,' -cf "$out/seed-dotdot.tar" notes/sub
    head -c 3000 "$out/seed-gnu.tar" > "$out/seed-truncated.tar"
    # compressed streams cut at 60%: the salvage's decoders (core/salvage.c)
    for f in "$out/seed.tar.gz" "$out/seed.tar.bz2" "$out/seed.tar.xz" "$out/seed.tar.zst"; do
      [ -f "$f" ] || continue
      n=$(wc -c < "$f")
      head -c $((n * 6 / 10)) "$f" > "$out/seed-cut.tar.${f##*.}"
    done
    if command -v zip >/dev/null; then
      TZ=UTC find notes -exec touch -h -d 2020-01-01T00:00:00 {} +
      zip -qrX "$out/seed.zip" notes
      zip -qrX0 "$out/seed-stored.zip" notes/sub
      zip -qrXy "$out/seed-symlink.zip" notes/link.md notes/sub
    fi
  )
  make_warc_seed "$out/seed.warc"
  make_mbox_seed "$out/seed.mbox"
  head -c 900 "$out/seed.warc" > "$out/seed-cut.warc"
  for f in "$src"/tests/fuzz/regressions/archive/*; do [ -f "$f" ] && cp "$f" "$out/"; done
  rm -rf "$tree"
}
# A mailbox of the examples, each a message (source-mbox.c), one body
# line escaped as mboxrd does
make_mbox_seed () {
  {
    for f in "$src"/examples/*; do
      printf 'From alice@example.org Tue Mar  5 10:00:00 2024\nFrom: Alice <alice@example.org>\n'
      printf 'Date: Tue, 05 Mar 2024 10:00:00 +0000\nSubject: [wg] %s\n\n' "$(basename "$f")"
      cat "$f"
      printf '>From the archive\n\n'
    done
  } > "$1"
}
# One WARC record: TYPE URI BODY-FILE
warc_record () {
  printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nContent-Length: %s\r\n\r\n' \
    "$1" "$2" "$(wc -c < "$3")"
  cat "$3"
  printf '\r\n\r\n'
}
# A web archive as a crawler writes one (core/archive-read.c reads the
# HTTP replies in it): a note stored as a resource, one in a response with
# its head, one in chunks, a redirect
make_warc_seed () {
  body=$(mktemp)
  {
    f="$src/examples/wg-minutes.md"
    cp "$f" "$body"
    warc_record resource "file:///notes/wg-minutes.md" "$body"
    { printf 'HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\n\r\n'; cat "$f"; } > "$body"
    warc_record response "https://example.org/notes/wg.md" "$body"
    f="$src/examples/build-summit.txt"
    { printf 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n' "$(wc -c < "$f")"; cat "$f"
      printf '\r\n0\r\n\r\n'; } > "$body"
    warc_record response "https://example.org/minutes/summit" "$body"
    printf 'HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n' > "$body"
    warc_record response "https://example.org/old.md" "$body"
  } > "$1"
  rm -f "$body"
}
# Seeds for the readers picked by name: the first byte is the name's index
# in fuzz-formats.c's table.
make_format_seeds () {
  out=$1
  seed () { { printf "\\$(printf '%03o' "$1")"; cat; } > "$out/seed-$2"; }
  printf '<html><head><title>WG</title></head><body><h1>WG call</h1><ul><li>Alice: ship it</li>\n'\
'<li><b>Bob</b>: not yet <a href="https://example.org">link</a></li></ul><table><tr><td>Ann</td></tr></table>'\
'</body></html>\n' | seed 0 html
  printf '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>ABC: text</p></body></html>\n' \
    | seed 1 xhtml
  printf '#+TITLE: Sync\n* Agenda\n** Release\n- Alice: cut it Friday\n  - Bob: agreed\n'\
'#+BEGIN_SRC sh\nls\n#+END_SRC\n' | seed 2 org
  printf '= Sync\n:toc:\n\n== Release\n\n* Alice: cut it\n** Bob: agreed\n\n----\ncode\n----\n' | seed 3 adoc
  printf 'Sync\n====\n\nRelease\n-------\n\n* Alice: cut it\n\n.. note:: a comment\n\n::\n\n   code\n' | seed 4 rst
  printf 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Alice Smith>Hello all.\n\n'\
'00:00:05.000 --> 00:00:07.000\n<v Bob>Hi.</v>\n' | seed 5 vtt
  printf '1\n00:00:01,000 --> 00:00:04,000\nAlice: Hello all.\n\n'\
'2\n00:00:05,000 --> 00:00:07,000\nBob: Hi.\n' | seed 6 srt
  # Teams' transcript saved as text: the speaker's name over the words
  printf '0:0:0.0 --> 0:0:5.120\nAlice Smith\nHello all.\n\n0:0:5.120 --> 0:0:9.0\nBob Jones\nHi.\n\n'\
'0:0:9.0 --> 0:0:12.0\nAlice Smith\nShip it.\n' | seed 11 teams-txt
  printf 'From: Alice <alice@example.org>\nSubject: Minutes\nMIME-Version: 1.0\n'\
'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n'\
'Content-Transfer-Encoding: quoted-printable\n\n- Alice: ship it =E2=9C=93\n--b--\n' | seed 7 eml
  gzip -n -c "$src/examples/wg-minutes.md" | seed 10 md.gz
  seed 11 txt < "$src/examples/build-summit.txt"
  if command -v zip > /dev/null; then
    d="$build/office-tree"
    rm -rf "$d" && mkdir -p "$d/docx/word" "$d/odt"
    printf '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'\
'<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Sync</w:t></w:r></w:p>'\
'<w:p><w:r><w:t>Alice: ship it</w:t></w:r></w:p></w:body></w:document>' > "$d/docx/word/document.xml"
    printf 'application/vnd.oasis.opendocument.text' > "$d/odt/mimetype"
    printf '<?xml version="1.0"?><office:document-content'\
' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'\
' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'\
'<text:h text:outline-level="1">Sync</text:h><text:p>Alice: ship it</text:p></office:text></office:body>'\
'</office:document-content>' > "$d/odt/content.xml"
    (cd "$d/docx" && zip -qrX ../seed.docx word)
    (cd "$d/odt" && zip -qX0 ../seed.odt mimetype && zip -qrX ../seed.odt content.xml)
    seed 8 docx < "$d/seed.docx"
    seed 9 odt < "$d/seed.odt"
    rm -rf "$d"
  fi
}
# Seeds for the speakers plugin: the first byte picks the name (0 text,
# 1 Markdown, 2 WebVTT, 3 HTML); with 0x80 set, a roster file comes first,
# ended by a NUL.  The examples and seeds as notes, and the inputs kept in
# tests/fuzz/regressions/speakers/ (notes with a roster among them).
make_speakers_seeds () {
  out=$1
  for f in "$src"/examples/*.md "$src"/tests/fuzz/seeds/*.md; do
    [ -f "$f" ] && { printf '\001'; cat "$f"; } > "$out/seed-md-$(basename "$f")"
  done
  for f in "$src"/examples/*.txt "$src"/tests/fuzz/seeds/*.txt; do
    [ -f "$f" ] && { printf '\000'; cat "$f"; } > "$out/seed-txt-$(basename "$f")"
  done
  for f in "$src"/tests/fuzz/regressions/speakers/*; do [ -f "$f" ] && cp "$f" "$out/"; done
  :
}
objs=""
# a core header changed (a struct's fields) makes every object of the core
# again: objects of two layouts would disagree on the same struct
for c in "$src"/core/*.c; do
  o="$build/obj/$(basename "$c" .c).o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find "$src/core" -maxdepth 2 -name '*.h' -newer "$o" | head -1)" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -c "$c" -o "$o"
  fi
  objs="$objs $o"
done
# The archive walker of the batch command: source.c, source-archive.c and
# source-mbox.c
# of core/batch
bobj=""
for c in source source-archive source-mbox; do
  o="$build/obj/batch-$c.o"
  if [ ! -f "$o" ] || [ "$src/core/batch/$c.c" -nt "$o" ] || [ "$src/core/batch/batch.h" -nt "$o" ] \
     || [ "$src/core/batch/source-private.h" -nt "$o" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -c "$src/core/batch/$c.c" -o "$o"
  fi
  bobj="$bobj $o"
done
# All of core/batch (the store, the report from it), for the writers target
wobj=""
for c in "$src"/core/batch/*.c; do
  o="$build/obj/batch-all-$(basename "$c" .c).o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find "$src/core/batch" -name '*.h' -newer "$o")" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -c "$c" -o "$o"
  fi
  wobj="$wobj $o"
done
# The speakers plugin's sources but its descriptor (speakers.c), linked
# into its target whole
sobj=""
for c in "$src"/plugins/speakers/*.c; do
  [ "$(basename "$c")" = speakers.c ] && continue
  o="$build/obj/speakers-$(basename "$c" .c).o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find "$src/plugins/speakers" -maxdepth 1 -name '*.h' -newer "$o" | head -1)" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -I"$src/plugins/speakers" -c "$c" -o "$o"
  fi
  sobj="$sobj $o"
done
# Every in-tree plugin's sources (not their tests, not the keywords
# lexicon's generator), for the plugins target
pobj=""
for c in "$src"/plugins/*/*.c; do
  case $(basename "$c") in test-*|lexicon-gen.c) continue ;; esac
  dir=$(dirname "$c")
  o="$build/obj/plugin-$(basename "$dir")-$(basename "$c" .c).o"
  if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find "$dir" -name '*.h' -newer "$o")" ]; then
    clang $san -fsanitize=fuzzer-no-link $cflags -I"$dir" -c "$c" -o "$o"
  fi
  pobj="$pobj $o"
done
for target in ${FUZZ_TARGETS:-reader markdown formats config archive speakers plugins writers}; do
  case $target in
    markdown) file=fuzz-reader.c; extra=-DFUZZ_MARKDOWN_ONLY ;;
    archive) file=fuzz-archive.c; extra="-I$src/core/batch $bobj" ;;
    speakers) file=fuzz-speakers.c; extra="-I$src/plugins/speakers $sobj" ;;
    plugins) file=fuzz-plugins.c; extra="$pobj" ;;
    writers) file=fuzz-writers.c; extra="-I$src/core/batch $pobj $wobj" ;;
    *) file=fuzz-$target.c; extra= ;;
  esac
  [ -f "$src/tests/fuzz/$file" ] || continue
  clang $san -fsanitize=fuzzer $cflags "$src/tests/fuzz/$file" $extra $objs $libs -o "$build/fuzz-$target"
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  case $target in
    config) for f in "$src"/tests/fuzz/seeds/*.conf; do [ -f "$f" ] && cp "$f" "$corpus/"; done ;;
    archive) make_archive_seeds "$corpus" ;;
    formats) make_format_seeds "$corpus" ;;
    speakers) make_speakers_seeds "$corpus" ;;
    plugins|writers)
           for f in "$src"/examples/* "$src"/tests/fuzz/seeds/*.md "$src"/tests/fuzz/seeds/*.txt \
                      "$src"/tests/fuzz/regressions/$target/*; do
               [ -f "$f" ] || continue
               case $f in
                 */regressions/*) cp "$f" "$corpus/" ;;
                 *.md) { printf '\001'; cat "$f"; } > "$corpus/seed-md-$(basename "$f")" ;;
                 *) { printf '\000'; cat "$f"; } > "$corpus/seed-txt-$(basename "$f")" ;;
               esac
             done ;;
    *) for f in "$src"/examples/* "$src"/tests/fuzz/seeds/*; do
         [ -f "$f" ] || continue
         # first byte: format selector (see fuzz-reader.c)
         { printf '\001'; cat "$f"; } > "$corpus/seed-text-$(basename "$f")"
         { printf '\202'; cat "$f"; } > "$corpus/seed-md-$(basename "$f")"
       done
       # notes compressed whole, which the reader inflates
       for f in "$src"/examples/*; do
         [ -f "$f" ] || continue
         { printf '\001'; gzip -n -c "$f"; } > "$corpus/seed-gz-$(basename "$f")"
         { printf '\202'; xz -c "$f"; } > "$corpus/seed-xz-$(basename "$f")"
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
