/* tp-store.c: vocabulary, per-unit sparse vectors and shard state of the
 * topics corpus stage.  See tp-store.h for the invariants. */
#include <stdlib.h>
#include <string.h>

#include <notepipe/np-plugin.h>

#include "tp-store.h"

#define FORM_SLOTS 3

typedef struct
{
  const char *stem;
  const char *form[FORM_SLOTS];
  guint count[FORM_SLOTS];
} Term;

struct _TpStore
{
  GStringChunk *chunk; /* stems, forms, sources */
  GHashTable *index;   /* stem -> term id + 1 */
  GArray *terms;       /* Term */
  GPtrArray *sources;  /* const char*, in chunk */
  GArray *offsets;     /* guint64, n_units + 1 */
  GArray *ids;         /* guint32 */
  GArray *weights;     /* float */
  GArray *hashes;      /* guint64 */
  GArray *unit_source; /* guint32 */
  GArray *sections;    /* gint32 */
  GArray *periods;     /* gint32 */
};

TpStore *
tp_store_new (void)
{
  TpStore *s = g_new0 (TpStore, 1);
  s->chunk = g_string_chunk_new (1 << 16);
  s->index = g_hash_table_new (g_str_hash, g_str_equal);
  s->terms = g_array_new (FALSE, TRUE, sizeof (Term));
  s->sources = g_ptr_array_new ();
  s->offsets = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 zero = 0;
  g_array_append_val (s->offsets, zero);
  s->ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  s->weights = g_array_new (FALSE, FALSE, sizeof (float));
  s->hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  s->unit_source = g_array_new (FALSE, FALSE, sizeof (guint32));
  s->sections = g_array_new (FALSE, FALSE, sizeof (gint32));
  s->periods = g_array_new (FALSE, FALSE, sizeof (gint32));
  return s;
}

void
tp_store_free (TpStore *s)
{
  if (!s)
    return;
  g_hash_table_destroy (s->index);
  g_string_chunk_free (s->chunk);
  g_array_free (s->terms, TRUE);
  g_ptr_array_free (s->sources, TRUE);
  g_array_free (s->offsets, TRUE);
  g_array_free (s->ids, TRUE);
  g_array_free (s->weights, TRUE);
  g_array_free (s->hashes, TRUE);
  g_array_free (s->unit_source, TRUE);
  g_array_free (s->sections, TRUE);
  g_array_free (s->periods, TRUE);
  g_free (s);
}

guint32
tp_store_term (TpStore *s, const char *stem)
{
  gpointer v = g_hash_table_lookup (s->index, stem);
  if (v)
    return GPOINTER_TO_UINT (v) - 1;
  Term t = { 0 };
  t.stem = g_string_chunk_insert (s->chunk, stem);
  g_array_append_val (s->terms, t);
  g_hash_table_insert (s->index, (gpointer) t.stem, GUINT_TO_POINTER (s->terms->len));
  return s->terms->len - 1;
}

static void
add_form (TpStore *s, guint32 term, const char *form, guint count)
{
  Term *t = &g_array_index (s->terms, Term, term);
  guint low = 0;
  for (guint i = 0; i < FORM_SLOTS; i++)
    {
      if (t->form[i] && strcmp (t->form[i], form) == 0)
        {
          t->count[i] += count;
          return;
        }
      if (!t->form[i])
        {
          t->form[i] = g_string_chunk_insert_const (s->chunk, form);
          t->count[i] = count;
          return;
        }
      if (t->count[i] < t->count[low])
        low = i;
    }
  /* all slots taken: a rare form replaces the weakest one only by
   * outcounting it (space-saving style), so frequent forms stay */
  if (t->count[low] <= count)
    {
      t->form[low] = g_string_chunk_insert_const (s->chunk, form);
      t->count[low] = count;
    }
}

void
tp_store_note_form (TpStore *s, guint32 term, const char *form)
{
  add_form (s, term, form, 1);
}

