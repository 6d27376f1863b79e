/* units.c: from a document to the units the extractor reads.
 *
 * Preparing a document classifies every token once (content word, stopword
 * or break, from its form's class: forms.c), keeps people's names out of
 * phrases and reads the headings the reader keeps out of the items
 * (headings.c: the title and section titles, read as the first sentence
 * of their scope).
 *
 * A scope is then a list of units in reading order, built by copying the
 * prepared roles of its items' tokens: the passes that follow never look
 * at the document again. */
#include <stdlib.h>
#include <string.h>

#include "extractor.h"

/* token_role holds per token what its unit will carry: the KwRole in the
 * high byte, the unit flags (KwUnitFlags) in the low byte */
#define ROLE_SHIFT 8
#define FLAGS_MASK 0xff

/* The unit flags a token's own flags give (NpTokenFlags, low five bits):
 * one load instead of four tests per token */
static const guint8 token_unit_flags[32] = {
#define F(i)                                                                                                  \
  (guint8) ((((i) &NP_TOKEN_CAPITALIZED) ? KW_UNIT_CAPITALIZED : 0) | (((i) &NP_TOKEN_UPPER) ? KW_UNIT_UPPER : 0) \
            | (((i) &NP_TOKEN_SENTENCE_START) ? KW_UNIT_INITIAL : 0)                                            \
            | (((i) &NP_TOKEN_SPACE_BEFORE) ? 0 : KW_UNIT_GLUED))
  F (0),  F (1),  F (2),  F (3),  F (4),  F (5),  F (6),  F (7),  F (8),  F (9),  F (10),
  F (11), F (12), F (13), F (14), F (15), F (16), F (17), F (18), F (19), F (20), F (21),
  F (22), F (23), F (24), F (25), F (26), F (27), F (28), F (29), F (30), F (31),
#undef F
};

static inline guint8
own_flags (const NpToken *t)
{
  return token_unit_flags[t->flags & 31];
}



KwExtractor *
kw_extractor_new (const KwConfig *config)
{
  KwExtractor *ex = g_new0 (KwExtractor, 1);
  ex->config = config;
  ex->token_role = g_array_new (FALSE, FALSE, sizeof (guint16));
  ex->form_class = g_array_new (FALSE, TRUE, sizeof (guint8));
  ex->term_df = g_array_new (FALSE, TRUE, sizeof (guint16));
  ex->stem_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  kw_headings_new (ex);
  ex->units = g_array_new (FALSE, FALSE, sizeof (KwUnit));
  ex->phrases = g_array_new (FALSE, FALSE, sizeof (KwPhrase));
  ex->order = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->results = g_string_sized_new (1024);
  ex->key_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex->part_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex->forms = g_array_new (FALSE, FALSE, sizeof (KwFormEntry));
  ex->form_bytes = g_string_sized_new (64 * 1024);
  kw_form_cache_clear (ex);
  ex->scratch_part = g_string_sized_new (64);
  ex->form_key_set = g_array_new (FALSE, FALSE, sizeof (guint32));
  kw_score_init (ex);
  return ex;
}

void
kw_extractor_free (KwExtractor *ex)
{
  if (!ex)
    return;
  g_array_free (ex->token_role, TRUE);
  g_array_free (ex->form_class, TRUE);
  g_array_free (ex->term_df, TRUE);
  g_array_free (ex->stem_of, TRUE);
  kw_headings_free (ex);
  g_array_free (ex->units, TRUE);
  g_free (ex->terms);
  g_free (ex->touched);
  g_free (ex->cands);
  g_free (ex->occ);
  g_free (ex->cand_index);
  g_array_free (ex->phrases, TRUE);
  g_array_free (ex->order, TRUE);
  g_free (ex->heap);
  g_free (ex->chosen);
  g_free (ex->prior);
  g_free (ex->log_prior);
  g_string_free (ex->results, TRUE);
  g_hash_table_destroy (ex->key_cache);
  g_hash_table_destroy (ex->part_cache);
  g_array_free (ex->forms, TRUE);
  g_string_free (ex->form_bytes, TRUE);
  g_free (ex->form_slots);
  g_string_free (ex->scratch_part, TRUE);
  g_free (ex->form_key);
  g_array_free (ex->form_key_set, TRUE);
  g_free (ex);
}

static guint8
token_role (KwExtractor *ex, const NpToken *t, guint8 *flags)
{
  *flags = 0;
  switch (t->kind)
    {
    case NP_TOKEN_WORD:
      if (t->flags & NP_TOKEN_STOPWORD)
        return KW_ROLE_STOP;
      /* fall through */
    case NP_TOKEN_IDENT:
      {
        guint8 f = ((const guint8 *) ex->form_class->data)[t->norm];
        if (!(f & FORM_KNOWN)) /* kw_forms_classify () did all but the odd one */
          f = kw_form_class (ex, t->norm, t->stem);
        if (f & FORM_STOP)
          return KW_ROLE_STOP;
        if (f & FORM_NOT_HEAD)
          *flags |= KW_UNIT_NOT_HEAD;
        if (f & FORM_NOT_START)
          *flags |= KW_UNIT_NOT_START;
        return KW_ROLE_CONTENT;
      }
    default:
      return KW_ROLE_BREAK;
    }
}

