# plugins/actions: action items, questions and decisions (the tutorial
# plugin of docs/plugin-guide.md)
plugin_LTLIBRARIES += plugins/actions.la
plugins_actions_la_SOURCES = plugins/actions/actions.c plugins/actions/actions.h \
	plugins/actions/cues.c plugins/actions/people.c
plugins_actions_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_actions_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_actions_la_LIBADD = $(PLUGIN_LIBS)

# Tests: a stand-in for the speakers plugin (built here, never installed),
# fixtures and golden files under plugins/actions/tests/
check_LTLIBRARIES += plugins/actions/tests/speakers.la
plugins_actions_tests_speakers_la_SOURCES = plugins/actions/tests/speakers.c
plugins_actions_tests_speakers_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_actions_tests_speakers_la_LDFLAGS = -module -avoid-version -shared -rpath /nowhere
plugins_actions_tests_speakers_la_LIBADD = $(PLUGIN_LIBS)

check_PROGRAMS += plugins/actions/tests/test-actions
plugins_actions_tests_test_actions_SOURCES = plugins/actions/tests/test-actions.c
plugins_actions_tests_test_actions_CFLAGS = $(TESTS_CFLAGS) \
	-DACTIONS_TEST_DIR=\"$(abs_top_srcdir)/plugins/actions/tests\" \
	-DACTIONS_PLUGIN_DIR=\"$(abs_top_builddir)/plugins/actions/tests\" \
	-DACTIONS_DATA_DIR=\"$(abs_top_srcdir)/../shared/data/notes\"
plugins_actions_tests_test_actions_LDADD = sdk/libnotepipe-testing.la $(TESTS_LIBS)
TESTS += plugins/actions/tests/test-actions
EXTRA_DIST += plugins/actions/tests/fixtures plugins/actions/tests/golden plugins/actions/tests/notes-labels.tsv
