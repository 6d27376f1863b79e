# tests/: unit tests (GTest, TAP through automake), CLI integration tests,
# quality evaluations on ../shared/data (skipped when absent), benchmarks.

LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
TEST_ENVIRONMENT_COMMON = \
	NOTEPIPE_PLUGIN_PATH=$(abs_top_builddir)/plugins \
	NOTEPIPE=$(abs_top_builddir)/notepipe \
	NOTEPIPE_SRCDIR=$(abs_top_srcdir) \
	NOTEPIPE_BUILDDIR=$(abs_top_builddir) \
	G_TEST_SRCDIR=$(abs_top_srcdir)/tests \
	G_TEST_BUILDDIR=$(abs_top_builddir)/tests \
	XDG_CONFIG_HOME=$(abs_top_builddir)/tests/xdg-config \
	XDG_DATA_HOME=$(abs_top_builddir)/tests/xdg-data
AM_TESTS_ENVIRONMENT = $(TEST_ENVIRONMENT_COMMON); export NOTEPIPE_PLUGIN_PATH NOTEPIPE NOTEPIPE_SRCDIR NOTEPIPE_BUILDDIR G_TEST_SRCDIR G_TEST_BUILDDIR XDG_CONFIG_HOME XDG_DATA_HOME;
TESTS_CFLAGS = $(AM_CFLAGS) -DNP_TEST_SRCDIR=\"$(abs_top_srcdir)/tests\"
TESTS_LIBS = core/libnotepipe.la $(GLIB_LIBS) $(JSON_LIBS)

check_PROGRAMS += tests/unit/test-tokenize tests/unit/test-reader
tests_unit_test_tokenize_SOURCES = tests/unit/test-tokenize.c
tests_unit_test_tokenize_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_tokenize_LDADD = $(TESTS_LIBS)
tests_unit_test_reader_SOURCES = tests/unit/test-reader.c tests/unit/reader-helpers.h
tests_unit_test_reader_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_LDADD = $(TESTS_LIBS)

TESTS += tests/unit/test-tokenize tests/unit/test-reader

# strpool.h is the core's own header (not installed; AM_CPPFLAGS finds it)
check_PROGRAMS += tests/unit/test-strpool
tests_unit_test_strpool_SOURCES = tests/unit/test-strpool.c
tests_unit_test_strpool_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_strpool_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-strpool

check_PROGRAMS += tests/unit/test-reader-vtt
tests_unit_test_reader_vtt_SOURCES = tests/unit/test-reader-vtt.c tests/unit/reader-helpers.h
tests_unit_test_reader_vtt_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_vtt_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-vtt

check_PROGRAMS += tests/unit/test-reader-formats
tests_unit_test_reader_formats_SOURCES = tests/unit/test-reader-formats.c tests/unit/reader-helpers.h
tests_unit_test_reader_formats_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_formats_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-formats
check_PROGRAMS += tests/unit/test-reader-bad
tests_unit_test_reader_bad_SOURCES = tests/unit/test-reader-bad.c tests/unit/reader-helpers.h
tests_unit_test_reader_bad_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_bad_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-bad

check_PROGRAMS += tests/unit/test-reader-chat
tests_unit_test_reader_chat_SOURCES = tests/unit/test-reader-chat.c tests/unit/reader-helpers.h
tests_unit_test_reader_chat_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_chat_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-chat

check_PROGRAMS += tests/unit/test-reader-compressed
tests_unit_test_reader_compressed_SOURCES = tests/unit/test-reader-compressed.c tests/unit/reader-helpers.h
tests_unit_test_reader_compressed_CFLAGS = $(TESTS_CFLAGS) $(ARCHIVE_CFLAGS)
tests_unit_test_reader_compressed_LDADD = $(TESTS_LIBS) $(ARCHIVE_LIBS)
TESTS += tests/unit/test-reader-compressed