const char *
tp_store_term_stem (const TpStore *s, guint32 term)
{
  return g_array_index (s->terms, Term, term).stem;
}

const char *
tp_store_term_form (const TpStore *s, guint32 term)
{
  const Term *t = &g_array_index (s->terms, Term, term);
  guint best = 0;
  for (guint i = 1; i < FORM_SLOTS; i++)
    if (t->form[i]
        && (t->count[i] > t->count[best] || (t->count[i] == t->count[best] && strcmp (t->form[i], t->form[best]) < 0)))
      best = i;
  return t->form[best] ? t->form[best] : t->stem;
}

guint32
tp_store_add_source (TpStore *s, const char *source)
{
  g_ptr_array_add (s->sources, g_string_chunk_insert (s->chunk, source));
  return s->sources->len - 1;
}

void
tp_store_add_unit (TpStore *s, const guint32 *ids, const float *weights, guint n, guint64 hash, guint32 source,
                   gint32 section, gint32 period)
{
  g_array_append_vals (s->ids, ids, n);
  g_array_append_vals (s->weights, weights, n);
  guint64 end = s->ids->len;
  g_array_append_val (s->offsets, end);
  g_array_append_val (s->hashes, hash);
  g_array_append_val (s->unit_source, source);
  g_array_append_val (s->sections, section);
  g_array_append_val (s->periods, period);
}

guint
tp_store_get_n_units (const TpStore *s)
{
  return s->hashes->len;
}

const char *
tp_store_unit_source (const TpStore *s, guint unit)
{
  return g_ptr_array_index (s->sources, g_array_index (s->unit_source, guint32, unit));
}

gint32
tp_store_unit_section (const TpStore *s, guint unit)
{
  return g_array_index (s->sections, gint32, unit);
}

gint32
tp_store_unit_period (const TpStore *s, guint unit)
{
  return g_array_index (s->periods, gint32, unit);
}

/* ---- saving ----------------------------------------------------------
 *
 * The state is a GVariant a{sv}.  A batch with a database saves every
 * document's contribution, and building it from GVariant values (a value,
 * a type lookup and a lock per string or number, then serializing the
 * tree) cost more than reading and analysing the document.  So the bytes
 * are written here directly in GVariant's serialized form (normal form,
 * which g_variant_get_normal_form would give): containers start at their
 * alignment, children are padded to theirs with zero bytes, and a
 * container's framing offsets (little-endian, the smallest width that
 * addresses the container) follow its body.  tp_store_merge reads the
 * state with the GVariant API, which checks it. */

/* Framing offset width of a container with this body and offset count */
static guint
offset_size (gsize body, gsize n_offsets)
{
  if (body + n_offsets <= G_MAXUINT8)
    return 1;
  if (body + 2 * n_offsets <= G_MAXUINT16)
    return 2;
  if (body + 4 * n_offsets <= G_MAXUINT32)
    return 4;
  return 8;
}

static void
put_offsets (GByteArray *b, gsize base, const gsize *ends, gsize n)
{
  guint w = offset_size (b->len - base, n);
  for (gsize i = 0; i < n; i++)
    {
      guint8 le[8];
      for (guint j = 0; j < w; j++)
        le[j] = (guint8) (ends[i] >> (8 * j));
      g_byte_array_append (b, le, w);
    }
}

static void
pad (GByteArray *b, guint align)
{
  static const guint8 zeros[8] = { 0 };
  if (b->len % align)
    g_byte_array_append (b, zeros, align - b->len % align);
}

static void
put_u32 (GByteArray *b, guint32 v)
{
  g_byte_array_append (b, (const guint8 *) &v, sizeof v); /* host order, as GVariant */
}

static void
put_string (GByteArray *b, const char *str)
{
  g_byte_array_append (b, (const guint8 *) str, strlen (str) + 1);
}