/* People are not topics.  The words of attendees' names, handles and
 * abbreviations, and the speaker label that opens an item ("MM:",
 * "Alice:"), break phrases instead of making them. */
static void
mark_people (KwExtractor *ex, guint16 *roles)
{
  guint n_people;
  const NpPerson *people = np_document_get_attendees (ex->doc, &n_people);
  if (n_people > 0)
    {
      g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint p = 0; p < n_people; p++)
        {
          const char *fields[] = { people[p].name, people[p].handle, people[p].abbreviation };
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            {
              if (!fields[f])
                continue;
              g_auto (GStrv) words = g_strsplit_set (fields[f], " \t.,()", -1);
              for (char **w = words; *w; w++)
                if (**w)
                  g_hash_table_add (names, g_utf8_casefold (*w, -1));
            }
        }
      guint8 *fc = (guint8 *) ex->form_class->data;
      for (guint i = 0; i < ex->n_tokens; i++)
        {
          guint32 norm = ex->tokens[i].norm;
          if (!(fc[norm] & FORM_PERSON_KNOWN))
            {
              fc[norm] |= FORM_PERSON_KNOWN;
              if (g_hash_table_contains (names, np_document_string (ex->doc, norm)))
                fc[norm] |= FORM_PERSON;
            }
          if (fc[norm] & FORM_PERSON)
            roles[i] = KW_ROLE_BREAK << ROLE_SHIFT | own_flags (&ex->tokens[i]);
        }
    }
  for (guint it = 0; it < ex->n_items; it++)
    {
      const NpItem *item = &ex->items[it];
      guint k = item->token_first;
      if (item->token_count >= 3 && ex->tokens[k + 1].kind == NP_TOKEN_PUNCT
          && ex->text[ex->tokens[k + 1].start] == ':' && ex->tokens[k + 1].start == ex->tokens[k].end
          && (ex->tokens[k].flags & NP_TOKEN_CAPITALIZED))
        roles[k] = KW_ROLE_BREAK << ROLE_SHIFT | own_flags (&ex->tokens[k]);
    }
}

/* Documents ---------------------------------------------------------- */

void
kw_extractor_begin (KwExtractor *ex, const NpDocument *doc)
{
  ex->doc = doc;
  ex->tokens = np_document_get_tokens (doc, &ex->n_tokens);
  ex->items = np_document_get_items (doc, &ex->n_items);
  ex->sections = np_document_get_sections (doc, &ex->n_sections);
  ex->text = np_document_get_text (doc, NULL);
  ex->n_pool = np_document_n_strings (doc);
  ex->n_terms = ex->n_pool;

  g_array_set_size (ex->form_class, 0);
  g_array_set_size (ex->form_class, ex->n_pool); /* zeroed: FORM_UNKNOWN */
  g_array_set_size (ex->term_df, 0);
  g_array_set_size (ex->term_df, ex->n_pool);
  g_array_set_size (ex->token_role, ex->n_tokens);
  g_array_set_size (ex->stem_of, ex->n_pool);
  memset (ex->stem_of->data, 0xff, sizeof (guint32) * ex->n_pool);
  if (ex->form_key_alloc < ex->n_pool)
    {
      /* NULL everywhere: entries set for a document are reset at its end */
      g_free (ex->form_key);
      ex->form_key_alloc = MAX (ex->n_pool, 2 * ex->form_key_alloc);
      ex->form_key = g_new0 (const char *, ex->form_key_alloc);
    }
  kw_forms_classify (ex);
  guint16 *roles = (guint16 *) (gpointer) ex->token_role->data;
  guint32 *stem_of = (guint32 *) (gpointer) ex->stem_of->data;
  for (guint i = 0; i < ex->n_tokens; i++)
    {
      const NpToken *t = &ex->tokens[i];
      guint8 flags;
      guint8 role = token_role (ex, t, &flags);
      roles[i] = (guint16) (role << ROLE_SHIFT | flags | own_flags (t));
      if (role != KW_ROLE_BREAK)
        stem_of[t->norm] = t->stem;
    }
  mark_people (ex, roles);

  kw_headings_prepare (ex);
}

void
kw_extractor_end (KwExtractor *ex)
{
  ex->doc = NULL;
  ex->tokens = NULL;
  ex->items = NULL;
  ex->sections = NULL;
  ex->text = NULL;
  kw_headings_end (ex);
  g_array_set_size (ex->units, 0);
  g_array_set_size (ex->phrases, 0);
  for (guint i = 0; i < ex->form_key_set->len; i++)
    ex->form_key[g_array_index (ex->form_key_set, guint32, i)] = NULL;
  g_array_set_size (ex->form_key_set, 0);
  /* the key cache outlives documents, within bounds */
  if (g_hash_table_size (ex->key_cache) > 65536)
    g_hash_table_remove_all (ex->key_cache);
  if (g_hash_table_size (ex->part_cache) > 65536)
    g_hash_table_remove_all (ex->part_cache);
  if (ex->forms->len > KW_FORM_CACHE_MAX)
    kw_form_cache_clear (ex);
}

