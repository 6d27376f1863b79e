# plugins/speakers: speaker attribution (issue 4).
plugin_LTLIBRARIES += plugins/speakers.la
SPEAKERS_SOURCES = \
	plugins/speakers/speakers.h \
	plugins/speakers/marks.c \
	plugins/speakers/roster.c \
	plugins/speakers/roster-doc.c \
	plugins/speakers/roster-file.c \
	plugins/speakers/attribute.c \
	plugins/speakers/output.c
plugins_speakers_la_SOURCES = $(SPEAKERS_SOURCES) plugins/speakers/speakers.c
plugins_speakers_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_speakers_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_speakers_la_LIBADD = $(PLUGIN_LIBS)
