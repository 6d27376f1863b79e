# speakers-common.sh: sourced by the speakers benchmarks (from the top
# directory).  speakers_setup NAME checks that the notes and the bench are
# there (exit 77 without notes, 1 without the bench, NAME in the message),
# exports NOTEPIPE_PLUGIN_PATH (this tree's plugins unless set) and writes
# the notes' paths, sorted, to the file $LIST (made by the caller).
speakers_setup () {
  NOTES_DIR=${NOTES_DIR:-../shared/data/notes}
  if [ ! -d "$NOTES_DIR" ]; then
    echo "$1: no notes in $NOTES_DIR, nothing to measure" >&2
    exit 77
  fi
  if [ ! -x tests/bench/bench-speakers ]; then
    echo "$1: build it first: make tests/bench/bench-speakers" >&2
    exit 1
  fi
  export NOTEPIPE_PLUGIN_PATH="${NOTEPIPE_PLUGIN_PATH:-$PWD/plugins}"
  find "$NOTES_DIR" -type f \( -name '*.md' -o -name '*.txt' \) ! -path '*/gold/*' | sort > "$LIST"
}
