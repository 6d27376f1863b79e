# plugins/keywords: statistical keyphrases per document, section, speaker
# and corpus (see plugins/keywords/plugin.c).

plugin_LTLIBRARIES += plugins/keywords.la
plugins_keywords_la_SOURCES = \
	plugins/keywords/keywords.h \
	plugins/keywords/extractor.h \
	plugins/keywords/plugin.c \
	plugins/keywords/stoplist.c \
	plugins/keywords/units.c \
	plugins/keywords/headings.c \
	plugins/keywords/forms.c \
	plugins/keywords/candidates.c \
	plugins/keywords/score.c \
	plugins/keywords/select.c \
	plugins/keywords/corpus.c \
	plugins/keywords/corpus-df.h \
	plugins/keywords/corpus-df.c \
	plugins/keywords/variant.c \
	plugins/keywords/lexicon.h \
	plugins/keywords/lexicon.c \
	plugins/keywords/lexicon-data.c
plugins_keywords_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_keywords_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_keywords_la_LIBADD = $(PLUGIN_LIBS)

# The evaluation harness (tests/eval/) runs the plugin through the library
# API over a keyphrase data set; the quality test and the benchmark use it.
check_PROGRAMS += tests/eval/keywords-harness
tests_eval_keywords_harness_SOURCES = tests/eval/keywords-harness.c
tests_eval_keywords_harness_CFLAGS = $(TESTS_CFLAGS)
tests_eval_keywords_harness_LDADD = $(TESTS_LIBS)

# Unit tests: the plugin through the pipeline API, on fixtures of their own.
check_PROGRAMS += plugins/keywords/test-keywords
plugins_keywords_test_keywords_SOURCES = plugins/keywords/test-keywords.c plugins/keywords/test-keywords.h \
	plugins/keywords/test-keywords-fixture.c plugins/keywords/test-keywords-scoring.c tests/corpus-damage.h plugins/keywords/stoplist.c \
	plugins/keywords/variant.c plugins/keywords/lexicon.c plugins/keywords/lexicon-data.c
plugins_keywords_test_keywords_CFLAGS = $(TESTS_CFLAGS) -DKW_STUB_DIR=\"$(abs_top_builddir)/plugins/keywords/tests\"
plugins_keywords_test_keywords_LDADD = $(TESTS_LIBS)
plugins_keywords_test_keywords_DEPENDENCIES = plugins/keywords/tests/speakers_stub.la
TESTS += plugins/keywords/test-keywords

# Quality (ratchet) on ../shared/data/keywords; skipped when absent.
TESTS += tests/eval/keywords-quality.sh
EXTRA_DIST += tests/eval/keywords-quality.sh tests/eval/README.md tests/bench/keywords-bench.sh tests/bench/keywords-compare.sh

# A stub provider of speakers.turn for the speaker-scope test, in a folder
# of its own so that no other pipeline ever sees it (check only).
check_LTLIBRARIES += plugins/keywords/tests/speakers_stub.la
plugins_keywords_tests_speakers_stub_la_SOURCES = plugins/keywords/tests/speakers-stub.c
plugins_keywords_tests_speakers_stub_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_keywords_tests_speakers_stub_la_LDFLAGS = $(PLUGIN_LDFLAGS) -rpath /nowhere
plugins_keywords_tests_speakers_stub_la_LIBADD = $(PLUGIN_LIBS)

# The generator of lexicon-data.c (from the tagged Brown Corpus; see
# lexicon-gen.c): built with the tests, `make plugins/keywords/lexicon-gen`.
check_PROGRAMS += plugins/keywords/lexicon-gen
plugins_keywords_lexicon_gen_SOURCES = plugins/keywords/lexicon-gen.c
plugins_keywords_lexicon_gen_CFLAGS = $(TESTS_CFLAGS)
plugins_keywords_lexicon_gen_LDADD = $(TESTS_LIBS)
