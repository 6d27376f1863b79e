/* noentry.c: a module without the notepipe entry point. */
int noentry_something (void);
int
noentry_something (void)
{
  return 42;
}
