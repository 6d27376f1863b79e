/* reader-pages.c: what a PDF export prints on every page, in plain text.
 *
 * Notes saved from a PDF keep the page's furniture between the notes:
 * the page's number ("Page 3 of 10", "3 / 10", "- 3 -") and a running
 * header or footer, the document's title or a label repeated on each page
 * ("Contributor Summit 2025 Notes").  Left in, they become paragraphs in
 * the middle of a session, and a title of two capitalized words opening a
 * line reads as a speaker's full name.  They are debris: a page-number
 * line always, a line repeated three times or more when two of its
 * copies stand next to a page break (a form feed or a page-number line,
 * within two lines).  A line seen once, at the top, stays the title. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bullets.h"
#include "reader.h"

/* "Page 3", "Page 3 of 10", "page 3/10", "3 of 10", "3 / 10", "- 3 -",
 * "– 3 –", "[3]" */
static gboolean
is_page_number (const char *s, gsize n)
{
  if (n == 0 || n > 24)
    return FALSE;
  const char *p = s, *e = s + n;
  gboolean word = FALSE;
  if (n > 5 && g_ascii_strncasecmp (p, "page", 4) == 0 && (p[4] == ' ' || g_ascii_isdigit (p[4])))
    {
      p += 4;
      word = TRUE;
    }
  /* a dash or a bracket around the number */
  gboolean dashed = FALSE;
  while (p < e && (*p == ' ' || *p == '-' || *p == '['))
    dashed |= *p++ != ' ';
  if (p + 3 <= e && memcmp (p, "\xe2\x80\x93", 3) == 0) /* en dash */
    p += 3, dashed = TRUE;
  while (p < e && *p == ' ')
    p++;
  const char *d = p;
  while (p < e && g_ascii_isdigit (*p))
    p++;
  if (p == d || p - d > 4)
    return FALSE;
  while (p < e && *p == ' ')
    p++;
  gboolean total = FALSE;
  if (p < e && (*p == '/' || (p + 2 <= e && g_ascii_strncasecmp (p, "of", 2) == 0)))
    {
      p += *p == '/' ? 1 : 2;
      while (p < e && *p == ' ')
        p++;
      const char *t = p;
      while (p < e && g_ascii_isdigit (*p))
        p++;
      if (p == t)
        return FALSE;
      total = TRUE;
    }
  while (p < e && (*p == ' ' || *p == '-' || *p == ']'))
    p++;
  if (p + 3 <= e && memcmp (p, "\xe2\x80\x93", 3) == 0)
    p += 3;
  while (p < e && *p == ' ')
    p++;
  /* a bare number is np_is_debris()'s; here a word, a total or dashes */
  return p == e && (word || total || dashed);
}

/* A running header or footer with the page's number at its end:
 * "Summit Notes - Page 4 of 9", "Minutes | Page 2", "Notes   3 / 10",
 * "Summit notes – page 1" (the number with its word or its total, after a
 * dash, a bar or two spaces): where the number starts, or 0 */
static gsize
ends_with_page_number (const char *s, gsize n)
{
  if (n < 12 || n > 120 || !g_ascii_isdigit (s[n - 1]))
    return FALSE;
  for (gsize k = n > 24 ? n - 24 : 1; k + 4 < n; k++)
    {
      gboolean after_dash = (s[k - 1] == ' ' && k >= 3 && (s[k - 2] == '-' || s[k - 2] == '|') && s[k - 3] == ' ')
                            || (k >= 2 && s[k - 1] == ' ' && s[k - 2] == ' ')
                            || (k >= 5 && s[k - 1] == ' ' && (memcmp (s + k - 4, "\xe2\x80\x93", 3) == 0
                                                             || memcmp (s + k - 4, "\xe2\x80\x94", 3) == 0)
                                && s[k - 5] == ' '); /* an en or em dash */
      if (!after_dash)
        continue;
      const char *t = s + k;
      gsize tn = n - k;
      /* the number needs its word or its total here: "Notes - 3" is a
       * title's */
      if ((g_ascii_strncasecmp (t, "page", 4) == 0 || memchr (t, '/', tn) || g_strstr_len (t, tn, " of "))
          && is_page_number (t, tn))
        return k;
    }
  /* or it stands alone far right of the text, as a layout's extraction
   * keeps a footer ("Contributor Summit 2023          4"): a number of
   * one to four digits after six spaces or more */
  gsize d = n;
  while (d > 0 && g_ascii_isdigit (s[d - 1]))
    d--;
  if (d > 6 && n - d <= 4)
    {
      gsize sp = d;
      while (sp > 0 && s[sp - 1] == ' ')
        sp--;
      if (d - sp >= 6 && sp > 0)
        return d;
    }
  return 0;
}

