#!/bin/sh
# valgrind-notepipe.sh: run the uninstalled notepipe under valgrind; used as
# $NOTEPIPE by `make check-valgrind` so every CLI test runs under it.  Any
# error or definite leak makes the command fail with status 99.
top=$(cd "$(dirname "$0")/.." && pwd)
exec "$top/libtool" --mode=execute valgrind -q --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite --show-leak-kinds=definite --child-silent-after-fork=yes \
  "$top/notepipe" "$@"
