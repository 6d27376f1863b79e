/* write-text.c: the terminal view and the Markdown view of one document.
 *
 * Both show the same content: title, date, attendees, the section tree
 * with item counts, then each plugin's own summary (lines and tables).
 * The terminal view aligns tables to the display width of their cells,
 * uses colour only on a TTY without NO_COLOR, and fits the terminal. */
#include "config.h"

#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "np-private.h"
#include "notepipe/np-output.h"

void
np_text_style_for (FILE *out, NpTextStyle *style)
{
  int fd = fileno (out);
  gboolean tty = isatty (fd);
  style->color = tty && g_getenv ("NO_COLOR") == NULL && g_strcmp0 (g_getenv ("TERM"), "dumb") != 0;
  style->width = 80;
  struct winsize ws;
  if (tty && ioctl (fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    style->width = ws.ws_col;
  else if (g_getenv ("COLUMNS"))
    {
      guint64 c = g_ascii_strtoull (g_getenv ("COLUMNS"), NULL, 10);
      if (c >= 20 && c < 1000)
        style->width = (guint) c;
    }
}

/* display width of a UTF-8 string (wide characters count 2) */
static guint
display_width (const char *s)
{
  guint w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      /* ASCII is one column a byte (no ASCII character is zero-width or
       * wide to GLib) */
      if ((guchar) *p < 0x80)
        {
          w++;
          continue;
        }
      gunichar u = g_utf8_get_char (p);
      if (g_unichar_iszerowidth (u))
        continue;
      w += g_unichar_iswide (u) ? 2 : 1;
    }
  return w;
}

/* s cut to at most width columns, with an ellipsis (transfer full) */
static char *
fit (const char *s, guint width)
{
  if (display_width (s) <= width)
    return g_strdup (s);
  GString *out = g_string_new (NULL);
  guint w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      guint cw = g_unichar_iswide (u) ? 2 : 1;
      if (w + cw + 1 > width)
        break;
      g_string_append_unichar (out, u);
      w += cw;
    }
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* Print text in lines of at most width columns: the first after `first`
 * (already printed, `used` columns wide), the others after `hang` spaces.
 * Breaks at spaces; a word longer than a line is cut by characters. */
static void
wrap (FILE *out, const char *text, guint used, guint hang, guint width)
{
  guint col = used;
  gboolean line_empty = TRUE;
  const char *p = text;
  while (*p)
    {
      while (*p == ' ')
        p++;
      if (!*p)
        break;
      const char *end = p;
      while (*end && *end != ' ')
        end++;
      g_autofree char *word = g_strndup (p, end - p);
      guint w = display_width (word);
      if (!line_empty && col + 1 + w > width)
        {
          fprintf (out, "\n%*s", hang, "");
          col = hang;
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          fputc (' ', out);
          col++;
        }
      /* a word wider than the rest of the line: cut by characters */
      for (const char *c = word; *c; c = g_utf8_next_char (c))
        {
          gunichar u = g_utf8_get_char (c);
          guint cw = g_unichar_iszerowidth (u) ? 0 : g_unichar_iswide (u) ? 2 : 1;
          if (col + cw > width && col > hang)
            {
              fprintf (out, "\n%*s", hang, "");
              col = hang;
            }
          fwrite (c, 1, g_utf8_next_char (c) - c, out);
          col += cw;
        }
      line_empty = FALSE;
      p = end;
    }
  fputc ('\n', out);
}

/* n spaces */
static void
spaces (FILE *out, guint n)
{
  static const char blank[] = "                                ";
  for (; n > sizeof blank - 1; n -= sizeof blank - 1)
    fwrite (blank, 1, sizeof blank - 1, out);
  fwrite (blank, 1, n, out);
}

/* s (w columns wide) padded to width, to the right or the left */
static void
pad_known (FILE *out, const char *s, guint w, guint width, gboolean right)
{
  if (right && w < width)
    spaces (out, width - w);
  fputs (s, out);
  if (!right && w < width)
    spaces (out, width - w);
}

static void
pad (FILE *out, const char *s, guint width, gboolean right)
{
  pad_known (out, s, display_width (s), width, right);
}

#define BOLD(st) ((st)->color ? "\033[1m" : "")
#define DIM(st) ((st)->color ? "\033[2m" : "")
#define CYAN(st) ((st)->color ? "\033[36m" : "")
#define RESET(st) ((st)->color ? "\033[0m" : "")

static void
write_table (FILE *out, const NpSummaryTable *t, const NpTextStyle *st)
{
  guint nc = t->columns->len;
  g_autofree guint *w = g_new0 (guint, nc);
  g_autofree gboolean *right = g_new0 (gboolean, nc);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < nc; c++)
    {
      const char *name = g_ptr_array_index (t->columns, c);
      gsize n = strlen (name);
      right[c] = n > 0 && name[n - 1] == '>';
      g_ptr_array_add (names, g_strndup (name, right[c] ? n - 1 : n));
      w[c] = display_width (g_ptr_array_index (names, c));
    }
  /* each cell's width, measured once */
  g_autofree guint *cw = g_new (guint, (gsize) t->rows->len * nc + 1);
  for (guint r = 0; r < t->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, r);
      for (guint c = 0; c < nc; c++)
        {
          cw[r * nc + c] = display_width (g_ptr_array_index (row, c));
          w[c] = MAX (w[c], cw[r * nc + c]);
        }
    }
  /* fit the width: shrink the widest left-aligned column first */
  guint total = 0;
  for (guint c = 0; c < nc; c++)
    total += w[c] + 2;
  while (total > st->width)
    {
      guint widest = 0;
      for (guint c = 1; c < nc; c++)
        if (!right[c] && w[c] > w[widest])
          widest = c;
      if (w[widest] <= 8)
        break;
      w[widest]--;
      total--;
    }
  if (t->title)
    fprintf (out, "\n%s%s%s\n", BOLD (st), t->title, RESET (st));
  fputs ("  ", out);
  fputs (DIM (st), out);
  for (guint c = 0; c < nc; c++)
    {
      g_autofree char *cell = fit (g_ptr_array_index (names, c), w[c]);
      pad (out, cell, w[c], right[c]);
      if (c + 1 < nc)
        fputs ("  ", out);
    }
  fputs (RESET (st), out);
  fputc ('\n', out);
  for (guint r = 0; r < t->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, r);
      fputs ("  ", out);
      for (guint c = 0; c < nc; c++)
        {
          const char *text = g_ptr_array_index (row, c);
          if (cw[r * nc + c] <= w[c])
            pad_known (out, text, cw[r * nc + c], w[c], right[c]);
          else
            {
              g_autofree char *cell = fit (text, w[c]);
              pad (out, cell, w[c], right[c]);
            }
          if (c + 1 < nc)
            fputs ("  ", out);
        }
      fputc ('\n', out);
    }
}

