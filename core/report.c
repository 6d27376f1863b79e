/* report.c: a report site over a whole archive (batch --report DIR).
 *
 * Each document's page is written as the document passes (it is in memory
 * then, with its layers and summaries), so the site costs no second pass
 * and no document is kept; the index keeps only a line per document and
 * per-period counts.  At the end the index shows documents by date, corpus
 * topics over time, people over time and the corpus keyphrases. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "np-private.h"
#include "notepipe/np-output.h"
#include "svg.h"

#define esc np_html_escape
#define TOP_SERIES 8

typedef struct
{
  guint64 seq;
  char *source, *title, *date, *page, *error;
  guint items, speakers;
} DocEntry;

struct _NpReport
{
  char *dir;
  GPtrArray *docs;      /* DocEntry* */
  GHashTable *turns;    /* person -> GHashTable (month "YYYY-MM" -> count) */
  GHashTable *person_total;
  guint failed;
};

static void
doc_entry_free (DocEntry *d)
{
  g_free (d->source);
  g_free (d->title);
  g_free (d->date);
  g_free (d->page);
  g_free (d->error);
  g_free (d);
}

NpReport *
np_report_new (const char *dir, GError **error)
{
  g_autofree char *docs = g_build_filename (dir, "docs", NULL);
  if (g_mkdir_with_parents (docs, 0755) != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: cannot create the report directory: %s",
                   dir, g_strerror (errno));
      return NULL;
    }
  NpReport *r = g_new0 (NpReport, 1);
  r->dir = g_strdup (dir);
  r->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) doc_entry_free);
  r->turns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_destroy);
  r->person_total = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return r;
}

void
np_report_free (NpReport *r)
{
  if (!r)
    return;
  g_free (r->dir);
  g_ptr_array_free (r->docs, TRUE);
  g_hash_table_destroy (r->turns);
  g_hash_table_destroy (r->person_total);
  g_free (r);
}

static void
count_turns (NpReport *r, const NpDocument *doc, DocEntry *e)
{
  const NpLayer *turns = np_document_get_layer (doc, "speakers.turn");
  g_autoptr (GHashTable) here = g_hash_table_new (g_str_hash, g_str_equal);
  const char *date = np_document_get_date (doc);
  g_autofree char *month = date && strlen (date) >= 7 ? g_strndup (date, 7) : NULL;
  for (guint i = 0; turns && i < np_layer_get_size (turns); i++)
    {
      gsize n;
      g_autofree const char **names = np_annotation_get_strv (np_layer_get_annotation (turns, i), "speakers", &n);
      for (gsize k = 0; k < n; k++)
        {
          if (strcmp (names[k], "UNKNOWN") == 0)
            continue;
          g_hash_table_add (here, (gpointer) names[k]);
          gpointer total;
          if (!g_hash_table_lookup_extended (r->person_total, names[k], NULL, &total))
            g_hash_table_insert (r->person_total, g_strdup (names[k]), GUINT_TO_POINTER (1));
          else
            g_hash_table_insert (r->person_total, g_strdup (names[k]), GUINT_TO_POINTER (GPOINTER_TO_UINT (total) + 1));
          if (!month)
            continue;
          GHashTable *per = g_hash_table_lookup (r->turns, names[k]);
          if (!per)
            {
              per = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (r->turns, g_strdup (names[k]), per);
            }
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (per, month));
          g_hash_table_insert (per, g_strdup (month), GUINT_TO_POINTER (c + 1));
        }
    }
  e->speakers = g_hash_table_size (here);
}

