/* reader-people-lines.c: lines of notes that list people, asked by the
 * format readers (reader-text.c, reader-markdown.c): a minutes header's
 * role line ("Chair: Ann Lee", "Minute takers: ..."), a legend of the
 * initials the notes mark turns with ("MK = Mira Kovač, JP = James
 * Porter"), and the unlabelled paragraph of names older minutes open
 * with.  Each adds its people to the document's attendees and tells the
 * reader the line is taken. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "notepipe/np-text.h"
#include "reader.h"

/* Is the one word (a nickname's shape, n bytes, after a role's colon)
 * what a party said rather than who holds the role: among the notes'
 * items (the header is over), a word that names no attendee, emphasis
 * after it left out, and is no "none" ("Moderator: ok", "Lead: noted" in
 * a transcript)?  Such a line is a turn, not a role's line taken whole. */
static gboolean
word_said (const NpDocument *doc, const char *word, gsize n)
{
  while (n > 0 && (word[n - 1] == '*' || word[n - 1] == '_'))
    n--;
  if (doc->items->len == 0 || n == 0 || np_meta_is_nobody (word, n))
    return FALSE;
  return !np_reader_attendee_named (doc, word, n, TRUE);
}

gboolean
np_reader_take_role_line (NpDocument *doc, const char *line, gsize len, guint lineno, NpLineRole *line_role)
{
  gboolean absence;
  if (!np_meta_is_role_line (line, len, &absence))
    return FALSE;
  const char *end = line + len;
  const char *people = (const char *) memchr (line, ':', len) + 1;
  while (people < end && (*people == ' ' || *people == '*' || *people == '_'))
    people++;
  gboolean nickname = !memchr (people, ' ', end - people) && !memchr (people, ',', end - people);
  /* a nickname alone is somebody listed already ("Chair: Anssi" takes
   * the attendee Anssi Kostiainen, "Scribe: dom" nobody); of "Regrets",
   * somebody listed nowhere else */
  gboolean add = !np_meta_is_nobody (people, end - people)
                 && (!nickname
                     || (absence ? !np_reader_attendee_named (doc, people, end - people, FALSE)
                                 : np_reader_attendee_named (doc, people, end - people, TRUE)));
  if (nickname && !add && !absence && word_said (doc, people, end - people))
    return FALSE;
  if (add)
    np_meta_add_person (doc, line, len, lineno);
  *line_role = add ? NP_LINE_ATTENDEE : NP_LINE_META;
  return TRUE;
}

/* A paragraph's lines are joined with spaces: a long list wraps */
#define PEOPLE_PARAGRAPH_LINES 40

/* Does every abbreviation in parentheses of the roster s name an
 * attendee listed already ("Present: AK, JD" over "Who's who: Aiko
 * Kimura (AK), Jonas Dahl (JD)")? */
static gboolean
abbreviations_listed (const NpDocument *doc, const char *s)
{
  guint found = 0;
  for (const char *open = s; (open = strchr (open, '(')) != NULL; open++)
    {
      const char *close = strchr (open, ')');
      if (close == NULL || !np_reader_attendee_named (doc, open + 1, close - open - 1, FALSE))
        return FALSE;
      found++;
    }
  return found > 0;
}

/* Does some line of the notes open with the initials of the name
 * ("AWB: ..." for Alan Whitby-Barnes: each word's first letter, and a
 * hyphenated part's), then a colon? */
