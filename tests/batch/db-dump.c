/* db-dump.c: print nb_canonical() of a database, for the shell tests. */
#include "config.h"

#include <stdio.h>

#include "helpers.h"

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: db-dump DB\n");
      return 2;
    }
  char *s = nb_canonical (argv[1]);
  fputs (s, stdout);
  g_free (s);
  return 0;
}