/* as: strings one after another, then their end offsets */
static void
put_strv (GByteArray *b, const char *const *strv, gsize n, GArray *ends)
{
  gsize base = b->len;
  g_array_set_size (ends, 0);
  for (gsize i = 0; i < n; i++)
    {
      put_string (b, strv[i]);
      gsize end = b->len - base;
      g_array_append_val (ends, end);
    }
  put_offsets (b, base, (const gsize *) ends->data, n);
}

void
tp_annotation_set_strv (NpAnnotation *a, const char *feature, const char *const *strv, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_utf8_validate (strv[i], -1, NULL))
      {
        np_annotation_set_strv (a, feature, strv, n); /* which reports it */
        return;
      }
  np_annotation_set (a, feature, tp_variant_new_strv (strv, n));
}

GVariant *
tp_variant_new_strv (const char *const *strv, gsize n)
{
  GByteArray *b = g_byte_array_new ();
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  put_strv (b, strv, n, ends);
  g_array_free (ends, TRUE);
  GBytes *bytes = g_byte_array_free_to_bytes (b);
  GVariant *v = g_variant_new_from_bytes (G_VARIANT_TYPE_STRING_ARRAY, bytes, TRUE);
  g_bytes_unref (bytes);
  return v;
}

/* a(usu): (term, form, count) tuples aligned to 4, each ending with the
 * offset of its string's end; then the tuples' end offsets */
static void
put_forms (GByteArray *b, const TpStore *s, GArray *ends)
{
  gsize base = b->len;
  g_array_set_size (ends, 0);
  for (guint i = 0; i < s->terms->len; i++)
    {
      const Term *t = &g_array_index (s->terms, Term, i);
      for (guint f = 0; f < FORM_SLOTS; f++)
        if (t->form[f])
          {
            pad (b, 4);
            gsize tuple = b->len;
            put_u32 (b, i);
            put_string (b, t->form[f]);
            gsize form_end = b->len - tuple;
            pad (b, 4);
            put_u32 (b, t->count[f]);
            put_offsets (b, tuple, &form_end, 1);
            gsize end = b->len - base;
            g_array_append_val (ends, end);
          }
    }
  put_offsets (b, base, (const gsize *) ends->data, ends->len);
}

typedef enum
{
  V_STEMS,
  V_FORMS,
  V_SOURCES,
  V_FIXED,
} ValueKind;

GVariant *
tp_store_save (const TpStore *s)
{
  guint n_terms = s->terms->len;
  const char **stems = g_new (const char *, n_terms + 1);
  for (guint i = 0; i < n_terms; i++)
    stems[i] = g_array_index (s->terms, Term, i).stem;
  const struct
  {
    const char *key;
    ValueKind kind;
    const char *type;
    const GArray *fixed; /* V_FIXED */
    gsize elem;
  } entries[] = {
    { "stems", V_STEMS, "as", NULL, 0 },
    { "forms", V_FORMS, "a(usu)", NULL, 0 },
    { "sources", V_SOURCES, "as", NULL, 0 },
    { "offsets", V_FIXED, "at", s->offsets, sizeof (guint64) },
    { "ids", V_FIXED, "au", s->ids, sizeof (guint32) },
    /* weights travel as their IEEE bits: exact, and GVariant has no float */
    { "weights", V_FIXED, "au", s->weights, sizeof (guint32) },
    { "hashes", V_FIXED, "at", s->hashes, sizeof (guint64) },
    { "unit_sources", V_FIXED, "au", s->unit_source, sizeof (guint32) },
    { "sections", V_FIXED, "ai", s->sections, sizeof (gint32) },
    { "periods", V_FIXED, "ai", s->periods, sizeof (gint32) },
  };
  GByteArray *b = g_byte_array_new ();
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize entry_ends[G_N_ELEMENTS (entries)];
  for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
    {
      /* {sv}: the key, the variant at 8, the key's end offset */
      pad (b, 8);
      gsize entry = b->len;
      put_string (b, entries[e].key);
      gsize key_end = b->len - entry;
      pad (b, 8);
      switch (entries[e].kind)
        {
        case V_STEMS:
          put_strv (b, stems, n_terms, ends);
          break;
        case V_FORMS:
          put_forms (b, s, ends);
          break;
        case V_SOURCES:
          put_strv (b, (const char *const *) s->sources->pdata, s->sources->len, ends);
          break;
        case V_FIXED:
          g_byte_array_append (b, (const guint8 *) entries[e].fixed->data, entries[e].fixed->len * entries[e].elem);
          break;
        }
      /* v: the value, a zero byte, its type */
      g_byte_array_append (b, (const guint8 *) "", 1);
      g_byte_array_append (b, (const guint8 *) entries[e].type, strlen (entries[e].type));
      put_offsets (b, entry, &key_end, 1);
      entry_ends[e] = b->len;
    }
  put_offsets (b, 0, entry_ends, G_N_ELEMENTS (entries));
  g_array_free (ends, TRUE);
  g_free (stems);
  GBytes *bytes = g_byte_array_free_to_bytes (b);
  GVariant *v = g_variant_new_from_bytes (G_VARIANT_TYPE ("a{sv}"), bytes, TRUE);
  g_bytes_unref (bytes);
  return v;
}