const char *
kw_term_string (const KwExtractor *ex, guint32 id)
{
  if (id < ex->n_pool)
    return np_document_string (ex->doc, id);
  return g_ptr_array_index (ex->heading_strings, id - ex->n_pool);
}

/* Scopes ------------------------------------------------------------- */

typedef struct
{
  KwExtractor *ex;
  guint32 sentence;     /* next scope-local sentence number */
  guint32 doc_sentence; /* document sentence of the last unit, or KW_EMPTY */
} Builder;

static void
emit_heading (Builder *b, guint h)
{
  KwExtractor *ex = b->ex;
  if (h >= ex->headings->len)
    return;
  const KwHeading *hd = &g_array_index (ex->headings, KwHeading, h);
  if (hd->unit_count == 0)
    return;
  guint first = ex->units->len;
  g_array_append_vals (ex->units, &g_array_index (ex->heading_units, KwUnit, hd->unit_first), hd->unit_count);
  KwUnit *u = &g_array_index (ex->units, KwUnit, first);
  for (guint i = 0; i < hd->unit_count; i++)
    u[i].sentence = b->sentence;
  b->sentence++;
  b->doc_sentence = KW_EMPTY;
}

static void
emit_item (Builder *b, guint item)
{
  KwExtractor *ex = b->ex;
  const NpItem *it = &ex->items[item];
  if (it->token_count == 0)
    return;
  const guint16 *roles = (const guint16 *) (gconstpointer) ex->token_role->data;
  guint first = ex->units->len;
  g_array_set_size (ex->units, first + it->token_count);
  KwUnit *out = &g_array_index (ex->units, KwUnit, first);
  guint n = 0;
  guint8 last_role = KW_ROLE_CONTENT; /* of out[n - 1]: none yet */
  for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
    {
      const NpToken *t = &ex->tokens[k];
      guint8 role = (guint8) (roles[k] >> ROLE_SHIFT);
      if (t->sentence != b->doc_sentence)
        {
          b->doc_sentence = t->sentence;
          b->sentence++;
        }
      /* runs of breaks collapse into one */
      if (role == KW_ROLE_BREAK && last_role == KW_ROLE_BREAK)
        continue;
      last_role = role;
      KwUnit *u = &out[n++];
      u->term = role == KW_ROLE_CONTENT ? t->stem : t->norm;
      u->form = t->norm;
      u->sentence = b->sentence - 1;
      u->start = t->start;
      u->end = t->end;
      u->source = 0;
      u->role = role;
      u->flags = (guint8) (roles[k] & FLAGS_MASK);
    }
  g_array_set_size (ex->units, first + n);
}

static void
builder_init (Builder *b, KwExtractor *ex)
{
  b->ex = ex;
  b->sentence = 0;
  b->doc_sentence = KW_EMPTY;
  g_array_set_size (ex->units, 0);
}

static void
builder_finish (Builder *b)
{
  b->ex->n_sentences = b->sentence;
}

void
kw_units_document (KwExtractor *ex)
{
  Builder b;
  builder_init (&b, ex);
  emit_heading (&b, 0);
  guint next_section = 0;
  for (guint i = 0; i < ex->n_items; i++)
    {
      while (next_section < ex->n_sections && ex->sections[next_section].item_first <= i)
        emit_heading (&b, 1 + next_section++);
      emit_item (&b, i);
    }
  while (next_section < ex->n_sections)
    emit_heading (&b, 1 + next_section++);
  builder_finish (&b);
}

void
kw_units_section (KwExtractor *ex, guint section)
{
  Builder b;
  builder_init (&b, ex);
  if (section < ex->n_sections)
    {
      const NpSection *s = &ex->sections[section];
      emit_heading (&b, 1 + section);
      for (guint i = s->item_first; i < s->item_first + s->item_count && i < ex->n_items; i++)
        emit_item (&b, i);
    }
  builder_finish (&b);
}

void
kw_units_items (KwExtractor *ex, const guint32 *items, guint n_items)
{
  Builder b;
  builder_init (&b, ex);
  for (guint i = 0; i < n_items; i++)
    if (items[i] < ex->n_items)
      emit_item (&b, items[i]);
  builder_finish (&b);
}

/* Corpus statistics -------------------------------------------------- */

void
kw_extractor_append_words (KwExtractor *ex, GString *out)
{
  /* the terms of the last scope extracted, each once: a key is a stem, or
   * the stems of a word's parts joined by spaces (select.c) */
  const guint32 *ids = ex->touched;
  const KwUnit *u = (const KwUnit *) (gconstpointer) ex->units->data;
  for (guint i = 0; i < ex->n_touched; i++)
    {
      const char *key = kw_unit_key_fast (ex, &u[ex->terms[ids[i]].first_unit]);
      if (out->len)
        kw_string_append (out, " ", 1);
      kw_string_append (out, key, strlen (key));
    }
}