check_PROGRAMS += tests/unit/test-salvage
tests_unit_test_salvage_SOURCES = tests/unit/test-salvage.c
tests_unit_test_salvage_CFLAGS = $(TESTS_CFLAGS) $(LZMA_CFLAGS) $(ZSTD_CFLAGS)
tests_unit_test_salvage_LDADD = $(TESTS_LIBS) $(LZMA_LIBS) $(ZSTD_LIBS) $(BZ2_LIBS)
TESTS += tests/unit/test-salvage
check_PROGRAMS += tests/unit/test-reader-people
tests_unit_test_reader_people_SOURCES = tests/unit/test-reader-people.c tests/unit/reader-helpers.h
tests_unit_test_reader_people_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_people_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-people
check_PROGRAMS += tests/unit/test-reader-people-labels
tests_unit_test_reader_people_labels_SOURCES = tests/unit/test-reader-people-labels.c tests/unit/reader-helpers.h
tests_unit_test_reader_people_labels_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_people_labels_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-people-labels
check_PROGRAMS += tests/unit/test-reader-lines
tests_unit_test_reader_lines_SOURCES = tests/unit/test-reader-lines.c tests/unit/reader-helpers.h
tests_unit_test_reader_lines_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_lines_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-lines

check_PROGRAMS += tests/unit/test-layer
tests_unit_test_layer_SOURCES = tests/unit/test-layer.c
tests_unit_test_layer_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/core
tests_unit_test_layer_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-layer

check_PROGRAMS += tests/unit/test-layer-typed
tests_unit_test_layer_typed_SOURCES = tests/unit/test-layer-typed.c
tests_unit_test_layer_typed_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/core
tests_unit_test_layer_typed_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-layer-typed

check_PROGRAMS += tests/unit/test-json
tests_unit_test_json_SOURCES = tests/unit/test-json.c
tests_unit_test_json_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/core
tests_unit_test_json_LDADD = $(TESTS_LIBS) $(MATH_LIBS)
TESTS += tests/unit/test-json

# Plugins for the loader tests: refused for a reason each, or flaky on purpose
TEST_PLUGIN_LDFLAGS = -module -avoid-version -shared -rpath /nowhere
check_LTLIBRARIES += tests/plugins/abimismatch.la tests/plugins/apinewer.la tests/plugins/noentry.la \
	tests/plugins/duplicate.la tests/plugins/needy.la tests/plugins/flaky.la tests/plugins/crashy.la
tests_plugins_abimismatch_la_SOURCES = tests/plugins/abimismatch.c tests/plugins/testplug.h
tests_plugins_abimismatch_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_abimismatch_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_apinewer_la_SOURCES = tests/plugins/apinewer.c tests/plugins/testplug.h
tests_plugins_apinewer_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_apinewer_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_noentry_la_SOURCES = tests/plugins/noentry.c
tests_plugins_noentry_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_duplicate_la_SOURCES = tests/plugins/duplicate.c tests/plugins/testplug.h
tests_plugins_duplicate_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_duplicate_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_needy_la_SOURCES = tests/plugins/needy.c tests/plugins/testplug.h
tests_plugins_needy_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_needy_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_flaky_la_SOURCES = tests/plugins/flaky.c tests/plugins/testplug.h
tests_plugins_flaky_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_flaky_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_crashy_la_SOURCES = tests/plugins/crashy.c tests/plugins/testplug.h
tests_plugins_crashy_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_crashy_la_LIBADD = $(PLUGIN_LIBS)

check_PROGRAMS += tests/unit/test-loader
tests_unit_test_loader_SOURCES = tests/unit/test-loader.c
tests_unit_test_loader_CFLAGS = $(TESTS_CFLAGS) -DNP_TEST_BUILDDIR=\"$(abs_top_builddir)\"
tests_unit_test_loader_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-loader