static gconstpointer
lookup_fixed (GVariant *state, const char *key, const char *type, gsize elem, gsize *n)
{
  g_autoptr (GVariant) v = g_variant_lookup_value (state, key, G_VARIANT_TYPE (type));
  *n = 0;
  if (!v)
    return NULL;
  gconstpointer data = g_variant_get_fixed_array (v, n, elem);
  return data; /* owned by state, which outlives v's reference */
}

gboolean
tp_store_merge (TpStore *s, GVariant *state, GError **error)
{
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("a{sv}")))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "topics: shard state is not a dictionary");
      return FALSE;
    }
  g_autoptr (GVariant) stems = g_variant_lookup_value (state, "stems", G_VARIANT_TYPE ("as"));
  g_autoptr (GVariant) forms = g_variant_lookup_value (state, "forms", G_VARIANT_TYPE ("a(usu)"));
  g_autoptr (GVariant) sources = g_variant_lookup_value (state, "sources", G_VARIANT_TYPE ("as"));
  if (!stems || !forms || !sources)
    goto bad;
  gsize n_off, n_ids, n_w, n_h, n_us, n_sec, n_per;
  const guint64 *off = lookup_fixed (state, "offsets", "at", sizeof (guint64), &n_off);
  const guint32 *ids = lookup_fixed (state, "ids", "au", sizeof (guint32), &n_ids);
  const float *w = lookup_fixed (state, "weights", "au", sizeof (guint32), &n_w);
  const guint64 *h = lookup_fixed (state, "hashes", "at", sizeof (guint64), &n_h);
  const guint32 *us = lookup_fixed (state, "unit_sources", "au", sizeof (guint32), &n_us);
  const gint32 *sec = lookup_fixed (state, "sections", "ai", sizeof (gint32), &n_sec);
  const gint32 *per = lookup_fixed (state, "periods", "ai", sizeof (gint32), &n_per);
  gsize n_stems = g_variant_n_children (stems), n_sources = g_variant_n_children (sources);
  if (n_off != n_h + 1 || n_us != n_h || n_sec != n_h || n_per != n_h || n_ids != n_w || off[0] != 0
      || off[n_h] != n_ids)
    goto bad;
  for (gsize i = 0; i < n_h; i++)
    if (off[i] > off[i + 1] || us[i] >= n_sources)
      goto bad;
  for (gsize i = 0; i < n_ids; i++)
    if (ids[i] >= n_stems)
      goto bad;

  guint32 *map = g_new (guint32, MAX (n_stems, 1));
  for (gsize i = 0; i < n_stems; i++)
    {
      const char *stem;
      g_variant_get_child (stems, i, "&s", &stem);
      map[i] = tp_store_term (s, stem);
    }
  GVariantIter it;
  guint32 term, count;
  const char *form;
  g_variant_iter_init (&it, forms);
  while (g_variant_iter_next (&it, "(u&su)", &term, &form, &count))
    if (term < n_stems)
      add_form (s, map[term], form, count);
  guint32 source_base = s->sources->len;
  for (gsize i = 0; i < n_sources; i++)
    {
      const char *src;
      g_variant_get_child (sources, i, "&s", &src);
      tp_store_add_source (s, src);
    }
  guint32 *buf = g_new (guint32, 64);
  gsize cap = 64;
  for (gsize i = 0; i < n_h; i++)
    {
      gsize n = off[i + 1] - off[i];
      if (n > cap)
        buf = g_renew (guint32, buf, cap = n);
      for (gsize k = 0; k < n; k++)
        buf[k] = map[ids[off[i] + k]];
      tp_store_add_unit (s, buf, w + off[i], n, h[i], source_base + us[i], sec[i], per[i]);
    }
  g_free (buf);
  g_free (map);
  return TRUE;

