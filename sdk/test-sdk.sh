#!/bin/sh
# test-sdk.sh: the SDK as a plugin author meets it, end to end (TAP).
#
# Takes the install of this build that make check made into sdk/stage
# (make install DESTDIR=..., see sdk/local.mk), checks the layout,
# scaffolds a plugin with the installed
# `notepipe new-plugin`, builds it with its plain Makefile against the
# staged SDK through pkg-config (PKG_CONFIG_PATH), runs its test, loads it
# with `notepipe run --plugin-dir DIR --plugins NAME --format json`,
# installs it into the plugin directory, and builds it once more with its
# autotools alternative when autoreconf is available.
#
# A staged install keeps the final paths in its .pc files; the test points
# pkg-config at copies whose absolute paths carry the staging prefix, which
# is what building against an unpacked package needs.
#
# Environment (set by make check): NOTEPIPE_BUILDDIR, NP_MAKE, and in a
# sanitizer build NP_SANITIZER_CFLAGS and NP_SANITIZER_LDFLAGS.
set -u

builddir=${NOTEPIPE_BUILDDIR:?run through make check}
# the plugin author's shell, not make check's: no inherited make flags
# (jobserver, TESTS=...), test dirs or plugin path
unset MAKEFLAGS MFLAGS MAKELEVEL G_TEST_SRCDIR G_TEST_BUILDDIR NOTEPIPE_PLUGIN_PATH
make_cmd=${NP_MAKE:-make}
# a sanitizer build of notepipe: the plugin and its test are built the
# same way, or the ASan runtime would not come first in the test program
if [ -n "${NP_SANITIZER_CFLAGS:-}" ]; then
  export CFLAGS="-O2 -g $NP_SANITIZER_CFLAGS" LDFLAGS="${NP_SANITIZER_LDFLAGS:-}"
fi
name=team-notes        # a '-' in the name: its C identifier is team_notes

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; [ -n "${2:-}" ] && sed 's/^/# /' "$2" | tail -n 25; }
check () { desc=$1; shift; if "$@" >"$work/out.log" 2>&1; then ok "$desc"; else not_ok "$desc" "$work/out.log"; fi; }

for tool in cc pkg-config; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is not installed"
    exit 0
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/np-sdk-test.XXXXXX") || exit 1
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

echo "1..14"

# 1. the install make check made of this build (sdk/local.mk)
stage=$builddir/sdk/stage
if [ -f "$builddir/sdk/stage.stamp" ] && [ -d "$stage" ]; then
  ok "make install DESTDIR=sdk/stage"
else
  n=$((n + 1)); echo "not ok $n - make install DESTDIR=sdk/stage: no staged install (run through make check)"
  echo "Bail out! nothing installed"
  exit 1
fi

# where things went: read the paths back from the staged notepipe-plugin.pc
pcdir=$(dirname "$(find "$stage" -name notepipe-plugin.pc | head -n 1)")
mkdir -p "$work/pkgconfig"
for pc in "$pcdir"/*.pc; do
  sed "s|^\([A-Za-z_]*\)=/|\1=$stage/|" "$pc" >"$work/pkgconfig/$(basename "$pc")"
done
PKG_CONFIG_PATH=$work/pkgconfig
export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir notepipe-plugin)
includedir=$(pkg-config --variable=includedir notepipe-plugin)
plugindir=$(pkg-config --variable=plugindir notepipe-plugin)
bindir=$(dirname "$(find "$stage" -path '*/bin/notepipe' | head -n 1)")
version=$(pkg-config --modversion notepipe-plugin)

# 2. layout: versioned library, versioned include dir, three .pc files,
#    built-in plugins in plugindir, the man page, the command
layout () {
  for f in "$libdir/libnotepipe.so" "$libdir/libnotepipe.so.1" "$libdir/libnotepipe-testing.so" \
           "$includedir/notepipe-1/notepipe/notepipe.h" "$includedir/notepipe-1/notepipe/np-plugin.h" \
           "$includedir/notepipe-1/notepipe/np-testing.h" "$includedir/notepipe-1/notepipe/np-version.h" \
           "$pcdir/notepipe-1.pc" "$pcdir/notepipe-plugin.pc" "$pcdir/notepipe-testing.pc" \
           "$plugindir/stats.so" "$plugindir/actions.so" "$bindir/notepipe"; do
    [ -e "$f" ] || { echo "missing: $f"; return 1; }
  done
  ls "$libdir"/libnotepipe.so.1.* >/dev/null || return 1
  find "$stage" -name notepipe.1 | grep -q man1 || { echo "no man page"; return 1; }
}
check "install layout (lib, headers, .pc, plugins, man page)" layout

