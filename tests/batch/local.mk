# tests/batch/: notepipe batch, search and merge, end to end.  A test
# plugin (testcount) gives them document layers, an item layer with
# speakers and a mergeable corpus stage; it is built here, never installed,
# and loaded with --plugin-dir tests/batch/plugins.

check_LTLIBRARIES += tests/batch/plugins/testcount.la
tests_batch_plugins_testcount_la_SOURCES = tests/batch/testcount.c
tests_batch_plugins_testcount_la_CFLAGS = $(PLUGIN_CFLAGS)
tests_batch_plugins_testcount_la_LDFLAGS = $(PLUGIN_LDFLAGS) -rpath $(abs_builddir)/tests/batch/plugins
tests_batch_plugins_testcount_la_LIBADD = $(PLUGIN_LIBS)

check_PROGRAMS += tests/batch/test-batch
tests_batch_test_batch_SOURCES = tests/batch/test-batch.c tests/batch/helpers.c tests/batch/helpers.h
tests_batch_test_batch_CFLAGS = $(TESTS_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
tests_batch_test_batch_LDADD = core/batch/libnpbatch.la $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)

check_PROGRAMS += tests/batch/test-resume
tests_batch_test_resume_SOURCES = tests/batch/test-resume.c tests/batch/helpers.c tests/batch/helpers.h
tests_batch_test_resume_CFLAGS = $(TESTS_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
tests_batch_test_resume_LDADD = $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)

check_PROGRAMS += tests/batch/test-hostile-archives
tests_batch_test_hostile_archives_SOURCES = tests/batch/test-hostile-archives.c tests/batch/helpers.c tests/batch/helpers.h
tests_batch_test_hostile_archives_CFLAGS = $(TESTS_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
tests_batch_test_hostile_archives_LDADD = $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)

TESTS += tests/batch/test-batch tests/batch/test-resume tests/batch/test-hostile-archives tests/batch/parallel-recipe.sh
EXTRA_DIST += tests/batch/parallel-recipe.sh tests/bench/batch-bench.sh

check_PROGRAMS += tests/batch/db-dump
tests_batch_db_dump_SOURCES = tests/batch/db-dump.c tests/batch/helpers.c tests/batch/helpers.h
tests_batch_db_dump_CFLAGS = $(TESTS_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
tests_batch_db_dump_LDADD = $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)

NP_BENCH_LIST += tests/bench/batch-bench.sh

check_PROGRAMS += tests/batch/test-durability
tests_batch_test_durability_SOURCES = tests/batch/test-durability.c tests/batch/helpers.c tests/batch/helpers.h
tests_batch_test_durability_CFLAGS = $(TESTS_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
tests_batch_test_durability_LDADD = $(TESTS_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS)
TESTS += tests/batch/test-durability
