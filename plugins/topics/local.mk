# plugins/topics: topic clustering of a document's items and of a corpus.
plugin_LTLIBRARIES += plugins/topics.la
plugins_topics_la_SOURCES = \
	plugins/topics/topics.c \
	plugins/topics/tp-topics.h \
	plugins/topics/tp-corpus.c \
	plugins/topics/tp-people.c \
	plugins/topics/tp-cluster.c \
	plugins/topics/tp-cluster.h \
	plugins/topics/tp-label.c \
	plugins/topics/tp-label.h \
	plugins/topics/tp-linalg.c \
	plugins/topics/tp-linalg.h \
	plugins/topics/tp-store.c \
	plugins/topics/tp-store.h
plugins_topics_la_CFLAGS = $(PLUGIN_CFLAGS) -fvect-cost-model=dynamic
plugins_topics_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_topics_la_LIBADD = $(PLUGIN_LIBS)

# Unit tests: the engine's files are compiled in; the pipeline tests load
# plugins/topics.la through NOTEPIPE_PLUGIN_PATH (set in tests/local.mk).
check_PROGRAMS += plugins/topics/test-topics
plugins_topics_test_topics_SOURCES = plugins/topics/test-topics.c tests/corpus-damage.h \
	plugins/topics/tp-cluster.c plugins/topics/tp-label.c plugins/topics/tp-linalg.c
plugins_topics_test_topics_CFLAGS = $(TESTS_CFLAGS)
plugins_topics_test_topics_LDADD = $(TESTS_LIBS) $(MATH_LIBS)
TESTS += plugins/topics/test-topics
