/* reader-people-wrap.c: attendee lines a layout broke.  A line that a
 * mail client or an editor wrapped at its width, a name split across the
 * break ("Present: Priya Raman, ..., Wei Zhang, Olu" over "Adeyemi"), for
 * both readers (reader-text.c, reader-markdown.c): read line by line, the
 * list ends at the break, the attendee is cut to "Olu", and "Adeyemi"
 * becomes an item, a heading, even a section of its own; the lines that
 * go on with the list are joined to it, with a space, before its entries
 * are read.  And people set side by side in columns, as a PDF's layout
 * extraction keeps a list (np_reader_people_columns()). */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "reader-text-private.h"
#include "reader.h"

/* At most this many lines go on with one attendee line */
#define WRAP_MAX_LINES 8
/* and a name, its two parts joined, has at most this many words */
#define NAME_MAX_WORDS 4

/* s[0..n) without white space around it */
static void
trim (const char **s, gsize *n)
{
  while (*n > 0 && g_ascii_isspace (**s))
    (*s)++, (*n)--;
  while (*n > 0 && g_ascii_isspace ((*s)[*n - 1]))
    (*n)--;
}

/* The words of an entry of a list of people, or part of one, when every
 * word before a parenthesis or '<' (what follows a name: "(@olu)",
 * "<olu@example.com>") is capitalized or a surname's particle ("van",
 * "de"), and "and" or "&" opens it at most ("..., and Olu Adeyemi"); -1
 * when a word is not (a sentence goes on: "will chair next week") */
static gint
name_words (const char *s, gsize n)
{
  trim (&s, &n);
  if (n >= 4 && memcmp (s, "and ", 4) == 0)
    s += 4, n -= 4;
  else if (n >= 2 && memcmp (s, "& ", 2) == 0)
    s += 2, n -= 2;
  while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
    n--; /* the list's last entry, "Adeyemi." */
  /* a handle first, its name in parentheses after it ("@TheLarkInn (Sean
   * Larkin)"): one word */
  if (n > 1 && s[0] == '@')
    {
      gsize h = 1;
      while (h < n && (g_ascii_isalnum (s[h]) || s[h] == '-' || s[h] == '_' || s[h] == '.'))
        h++;
      while (h < n && s[h] == ' ')
        h++;
      return h > 1 && (h == n || s[h] == '(') ? 1 : -1;
    }
  gint words = 0;
  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == '(' || s[i] == '<')
        break;
      if (s[i] == ' ' || (i > 0 && s[i - 1] != ' '))
        continue; /* not a word's start */
      gsize particle = words > 0 ? np_text_name_particle (s + i, n - i) : 0;
      if (particle)
        {
          i += particle - 1;
          continue;
        }
      gunichar u = g_utf8_get_char_validated (s + i, n - i);
      if (u == (gunichar) -1 || u == (gunichar) -2 || !g_unichar_isupper (u))
        return -1;
      words++;
    }
  return words;
}

/* The last entry of the list so far: after its last comma or semicolon */
static const char *
last_entry (const GString *list)
{
  const char *p = list->str + list->len;
  while (p > list->str && p[-1] != ',' && p[-1] != ';')
    p--;
  return p;
}

/* Is line c shaped like what goes on with the list so far: the rest of
 * its last name ("Adeyemi", "Adeyemi (@olu)", a name of at most four
 * words with it), then more names, each of one to four capitalized
 * words; or, after a comma, names only? */
/* Are the colons of line c (n bytes) a list's own: inside parentheses
 * ("(joined at 15:20)") or a side's label after a semicolon ("; Us: Sam
 * Whitaker"), not a label's or a turn's at its start? */
static gboolean
list_colons (const char *c, gsize n)
{
  int depth = 0;
  for (gsize i = 0; i < n; i++)
    {
      depth += (c[i] == '(') - (c[i] == ')' && depth > 0);
      if (c[i] != ':' || depth > 0)
        continue;
      gsize w = i;
      while (w > 0 && g_ascii_isalpha (c[w - 1]))
        w--;
      while (w > 0 && c[w - 1] == ' ')
        w--;
      if (w == 0 || c[w - 1] != ';')
        return FALSE;
    }
  return TRUE;
}

/* Does the entry s (n bytes) tell of people the list does not name:
 * "plus ~20 in the room", "+ 3 remote", "and others"? */
static gboolean
others_remark (const char *s, gsize n)
{
  trim (&s, &n);
  static const char *const openings[] = { "plus ", "+ ", "+", "~", "and others", "and ~", "and about ", NULL };
  for (const char *const *o = openings; *o; o++)
    if (n > strlen (*o) && memcmp (s, *o, strlen (*o)) == 0)
      return TRUE;
  return n > 0 && g_ascii_isdigit (s[0]);
}

/* Does the list so far leave a parenthesis open ("grad students (Hannah
 * Okafor,")? */
static gboolean
open_parenthesis (const GString *list)
{
  int depth = 0;
  for (gsize i = 0; i < list->len; i++)
    depth += (list->str[i] == '(') - (list->str[i] == ')' && depth > 0);
  return depth > 0;
}