bad:
  g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "topics: shard state is malformed");
  return FALSE;
}

static int
compare_units (gconstpointer a, gconstpointer b, gpointer data)
{
  const TpStore *s = data;
  guint ua = *(const guint *) a, ub = *(const guint *) b;
  guint64 ha = g_array_index (s->hashes, guint64, ua), hb = g_array_index (s->hashes, guint64, ub);
  if (ha != hb)
    return ha < hb ? -1 : 1;
  int c = strcmp (tp_store_unit_source (s, ua), tp_store_unit_source (s, ub));
  if (c)
    return c;
  gint32 sa = tp_store_unit_section (s, ua), sb = tp_store_unit_section (s, ub);
  return sa < sb ? -1 : sa > sb;
}

static int
compare_terms (gconstpointer a, gconstpointer b, gpointer data)
{
  const TpStore *s = data;
  return strcmp (tp_store_term_stem (s, *(const guint32 *) a), tp_store_term_stem (s, *(const guint32 *) b));
}

TpCsr *
tp_store_matrix (const TpStore *s, guint min_df, guint **unit_of_row, guint32 **term_of_col)
{
  guint n = tp_store_get_n_units (s), v = s->terms->len;
  const guint64 *off = (const guint64 *) s->offsets->data;
  const guint32 *ids = (const guint32 *) s->ids->data;
  const float *w = (const float *) s->weights->data;

  guint *df = g_new0 (guint, MAX (v, 1));
  for (gsize k = 0; k < s->ids->len; k++)
    df[ids[k]]++;
  guint32 *cols = g_new (guint32, MAX (v, 1)), n_cols = 0;
  for (guint t = 0; t < v; t++)
    if (df[t] >= min_df)
      cols[n_cols++] = t;
  g_qsort_with_data (cols, (gint) n_cols, sizeof (guint32), compare_terms, (gpointer) s);
  guint32 *col_of_term = df; /* reuse: G_MAXUINT32 = dropped */
  for (guint t = 0; t < v; t++)
    col_of_term[t] = G_MAXUINT32;
  for (guint c = 0; c < n_cols; c++)
    col_of_term[cols[c]] = c;

  guint *rows = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    rows[i] = i;
  g_qsort_with_data (rows, (gint) n, sizeof (guint), compare_units, (gpointer) s);

  gsize nnz = 0;
  for (gsize k = 0; k < s->ids->len; k++)
    nnz += col_of_term[ids[k]] != G_MAXUINT32;
  TpCsr *m = tp_csr_new (n, n_cols, nnz);
  gsize p = 0;
  for (guint r = 0; r < n; r++)
    {
      guint u = rows[r];
      for (guint64 k = off[u]; k < off[u + 1]; k++)
        {
          guint32 c = col_of_term[ids[k]];
          if (c == G_MAXUINT32)
            continue;
          m->col[p] = c;
          m->val[p] = w[k];
          p++;
        }
      m->row_ptr[r + 1] = p;
    }
  g_free (df);
  *unit_of_row = rows;
  *term_of_col = cols;
  return m;
}