check_PROGRAMS += tests/integration/test-cli
tests_integration_test_cli_SOURCES = tests/integration/test-cli.c tests/integration/cli-run.c tests/integration/cli-run.h
tests_integration_test_cli_CFLAGS = $(TESTS_CFLAGS) $(GLIB_CFLAGS)
tests_integration_test_cli_LDADD = $(GLIB_LIBS) $(JSON_LIBS)
TESTS += tests/integration/test-cli
EXTRA_DIST += examples

check_PROGRAMS += tests/integration/test-notes-data
tests_integration_test_notes_data_SOURCES = tests/integration/test-notes-data.c
tests_integration_test_notes_data_CFLAGS = $(TESTS_CFLAGS) -DNP_TEST_BUILDDIR=\"$(abs_top_builddir)\"
tests_integration_test_notes_data_LDADD = $(TESTS_LIBS)
TESTS += tests/integration/test-notes-data

# Benchmarks: built on demand, run with `make bench` (not part of make check)
EXTRA_PROGRAMS = tests/bench/bench-read
tests_bench_bench_read_SOURCES = tests/bench/bench-read.c
tests_bench_bench_read_CFLAGS = $(TESTS_CFLAGS)
tests_bench_bench_read_LDADD = $(TESTS_LIBS)
CLEANFILES += $(EXTRA_PROGRAMS)
EXTRA_DIST += tests/bench/read-bench.sh tests/bench/report-bench.sh
NP_BENCH_LIST = tests/bench/read-bench.sh tests/bench/speakers-bench.sh tests/bench/speakers-scaling.sh tests/bench/keywords-bench.sh \
	tests/bench/topics-bench.sh tests/bench/report-bench.sh

# (each prints its figures against a reference run in the same invocation;
# batch-bench, listed last, takes about 40 minutes for its 1 GB corpus)
bench: $(EXTRA_PROGRAMS) all $(check_PROGRAMS) $(check_LTLIBRARIES)
	@for s in $(NP_BENCH_LIST); do echo "== $$s"; NOTEPIPE_SRCDIR=$(abs_top_srcdir) NOTEPIPE_PLUGIN_PATH=$(abs_top_builddir)/plugins $(SHELL) $(srcdir)/$$s; rc=$$?; [ $$rc = 0 ] || [ $$rc = 77 ] || exit $$rc; done
.PHONY: bench

check_PROGRAMS += tests/hostile/test-hostile
tests_hostile_test_hostile_SOURCES = tests/hostile/test-hostile.c
tests_hostile_test_hostile_CFLAGS = $(TESTS_CFLAGS)
tests_hostile_test_hostile_LDADD = $(TESTS_LIBS)
TESTS += tests/hostile/test-hostile

# Fuzzing (libFuzzer, clang): `make fuzz FUZZ_SECONDS=N`; not part of make check
FUZZ_SECONDS = 60
EXTRA_DIST += tests/fuzz/run-fuzz.sh tests/fuzz/seeds tests/fuzz/regressions
fuzz:
	FUZZ_BUILD=$(abs_top_builddir)/fuzz-build \
	FUZZ_DEP_CFLAGS="$(GLIB_CFLAGS) $(JSON_CFLAGS) $(NP_CORE_DEP_CFLAGS) $(SQLITE_CFLAGS)" \
	FUZZ_DEP_LIBS="$(NP_CORE_DEP_LIBS) $(SQLITE_LIBS) $(MATH_LIBS)" $(SHELL) $(srcdir)/tests/fuzz/run-fuzz.sh $(FUZZ_SECONDS)
.PHONY: fuzz

