/* tp-corpus.c: the corpus stage of the topics plugin.
 *
 * corpus_add turns each document (or each of its sections, unit=section)
 * into a sparse term vector in a TpStore and forgets the document.
 * corpus_end builds the canonical matrix, clusters it (tp-cluster.c),
 * labels the clusters and writes topics.cluster (one record per topic, with
 * the sources of its documents) and topics.trend (units per topic and
 * month or quarter, for dated documents). */
#include <string.h>

#include <notepipe/np-text.h>

#include "tp-label.h"
#include "tp-store.h"
#include "tp-topics.h"

typedef struct
{
  TpOptions o;
  TpStore *store;
  /* scratch for one unit: slot[term] = position + 1 in ids/weights */
  GArray *slot; /* guint32 */
  GArray *ids;  /* guint32 */
  GArray *weights; /* float */
  /* title words seen so far: casefolded word (owned) -> term + 1, or
   * NOT_A_TERM for a stopword.  A one-line document is often only a
   * title: stemming each of its words again is most of corpus_add. */
  GHashTable *title_words; /* made at the first title (a batch with a
                            * database makes an instance per document) */
  GString *fold; /* scratch: the casefolded title */
} Corpus;

#define NOT_A_TERM G_MAXUINT

gpointer
tp_corpus_new (const NpOptions *options, GError **error)
{
  Corpus *c = g_new0 (Corpus, 1);
  tp_options_read (&c->o, options);
  c->store = tp_store_new ();
  c->slot = g_array_new (FALSE, TRUE, sizeof (guint32));
  c->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  c->weights = g_array_new (FALSE, FALSE, sizeof (float));
  return c;
}

void
tp_corpus_free (gpointer instance)
{
  Corpus *c = instance;
  tp_store_free (c->store);
  g_array_free (c->slot, TRUE);
  g_array_free (c->ids, TRUE);
  g_array_free (c->weights, TRUE);
  if (c->title_words)
    g_hash_table_destroy (c->title_words);
  if (c->fold)
    g_string_free (c->fold, TRUE);
  g_free (c);
}

static void
add_term_id (Corpus *c, guint32 term, const char *form, guint64 *hash)
{
  const char *stem = tp_store_term_stem (c->store, term);
  tp_store_note_form (c->store, term, form);
  *hash = tp_hash_bytes (*hash, stem, strlen (stem) + 1);
  if (term >= c->slot->len)
    g_array_set_size (c->slot, term + 1024);
  guint32 *slot = &g_array_index (c->slot, guint32, term);
  if (*slot)
    g_array_index (c->weights, float, *slot - 1) += 1;
  else
    {
      float one = 1;
      g_array_append_val (c->ids, term);
      g_array_append_val (c->weights, one);
      *slot = c->ids->len;
    }
}

static void
add_term (Corpus *c, const char *stem, const char *form, guint64 *hash)
{
  add_term_id (c, tp_store_term (c->store, stem), form, hash);
}

/* Unicode character classes, with ASCII answered in place */
static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) (guchar) *p : g_utf8_get_char (p);
}