/* "Summit Notes          Page 3 of 12": the page's word, number and
 * total six spaces or more right of the title (at s + at, n bytes), as a
 * layout's extraction keeps a footer: furniture even once */
static gboolean
far_right_page_of (const char *s, gsize n, gsize at)
{
  gsize sp = at;
  while (sp > 0 && s[sp - 1] == ' ')
    sp--;
  return at - sp >= 6 && sp > 0 && n - at > 9 && g_ascii_strncasecmp (s + at, "page ", 5) == 0
         && g_strstr_len (s + at, n - at, " of ") != NULL;
}

/* A page's number alone far right of the text, as a layout's extraction
 * keeps a footer's ("                          2"): one to four digits
 * indented by 30 columns or more */
/* A line of one to max digits alone */
static gboolean
digits_alone (const NpLine *l, gsize max)
{
  if (l->content_len == 0 || l->content_len > max)
    return FALSE;
  for (gsize k = 0; k < l->content_len; k++)
    if (!g_ascii_isdigit (l->content[k]))
      return FALSE;
  return TRUE;
}

static gboolean
far_right_number (const NpLine *l)
{
  return l->indent >= 30 && digits_alone (l, 4);
}

/* A line of one to three digits alone, however indented ("2") */
static gboolean
bare_number (const NpLine *l)
{
  return digits_alone (l, 3);
}

/* Can line l be a running header or footer: 8 to 120 bytes, no list
 * item? */
static gboolean
running_shape (const NpLine *l)
{
  NpBullet bullet;
  return l->content_len >= 8 && l->content_len <= 120 && !np_parse_bullet (l->content, l->content_len, TRUE, &bullet);
}

/* The lines of a running header's shape beside a bare number, by text:
 * how many times each stands so (one walk over the notes) */
static GHashTable *
beside_numbers (const NpReadContext *ctx)
{
  GHashTable *count = NULL;
  for (guint j = 0; j < ctx->n_lines; j++)
    {
      const NpLine *m = &ctx->lines[j];
      if (!running_shape (m)
          || !((j > 0 && bare_number (&ctx->lines[j - 1]))
               || (j + 1 < ctx->n_lines && bare_number (&ctx->lines[j + 1]))))
        continue;
      if (count == NULL)
        count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      char *key = g_strndup (m->content, m->content_len);
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (count, key));
      g_hash_table_replace (count, key, GUINT_TO_POINTER (seen + 1));
    }
  return count;
}

/* Is line i printed three times or more, each beside a bare number (a
 * running header or footer)?  count: beside_numbers() */
static gboolean
running_line (const NpReadContext *ctx, guint i, GHashTable *count)
{
  const NpLine *l = &ctx->lines[i];
  if (count == NULL || !running_shape (l))
    return FALSE;
  g_autofree char *key = g_strndup (l->content, l->content_len);
  return GPOINTER_TO_UINT (g_hash_table_lookup (count, key)) >= 3;
}

/* A page break at line i: a form feed, alone or opening the line, or a
 * page-number line */
static gboolean
page_break_at (const NpReadContext *ctx, guint i, const gboolean *numbers)
{
  const NpLine *l = &ctx->lines[i];
  return numbers[i] || (l->len > 0 && l->s[0] == '\f') || (l->content_len > 0 && l->content[0] == '\f');
}