# Every input a fuzzer crashed on is replayed in make check
check_PROGRAMS += tests/fuzz/replay-reader tests/fuzz/replay-formats tests/fuzz/replay-config tests/fuzz/replay-archive
tests_fuzz_replay_reader_SOURCES = tests/fuzz/fuzz-reader.c tests/fuzz/fuzz-read.h tests/fuzz/replay.c
tests_fuzz_replay_reader_CFLAGS = $(TESTS_CFLAGS)
tests_fuzz_replay_reader_LDADD = $(TESTS_LIBS)
tests_fuzz_replay_formats_SOURCES = tests/fuzz/fuzz-formats.c tests/fuzz/fuzz-read.h tests/fuzz/replay.c
tests_fuzz_replay_formats_CFLAGS = $(TESTS_CFLAGS)
tests_fuzz_replay_formats_LDADD = $(TESTS_LIBS)
tests_fuzz_replay_config_SOURCES = tests/fuzz/fuzz-config.c tests/fuzz/replay.c
tests_fuzz_replay_config_CFLAGS = $(TESTS_CFLAGS)
tests_fuzz_replay_config_LDADD = $(TESTS_LIBS)
tests_fuzz_replay_archive_SOURCES = tests/fuzz/fuzz-archive.c tests/fuzz/fuzz-read.h tests/fuzz/replay.c
tests_fuzz_replay_archive_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/core/batch $(ARCHIVE_CFLAGS)
tests_fuzz_replay_archive_LDADD = core/batch/libnpbatch.la $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)
check_PROGRAMS += tests/fuzz/replay-speakers
tests_fuzz_replay_speakers_SOURCES = tests/fuzz/fuzz-speakers.c tests/fuzz/fuzz-read.h tests/fuzz/replay.c $(SPEAKERS_SOURCES)
tests_fuzz_replay_speakers_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/plugins/speakers
tests_fuzz_replay_speakers_LDADD = $(TESTS_LIBS)
check_PROGRAMS += tests/fuzz/replay-plugins
tests_fuzz_replay_plugins_SOURCES = tests/fuzz/fuzz-plugins.c tests/fuzz/fuzz-read.h tests/fuzz/fuzz-stages.h \
	tests/fuzz/replay.c $(plugins_speakers_la_SOURCES) \
	$(plugins_actions_la_SOURCES) $(plugins_keywords_la_SOURCES) $(plugins_topics_la_SOURCES) \
	$(plugins_stats_la_SOURCES)
tests_fuzz_replay_plugins_CFLAGS = $(TESTS_CFLAGS) -I$(top_srcdir)/plugins/speakers -I$(top_srcdir)/plugins/actions \
	-I$(top_srcdir)/plugins/keywords -I$(top_srcdir)/plugins/topics
tests_fuzz_replay_plugins_LDADD = $(TESTS_LIBS) $(MATH_LIBS)
check_PROGRAMS += tests/fuzz/replay-writers
tests_fuzz_replay_writers_SOURCES = tests/fuzz/fuzz-writers.c tests/fuzz/fuzz-read.h tests/fuzz/fuzz-stages.h \
	tests/fuzz/replay.c $(plugins_speakers_la_SOURCES) $(plugins_actions_la_SOURCES) $(plugins_keywords_la_SOURCES) \
	$(plugins_topics_la_SOURCES) $(plugins_stats_la_SOURCES)
tests_fuzz_replay_writers_CFLAGS = $(tests_fuzz_replay_plugins_CFLAGS) -I$(top_srcdir)/core/batch
tests_fuzz_replay_writers_LDADD = core/batch/libnpbatch.la $(TESTS_LIBS) $(MATH_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)
NP_REPLAY_TESTS = tests/fuzz/replay-reader.test tests/fuzz/replay-formats.test tests/fuzz/replay-config.test \
	tests/fuzz/replay-archive.test tests/fuzz/replay-speakers.test tests/fuzz/replay-plugins.test \
	tests/fuzz/replay-writers.test
TESTS += $(NP_REPLAY_TESTS)
TEST_EXTENSIONS = .test
TEST_LOG_DRIVER = $(LOG_DRIVER)
$(NP_REPLAY_TESTS): Makefile
	@mkdir -p tests/fuzz
	@target=$$(basename $@ .test | sed 's/replay-//'); \
	 printf '#!/bin/sh\nexec "%s/tests/fuzz/replay-%s" "%s/tests/fuzz/regressions/%s"\n' \
	   "$(abs_top_builddir)" "$$target" "$(abs_top_srcdir)" "$$target" > $@; chmod +x $@