static gboolean
goes_on_with (const GString *list, const NpLine *c)
{
  if (memchr (c->content, '|', c->content_len) || !list_colons (c->content, c->content_len))
    return FALSE; /* a label, a turn, a table's row */
  /* the line closes a parenthesis the list opened: what it says goes on
   * ("Dmitri Volkov, Sun-ah Park), lab manager (Beatriz Lemos)") */
  if (open_parenthesis (list) && memchr (c->content, ')', c->content_len))
    return TRUE;
  const char *last = last_entry (list);
  gsize last_len = list->str + list->len - last;
  trim (&last, &last_len);
  gboolean after_separator = last_len == 0;
  const char *s = c->content, *end = c->content + c->content_len;
  for (guint k = 0; s <= end; k++)
    {
      /* a comma inside parentheses is the entry's ("@ahabhgk (Hanming
       * Li, Rspack team, guest)") */
      const char *sep = s;
      int depth = 0;
      while (sep < end && (depth > 0 || (*sep != ',' && *sep != ';')))
        {
          depth += (*sep == '(') - (*sep == ')' && depth > 0);
          sep++;
        }
      gint words = name_words (s, sep - s);
      /* the list's end telling of the others ("plus ~20 in the room",
       * "+ 3 remote"), which names nobody */
      if (words < 0 && sep == end && k > 0 && others_remark (s, sep - s))
        return TRUE;
      if (words < 0)
        return FALSE;
      if (k == 0 && !after_separator)
        {
          /* the rest of the name the break cut: with its first part, a
           * name's length; words 0 for its handle alone ("(@olu)") */
          gint first = name_words (last, last_len);
          if (first <= 0 || first + words > NAME_MAX_WORDS)
            return FALSE;
        }
      else if (words == 0 ? sep < end : words > NAME_MAX_WORDS)
        return FALSE; /* an empty entry only at the end: "Wei Zhang," */
      s = sep + 1;
    }
  return TRUE;
}

/* A line no list goes on with: blank, a list item, a heading (an ATX
 * mark; underlined), or a title over a list (no blank line between) */
static gboolean
stops_list (const NpReadContext *ctx, guint j)
{
  const NpLine *c = &ctx->lines[j];
  NpBullet bullet;
  char rule;
  if (c->content_len == 0 || c->content[0] == '#' || np_parse_bullet (c->content, c->content_len, TRUE, &bullet)
      || np_is_rule (c->content, c->content_len, &rule))
    return TRUE;
  if (j + 1 >= ctx->n_lines)
    return FALSE;
  const NpLine *under = &ctx->lines[j + 1];
  return (under->content_len > 0 && (under->content[0] == '=' || under->content[0] == '-')
          && strspn (under->content, under->content[0] == '=' ? "=" : "-") == under->content_len)
         || np_parse_bullet (under->content, under->content_len, TRUE, &bullet);
}

guint
np_reader_attendee_wrap (const NpReadContext *ctx, guint i, const char *rest, gsize rest_len, GString *joined,
                         gboolean soft_breaks)
{
  g_string_truncate (joined, 0);
  g_string_append_len (joined, rest, rest_len);
  guint widest = g_utf8_strlen (ctx->lines[i].content, ctx->lines[i].content_len);
  guint taken = 0;
  for (guint j = i + 1; j < ctx->n_lines && taken < WRAP_MAX_LINES; j++)
    {
      const NpLine *c = &ctx->lines[j];
      /* a wrap: the line's first word would not have fit on the line
       * above within the narrowest width exports wrap at (a line short
       * enough for it was broken by its writer), nor is the line wider
       * than the lines above (a wrap keeps them to one width) but by a
       * word */
      /* Markdown's lines of one paragraph are one line whatever their
       * widths (soft_breaks): only the shape of what goes on counts */
      /* (nor does a line set out left of the list's: W3C's "Regrets"
       * under the people indented below "Present") */
      if (stops_list (ctx, j) || c->indent < ctx->lines[i].indent
          || (!soft_breaks && np_txt_fits_before (&ctx->lines[j - 1], c)))
        break;
      gsize word = 0;
      while (word < c->content_len && c->content[word] != ' ')
        word++;
      guint columns = g_utf8_strlen (c->content, c->content_len);
      if ((!soft_breaks && columns > widest + 1 + g_utf8_strlen (c->content, word)) || !goes_on_with (joined, c))
        break;
      g_string_append_c (joined, ' ');
      g_string_append_len (joined, c->content, c->content_len);
      widest = MAX (widest, columns);
      taken++;
    }
  return taken;
}

/* "Robert Findley <rfindley@google.com>     Alan Donovan <adonovan@...>":
 * people set in columns, three spaces or more between them, each column
 * a person's entry; they are added (in role) and counted, or 0 when the
 * line is no such row */
guint
np_reader_people_columns (NpDocument *doc, const NpLine *l, guint lineno, const char *role)
{
  const char *c = l->content, *e = c + l->content_len;
  const char *cells[8], *ends[8];
  guint n = 0;
  for (const char *p = c; p < e && n < G_N_ELEMENTS (cells);)
    {
      const char *q = p;
      while (q < e && !(q + 2 < e && q[0] == ' ' && q[1] == ' ' && q[2] == ' '))
        q++;
      cells[n] = p;
      ends[n++] = q;
      while (q < e && *q == ' ')
        q++;
      p = q;
    }
  if (n < 2 || n > 4)
    return 0;
  for (guint k = 0; k < n; k++)
    if (!np_meta_looks_like_person_entry (cells[k], ends[k] - cells[k]))
      return 0;
  guint added = 0;
  for (guint k = 0; k < n; k++)
    added += np_meta_add_person_as (doc, cells[k], ends[k] - cells[k], lineno, role);
  return added;
}