/* The number of a transcript's numbered line ("12   Q.  Did you ...",
 * "5         MR. DIAZ:  Objection."): one or two digits, then two spaces
 * or more (or a tab) before the text; its value, the text's offset in
 * *text; or 0 */
static guint
gutter_number (const NpLine *l, gsize *text)
{
  const char *c = l->content;
  gsize n = l->content_len, k = 0;
  while (k < n && k < 3 && g_ascii_isdigit (c[k]))
    k++;
  if (k == 0 || k > 2 || k + 3 > n || !(c[k] == '\t' || (c[k] == ' ' && c[k + 1] == ' ')))
    return 0;
  gsize t = k;
  while (t < n && (c[t] == ' ' || c[t] == '\t'))
    t++;
  if (t >= n)
    return 0;
  *text = t;
  return (guint) atoi (c);
}

void
np_text_strip_line_numbers (NpReadContext *ctx)
{
  for (guint i = 0; i < ctx->n_lines;)
    {
      /* a run of lines numbered one after the other, five or more */
      gsize text;
      guint first = gutter_number (&ctx->lines[i], &text), j = i + 1;
      if (first == 0)
        {
          i++;
          continue;
        }
      for (guint expect = first + 1; j < ctx->n_lines && gutter_number (&ctx->lines[j], &text) == expect; j++, expect++)
        ;
      /* a record's page: a question, an answer or a speaker's label among
       * its lines (an agenda numbered "1  Welcome" keeps its numbers) */
      gboolean record = FALSE;
      for (guint k = i; k < j && !record && j - i >= 5; k++)
        {
          const NpLine *l = &ctx->lines[k];
          gutter_number (l, &text);
          const char *c = l->content + text;
          gsize cn = l->content_len - text;
          record = (cn > 3 && (c[0] == 'Q' || c[0] == 'A') && c[1] == '.' && c[2] == ' ')
                   || np_starts_with_speaker_label (c, cn);
        }
      if (record)
        for (guint k = i; k < j; k++)
          {
            NpLine *l = &ctx->lines[k];
            gutter_number (l, &text);
            /* the text keeps its place after the gutter: a label indented
             * deeper than the testimony's lines stays so */
            guint spaces = 0;
            for (gsize q = text; q > 0 && (l->content[q - 1] == ' ' || l->content[q - 1] == '\t'); q--)
              spaces++;
            l->indent = spaces;
            l->content += text;
            l->content_len -= text;
          }
      i = j;
    }
}