CLEANFILES += $(NP_REPLAY_TESTS)

check_PROGRAMS += tests/unit/test-svg
tests_unit_test_svg_SOURCES = tests/unit/test-svg.c
tests_unit_test_svg_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_svg_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-svg

# Headless-Chromium page checker for the report tests and benchmarks
check_PROGRAMS += tests/browser/np-browser
tests_browser_np_browser_SOURCES = tests/browser/np-browser.c
tests_browser_np_browser_CFLAGS = $(AM_CFLAGS) -Wno-format-nonliteral
tests_browser_np_browser_LDADD = $(GLIB_LIBS) $(JSON_LIBS)
check_PROGRAMS += tests/browser/test-report
tests_browser_test_report_SOURCES = tests/browser/test-report.c
tests_browser_test_report_CFLAGS = $(AM_CFLAGS)
tests_browser_test_report_LDADD = $(GLIB_LIBS) $(JSON_LIBS)
TESTS += tests/browser/test-report

# Evaluation harness of the topics plugin (see tests/eval/topics-eval.c)
check_PROGRAMS += tests/eval/topics-eval
tests_eval_topics_eval_SOURCES = tests/eval/topics-eval.c
tests_eval_topics_eval_CFLAGS = $(TESTS_CFLAGS)
tests_eval_topics_eval_LDADD = $(TESTS_LIBS)
TESTS += tests/eval/topics-quality.sh
EXTRA_DIST += tests/eval/topics-quality.sh

# Speed of the topics plugin against scikit-learn, and a 1M-text run (report only)
EXTRA_DIST += tests/bench/topics-bench.sh tests/bench/sklearn-tfidf-kmeans.py
bench-topics: tests/eval/topics-eval plugins/topics.la
	NOTEPIPE_SRCDIR=$(abs_top_srcdir) NOTEPIPE_BUILDDIR=$(abs_top_builddir) \
	NOTEPIPE_PLUGIN_PATH=$(abs_top_builddir)/plugins $(SHELL) $(top_srcdir)/tests/bench/topics-bench.sh
.PHONY: bench-topics

# test runs point XDG_CONFIG_HOME and XDG_DATA_HOME into the build tree
clean-local: clean-local-xdg
clean-local-xdg:
	-rm -rf tests/xdg-config tests/xdg-data
.PHONY: clean-local-xdg

# The CLI tests with every notepipe process under valgrind (slow; not in make check)
EXTRA_DIST += tests/valgrind-notepipe.sh
check-valgrind: all
	$(MAKE) $(AM_MAKEFLAGS) check TESTS="tests/integration/test-cli tests/integration/test-refusals" \
	  NOTEPIPE_VALGRIND=1 AM_TESTS_ENVIRONMENT='$(TEST_ENVIRONMENT_COMMON) NOTEPIPE=$(abs_top_srcdir)/tests/valgrind-notepipe.sh; export NOTEPIPE_PLUGIN_PATH NOTEPIPE NOTEPIPE_SRCDIR NOTEPIPE_BUILDDIR G_TEST_SRCDIR G_TEST_BUILDDIR XDG_CONFIG_HOME XDG_DATA_HOME;'
.PHONY: check-valgrind
include tests/batch/local.mk
check_PROGRAMS += tests/unit/test-reader-word
tests_unit_test_reader_word_SOURCES = tests/unit/test-reader-word.c tests/unit/reader-helpers.h
tests_unit_test_reader_word_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_word_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-word

check_PROGRAMS += tests/unit/test-reader-mail
tests_unit_test_reader_mail_SOURCES = tests/unit/test-reader-mail.c tests/unit/reader-helpers.h
tests_unit_test_reader_mail_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_mail_LDADD = $(TESTS_LIBS)
TESTS += tests/unit/test-reader-mail