gboolean
np_report_add_document (NpReport *r, const NpDocument *doc, GPtrArray *summaries, GError **error)
{
  DocEntry *e = g_new0 (DocEntry, 1);
  e->seq = np_document_get_sequence (doc);
  e->source = g_strdup (np_document_get_source (doc));
  e->title = g_strdup (np_document_get_title (doc));
  e->date = g_strdup (np_document_get_date (doc));
  guint n;
  np_document_get_items (doc, &n);
  e->items = n;
  g_ptr_array_add (r->docs, e);
  if (np_document_has_failed (doc))
    {
      r->failed++;
      const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
      for (guint i = 0; i < n && !e->error; i++)
        if (d[i].is_error)
          e->error = g_strdup_printf ("%s%s%s", d[i].plugin ? d[i].plugin : "", d[i].plugin ? ": " : "", d[i].message);
    }
  count_turns (r, doc, e);
  e->page = g_strdup_printf ("docs/%06" G_GUINT64_FORMAT ".html", e->seq);
  GString *s = g_string_sized_new (65536);
  np_html_page_open (s, e->title ? e->title : e->source);
  g_string_append (s, "<p class=\"backlink\" style=\"max-width:80rem;margin:0 auto;padding:.5rem 1.5rem 0\">"
                      "<a href=\"../index.html\">← Archive index</a></p>");
  np_html_document_body (s, doc, summaries);
  g_string_append (s, "</body></html>\n");
  g_autofree char *path = g_build_filename (r->dir, e->page, NULL);
  gboolean ok = g_file_set_contents (path, s->str, s->len, error);
  g_string_free (s, TRUE);
  return ok;
}

static gint
by_date (gconstpointer a, gconstpointer b)
{
  const DocEntry *x = *(const DocEntry *const *) a, *y = *(const DocEntry *const *) b;
  int c = g_strcmp0 (x->date ? x->date : "~", y->date ? y->date : "~");
  return c ? c : (x->seq < y->seq ? -1 : x->seq > y->seq);
}

/* Periods spanned by the dated documents: months, or quarters when the
 * archive spans more than three years. */
static GPtrArray *
periods_of (GPtrArray *docs, gboolean *quarters)
{
  const char *first = NULL, *last = NULL;
  for (guint i = 0; i < docs->len; i++)
    {
      const char *d = ((DocEntry *) g_ptr_array_index (docs, i))->date;
      if (!d)
        continue;
      if (!first || strcmp (d, first) < 0)
        first = d;
      if (!last || strcmp (d, last) > 0)
        last = d;
    }
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  if (!first)
    return out;
  int y0 = atoi (first), m0 = atoi (first + 5), y1 = atoi (last), m1 = atoi (last + 5);
  int months = (y1 - y0) * 12 + (m1 - m0) + 1;
  *quarters = months > 36;
  for (int y = y0, m = m0; y < y1 || (y == y1 && m <= m1);)
    {
      char *p = *quarters ? g_strdup_printf ("%04d-Q%d", y, (m - 1) / 3 + 1) : g_strdup_printf ("%04d-%02d", y, m);
      if (out->len == 0 || strcmp (g_ptr_array_index (out, out->len - 1), p) != 0)
        g_ptr_array_add (out, p);
      else
        g_free (p);
      if (++m > 12)
        m = 1, y++;
    }
  return out;
}

static char *
period_of_month (const char *month, gboolean quarters)
{
  if (!quarters)
    return g_strdup (month);
  return g_strdup_printf ("%.4s-Q%d", month, (atoi (month + 5) - 1) / 3 + 1);
}

static guint
period_index (GPtrArray *periods, const char *p)
{
  for (guint i = 0; i < periods->len; i++)
    if (strcmp (g_ptr_array_index (periods, i), p) == 0)
      return i;
  return G_MAXUINT;
}

typedef struct
{
  const char *name;
  guint total;
} Ranked;

static gint
by_total (gconstpointer a, gconstpointer b)
{
  const Ranked *x = a, *y = b;
  return x->total != y->total ? (x->total > y->total ? -1 : 1) : g_strcmp0 (x->name, y->name);
}

