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
tests_unit_test_reader_SOURCES = tests/unit/test-reader.c
tests_unit_test_reader_CFLAGS = $(TESTS_CFLAGS)
tests_unit_test_reader_LDADD = $(TESTS_LIBS)

TESTS += tests/unit/test-tokenize tests/unit/test-reader

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