static inline const char *
next_char (const char *p)
{
  return (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
}

static inline gboolean
is_alnum (gunichar ch)
{
  return ch < 0x80 ? g_ascii_isalnum (ch) : g_unichar_isalnum (ch);
}

static inline gboolean
is_alpha (gunichar ch)
{
  return ch < 0x80 ? g_ascii_isalpha (ch) : g_unichar_isalpha (ch);
}

static inline gboolean
is_digit (gunichar ch)
{
  return ch < 0x80 ? g_ascii_isdigit (ch) : g_unichar_isdigit (ch);
}

/* Add the terms of a title (a string without tokens), casefolded, with
 * the rules of tp_token_is_term: a word is letters, digits and inner
 * - _ ' + # (as identifiers keep them), with a letter, two characters or
 * more, not a stopword.  Each word's stopword test and stem are looked up
 * once per run in c->title_words. */
static void
add_title (Corpus *c, const char *title, guint64 *hash)
{
  if (!c->title_words)
    {
      c->title_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      c->fold = g_string_new (NULL);
    }
  gboolean ascii = TRUE;
  for (const char *q = title; *q && ascii; q++)
    ascii = (guchar) *q < 0x80;
  if (ascii) /* casefolding ASCII is lowering it */
    {
      g_string_assign (c->fold, title);
      for (gsize i = 0; i < c->fold->len; i++)
        c->fold->str[i] = g_ascii_tolower (c->fold->str[i]);
    }
  else
    {
      g_autofree char *folded = g_utf8_casefold (title, -1);
      g_string_assign (c->fold, folded);
    }
  char *p = c->fold->str;
  while (*p)
    {
      while (*p && !is_alnum (char_at (p)))
        p = (char *) next_char (p);
      char *start = p;
      gboolean letters = FALSE;
      while (*p)
        {
          gunichar ch = char_at (p);
          if (is_alpha (ch))
            letters = TRUE;
          else if (!is_digit (ch) && !(ch < 128 && ch && strchr ("-_'+#", (int) ch)))
            break;
          p = (char *) next_char (p);
        }
      char *end = p;
      while (end > start && strchr ("-_'", end[-1]))
        end--;
      if (!letters || end - start < 2)
        continue;
      char saved = *end;
      *end = '\0';
      gpointer v = g_hash_table_lookup (c->title_words, start);
      if (!v)
        {
          guint term = NOT_A_TERM;
          if (!np_text_is_stopword (start))
            {
              g_autofree char *stem = np_text_stem (start, -1);
              term = tp_store_term (c->store, stem) + 1;
            }
          v = GUINT_TO_POINTER (term);
          g_hash_table_insert (c->title_words, g_strdup (start), v);
        }
      if (GPOINTER_TO_UINT (v) != NOT_A_TERM)
        add_term_id (c, GPOINTER_TO_UINT (v) - 1, start, hash);
      *end = saved;
    }
}

/* Add the terms of the items whose section is `section` (all items when
 * all is TRUE), and of the title when with_title, as one unit; nothing when
 * they have no term. */
static void
add_unit (Corpus *c, const NpDocument *doc, const guint8 *people, gboolean all, gint32 section, gboolean with_title,
          guint32 source, gint32 period)
{
  guint n_items, n_tokens;
  const NpItem *items = np_document_get_items (doc, &n_items);
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  guint64 hash = TP_HASH_INIT;
  if (with_title && np_document_get_title (doc))
    {
      /* the title is metadata, not tokenized: split it like the words of
       * an item (a one-line document is often only a title) */
      add_title (c, np_document_get_title (doc), &hash);
    }
  for (guint i = 0; i < n_items; i++)
    {
      if (!all && items[i].section != section)
        continue;
      for (guint k = items[i].token_first; k < items[i].token_first + items[i].token_count; k++)
        if (tp_token_is_topic_term (doc, tokens, k, people))
          add_term (c, np_document_string (doc, tokens[k].stem), np_document_string (doc, tokens[k].norm), &hash);
    }
  if (c->ids->len)
    tp_store_add_unit (c->store, (const guint32 *) c->ids->data, (const float *) c->weights->data, c->ids->len, hash,
                       source, section, period);
  for (guint i = 0; i < c->ids->len; i++)
    g_array_index (c->slot, guint32, g_array_index (c->ids, guint32, i)) = 0;
  g_array_set_size (c->ids, 0);
  g_array_set_size (c->weights, 0);
}

gboolean
tp_corpus_add (gpointer instance, const NpDocument *doc, GError **error)
{
  Corpus *c = instance;
  guint32 source = tp_store_add_source (c->store, np_document_get_source (doc));
  gint32 period = tp_period_of_date (np_document_get_date (doc));
  g_autofree guint8 *people = tp_people_mask (doc);
  if (c->o.unit == TP_UNIT_DOCUMENT)
    {
      add_unit (c, doc, people, TRUE, NP_NONE, TRUE, source, period);
      return TRUE;
    }
  guint n_sections, n_items;
  np_document_get_sections (doc, &n_sections);
  np_document_get_items (doc, &n_items);
  /* the title joins the preamble only in a document without items (a
   * title alone is no section of a meeting that has content) */
  for (gint32 s = NP_NONE; s < (gint32) n_sections; s++)
    add_unit (c, doc, people, FALSE, s, s == NP_NONE && n_items == 0, source, period);
  return TRUE;
}

GVariant *
tp_corpus_save (gpointer instance)
{
  Corpus *c = instance;
  return tp_store_save (c->store);
}

gboolean
tp_corpus_merge (gpointer instance, GVariant *state, GError **error)
{
  Corpus *c = instance;
  return tp_store_merge (c->store, state, error);
}

static char *
period_name (gint32 month_index, gboolean quarters)
{
  gint32 y = month_index / 12, m = month_index % 12;
  return quarters ? g_strdup_printf ("%04d-Q%d", y, m / 3 + 1) : g_strdup_printf ("%04d-%02d", y, m + 1);
}

static void
write_trend (Corpus *c, NpLayer *layer, const guint *cluster_of_unit, guint k)
{
  TpStore *s = c->store;
  guint n = tp_store_get_n_units (s);
  gint32 lo = G_MAXINT32, hi = G_MININT32;
  for (guint u = 0; u < n; u++)
    {
      gint32 p = tp_store_unit_period (s, u);
      if (p == TP_NO_PERIOD)
        continue;
      if (c->o.quarters)
        p /= 3;
      lo = MIN (lo, p);
      hi = MAX (hi, p);
    }
  if (lo > hi || (gint64) hi - lo > 100000)
    return;
  guint n_periods = hi - lo + 1;
  guint *counts = g_new0 (guint, (gsize) n_periods * k), *totals = g_new0 (guint, n_periods);
  for (guint u = 0; u < n; u++)
    {
      gint32 p = tp_store_unit_period (s, u);
      if (p == TP_NO_PERIOD)
        continue;
      p = (c->o.quarters ? p / 3 : p) - lo;
      counts[(gsize) p * k + cluster_of_unit[u]]++;
      totals[p]++;
    }
  for (guint p = 0; p < n_periods; p++)
    {
      if (!totals[p])
        continue;
      g_autofree char *name = period_name ((lo + p) * (c->o.quarters ? 3 : 1), c->o.quarters);
      for (guint t = 0; t < k; t++)
        {
          guint cnt = counts[(gsize) p * k + t];
          if (!cnt)
            continue;
          NpAnnotation *a = np_layer_append (layer, 0);
          np_annotation_set_int (a, "topic", t);
          np_annotation_set_string (a, "period", name);
          np_annotation_set_int (a, "count", cnt);
          np_annotation_set_double (a, "share", (double) cnt / totals[p]);
        }
    }
  g_free (counts);
  g_free (totals);
}

gboolean
tp_corpus_end (gpointer instance, NpCorpus *corpus, GError **error)
{
  Corpus *c = instance;
  TpStore *s = c->store;
  NpLayer *layer = np_corpus_get_layer_for_write (corpus, "topics.cluster", error);
  NpLayer *trend = layer ? np_corpus_get_layer_for_write (corpus, "topics.trend", error) : NULL;
  if (!layer || !trend)
    return FALSE;
  guint n = tp_store_get_n_units (s);
  if (n == 0)
    return TRUE;

  guint *unit_of_row;
  guint32 *term_of_col;
  TpCsr *m = tp_store_matrix (s, n >= 50 ? 2 : 1, &unit_of_row, &term_of_col);
  guint k;
  guint *assign = tp_cluster_run (m, &c->o.corpus, &k);
  guint32 *top = tp_label_top_terms (m, assign, k, c->o.n_terms, NULL);
  guint *cluster_of_unit = g_new (guint, n);
  for (guint r = 0; r < n; r++)
    cluster_of_unit[unit_of_row[r]] = assign[r];

  /* members in store order (input order), a document once per topic */
  GPtrArray **docs = g_new (GPtrArray *, k), **secs = g_new0 (GPtrArray *, k);
  guint *sizes = g_new0 (guint, k);
  const char **last = g_new0 (const char *, k);
  for (guint t = 0; t < k; t++)
    {
      docs[t] = g_ptr_array_new ();
      if (c->o.unit == TP_UNIT_SECTION)
        secs[t] = g_ptr_array_new_with_free_func (g_free);
    }
  for (guint u = 0; u < n; u++)
    {
      guint t = cluster_of_unit[u];
      const char *src = tp_store_unit_source (s, u);
      sizes[t]++;
      if (last[t] != src)
        g_ptr_array_add (docs[t], (gpointer) src);
      last[t] = src;
      if (secs[t])
        g_ptr_array_add (secs[t], g_strdup_printf ("%s#%d", src, tp_store_unit_section (s, u)));
    }
  for (guint t = 0; t < k; t++)
    {
      const char *terms[64];
      guint nt = 0;
      for (guint j = 0; j < c->o.n_terms && nt < G_N_ELEMENTS (terms) - 1; j++)
        {
          guint32 col = top[(gsize) t * c->o.n_terms + j];
          if (col == G_MAXUINT32)
            break;
          terms[nt++] = tp_store_term_form (s, term_of_col[col]);
        }
      terms[nt] = NULL;
      g_autofree char *label = tp_label_join (terms, nt);
      NpAnnotation *a = np_layer_append (layer, 0);
      np_annotation_set_int (a, "id", t);
      np_annotation_set_string (a, "label", label);
      tp_annotation_set_strv (a, "terms", terms, nt);
      tp_annotation_set_strv (a, "documents", (const char *const *) docs[t]->pdata, docs[t]->len);
      np_annotation_set_int (a, "size", sizes[t]);
      if (secs[t])
        tp_annotation_set_strv (a, "sections", (const char *const *) secs[t]->pdata, secs[t]->len);
    }
  write_trend (c, trend, cluster_of_unit, k);

  for (guint t = 0; t < k; t++)
    {
      g_ptr_array_free (docs[t], TRUE);
      if (secs[t])
        g_ptr_array_free (secs[t], TRUE);
    }
  g_free (docs);
  g_free (secs);
  g_free (sizes);
  g_free (last);
  g_free (cluster_of_unit);
  g_free (top);
  g_free (assign);
  g_free (unit_of_row);
  g_free (term_of_col);
  tp_csr_free (m);
  return TRUE;
}