gboolean *
np_text_page_furniture (NpReadContext *ctx)
{
  guint n = ctx->n_lines;
  gboolean *furniture = NULL;
  g_autofree gboolean *numbers = g_new0 (gboolean, n + 1);
  gboolean any_break = FALSE;
  for (guint i = 0; i < n; i++)
    {
      const NpLine *l = &ctx->lines[i];
      numbers[i] = is_page_number (l->content, l->content_len) || far_right_number (l);
      any_break |= page_break_at (ctx, i, numbers);
      if (numbers[i])
        {
          if (furniture == NULL)
            furniture = g_new0 (gboolean, n + 1);
          furniture[i] = TRUE;
        }
    }
  /* a bare number beside a running header ("Go Contributor Summit 2018 -
   * shared notes" over "2", on each page): a page's number too */
  g_autoptr (GHashTable) beside = beside_numbers (ctx);
  for (guint i = 0; beside && i < n; i++)
    if (!numbers[i] && bare_number (&ctx->lines[i])
        && ((i > 0 && running_line (ctx, i - 1, beside)) || (i + 1 < n && running_line (ctx, i + 1, beside))))
      {
        numbers[i] = any_break = TRUE;
        if (furniture == NULL)
          furniture = g_new0 (gboolean, n + 1);
        furniture[i] = TRUE;
      }
  /* the title with the page's number, on two lines or more ("Summit
   * Notes - Page 4 of 9", "... - Page 5 of 9"): a line of notes that ends
   * so once is kept */
  g_autoptr (GHashTable) footers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gsize *footer_at = g_new0 (gsize, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const NpLine *l = &ctx->lines[i];
      if (numbers[i] || (footer_at[i] = ends_with_page_number (l->content, l->content_len)) == 0)
        continue;
      char *key = g_strndup (l->content, footer_at[i]);
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (footers, key));
      g_hash_table_replace (footers, key, GUINT_TO_POINTER (seen + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      if (footer_at[i] == 0)
        continue;
      g_autofree char *key = g_strndup (ctx->lines[i].content, footer_at[i]);
      /* once, it is a footer next to a form feed: the page ends there */
      gboolean by_feed = FALSE;
      for (guint j = i + 1; j <= i + 2 && j < n && !by_feed; j++)
        by_feed = (ctx->lines[j].len > 0 && ctx->lines[j].s[0] == '\f')
                  || (ctx->lines[j].content_len > 0 && ctx->lines[j].content[0] == '\f');
      if (GPOINTER_TO_UINT (g_hash_table_lookup (footers, key)) < 2 && !by_feed
          && !far_right_page_of (ctx->lines[i].content, ctx->lines[i].content_len, footer_at[i]))
        continue;
      numbers[i] = any_break = TRUE;
      if (furniture == NULL)
        furniture = g_new0 (gboolean, n + 1);
      furniture[i] = TRUE;
    }
  if (!any_break)
    return furniture;
  /* the document's title again beside a page break, however few its
   * copies: a running header ("Page 3" then the summit's title, then the
   * rest of a wrapped line) */
  guint t0 = 0;
  while (t0 < n && ctx->lines[t0].content_len == 0)
    t0++;
  const NpLine *title = t0 < n ? &ctx->lines[t0] : NULL;
  for (guint i = 0; title && title->content_len >= 8 && i < n; i++)
    {
      if (!page_break_at (ctx, i, numbers))
        continue;
      for (guint j = i > 2 ? i - 2 : 0; j <= i + 2 && j < n; j++)
        if (j > t0 && ctx->lines[j].content_len == title->content_len
            && memcmp (ctx->lines[j].content, title->content, title->content_len) == 0)
          {
            if (furniture == NULL)
              furniture = g_new0 (gboolean, n + 1);
            furniture[j] = TRUE;
          }
    }
  /* lines of 8 to 120 bytes seen three times or more: their copies */
  g_autoptr (GHashTable) copies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      const NpLine *l = &ctx->lines[i];
      if (l->content_len < 8 || l->content_len > 120 || numbers[i])
        continue;
      NpBullet bullet;
      if (np_parse_bullet (l->content, l->content_len, TRUE, &bullet))
        continue;
      char *key = g_strndup (l->content, l->content_len);
      GArray *at = g_hash_table_lookup (copies, key);
      if (at == NULL)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (copies, key, at);
        }
      else
        g_free (key);
      g_array_append_val (at, i);
    }
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, copies);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      GArray *at = v;
      if (at->len < 3)
        continue;
      guint near = 0;
      for (guint c = 0; c < at->len; c++)
        {
          guint i = g_array_index (at, guint, c);
          gboolean by_break = FALSE;
          for (guint j = i > 2 ? i - 2 : 0; j <= i + 2 && j < n && !by_break; j++)
            by_break = j != i && page_break_at (ctx, j, numbers);
          near += by_break;
        }
      if (near < 2)
        continue;
      if (furniture == NULL)
        furniture = g_new0 (gboolean, n + 1);
      for (guint c = 0; c < at->len; c++)
        {
          guint i = g_array_index (at, guint, c);
          /* the first copy, before any content, is the document's title */
          gboolean top = TRUE;
          for (guint j = 0; j < i && top; j++)
            top = ctx->lines[j].content_len == 0;
          if (!top)
            furniture[i] = TRUE;
        }
    }
  return furniture;
}
