plugin_LTLIBRARIES += plugins/stats.la
plugins_stats_la_SOURCES = plugins/stats/stats.c
plugins_stats_la_CFLAGS = $(PLUGIN_CFLAGS)
plugins_stats_la_LDFLAGS = $(PLUGIN_LDFLAGS)
plugins_stats_la_LIBADD = $(PLUGIN_LIBS)
