# plugins/speakers: speaker attribution (issue 4).
plugin_LTLIBRARIES += plugins/speakers.la
SPEAKERS_SOURCES = \
	plugins/speakers/speakers.h \
	plugins/speakers/words.c plugins/speakers/labels.c \
	plugins/speakers/marks-private.h \
	plugins/speakers/marks.c \
	plugins/speakers/mark-names.c \
	plugins/speakers/marks-colon.c plugins/speakers/marks-floor.c plugins/speakers/marks-bracket.c plugins/speakers/marks-records.c \
	plugins/speakers/marks-name.c \
	plugins/speakers/marks-voice.c \
	plugins/speakers/mark-cache.c \
	plugins/speakers/roster-private.h \
	plugins/speakers/roster.c \
	plugins/speakers/roster-loose.c \
	plugins/speakers/roster-forms.c \
	plugins/speakers/nicknames.c \
	plugins/speakers/given-names.c \
	plugins/speakers/roster-index.c \
	plugins/speakers/roster-doc.c \
	plugins/speakers/roster-mentions.c \
	plugins/speakers/roster-passing.c \
	plugins/speakers/roster-file.c \
	plugins/speakers/roster-text.c \
	plugins/speakers/attribute-private.h \
	plugins/speakers/attribute.c \
	plugins/speakers/resolve.c \
	plugins/speakers/judge-form.c \
	plugins/speakers/judge.c \
	plugins/speakers/styles.c \
	plugins/speakers/evidence.c \
	plugins/speakers/heads.c \
	plugins/speakers/cues.c \
	plugins/speakers/owners.c \
	plugins/speakers/scribe.c \
	plugins/speakers/parties.c \
	plugins/speakers/chatlog.c \
	plugins/speakers/keys.c \
	plugins/speakers/turns.c \
	plugins/speakers/slips.c \
	plugins/speakers/inherit.c \
	plugins/speakers/inherit-transcripts.c \
	plugins/speakers/midline.c \
	plugins/speakers/output.c \
	plugins/speakers/corpus.c \
	plugins/speakers/scratch.c \
	plugins/speakers/strtable.c
plugins_speakers_la_SOURCES = $(SPEAKERS_SOURCES) plugins/speakers/speakers.c
plugins_speakers_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_speakers_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_speakers_la_LIBADD = $(PLUGIN_LIBS)

# Tests: unit and end-to-end tests on small notes written in the test, and
# the quality ratchet on ../shared/data (skipped when the data is absent).
check_PROGRAMS += plugins/speakers/tests/test-speakers
plugins_speakers_tests_test_speakers_SOURCES = plugins/speakers/tests/test-speakers.c \
	plugins/speakers/tests/test-speakers-people.c plugins/speakers/tests/test-speakers-rosters.c \
	plugins/speakers/tests/test-speakers-vtt.c \
	plugins/speakers/tests/test-speakers-styles.c plugins/speakers/tests/test-speakers-logs.c \
	plugins/speakers/tests/test-speakers-transcripts.c plugins/speakers/tests/test-speakers-office.c \
	plugins/speakers/tests/test-speakers-intl.c plugins/speakers/tests/test-speakers-communities.c \
	plugins/speakers/tests/test-speakers-minutes.c plugins/speakers/tests/test-speakers-slips.c \
	plugins/speakers/tests/test-speakers-helpers.c \
	plugins/speakers/tests/test-speakers.h $(SPEAKERS_SOURCES)
plugins_speakers_tests_test_speakers_CFLAGS = $(TESTS_CFLAGS) $(ARCHIVE_CFLAGS)
plugins_speakers_tests_test_speakers_LDADD = $(TESTS_LIBS) $(ARCHIVE_LIBS)
TESTS += plugins/speakers/tests/test-speakers plugins/speakers/tests/quality.sh
EXTRA_DIST += plugins/speakers/tests/quality.sh plugins/speakers/tests/gophercon-2025-summit.tsv \
	plugins/speakers/README.md plugins/speakers/SPEED.md tests/bench/speakers-bench.sh tests/bench/speakers-scaling.sh \
	tests/bench/speakers-invocations.sh tests/bench/speakers-common.sh tests/bench/speakers-profile.sh

# Benchmark (not a test): tests/bench/speakers-bench.sh runs it.
check_PROGRAMS += tests/bench/bench-speakers
tests_bench_bench_speakers_SOURCES = tests/bench/bench-speakers.c
tests_bench_bench_speakers_CFLAGS = $(TESTS_CFLAGS)
tests_bench_bench_speakers_LDADD = $(TESTS_LIBS)
