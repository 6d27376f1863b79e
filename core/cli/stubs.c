/* stubs.c: commands not built yet (temporary, removed as they land). */
#include "config.h"

#include <stdio.h>

#include "cli.h"

#define STUB(fn, name)                                                 \
  int fn (int argc, char **argv)                                       \
  {                                                                    \
    np_cli_error ("'%s' is not available in this build yet", name);    \
    return NP_EXIT_USAGE;                                              \
  }
STUB (np_cmd_report, "report")