void
np_write_text (FILE *out, const NpDocument *doc, GPtrArray *summaries, const NpTextStyle *st)
{
  fprintf (out, "%s%s%s\n", BOLD (st), doc->title ? doc->title : doc->source, RESET (st));
  guint ni = doc->items->len, nt = doc->tokens->len;
  g_autofree char *meta = doc->date ? g_strdup_printf ("%s · %s · %u item%s, %u token%s", doc->source, doc->date, ni,
                                                       PLURAL (ni), nt, PLURAL (nt))
                                     : g_strdup_printf ("%s · %u item%s, %u token%s", doc->source, ni, PLURAL (ni), nt,
                                                       PLURAL (nt));
  fputs (DIM (st), out);
  wrap (out, meta, 0, 2, st->width);
  fputs (RESET (st), out);
  for (guint i = 0; i < doc->diagnostics->len; i++)
    {
      const NpDiagnostic *d = &g_array_index (doc->diagnostics, NpDiagnostic, i);
      g_autofree char *head = g_strdup_printf ("%s%s%s: ", d->is_error ? "error" : "warning", d->plugin ? " in " : "",
                                               d->plugin ? d->plugin : "");
      fputs (head, out);
      wrap (out, d->message, display_width (head), 2, st->width);
    }
  if (doc->attendees->len)
    {
      fprintf (out, "\n%sAttendees%s (%u)\n", BOLD (st), RESET (st), doc->attendees->len);
      GString *line = g_string_new ("  ");
      for (guint i = 0; i < doc->attendees->len; i++)
        {
          const NpPerson *p = &g_array_index (doc->attendees, NpPerson, i);
          g_autofree char *entry = p->abbreviation ? g_strdup_printf ("%s (%s)", p->name, p->abbreviation)
                                   : p->handle      ? g_strdup_printf ("%s @%s", p->name, p->handle)
                                                    : g_strdup (p->name);
          if (line->len > 2 && display_width (line->str) + display_width (entry) + 2 > st->width)
            {
              g_strchomp (line->str);
              fprintf (out, "%s\n", line->str);
              g_string_assign (line, "  ");
            }
          g_string_append (line, entry);
          if (i + 1 < doc->attendees->len)
            g_string_append (line, ", ");
        }
      fprintf (out, "%s\n", line->str);
      g_string_free (line, TRUE);
    }
  if (doc->sections->len)
    {
      fprintf (out, "\n%sSections%s\n", BOLD (st), RESET (st));
      /* depth of each section from its parent chain */
      g_autofree guint *depth = g_new0 (guint, doc->sections->len);
      for (guint i = 0; i < doc->sections->len; i++)
        {
          const NpSection *s = &g_array_index (doc->sections, NpSection, i);
          depth[i] = s->parent == NP_NONE ? 0 : depth[s->parent] + 1;
          guint indent = 2 + 2 * MIN (depth[i], 10u);
          g_autofree char *count = g_strdup_printf ("%u item%s (line %u)", s->item_count, PLURAL (s->item_count),
                                                    s->line);
          guint tail = display_width (count) + 2;
          guint avail = st->width > indent + tail + 4 ? st->width - indent - tail - 4 : 8;
          g_autofree char *title = fit (s->title, avail);
          fprintf (out, "%*s%s%s%s ", indent, "", depth[i] == 0 ? CYAN (st) : "", title, RESET (st));
          guint used = indent + display_width (title) + 1;
          fputs (DIM (st), out);
          for (guint k = used; k + tail < st->width; k++)
            fputc ('.', out);
          fprintf (out, " %s%s\n", count, RESET (st));
        }
    }
  for (guint i = 0; summaries && i < summaries->len; i++)
    {
      NpPluginSummary *s = g_ptr_array_index (summaries, i);
      fprintf (out, "\n%s── %s%s\n", BOLD (st), s->plugin, RESET (st));
      for (guint k = 0; k < s->lines->len; k++)
        {
          fputs ("  ", out);
          wrap (out, g_ptr_array_index (s->lines, k), 2, 4, st->width);
        }
      for (guint k = 0; k < s->tables->len; k++)
        write_table (out, g_ptr_array_index (s->tables, k), st);
    }
}