static gboolean
initials_mark_a_line (const NpReadContext *ctx, const char *name, gsize n)
{
  char init[8];
  gsize k = 0;
  for (gsize i = 0; i < n; i++)
    if ((i == 0 || name[i - 1] == ' ' || name[i - 1] == '-') && g_ascii_isupper (name[i]))
      {
        if (k + 1 >= sizeof init)
          return FALSE;
        init[k++] = name[i];
      }
  if (k < 2)
    return FALSE;
  for (guint j = 0; j < ctx->n_lines; j++)
    {
      const NpLine *l = &ctx->lines[j];
      if (l->content_len > k && l->content[k] == ':' && memcmp (l->content, init, k) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Before the notes, a paragraph of full names and nothing else, three or
 * more ("Jonas Nordberg, Alan Whitby-Barnes, Walter Hendry, ..."), as
 * TC39's early minutes list who came, with no label: people when two of
 * them or more mark turns by their initials below ("AWB: ..."); else
 * it may be anything written in Title Case (proposals, a list of
 * topics).  The pieces, joined, in plain. */
static gboolean
bare_names_paragraph (NpReadContext *ctx, const char *plain, gsize n)
{
  guint names = 0, marked = 0;
  for (const char *p = plain, *end = plain + n; p < end;)
    {
      const char *q = memchr (p, ',', end - p);
      q = q ? q : end;
      const char *s = p, *e = q;
      while (s < e && *s == ' ')
        s++;
      while (e > s && e[-1] == ' ')
        e--;
      if (e - s > 4 && g_str_has_prefix (s, "and "))
        s += 4;
      if (s == e)
        return FALSE;
      for (const char *c = s; c < e; c++)
        if (strchr ("():;@<>[]0123456789", *c))
          return FALSE;
      if (!np_meta_looks_like_person_entry (s, e - s))
        return FALSE;
      names++;
      if (marked < 2 && initials_mark_a_line (ctx, s, e - s))
        marked++;
      p = q + 1;
    }
  return names >= 3 && marked >= 2;
}

/* The paragraph from line i joined with spaces (a long list wraps), in
 * plain text, its closing periods dropped ("..., and Tom Van Cutsem
 * (TVC)."); *end: the line after it */
static char *
joined_paragraph (const NpReadContext *ctx, guint i, guint *end, gsize *len)
{
  guint j = i;
  GString *joined = g_string_new (NULL);
  for (; j < ctx->n_lines && j < i + PEOPLE_PARAGRAPH_LINES && ctx->lines[j].content_len > 0; j++)
    {
      if (joined->len)
        g_string_append_c (joined, ' ');
      g_string_append_len (joined, ctx->lines[j].content, ctx->lines[j].content_len);
    }
  char *plain = np_meta_strip_markup (joined->str, joined->len);
  g_string_free (joined, TRUE);
  gsize n = strlen (plain);
  while (n > 0 && (plain[n - 1] == '.' || plain[n - 1] == ' '))
    plain[--n] = '\0';
  *end = j;
  *len = n;
  return plain;
}

/* Does some line of the notes open with the abbreviation (n bytes), then
 * a colon and a space ("MK: ...")? */
static gboolean
abbreviation_marks_a_line (const NpReadContext *ctx, const char *abbr, gsize n)
{
  for (guint j = 0; j < ctx->n_lines; j++)
    {
      const NpLine *l = &ctx->lines[j];
      if (l->content_len > n + 1 && l->content[n] == ':' && l->content[n + 1] == ' ' && memcmp (l->content, abbr, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A legend of the initials the notes mark turns with, "MK = Mira Kovač,
 * JP = James Porter; RB = Ruth Bellamy (mentor)": every entry an
 * abbreviation of two to four capitals, '=', and a person's name (what
 * parentheses add after it left out), one abbreviation at least opening
 * a line of the notes ("MK: ...": not a glossary's "SLO = Service Level
 * Objective").  The roster as "Mira Kovač (MK), ...", or NULL. */
static char *
abbreviation_legend (const NpReadContext *ctx, const char *s, gsize n)
{
  GString *out = g_string_new (NULL);
  gboolean marks = FALSE;
  for (const char *p = s, *end = s + n; p < end;)
    {
      const char *q = p;
      while (q < end && *q != ',' && *q != ';')
        q++;
      const char *a = p, *e = q;
      while (a < e && *a == ' ')
        a++;
      const char *ae = a;
      while (ae < e && g_ascii_isupper (*ae))
        ae++;
      const char *eq = ae;
      while (eq < e && *eq == ' ')
        eq++;
      const char *name = eq < e && *eq == '=' ? eq + 1 : e, *ne = e;
      while (name < e && *name == ' ')
        name++;
      for (const char *k = name; k < e; k++)
        if (*k == '(')
          {
            ne = k;
            break;
          }
      while (ne > name && ne[-1] == ' ')
        ne--;
      if (ae - a < 2 || ae - a > 4 || name >= ne || !np_meta_looks_like_person_entry (name, ne - name))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      marks = marks || abbreviation_marks_a_line (ctx, a, ae - a);
      g_string_append_printf (out, "%s%.*s (%.*s)", out->len ? ", " : "", (int) (ne - name), name, (int) (ae - a), a);
      p = q < end ? q + 1 : q;
    }
  return marks ? g_string_free (out, FALSE) : (g_string_free (out, TRUE), NULL);
}

gboolean
np_reader_take_legend_line (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (l->content_len < 8 || !g_ascii_isupper (l->content[0]) || l->content[2] == ':'
      || !memchr (l->content, '=', l->content_len))
    return FALSE;
  g_autofree char *plain = np_meta_strip_markup (l->content, l->content_len);
  g_autofree char *roster = abbreviation_legend (ctx, plain, strlen (plain));
  if (roster == NULL)
    return FALSE;
  np_meta_add_people_list (ctx->doc, roster, -1, i + 1);
  return TRUE;
}

guint
np_reader_take_people_paragraph (NpReadContext *ctx, guint i)
{
  const NpLine *first = &ctx->lines[i];
  guint j;
  gsize n;
  /* a paragraph of full names alone, before the notes */
  if (ctx->doc->items->len == 0 && ctx->doc->attendees->len == 0 && first->content_len >= 16
      && memchr (first->content, ',', first->content_len) && !memchr (first->content, ':', first->content_len)
      && g_ascii_isupper (first->content[0]))
    {
      g_autofree char *plain = joined_paragraph (ctx, i, &j, &n);
      if (bare_names_paragraph (ctx, plain, n))
        {
          np_meta_add_people_list (ctx->doc, plain, n, i + 1);
          return j - i;
        }
    }
  /* before the notes, or where it spells out the abbreviations that
   * name attendees listed already: elsewhere a paragraph of Title Case
   * names with abbreviations is as likely to list proposals ("Error
   * Cause (EC), Array Grouping (AG), ...").  Cheap refusals first: asked
   * at every paragraph's first line. */
  if (first->content_len < 16 || !memchr (first->content, ')', first->content_len)
      || !(memchr (first->content, ',', first->content_len) || memchr (first->content, ';', first->content_len))
      || (ctx->doc->items->len > 0 && ctx->doc->attendees->len == 0))
    return 0;
  g_autofree char *plain = joined_paragraph (ctx, i, &j, &n);
  /* under a label that names nobody: "For newcomers: Aiko Kimura (AK), ..." */
  gsize body = np_meta_list_label (plain, n, NULL, NULL);
  if (np_meta_abbreviated_people (plain + body, n - body) < 3
      || (ctx->doc->items->len > 0 && !abbreviations_listed (ctx->doc, plain + body)))
    return 0;
  np_meta_add_people_list (ctx->doc, plain, n, i + 1);
  return j - i;
}

/* The list item nested under line i: the next line that is not blank,
 * more indented, read as a bullet into *sub */
static gboolean
nested_bullet (const NpReadContext *ctx, guint i, gboolean plain_text, NpBullet *sub)
{
  guint j = i + 1;
  while (j < ctx->n_lines && ctx->lines[j].content_len == 0)
    j++;
  return j < ctx->n_lines && ctx->lines[j].indent > ctx->lines[i].indent
         && np_parse_bullet (ctx->lines[j].content, ctx->lines[j].content_len, plain_text, sub);
}

gboolean
np_reader_notes_nested_below (const NpReadContext *ctx, guint i, gboolean plain_text)
{
  NpBullet sub;
  if (!nested_bullet (ctx, i, plain_text, &sub) || sub.text_len == 0)
    return FALSE;
  /* "alice@example.com", "@bjones", "carolw (IRC)": her contact */
  if (np_meta_is_contact_entry (sub.text, sub.text_len))
    return FALSE;
  if (np_meta_entry_is_notes (sub.text, sub.text_len))
    return TRUE;
  return g_ascii_islower (sub.text[0]) && !np_meta_is_role_entry (sub.text, sub.text_len);
}

gboolean
np_reader_group_over_people (const NpReadContext *ctx, guint i, const char *title, gsize title_len,
                             gboolean plain_text)
{
  /* the shape first: most members have nothing nested under them */
  NpBullet sub;
  return nested_bullet (ctx, i, plain_text, &sub) && np_meta_looks_like_person_entry (sub.text, sub.text_len)
         && np_meta_is_group_title (title, title_len);
}

gboolean
np_reader_label_over_nested_people (const NpReadContext *ctx, guint i, const char *text, gsize text_len,
                                    gboolean plain_text, char **absence)
{
  const char *rest = NULL;
  *absence = NULL;
  if (!np_meta_is_attendee_label (text, text_len, &rest) || (rest && rest < text + text_len))
    {
      char *plain = np_meta_strip_markup (text, text_len);
      g_strstrip (plain);
      gsize n = strlen (plain);
      if (n > 0 && plain[n - 1] == ':')
        plain[--n] = '\0';
      if (n < 3 || strchr (plain, ' ') || !np_meta_role_is_absence (plain))
        {
          g_free (plain);
          return FALSE;
        }
      *absence = plain;
    }
  NpBullet sub;
  gsize n = 0;
  if (nested_bullet (ctx, i, plain_text, &sub))
    {
      /* the company in brackets after the name, "Aaron Crickenberger
       * [Samsung SDS]", as in parentheses */
      n = sub.text_len;
      for (gsize k = 1; k < n; k++)
        if ((sub.text[k - 1] == ' ' || sub.text[k - 1] == '\t') && (sub.text[k] == '[' || sub.text[k] == '{'))
          {
            n = k - 1;
            break;
          }
    }
  if (n > 0 && np_meta_looks_like_person_entry (sub.text, n))
    return TRUE;
  g_clear_pointer (absence, g_free);
  return FALSE;
}

/* Is line i nested under an attendee's entry, the last line before it
 * that is no blank one, indented less? */
gboolean
np_reader_under_member (const NpReadContext *ctx, guint i)
{
  guint j = i;
  while (j > 0 && ctx->lines[j - 1].content_len == 0)
    j--;
  return j > 0 && ctx->lines[j - 1].indent < ctx->lines[i].indent
         && np_document_get_line_role (ctx->doc, j) == NP_LINE_ATTENDEE;
}