static void
write_people_over_time (NpReport *r, GString *out, GPtrArray *periods, gboolean quarters)
{
  if (g_hash_table_size (r->turns) == 0 || periods->len == 0)
    return;
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, r->turns);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      Ranked rk = { k, GPOINTER_TO_UINT (g_hash_table_lookup (r->person_total, k)) };
      g_array_append_val (ranked, rk);
    }
  g_array_sort (ranked, by_total);
  guint ns = MIN (ranked->len, (guint) TOP_SERIES);
  g_autofree const char **series = g_new0 (const char *, ns + 1);
  g_autofree double *v2 = g_new0 (double, periods->len * ns);
  for (guint s = 0; s < ns; s++)
    {
      series[s] = g_array_index (ranked, Ranked, s).name;
      GHashTable *per = g_hash_table_lookup (r->turns, series[s]);
      g_hash_table_iter_init (&it, per);
      while (g_hash_table_iter_next (&it, &k, &v))
        {
          g_autofree char *p = period_of_month (k, quarters);
          guint pi = period_index (periods, p);
          if (pi != G_MAXUINT)
            v2[pi * ns + s] += GPOINTER_TO_UINT (v);
        }
    }
  g_string_append_printf (out, "<section id=\"people\"><h2>People over time</h2><p class=\"muted\">Turns per %s of "
                               "the %u most active speakers.</p><figure>",
                          quarters ? "quarter" : "month", ns);
  np_svg_stacked_columns (out, "chart-people", "Turns per period and speaker", (const char *const *) periods->pdata,
                          periods->len, series, ns, v2);
  g_string_append (out, "</figure></section>");
  g_array_free (ranked, TRUE);
}

static void
write_topics_over_time (GString *out, const NpCorpus *corpus, GPtrArray *periods, gboolean quarters)
{
  const NpLayer *clusters = corpus ? np_corpus_get_layer (corpus, "topics.cluster") : NULL;
  const NpLayer *trend = corpus ? np_corpus_get_layer (corpus, "topics.trend") : NULL;
  if (!clusters || np_layer_get_size (clusters) == 0)
    return;
  guint nt = np_layer_get_size (clusters);
  g_string_append (out, "<section id=\"topics\"><h2>Topics</h2>");
  if (trend && np_layer_get_size (trend) && periods->len)
    {
      guint ns = MIN (nt, (guint) TOP_SERIES);
      g_autofree const char **series = g_new0 (const char *, ns + 1);
      for (guint s = 0; s < ns; s++)
        series[s] = np_annotation_get_string (np_layer_get_annotation (clusters, s), "label");
      g_autofree double *v = g_new0 (double, periods->len * ns);
      for (guint i = 0; i < np_layer_get_size (trend); i++)
        {
          const NpAnnotation *a = np_layer_get_annotation (trend, i);
          gint64 topic = np_annotation_get_int (a, "topic", -1);
          const char *period = np_annotation_get_string (a, "period");
          if (topic < 0 || (guint64) topic >= ns || !period)
            continue;
          /* the trend layer counts by month or quarter; fold months into quarters when needed */
          g_autofree char *p = strlen (period) == 7 && period[5] != 'Q' ? period_of_month (period, quarters)
                                                                         : g_strdup (period);
          guint pi = period_index (periods, p);
          if (pi != G_MAXUINT)
            v[pi * ns + topic] += np_annotation_get_int (a, "count", 0);
        }
      g_string_append_printf (out, "<h3>Topics over time</h3><p class=\"muted\">Documents (or sections) of the %u "
                                   "largest topics per %s.</p><figure>",
                              ns, quarters ? "quarter" : "month");
      np_svg_stacked_columns (out, "chart-topics", "Topic units per period", (const char *const *) periods->pdata,
                              periods->len, series, ns, v);
      g_string_append (out, "</figure>");
    }
  g_string_append (out, "<h3>All topics</h3><table><thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Terms</th>"
                        "<th scope=\"col\" class=\"num\">Size</th></tr></thead><tbody>");
  for (guint i = 0; i < nt; i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (clusters, i);
      g_string_append (out, "<tr><td>");
      esc (out, np_annotation_get_string (a, "label"), -1);
      g_string_append (out, "</td><td>");
      gsize n;
      g_autofree const char **terms = np_annotation_get_strv (a, "terms", &n);
      for (gsize k = 0; k < MIN (n, (gsize) 8); k++)
        {
          if (k)
            g_string_append (out, ", ");
          esc (out, terms[k], -1);
        }
      g_string_append_printf (out, "</td><td class=\"num\">%" G_GINT64_FORMAT "</td></tr>",
                              np_annotation_get_int (a, "size", 0));
    }
  g_string_append (out, "</tbody></table></section>");
}

