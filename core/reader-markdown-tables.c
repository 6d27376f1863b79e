/* reader-markdown-tables.c: pipe tables in Markdown minutes.  A table
 * with a column of names becomes NpPerson entries when the table is of
 * people: an abbreviation, organization, handle or e-mail column beside
 * the names, an attendee heading or label over it, a column headed
 * "Attendee" or "Delegate", or a role column beside names that read as
 * people's.  Any other table becomes items, one a row. */
#include "config.h"

#include <string.h>

#include "reader-markdown-private.h"

gboolean
np_md_is_table_delimiter (const NpLine *l)
{
  if (l->content_len < 3)
    return FALSE;
  gboolean dash = FALSE;
  for (gsize i = 0; i < l->content_len; i++)
    {
      char c = l->content[i];
      if (c == '-')
        dash = TRUE;
      else if (c != '|' && c != ':' && c != ' ' && c != '\t')
        return FALSE;
    }
  return dash && (memchr (l->content, '|', l->content_len) != NULL || l->content[0] == '-');
}

gboolean
np_md_is_table_row (const NpLine *l)
{
  return l->indent < 4 && l->content_len > 1 && l->content[0] == '|';
}

/* Split "| a | b |" into trimmed cells (transfer full). */
static GPtrArray *
table_cells (const NpLine *l)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  const char *p = l->content, *end = l->content + l->content_len;
  if (p < end && *p == '|')
    p++;
  if (end > p && end[-1] == '|' && !(end - 1 > p && end[-2] == '\\'))
    end--;
  const char *start = p;
  for (; p <= end; p++)
    {
      if (p == end || (*p == '|' && (p == start || p[-1] != '\\')))
        {
          char *cell = g_strndup (start, p - start);
          g_ptr_array_add (cells, g_strstrip (cell));
          start = p + 1;
        }
    }
  return cells;
}

static gint
find_column (GPtrArray *header, const char *const *names)
{
  for (guint c = 0; c < header->len; c++)
    {
      g_autofree char *plain = np_meta_strip_markup (g_ptr_array_index (header, c), -1);
      g_autofree char *low = g_ascii_strdown (g_strstrip (plain), -1);
      for (const char *const *n = names; *n; n++)
        if (strcmp (low, *n) == 0)
          return c;
    }
  return -1;
}

static const char *
cell (GPtrArray *cells, gint c)
{
  return c >= 0 && (guint) c < cells->len ? g_ptr_array_index (cells, c) : NULL;
}

/* Is line i (of ctx's) a table's line: not blank, with a '|', or an HTML
 * table's line joined into a row above? */
static gboolean
table_line (const NpReadContext *ctx, guint i)
{
  return i < ctx->n_lines
         && (ctx->lines[i].joined
             || (ctx->lines[i].content_len > 0 && memchr (ctx->lines[i].content, '|', ctx->lines[i].content_len)));
}

/* Is an '@' in a name's cell only a handle's, in parentheses at its
 * end ("Chiara Ferri (@cferri)"), not an address's or an account's? */
static gboolean
handle_at_end (const char *s)
{
  const char *at = strchr (s, '@');
  gsize n = strlen (s);
  return at == NULL
         || (at - s > 2 && at[-1] == '(' && at[-2] == ' ' && s[n - 1] == ')' && !strchr (at + 1, '@')
             && !memchr (at, ' ', s + n - at));
}

/* Does column c of every row from line i on (a table's body, at least
 * two rows) hold a person's name, "Hana Kim"?  A "| Name | Role |" table
 * lists people then, not the roles of accounts or services
 * ("| deploy-bot | admin |"). */
static gboolean
rows_name_people (NpReadContext *ctx, guint i, gint c)
{
  guint rows = 0;
  for (; table_line (ctx, i); i++)
    {
      if (ctx->lines[i].joined)
        continue;
      rows++;
      g_autoptr (GPtrArray) row = table_cells (&ctx->lines[i]);
      const char *name = cell (row, c);
      g_autofree char *plain = name ? np_meta_strip_markup (name, -1) : NULL;
      if (plain == NULL || !np_meta_looks_like_person_entry (plain, -1) || !handle_at_end (plain))
        return FALSE;
    }
  return rows >= 2;
}

