/* roster-text.c: roster entries written as text.
 *
 * Notes and roster files name people in free text: "Shu-yu Guo (SYG)",
 * "* Full Name @handle (role)", "Name <mail>"; sp_roster_add_entry_text
 * reads one such entry into a roster, and sp_roster_name_ok tells a
 * person's name from a phrase that only looks like one.  Used by the
 * document's roster (roster-doc.c) and by roster files (roster-file.c). */
#include <string.h>

#include "speakers.h"

static void
fill (char **field, const char *value)
{
  if (*field == NULL && value && value[0])
    *field = g_strdup (value);
}

gboolean
sp_roster_name_ok (const char *name)
{
  guint words = 0;
  SpCase c = sp_name_case (name, strlen (name), &words);
  if (c == SP_CASE_TITLE)
    return TRUE;
  if (c != SP_CASE_MIXED || strlen (name) > 64)
    return FALSE;
  /* names with a surname in capitals or a suffix: "HE Shi-Jun",
   * "Hemanth HM", "Tab Atkins Jr." - every word a name word, one in
   * Title case */
  g_auto (GStrv) parts = g_strsplit (name, " ", -1);
  guint title = 0, n = 0;
  for (guint k = 0; parts[k]; k++)
    {
      if (parts[k][0] == '\0')
        continue;
      n++;
      guint w;
      SpCase wc = sp_name_case (parts[k], strlen (parts[k]), &w);
      if (wc == SP_CASE_TITLE)
        title++;
      else if (wc == SP_CASE_UPPER)
        ;
      else if (g_str_equal (parts[k], "Jr.") || g_str_equal (parts[k], "Sr.") || g_str_equal (parts[k], "II")
               || g_str_equal (parts[k], "III"))
        ;
      else if (!(g_ascii_isupper (parts[k][0]) && (parts[k][1] == '\0' || parts[k][1] == '.')))
        return FALSE;
    }
  return title >= 1 && n >= 2 && n <= 6;
}

/* Roles in parentheses after a name in attendee lists; not abbreviations. */
static gboolean
is_role (const char *s)
{
  static const char *const roles[] = { "tsc", "ctc", "cpc", "tc", "wg", "chair", "cochair", "facilitator",
                                       "scribe", "notes", "notetaker", "guest", "observer", "host", "moderator",
                                       "presenter", "speaker", "secretary", "lead", "member", "invitedexpert",
                                       "remote", "inperson", "absent", "regrets", "emeritus", "staff", "board",
                                       "lf", "linuxf", "linuxfoundation", "openjs", "tscchair", "ctcchair",
                                       NULL };
  char buf[64];
  char *k = sp_key_buf (NULL, s, -1, buf, sizeof buf);
  gboolean role = FALSE;
  for (const char *const *r = roles; *r && !role; r++)
    role = (*r)[0] == k[0] && strcmp (*r, k) == 0;
  sp_key_buf_free (k, buf);
  return role;
}

/* Room for a name read from text: longer ones are no names (the name test
 * refuses more than 64 bytes), so only their length is kept. */
#define NAME_ROOM 128

typedef struct
{
  char *str; /* NAME_ROOM bytes, NUL-terminated while len < NAME_ROOM */
  gsize len;
} Name;

static void
name_append (Name *n, const char *s)
{
  gsize k = strlen (s);
  if (n->len + k < NAME_ROOM)
    memcpy (n->str + n->len, s, k + 1);
  n->len += k;
}

gboolean
sp_roster_add_entry_text (SpRoster *r, const char *text, gsize len, SpSource source)
{
  g_autofree char *abbr = NULL, *handle = NULL, *email = NULL, *affiliation = NULL;
  /* the name on the stack: a longer one is no name (sp_roster_name_ok()
   * takes at most 64 bytes), only its length is counted on */
  char name_buf[NAME_ROOM];
  Name name = { name_buf, 0 };
  const char *p = text, *e = text + len;
  gboolean name_done = FALSE;
  while (p < e)
    {
      while (p < e && (*p == ' ' || *p == '\t' || *p == '*' || *p == '_'))
        p++;
      if (p >= e)
        break;
      if (*p == '(' || *p == '[' || *p == '<')
        {
          char close = *p == '(' ? ')' : *p == '[' ? ']' : '>';
          const char *q = memchr (p, close, e - p);
          if (q == NULL)
            break;
          const char *s = p + 1, *se = q;
          while (s < se && *s == ' ')
            s++;
          while (se > s && se[-1] == ' ')
            se--;
          g_autofree char *inner = g_strndup (s, se - s);
          if (inner[0] == '@')
            fill (&handle, inner + 1);
          else if (strchr (inner, '@') && strchr (inner, '.'))
            fill (&email, g_str_has_prefix (inner, "mailto:") ? inner + 7 : inner);
          else if (sp_is_upper_run (inner, strlen (inner), 1, 6) && !is_role (inner))
            fill (&abbr, inner);
          else if (!is_role (inner) && close == ')')
            fill (&affiliation, inner);
          p = q + 1;
          name_done = name.len > 0;
          continue;
        }
      const char *w = p;
      while (p < e && *p != ' ' && *p != '\t' && *p != ',' && *p != '(' && *p != '|')
        p++;
      /* the word as a C string, on the stack when short */
      char word_buf[64];
      g_autofree char *word_heap = (gsize) (p - w) < sizeof word_buf ? NULL : g_strndup (w, p - w);
      char *word = word_heap;
      if (word == NULL)
        {
          word = word_buf;
          memcpy (word, w, p - w);
          word[p - w] = '\0';
        }
      if (word[0] == '@' && word[1])
        fill (&handle, word + 1);
      else if (strchr (word, '@') && strchr (word, '.'))
        fill (&email, word);
      else if (!name_done && (strcmp (word, "-") == 0 || strcmp (word, "\xe2\x80\x93") == 0))
        name_done = name.len > 0;
      else if (!name_done)
        {
          if (name.len)
            name_append (&name, " ");
          name_append (&name, word);
        }
      else if (affiliation == NULL && word[0] && strcmp (word, "-") != 0)
        {
          /* "Name - Affiliation words" */
          const char *ae = e;
          const char *sep = w;
          while (ae > sep && (ae[-1] == ' ' || ae[-1] == '*'))
            ae--;
          affiliation = g_strndup (sep, ae - sep);
          break;
        }
      if (p < e && (*p == ',' || *p == '|'))
        {
          name_done = name.len > 0;
          p++;
        }
    }
  gboolean ok = FALSE;
  /* "Colin Ihrig." at the end of a list item */
  if (name.len > 2 && name.len < NAME_ROOM && name.str[name.len - 1] == '.' && name.str[name.len - 3] != ' ')
    name.str[--name.len] = '\0';
  if (name.len && name.len < NAME_ROOM && sp_roster_name_ok (name.str))
    {
      /* outside roster files, an abbreviation in parentheses must start
       * like the name ("James Snell (JSL)"); "(TSC)", "(IBM)" are roles */
      if (abbr && source != SP_SOURCE_FILE && g_ascii_toupper (name.str[0]) != abbr[0])
        g_clear_pointer (&abbr, g_free);
      sp_roster_add (r, name.str, abbr, handle, email, affiliation, source);
      ok = TRUE;
    }
  return ok;
}
