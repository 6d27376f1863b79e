# core/: libnotepipe and the notepipe CLI

lib_LTLIBRARIES += core/libnotepipe.la
core_libnotepipe_la_SOURCES = \
	core/np-private.h \
	core/strpool.c core/strpool.h \
	core/document.c \
	core/layer.c \
	core/layer-typed.c \
	core/layer-private.h \
	core/text.c core/text-private.h core/text-names.c core/text-titles.c core/text-chat.c \
	core/stopwords.c \
	core/tokenize.c core/tokenize.h core/tokenize-private.h core/tokenize-general.c \
	core/wordinfo.c core/wordinfo.h \
	core/builder.c core/builder.h \
	core/bullets.c core/speaker-label.c core/bullets.h \
	core/meta.h core/people.c core/people-add.c core/people-lists.c core/people-labels.c core/people-shapes.c core/dates.c \
	core/reader.c core/reader.h core/reader-lines.c core/reader-people-lines.c core/reader-people-wrap.c core/compressed.c core/compressed.h core/archive-read.c core/archive-read.h core/salvage.c core/salvage.h core/encoding.c core/encoding.h core/reader-org.c core/reader-wiki.c core/reader-asciidoc.c core/reader-html.c core/reader-docx.c core/reader-odt.c core/reader-office.c \
	core/plugin-check.h core/plugin-check.c \
	core/reader-text.c core/reader-text-people.c \
	core/reader-mail.c core/reader-mime.c \
	core/reader-pages.c \
	core/reader-rst.c \
	core/reader-hyphen.c core/reader-text-lines.c core/reader-text-breaks.c core/reader-text-private.h \
	core/reader-front-matter.c \
	core/reader-markdown.c core/reader-markdown-private.h \
	core/reader-markdown-head.c core/reader-markdown-tables.c \
	core/reader-markdown-html.c \
	core/reader-markdown-html-tables.c \
	core/reader-vtt.c \
	core/loader.c \
	core/config.c \
	core/pipeline.c core/pipeline-private.h core/corpus.c \
	core/isolate.c \
	core/json-writer.c core/numfmt.c \
	core/write-json.c \
	core/write-text.c \
	core/write-html.c core/report-style.h \
	core/svg.c core/svg.h \
	core/report.c
# the libraries the core is built on, named once (the fuzz build uses them too)
NP_CORE_DEP_CFLAGS = $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS) $(NETTLE_CFLAGS) $(XML_CFLAGS) $(LZMA_CFLAGS) $(ZSTD_CFLAGS)
NP_CORE_DEP_LIBS = $(GLIB_LIBS) $(JSON_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS) $(NETTLE_LIBS) $(XML_LIBS) $(LZMA_LIBS) \
	$(ZSTD_LIBS) $(BZ2_LIBS) $(LTDL_LIBS) $(STEMMER_LIBS) $(MATH_LIBS)
core_libnotepipe_la_CFLAGS = $(AM_CFLAGS) $(NP_CORE_DEP_CFLAGS)
core_libnotepipe_la_LIBADD = $(NP_CORE_DEP_LIBS)
core_libnotepipe_la_LDFLAGS = $(AM_LDFLAGS) -version-info $(NP_LT_VERSION) -export-symbols-regex '^np_'

npinclude_HEADERS += \
	core/notepipe/notepipe.h \
	core/notepipe/np-document.h \
	core/notepipe/np-layer.h \
	core/notepipe/np-plugin.h \
	core/notepipe/np-reader.h \
	core/notepipe/np-text.h \
	core/notepipe/np-pipeline.h \
	core/notepipe/np-output.h
nodist_npinclude_HEADERS += core/notepipe/np-version.h

pkgconfig_DATA += core/notepipe-1.pc core/notepipe-plugin.pc
EXTRA_DIST += core/notepipe-1.pc.in core/notepipe-plugin.pc.in core/notepipe/np-version.h.in

bin_PROGRAMS += notepipe
notepipe_SOURCES = \
	core/cli/cli.h \
	core/cli/main.c \
	core/cli/common.c \
	core/cli/cmd-run.c \
	core/cli/cmd-plugins.c \
	core/cli/cmd-new-plugin.c \
	core/cli/cmd-report.c
notepipe_LDADD = core/libnotepipe.la $(GLIB_LIBS) $(JSON_LIBS)

# batch, search, merge: the SQLite store, input walking and the parallel
# engine, linked into the CLI (internal, not part of libnotepipe's ABI)
noinst_LTLIBRARIES += core/batch/libnpbatch.la
core_batch_libnpbatch_la_SOURCES = \
	core/batch/batch.h \
	core/batch/source-private.h \
	core/batch/source.c \
	core/batch/source-archive.c \
	core/batch/source-mbox.c \
	core/batch/store-private.h \
	core/batch/store.c \
	core/batch/store-write.c \
	core/batch/store-layers.c \
	core/batch/store-fts.c \
	core/batch/engine-private.h \
	core/batch/engine.c \
	core/batch/engine-write.c \
	core/batch/merge.c \
	core/batch/report-db.c \
	core/batch/util.c
core_batch_libnpbatch_la_CFLAGS = $(AM_CFLAGS) $(SQLITE_CFLAGS) $(ARCHIVE_CFLAGS)
core_batch_libnpbatch_la_LIBADD = core/libnotepipe.la $(GLIB_LIBS) $(JSON_LIBS) $(SQLITE_LIBS) $(ARCHIVE_LIBS) $(MATH_LIBS)
notepipe_SOURCES += core/cli/cmd-batch.c core/cli/cmd-search.c core/cli/cmd-merge.c
notepipe_LDADD += core/batch/libnpbatch.la $(SQLITE_LIBS) $(ARCHIVE_LIBS)