/* Is column c's header a name with more in the same cell, "Name/Affiliation",
 * "Name (Company)", "Name & Org": its cells are attendee entries */
static gboolean
entry_column (GPtrArray *header, gint c)
{
  const char *h = cell (header, c);
  if (h == NULL)
    return FALSE;
  g_autofree char *plain = np_meta_strip_markup (h, -1);
  g_strstrip (plain);
  if (g_ascii_strncasecmp (plain, "name", 4) != 0)
    return FALSE;
  const char *p = plain + 4;
  while (*p == ' ')
    p++;
  return *p == '/' || *p == '(' || *p == '&' || *p == ',' || g_ascii_strncasecmp (p, "and ", 4) == 0;
}

/* An entry's company in parentheses at its end, "Arnaud Le Hors (IBM,
 * TAC)": taken off the entry (in place) and returned; NULL when it has
 * none or the parentheses hold a role ("(observer)"), which the name's
 * reading keeps */
static char *
entry_affiliation (char *entry)
{
  gsize n = strlen (entry);
  char *open = strrchr (entry, '(');
  if (open == NULL || open == entry || open[-1] != ' ' || n < 3 || entry[n - 1] != ')')
    return NULL;
  g_autofree char *inside = g_strndup (open + 1, entry + n - 1 - (open + 1));
  if (np_meta_is_role_word (inside) || inside[0] == '@')
    return NULL;
  *open = '\0';
  g_strchomp (entry);
  return g_steal_pointer (&inside);
}

typedef enum
{
  MARK_NONE,  /* a blank cell */
  MARK_YES,   /* "x", "yes", a check mark */
  MARK_NO,    /* "no", a cross */
  MARK_OTHER, /* anything else: not a column of marks */
} Mark;

static Mark
presence_mark (const char *s)
{
  static const char *const yes[] = { "x", "yes", "y", "✓", "✔", "✔️", "✅", "[x]", "☑", "☒", "present", NULL };
  static const char *const no[] = { "no", "n", "-", "❌", "✗", "[ ]", "☐", "absent", NULL };
  if (s == NULL)
    return MARK_NONE;
  g_autofree char *plain = np_meta_strip_markup (s, -1);
  g_strstrip (plain);
  if (*plain == '\0')
    return MARK_NONE;
  for (const char *const *w = yes; *w; w++)
    if (g_ascii_strcasecmp (plain, *w) == 0)
      return MARK_YES;
  for (const char *const *w = no; *w; w++)
    if (g_ascii_strcasecmp (plain, *w) == 0)
      return MARK_NO;
  return MARK_OTHER;
}

/* A column that marks who was there ("Present?", "Attended", or no header
 * over "x" and blank cells): every cell of its body a mark, a blank or
 * "no", and one at least a "yes"; -1 when none */
static gint
presence_column (NpReadContext *ctx, GPtrArray *header, guint body)
{
  static const char *const heads[] = { "", "present", "present?", "attended", "attended?", "attendance",
                                       "attending", "here", "here?", "x", NULL };
  for (guint c = 0; c < header->len; c++)
    {
      g_autofree char *plain = np_meta_strip_markup (g_ptr_array_index (header, c), -1);
      g_strstrip (plain);
      gboolean head = FALSE;
      for (const char *const *h = heads; *h && !head; h++)
        head = g_ascii_strcasecmp (plain, *h) == 0;
      if (!head)
        continue;
      guint yes = 0;
      gboolean marks = TRUE;
      for (guint j = body; marks && table_line (ctx, j); j++)
        {
          if (ctx->lines[j].joined)
            continue;
          g_autoptr (GPtrArray) row = table_cells (&ctx->lines[j]);
          Mark m = presence_mark (cell (row, c));
          marks = m != MARK_OTHER;
          yes += m == MARK_YES;
        }
      if (marks && yes > 0)
        return c;
    }
  return -1;
}

