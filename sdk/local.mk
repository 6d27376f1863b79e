# sdk/: what plugin authors get besides the headers and notepipe-plugin.pc:
# the test helper library (np-testing.h), the templates of
# `notepipe new-plugin`, and the test that builds a scaffolded plugin
# against an installed SDK.

# libnotepipe-testing: a separate library so that plugin modules link
# libnotepipe only and tests link both; it uses the public API alone.
lib_LTLIBRARIES += sdk/libnotepipe-testing.la
sdk_libnotepipe_testing_la_SOURCES = sdk/testing.c
sdk_libnotepipe_testing_la_LIBADD = core/libnotepipe.la $(GLIB_LIBS) $(JSON_LIBS) $(MATH_LIBS)
sdk_libnotepipe_testing_la_LDFLAGS = $(AM_LDFLAGS) -version-info $(NP_TESTING_LT_VERSION) -no-undefined \
	-export-symbols-regex '^np_test_'
npinclude_HEADERS += core/notepipe/np-testing.h
pkgconfig_DATA += sdk/notepipe-testing.pc
EXTRA_DIST += sdk/notepipe-testing.pc.in

# The templates of `notepipe new-plugin`, compiled into the binary as a
# GResource so that the command needs no data files.  The SDK test
# (sdk/test-sdk.sh) builds what they produce against an installed SDK.
NP_TEMPLATE_FILES = \
	sdk/template/plugin.c.tmpl \
	sdk/template/test.c.tmpl \
	sdk/template/mention.json.tmpl \
	sdk/template/sample.md.tmpl \
	sdk/template/Makefile.tmpl \
	sdk/template/configure.ac.tmpl \
	sdk/template/Makefile.am.tmpl \
	sdk/template/README.md.tmpl \
	sdk/template/gitignore.tmpl
nodist_notepipe_SOURCES = sdk/template-resources.c
sdk/template-resources.c: $(srcdir)/sdk/template/template.gresource.xml $(NP_TEMPLATE_FILES)
	$(AM_V_GEN)$(MKDIR_P) sdk && $(GLIB_COMPILE_RESOURCES) --sourcedir=$(srcdir)/sdk/template \
		--generate-source --c-name np_template --target=$@ $(srcdir)/sdk/template/template.gresource.xml
CLEANFILES += sdk/template-resources.c
EXTRA_DIST += sdk/template/template.gresource.xml $(NP_TEMPLATE_FILES)

# The SDK end to end (see the script): scaffold, build with pkg-config
# against an install of this build, test, load.  The install is made here,
# into sdk/stage (make install DESTDIR=...), while make check builds its
# programs and before any test runs: libtool relinks the build tree's
# modules in place while installing, which must not happen while tests
# load them.
check_DATA = sdk/stage.stamp
sdk/stage.stamp: $(lib_LTLIBRARIES) $(plugin_LTLIBRARIES) $(bin_PROGRAMS) $(npinclude_HEADERS) \
		$(nodist_npinclude_HEADERS) $(pkgconfig_DATA) $(check_PROGRAMS) $(check_LTLIBRARIES)
	$(AM_V_GEN)rm -rf sdk/stage && \
	if $(MAKE) $(AM_MAKEFLAGS) install DESTDIR="$(abs_builddir)/sdk/stage" >sdk/stage.log 2>&1; then \
	  touch $@; \
	else \
	  tail -n 30 sdk/stage.log; exit 1; \
	fi
CLEANFILES += sdk/stage.stamp sdk/stage.log
clean-local:
	rm -rf sdk/stage
TESTS += sdk/test-sdk.sh
EXTRA_DIST += sdk/test-sdk.sh
AM_TESTS_ENVIRONMENT += NP_MAKE='$(MAKE)' NP_SANITIZER_CFLAGS='$(SANITIZER_CFLAGS)' NP_SANITIZER_LDFLAGS='$(SANITIZER_LDFLAGS)'; export NP_MAKE NP_SANITIZER_CFLAGS NP_SANITIZER_LDFLAGS;

# Refused plugins are never silent: one fixture module per reason the
# loader refuses (with those of tests/plugins/ in tests/local.mk), and the
# CLI test showing each reason in `notepipe plugins --all` and as an error
# when named in --plugins.
check_LTLIBRARIES += tests/plugins/badschema.la tests/plugins/baddefault.la tests/plugins/badname.la \
	tests/plugins/unresolved.la
tests_plugins_badschema_la_SOURCES = tests/plugins/badschema.c tests/plugins/testplug.h
tests_plugins_badschema_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_badschema_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_baddefault_la_SOURCES = tests/plugins/baddefault.c tests/plugins/testplug.h
tests_plugins_baddefault_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_baddefault_la_LIBADD = $(PLUGIN_LIBS)
tests_plugins_badname_la_SOURCES = tests/plugins/badname.c tests/plugins/testplug.h
tests_plugins_badname_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_badname_la_LIBADD = $(PLUGIN_LIBS)
# linked without -no-undefined on purpose: np_function_from_the_future stays undefined
tests_plugins_unresolved_la_SOURCES = tests/plugins/unresolved.c tests/plugins/testplug.h
tests_plugins_unresolved_la_LDFLAGS = $(TEST_PLUGIN_LDFLAGS)
tests_plugins_unresolved_la_LIBADD = $(PLUGIN_LIBS)

check_PROGRAMS += tests/integration/test-refusals
tests_integration_test_refusals_SOURCES = tests/integration/test-refusals.c tests/integration/cli-run.c \
	tests/integration/cli-run.h
tests_integration_test_refusals_CFLAGS = $(TESTS_CFLAGS) $(GLIB_CFLAGS) $(JSON_CFLAGS)
tests_integration_test_refusals_LDADD = $(GLIB_LIBS) $(JSON_LIBS)
TESTS += tests/integration/test-refusals
