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