static void
md_escape (FILE *out, const char *s)
{
  for (const char *p = s; *p; p++)
    {
      if (*p == '|' || *p == '\\')
        fputc ('\\', out);
      if (*p == '\n')
        {
          fputc (' ', out);
          continue;
        }
      fputc (*p, out);
    }
}

/* The Markdown view's attendee columns after the name */
static const char *const person_heads[] = { "Handle", "Email", "Abbreviation", "Affiliation", "Role" };

static const char *
person_field (const NpPerson *p, guint k)
{
  const char *fields[] = { p->handle, p->email, p->abbreviation, p->affiliation, p->role };
  return fields[k];
}

void
np_write_markdown (FILE *out, const NpDocument *doc, GPtrArray *summaries)
{
  fprintf (out, "# %s\n\n", doc->title ? doc->title : doc->source);
  fprintf (out, "*Source:* `%s`", doc->source);
  if (doc->date)
    fprintf (out, " · *Date:* %s", doc->date);
  fprintf (out, " · %u item%s\n", doc->items->len, PLURAL (doc->items->len));
  if (doc->attendees->len)
    {
      /* the name, then each field some attendee has */
      gboolean shown[G_N_ELEMENTS (person_heads)] = { FALSE };
      for (guint i = 0; i < doc->attendees->len; i++)
        for (guint k = 0; k < G_N_ELEMENTS (person_heads); k++)
          shown[k] |= person_field (&g_array_index (doc->attendees, NpPerson, i), k) != NULL;
      fputs ("\n## Attendees\n\n| Name |", out);
      for (guint k = 0; k < G_N_ELEMENTS (person_heads); k++)
        if (shown[k])
          fprintf (out, " %s |", person_heads[k]);
      fputs ("\n|---|", out);
      for (guint k = 0; k < G_N_ELEMENTS (person_heads); k++)
        if (shown[k])
          fputs ("---|", out);
      fputc ('\n', out);
      for (guint i = 0; i < doc->attendees->len; i++)
        {
          const NpPerson *p = &g_array_index (doc->attendees, NpPerson, i);
          fputs ("| ", out);
          md_escape (out, p->name);
          for (guint k = 0; k < G_N_ELEMENTS (person_heads); k++)
            if (shown[k])
              {
                fputs (" | ", out);
                md_escape (out, person_field (p, k) ? person_field (p, k) : "");
              }
          fputs (" |\n", out);
        }
    }
  if (doc->sections->len)
    {
      fprintf (out, "\n## Outline\n\n");
      g_autofree guint *depth = g_new0 (guint, doc->sections->len);
      for (guint i = 0; i < doc->sections->len; i++)
        {
          const NpSection *s = &g_array_index (doc->sections, NpSection, i);
          depth[i] = s->parent == NP_NONE ? 0 : depth[s->parent] + 1;
          fprintf (out, "%*s- %s (%u item%s, line %u)\n", 2 * MIN (depth[i], 10u), "", s->title, s->item_count,
                   PLURAL (s->item_count), s->line);
        }
    }
  for (guint i = 0; summaries && i < summaries->len; i++)
    {
      NpPluginSummary *s = g_ptr_array_index (summaries, i);
      fprintf (out, "\n## %s\n\n", s->plugin);
      for (guint k = 0; k < s->lines->len; k++)
        fprintf (out, "%s\n\n", (const char *) g_ptr_array_index (s->lines, k));
      for (guint k = 0; k < s->tables->len; k++)
        {
          NpSummaryTable *t = g_ptr_array_index (s->tables, k);
          if (t->title)
            fprintf (out, "### %s\n\n", t->title);
          fputs ("|", out);
          for (guint c = 0; c < t->columns->len; c++)
            {
              const char *name = g_ptr_array_index (t->columns, c);
              gsize n = strlen (name);
              fputc (' ', out);
              g_autofree char *clean = g_strndup (name, n && name[n - 1] == '>' ? n - 1 : n);
              md_escape (out, clean);
              fputs (" |", out);
            }
          fputs ("\n|", out);
          for (guint c = 0; c < t->columns->len; c++)
            {
              const char *name = g_ptr_array_index (t->columns, c);
              gsize n = strlen (name);
              fputs (n && name[n - 1] == '>' ? "---:|" : "---|", out);
            }
          fputc ('\n', out);
          for (guint r = 0; r < t->rows->len; r++)
            {
              GPtrArray *row = g_ptr_array_index (t->rows, r);
              fputs ("|", out);
              for (guint c = 0; c < row->len; c++)
                {
                  fputc (' ', out);
                  md_escape (out, g_ptr_array_index (row, c));
                  fputs (" |", out);
                }
              fputc ('\n', out);
            }
          fputc ('\n', out);
        }
    }
}
