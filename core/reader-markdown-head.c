/* reader-markdown-head.c: what names and dates Markdown notes at their
 * head: the first headings (a title, a generic one over the meeting's own
 * name, a dated one) and the header's date lines, for reader-markdown.c. */
#include "config.h"

#include <string.h>

#include "reader-markdown-private.h"

/* Are the items so far images only ("![logo](...)"), or none?  (Their
 * text is the builder's until the document is finished.) */
gboolean
np_md_only_images_before (const NpBuilder *b)
{
  NpDocument *doc = b->doc;
  for (guint k = 0; k < doc->items->len; k++)
    {
      const NpItem *it = &g_array_index (doc->items, NpItem, k);
      if (it->end > b->text->len)
        return FALSE;
      const char *s = b->text->str + it->start;
      gsize n = it->end - it->start;
      if (n < 5 || s[0] != '!' || s[1] != '[' || s[n - 1] != ')')
        return FALSE;
    }
  return TRUE;
}

/* A heading that could name the notes: not a part's ("Attendees",
 * "Agenda", "Notes") */
gboolean
np_md_names_the_notes (const char *text, gsize len)
{
  static const char *const parts[] = { "agenda", "notes", "minutes", "meeting notes", "links", "summary",
                                       "action items", "actions", "decisions", "discussion", "overview",
                                       "introduction", "registration", "logistics", NULL };
  if (len == 0 || np_meta_is_attendee_label (text, len, NULL))
    return FALSE;
  for (const char *const *p = parts; *p; p++)
    if (strlen (*p) == len && g_ascii_strncasecmp (text, *p, len) == 0)
      return FALSE;
  return TRUE;
}

/* A heading that names a part of any notes, after its pictographs:
 * "📝 Notes", "Meeting notes", "Minutes" */
gboolean
np_md_generic_heading (const char *text, gsize len)
{
  gsize k = 0;
  while (k < len && !g_ascii_isalnum (text[k]))
    k++;
  return k < len && !np_md_names_the_notes (text + k, len - k);
}

/* A heading's text as the notes' title (unless they have one), its
 * links' and emphasis' marks left out ("Coffee Chat between [Lars
 * Gierth](https://...)" is between Lars Gierth), and its date as theirs
 * (unless they have one) */
void
np_md_name_notes (NpDocument *doc, const char *text, gsize len)
{
  if (!doc->title)
    {
      g_autofree char *t = np_meta_strip_markup (text, len);
      np_document_set_title (doc, g_strstrip (t));
    }
  if (!doc->date)
    doc->date = np_meta_find_date (text, len);
}

/* "Date: 2024-05-06", and a page's properties: Notion's "Created:",
 * "Meeting date:", "When:".  TRUE when s (n bytes) is such a line; the
 * notes' date from it unless they have one (from a dated title: "#
 * Sync 2024-05-06" over "Date: 2024-05-06") */
gboolean
np_md_take_date_line (NpDocument *doc, const char *s, gsize n)
{
  g_autofree char *plain = np_meta_strip_markup (s, n);
  const char *colon = strchr (plain, ':');
  if (colon == NULL || !np_meta_is_date_key (plain, colon - plain))
    return FALSE;
  char *date = np_meta_find_date (colon + 1, -1);
  if (date == NULL)
    return FALSE;
  if (doc->date)
    g_free (date);
  else
    doc->date = date;
  return TRUE;
}

/* A paragraph of one line that is a date and little more, before any
 * item: "Nov 28, 2026", "*Thursday, 2026-11-28*" under the notes' title.
 * The notes' date from it, when it is one. */
gboolean
np_md_date_paragraph (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (i + 1 < ctx->n_lines && !np_line_is_blank (&ctx->lines[i + 1]))
    return FALSE;
  g_autofree char *plain = np_meta_strip_markup (l->content, l->content_len);
  g_strstrip (plain);
  gsize n = strlen (plain);
  guint words = 0;
  for (gsize k = 0; k < n; k++)
    words += plain[k] != ' ' && (k == 0 || plain[k - 1] == ' ');
  if (n == 0 || words > 6 || plain[n - 1] == '.')
    return FALSE;
  return (ctx->doc->date = np_meta_find_date (plain, n)) != NULL;
}

/* A heading set in emphasis whole, "# **2020-08-21 Meeting**", as its
 * words: the marks that open it and close it, the same and none of them
 * inside ("**Ann** and **Bo**" keeps its own) */
void
np_md_unwrap_emphasis (const char **text, gsize *len)
{
  const char *t = *text;
  gsize n = *len;
  gsize k = 0;
  while (k < 2 && k < n && (t[k] == '*' || t[k] == '_') && t[k] == t[0])
    k++;
  if (k == 0 || n <= 2 * k || t[n - 1] != t[0] || t[k] == ' ' || t[n - 1 - k] == ' ')
    return;
  for (gsize j = 0; j < k; j++)
    if (t[n - 1 - j] != t[0])
      return;
  if (memchr (t + k, t[0], n - 2 * k))
    return;
  *text = t + k;
  *len = n - 2 * k;
}