static void
write_keyphrases (GString *out, const NpCorpus *corpus)
{
  const NpLayer *kp = corpus ? np_corpus_get_layer (corpus, "keywords.phrase") : NULL;
  if (!kp || np_layer_get_size (kp) == 0)
    return;
  g_string_append (out, "<section id=\"keyphrases\"><h2>Keyphrases of the archive</h2><p class=\"chips\">");
  for (guint i = 0; i < MIN (np_layer_get_size (kp), 40u); i++)
    {
      const char *t = np_annotation_get_string (np_layer_get_annotation (kp, i), "text");
      if (!t)
        continue;
      g_string_append (out, "<span>");
      esc (out, t, -1);
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</p></section>");
}

gboolean
np_report_finish (NpReport *r, const NpCorpus *corpus, GError **error)
{
  g_ptr_array_sort (r->docs, by_date);
  gboolean quarters = FALSE;
  g_autoptr (GPtrArray) periods = periods_of (r->docs, &quarters);
  GString *out = g_string_sized_new (65536);
  np_html_page_open (out, "Notes archive");
  g_string_append (out, "<div class=\"page\" style=\"display:block;max-width:72rem\"><header class=\"top\"><h1>Notes "
                        "archive</h1><p class=\"meta\">");
  g_string_append_printf (out, "%u document%s", r->docs->len, PLURAL (r->docs->len));
  if (r->failed)
    g_string_append_printf (out, ", %u failed", r->failed);
  if (periods->len)
    {
      g_string_append (out, " · ");
      esc (out, g_ptr_array_index (periods, 0), -1);
      g_string_append (out, " to ");
      esc (out, g_ptr_array_index (periods, periods->len - 1), -1);
    }
  g_string_append (out, "</p><nav aria-label=\"Sections of this page\"><p><a href=\"#topics\">Topics</a> · "
                        "<a href=\"#people\">People</a> · <a href=\"#keyphrases\">Keyphrases</a> · "
                        "<a href=\"#documents\">Documents</a></p></nav></header><main>");
  write_topics_over_time (out, corpus, periods, quarters);
  write_people_over_time (r, out, periods, quarters);
  write_keyphrases (out, corpus);
  g_string_append (out, "<section id=\"documents\"><h2>Documents by date</h2><table><thead><tr>"
                        "<th scope=\"col\">Date</th><th scope=\"col\">Title</th><th scope=\"col\" class=\"num\">Items</th>"
                        "<th scope=\"col\" class=\"num\">Speakers</th><th scope=\"col\">Source</th></tr></thead><tbody>");
  for (guint i = 0; i < r->docs->len; i++)
    {
      DocEntry *e = g_ptr_array_index (r->docs, i);
      g_string_append (out, "<tr><td>");
      esc (out, e->date ? e->date : "", -1);
      g_string_append (out, "</td><td><a href=\"");
      esc (out, e->page, -1);
      g_string_append (out, "\">");
      if (e->title)
        esc (out, e->title, -1);
      else
        {
          /* no title: the file's name; the whole source is in its column */
          const char *slash = strrchr (e->source, '/');
          esc (out, slash && slash[1] ? slash + 1 : e->source, -1);
        }
      g_string_append (out, "</a>");
      if (e->error)
        {
          g_string_append (out, " <strong>failed:</strong> ");
          esc (out, e->error, -1);
        }
      g_string_append_printf (out, "</td><td class=\"num\">%u</td><td class=\"num\">%u</td><td class=\"muted\">",
                              e->items, e->speakers);
      esc (out, e->source, -1);
      g_string_append (out, "</td></tr>");
    }
  g_string_append (out, "</tbody></table></section></main></div></body></html>\n");
  g_autofree char *path = g_build_filename (r->dir, "index.html", NULL);
  gboolean ok = g_file_set_contents (path, out->str, out->len, error);
  g_string_free (out, TRUE);
  return ok;
}