guint
np_md_read_table (MdState *st, guint i)
{
  NpReadContext *ctx = st->ctx;
  static const char *const name_cols[] = { "name",         "full name", "attendee", "attendees",      "participant",
                                           "participants", "person",    "delegate", "representative", "member",
                                           NULL };
  /* a column of these is people by itself ("| Attendee | Notes |"); a
   * "Name" or "Person" column needs another column of people's */
  static const char *const people_cols[] = { "attendee", "attendees", "participant", "participants", "delegate",
                                             "representative", NULL };
  static const char *const abbr_cols[] = { "abbreviation", "abbr", "abbr.", "initials", "acronym", "short", NULL };
  static const char *const org_cols[] = { "organization", "organisation", "affiliation", "company", "employer",
                                          "org", "member company", "team", "department", NULL };
  static const char *const handle_cols[] = { "handle",      "github",     "github handle", "github id", "github username",
                                             "gh",          "gh id",      "gh handle",     "username",  "nick",
                                             NULL };
  static const char *const email_cols[] = { "email", "e-mail", "mail", NULL };
  static const char *const role_cols[] = { "role", "title", "position", NULL };

  g_autoptr (GPtrArray) header = table_cells (&ctx->lines[i]);
  gboolean has_delim = i + 1 < ctx->n_lines && np_md_is_table_delimiter (&ctx->lines[i + 1]);
  gint cn = find_column (header, name_cols), ca = find_column (header, abbr_cols);
  gboolean entries = FALSE;
  for (guint c = 0; cn < 0 && c < header->len; c++)
    if (entry_column (header, c))
      {
        cn = c;
        entries = TRUE;
      }
  gint co = find_column (header, org_cols), ch = find_column (header, handle_cols);
  gint ce = find_column (header, email_cols);
  gint cp = has_delim && cn >= 0 ? presence_column (ctx, header, i + 2) : -1;
  gboolean people = has_delim && cn >= 0
                    && (ca >= 0 || co >= 0 || ch >= 0 || ce >= 0 || st->attendee_label || st->attendee_section
                        || find_column (header, people_cols) == cn
                        || ((find_column (header, role_cols) >= 0 || cp >= 0) && rows_name_people (ctx, i + 2, cn)));
  st->attendee_label = FALSE;
  guint j = i;
  if (people)
    {
      np_md_role (st, j++, NP_LINE_META);
      np_md_role (st, j++, NP_LINE_DEBRIS);
      for (; table_line (ctx, j); j++)
        {
          if (ctx->lines[j].joined)
            {
              np_md_role (st, j, NP_LINE_DEBRIS);
              continue;
            }
          g_autoptr (GPtrArray) row = table_cells (&ctx->lines[j]);
          const char *name = cell (row, cn);
          g_autofree char *plain = name ? np_meta_strip_markup (name, -1) : NULL;
          const char *org = cell (row, co);
          g_autofree char *within = NULL;
          if (entries && plain)
            within = entry_affiliation (plain);
          /* unmarked in a column of who was there: away */
          const char *role = cp >= 0 && presence_mark (cell (row, cp)) != MARK_YES ? "Absent" : NULL;
          np_meta_add_person_fields (ctx->doc, plain, cell (row, ca), within ? within : org, cell (row, ch),
                                     cell (row, ce), j + 1, role);
          np_md_role (st, j, NP_LINE_ATTENDEE);
        }
      return j - i;
    }
  guint level = st->list->len;
  for (; table_line (ctx, j); j++)
    {
      if (ctx->lines[j].joined || np_md_is_table_delimiter (&ctx->lines[j]))
        {
          np_md_role (st, j, NP_LINE_DEBRIS);
          continue;
        }
      g_autoptr (GPtrArray) row = table_cells (&ctx->lines[j]);
      GString *text = g_string_new (NULL);
      for (guint c = 0; c < row->len; c++)
        {
          if (c)
            g_string_append (text, " | ");
          g_string_append (text, g_ptr_array_index (row, c));
        }
      np_builder_item (st->b, level, NP_ITEM_TABLE_ROW, '|', j + 1, text->str, text->len);
      g_string_free (text, TRUE);
      np_md_role (st, j, NP_LINE_ITEM);
    }
  st->para_open = FALSE;
  return j - i;
}
