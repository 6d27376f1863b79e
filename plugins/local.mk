# plugins/: built-in plugins, one folder each, all built into plugins/
# so that the build tree is one plugin directory (plugins/*.la).

PLUGIN_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden
PLUGIN_LDFLAGS = $(AM_LDFLAGS) -module -avoid-version -no-undefined -shared
PLUGIN_LIBS = core/libnotepipe.la $(GLIB_LIBS) $(MATH_LIBS)

include plugins/stats/local.mk
include plugins/actions/local.mk

include plugins/topics/local.mk

include plugins/speakers/local.mk

include plugins/keywords/local.mk
