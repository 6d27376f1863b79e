# docs/examples: the code of docs/plugin-guide.md.  The example plugins are
# built (never installed) and tested by make check, and test-guide checks
# that the guide quotes these files as they are.
EXAMPLE_PLUGIN_LDFLAGS = -module -avoid-version -shared -no-undefined -rpath /nowhere
check_LTLIBRARIES += docs/examples/longitems.la docs/examples/vocab.la
docs_examples_longitems_la_SOURCES = docs/examples/longitems.c
docs_examples_longitems_la_CFLAGS = $(PLUGIN_CFLAGS)
docs_examples_longitems_la_LDFLAGS = $(EXAMPLE_PLUGIN_LDFLAGS)
docs_examples_longitems_la_LIBADD = $(PLUGIN_LIBS)
docs_examples_vocab_la_SOURCES = docs/examples/vocab.c
docs_examples_vocab_la_CFLAGS = $(PLUGIN_CFLAGS)
docs_examples_vocab_la_LDFLAGS = $(EXAMPLE_PLUGIN_LDFLAGS)
docs_examples_vocab_la_LIBADD = $(PLUGIN_LIBS)

check_PROGRAMS += docs/examples/test-examples docs/examples/test-guide
docs_examples_test_examples_SOURCES = docs/examples/test-examples.c
docs_examples_test_examples_CFLAGS = $(TESTS_CFLAGS) -DEXAMPLES_BUILDDIR=\"$(abs_top_builddir)/docs/examples\" \
	-DEXAMPLES_SRCDIR=\"$(abs_top_srcdir)/docs/examples\"
docs_examples_test_examples_LDADD = sdk/libnotepipe-testing.la $(TESTS_LIBS)
docs_examples_test_guide_SOURCES = docs/examples/test-guide.c
docs_examples_test_guide_CFLAGS = $(TESTS_CFLAGS)
docs_examples_test_guide_LDADD = $(GLIB_LIBS)
TESTS += docs/examples/test-examples docs/examples/test-guide

# docs/ is distributed whole (EXTRA_DIST): leave out what an in-tree build
# of the examples left there
dist-hook:
	rm -rf $(distdir)/docs/examples/.libs $(distdir)/docs/examples/.deps
	find $(distdir)/docs/examples -type f ! -name '*.c' ! -name '*.json' ! -name '*.mk' -exec rm -f {} +
