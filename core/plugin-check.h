/* plugin-check.h: what makes a plugin descriptor acceptable, beyond the
 * ABI and API versions the loader checks first.  The name rule is shared
 * by the loader (which refuses a module with another name) and `notepipe
 * new-plugin` (which refuses to scaffold one).  Internal: not installed. */
#ifndef NP_PLUGIN_CHECK_H
#define NP_PLUGIN_CHECK_H

#include <glib.h>
#include <string.h>

#include "notepipe/np-plugin.h"

#define NP_PLUGIN_NAME_MAX 64
#define NP_PLUGIN_NAME_RULE "a lower-case letter, then lower-case letters, digits, '-' or '_', at most 64 characters"

/* [a-z][a-z0-9_-]*, at most NP_PLUGIN_NAME_MAX bytes: the prefix of the
 * plugin's layers ("name.layer") and, with '-' as '_', a C identifier */
static inline gboolean
np_plugin_name_is_valid (const char *name)
{
  if (!name || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_' || *p == '-'))
      return FALSE;
  return strlen (name) <= NP_PLUGIN_NAME_MAX;
}

/* Why the stages or options of d cannot be used, as one line (transfer
 * full), or NULL when they can: stage names, callbacks, the schema of every
 * layer provided (named <plugin>.<layer>, a known target kind, known
 * feature types, unique feature names that do not collide with the
 * target's own JSON members), and the option specs (names, types, defaults
 * that parse).  d's versions and name are already checked. */
char *np_plugin_check_descriptor (const NpPluginDescriptor *d);

#endif