# 3. pkg-config: the plugin dir and the ABI it announces
abi_matches () {
  abi=$(pkg-config --variable=abi_version notepipe-plugin)
  grep -q "define NP_PLUGIN_ABI_VERSION $abi\$" "$includedir/notepipe-1/notepipe/np-version.h" && [ -n "$version" ] \
    && [ -e "$plugindir/stats.so" ]
}
check "notepipe-plugin.pc: plugindir, abi_version" abi_matches

# the staged command, with the staged libraries and plugins
np () {
  LD_LIBRARY_PATH=$libdir NOTEPIPE_PLUGIN_PATH=$plugindir XDG_DATA_HOME=$work/xdg "$bindir/notepipe" "$@"
}

# 4-6. scaffolding, and what it refuses
check "notepipe new-plugin $name" np new-plugin "$name" "$work/$name"
refuses () { expected=$1; shift; np "$@"; [ $? -eq "$expected" ]; }
check "new-plugin refuses an invalid name" refuses 2 new-plugin Bad.Name "$work/bad"
check "new-plugin refuses a non-empty directory" refuses 2 new-plugin other "$work/$name"

# 7-8. the plain build with pkg-config, and its test
check "make (pkg-config) builds $name.so" $make_cmd -C "$work/$name"
check "make check runs the scaffolded test" env LD_LIBRARY_PATH="$libdir" $make_cmd -C "$work/$name" check

# 9. the layer in the JSON output
np run "$work/$name/sample.md" --plugin-dir "$work/$name" --plugins "$name" --format json >"$work/run.json" 2>"$work/run.err"
if [ $? -eq 0 ] && grep -Eq "\"$name.mention\" ?: \[" "$work/run.json" && [ "$(grep -Ec '"term" ?:' "$work/run.json")" -ge 3 ]; then
  ok "notepipe run --plugin-dir DIR --plugins $name --format json shows $name.mention"
else
  cat "$work/run.err" "$work/run.json" >"$work/out.log"
  not_ok "notepipe run --plugin-dir DIR --plugins $name --format json shows $name.mention" "$work/out.log"
fi

# 10. its option, set from the command line
np run "$work/$name/sample.md" --plugin-dir "$work/$name" --plugins "$name" -o "$name.terms=risk" --format json >"$work/run2.json" 2>&1
if [ "$(grep -Ec '"term" ?:' "$work/run2.json")" -eq 1 ]; then ok "-o $name.terms=risk"; else not_ok "-o $name.terms=risk" "$work/run2.json"; fi

# 11. notepipe plugins shows its schema
shows_schema () { np plugins --plugin-dir "$work/$name" "$name" | grep -q "provides $name.mention"; }
check "notepipe plugins $name shows its layer" shows_schema

# 12. make install puts it where notepipe looks by default
installed_runs () {
  $make_cmd -C "$work/$name" install DESTDIR="$work/pinst" PLUGINDIR="$plugindir" || return 1
  [ -f "$work/pinst$plugindir/$name.so" ] || return 1
  LD_LIBRARY_PATH=$libdir NOTEPIPE_PLUGIN_PATH="$work/pinst$plugindir" XDG_DATA_HOME=$work/xdg \
    "$bindir/notepipe" run "$work/$name/sample.md" --plugins "$name" --format json | grep -q "\"$name.mention\""
}
check "make install: found without --plugin-dir" installed_runs

# 13-14. the autotools alternative, in a build directory of its own
if command -v autoreconf >/dev/null 2>&1 && command -v libtoolize >/dev/null 2>&1; then
  autotools_build () {
    cd "$work/$name" && autoreconf -fi && mkdir -p _build && cd _build && ../configure && $make_cmd
  }
  check "autotools: autoreconf, configure, make" autotools_build
  check "autotools: make check" env LD_LIBRARY_PATH="$libdir" $make_cmd -C "$work/$name/_build" check
else
  ok "autotools: autoreconf, configure, make # SKIP autoreconf or libtoolize not installed"
  ok "autotools: make check # SKIP autoreconf or libtoolize not installed"
fi

[ "$failed" -eq 0 ]
