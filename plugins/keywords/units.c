/* units.c: from a document to the units the extractor reads.
 *
 * Preparing a document is one pass over its tokens, item by item: each
 * distinct word form is classified (forms.c, in batches; a token whose
 * form waits in a batch gets its role when the batch is done), each token
 * gets its role (content word, stopword or break; people's names and
 * speaker labels break) and each item its units, made once.  Then the
 * headings the reader keeps out of the items are read (headings.c: the
 * title and section titles, read as the first sentence of their scope).
 *
 * A scope is then a list of units in reading order, built by copying its
 * items' units and numbering their sentences: the passes that follow
 * never look at the document again. */
#include <stdlib.h>
#include <string.h>

#include "extractor.h"

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
  ex->body_units = g_array_new (FALSE, FALSE, sizeof (KwUnit));
  ex->item_units = g_array_new (FALSE, FALSE, sizeof (KwItemUnits));
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
  g_array_free (ex->body_units, TRUE);
  g_array_free (ex->item_units, TRUE);
  g_free (ex->deferred);
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

/* The role of a classified word form (content word or stopword) and the
 * unit flags it gives */
static inline guint8
form_role (guint8 f, guint8 *flags)
{
  if (f & FORM_STOP)
    return KW_ROLE_STOP;
  *flags |= ((f & FORM_NOT_HEAD) ? KW_UNIT_NOT_HEAD : 0) | ((f & FORM_NOT_START) ? KW_UNIT_NOT_START : 0);
  return KW_ROLE_CONTENT;
}

/* People are not topics.  The words of attendees' names, handles and
 * abbreviations, and the speaker label that opens an item ("MM:",
 * "Alice:"), break phrases instead of making them.  The names' casefolded
 * words, or NULL without attendees. */
static GHashTable *
people_names (KwExtractor *ex)
{
  guint n_people;
  const NpPerson *people = np_document_get_attendees (ex->doc, &n_people);
  if (n_people == 0)
    return NULL;
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  return names;
}

static inline gboolean
is_person (KwExtractor *ex, GHashTable *names, guint32 norm)
{
  guint8 *fc = (guint8 *) ex->form_class->data;
  if (!(fc[norm] & FORM_PERSON_KNOWN))
    {
      /* (classifying the form later resets the bits: asked again then) */
      fc[norm] |= FORM_PERSON_KNOWN;
      if (g_hash_table_contains (names, np_document_string (ex->doc, norm)))
        fc[norm] |= FORM_PERSON;
    }
  return (fc[norm] & FORM_PERSON) != 0;
}

/* An item's speaker label: a capitalized word right before a ':', with
 * more after it */
static inline gboolean
is_speaker_label (const KwExtractor *ex, const NpItem *item)
{
  guint k = item->token_first;
  return item->token_count >= 3 && ex->tokens[k + 1].kind == NP_TOKEN_PUNCT && ex->text[ex->tokens[k + 1].start] == ':'
         && ex->tokens[k + 1].start == ex->tokens[k].end && (ex->tokens[k].flags & NP_TOKEN_CAPITALIZED);
}

/* The units whose forms were in the batch just classified get their roles:
 * a content word (its term is the stem it holds) or a stopword (its term
 * is its form) */
static void
resolve_deferred (KwExtractor *ex, KwUnit *units)
{
  const guint32 *d = ex->deferred;
  const guint8 *fc = (const guint8 *) ex->form_class->data;
  for (guint i = 0; i < ex->n_deferred; i++)
    {
      KwUnit *u = &units[d[i]];
      guint8 f = fc[u->form];
      if (!(f & FORM_KNOWN)) /* the batch classified it: never so */
        f = kw_form_class (ex, u->form, u->term);
      u->role = form_role (f, &u->flags);
      if (u->role != KW_ROLE_CONTENT)
        u->term = u->form;
    }
  ex->n_deferred = 0;
}

/* The state of prepare_units ()'s pass */
typedef struct
{
  KwUnit *units;
  guint n;
  guint8 *fc;         /* ex->form_class's data */
  guint32 *stem_of;   /* ex->stem_of's data */
  KwFormQueue queue;
  guint8 last_role;   /* of the item's last unit (KW_ROLE_CONTENT: none yet) */
  guint32 sentence;   /* document sentence of the item's last token */
  guint32 changes;    /* changes of sentence in the item so far */
} Prep;

/* Read the token of index k: its form classified (or queued), and, when
 * in_item, its unit appended to the item's (pp->units[pp->n]), runs of
 * breaks collapsing into one; label: the item's speaker label; names:
 * the attendees' words, or NULL.  Per token: inlined, whatever the
 * compiler weighs (the flags and names are constants at most calls). */
#if defined(__GNUC__)
__attribute__ ((always_inline))
#endif
static inline void
prepare_token (KwExtractor *ex, Prep *pp, guint k, gboolean in_item, gboolean label, GHashTable *names)
{
  const NpToken *t = &ex->tokens[k];
  guint8 *fc = pp->fc;
  guint8 flags = own_flags (t);
  guint8 role = KW_ROLE_BREAK;
  gboolean later = FALSE;
  if (t->kind == NP_TOKEN_WORD || t->kind == NP_TOKEN_IDENT)
    {
      pp->stem_of[t->norm] = t->stem;
      if (t->kind == NP_TOKEN_WORD && (t->flags & NP_TOKEN_STOPWORD))
        role = KW_ROLE_STOP;
      else if (fc[t->norm] & FORM_KNOWN)
        role = form_role (fc[t->norm], &flags);
      else
        {
          role = KW_ROLE_CONTENT; /* or a stopword: resolve_deferred () */
          later = TRUE;
          if (!(fc[t->norm] & FORM_QUEUED) && kw_forms_queue (ex, &pp->queue, t->norm, t->stem))
            {
              kw_forms_flush (ex, &pp->queue);
              resolve_deferred (ex, pp->units);
              role = form_role (fc[t->norm], &flags);
              later = FALSE;
            }
        }
    }
  if (!in_item)
    return;
  if (label || (names && is_person (ex, names, t->norm)))
    {
      role = KW_ROLE_BREAK;
      flags = own_flags (t);
      later = FALSE;
    }
  if (t->sentence != pp->sentence)
    {
      pp->changes++;
      pp->sentence = t->sentence;
    }
  if (role == KW_ROLE_BREAK && pp->last_role == KW_ROLE_BREAK)
    return;
  pp->last_role = role;
  KwUnit *u = &pp->units[pp->n];
  u->term = role == KW_ROLE_CONTENT ? t->stem : t->norm;
  u->form = t->norm;
  u->sentence = pp->changes;
  u->start = t->start;
  u->end = t->end;
  u->source = 0;
  u->role = role;
  u->flags = flags;
  ex->deferred[ex->n_deferred] = pp->n; /* room: a unit per token */
  ex->n_deferred += later;
  pp->n++;
}

/* An item's tokens: the first n_label are its speaker mark (inlined
 * twice, with and without the attendees' names) */
#if defined(__GNUC__)
__attribute__ ((always_inline))
#endif
static inline void
prepare_item (KwExtractor *ex, Prep *pp, const NpItem *item, guint n_label, GHashTable *names)
{
  prepare_token (ex, pp, item->token_first, TRUE, n_label > 0, names);
  guint k = item->token_first + 1, end = item->token_first + item->token_count;
  for (; k < MIN (end, item->token_first + n_label); k++)
    prepare_token (ex, pp, k, TRUE, TRUE, names);
  for (; k < end; k++)
    prepare_token (ex, pp, k, TRUE, FALSE, names);
}

/* Bytes of the time and nick opening item i's text when it is a chat
 * log's line ("<marcosc> ...", "14:02:30 <marcosc> ..."), or of the
 * header a message opens with ("[3:45 PM] Alice Smith" over it:
 * np_document_get_item_header()), else 0 */
static gsize
chat_nick_len (KwExtractor *ex, guint i)
{
  gsize len;
  const char *text = np_document_peek_item_text (ex->doc, i, &len);
  if (len < 4)
    return 0;
  gsize nick = text[0] == '<' || g_ascii_isdigit (text[0]) || text[0] == '[' ? np_text_chat_nick (text, len, NULL, NULL) : 0;
  return nick ? nick : np_document_get_item_header (ex->doc, i);
}

/* A chat log's lines open with the writer's nick, a copied chat's or a
 * transcript's messages with their header: no keyphrase, whoever the
 * line's speaker is.  Only in a chat log, where half the items or
 * more are such lines: a title opening with an HTML tag ("<select>
 * element ...") names no writer.  Per item, the tokens up to the '>' go
 * into *marks (allocated on the first such line). */
static void
chat_nicks (KwExtractor *ex, guint8 **marks)
{
  guint lines = 0;
  for (guint i = 0; i < ex->n_items; i++)
    lines += chat_nick_len (ex, i) > 0;
  if (lines < 2 || 2 * lines < ex->n_items)
    return;
  for (guint i = 0; i < ex->n_items; i++)
    {
      gsize end = chat_nick_len (ex, i);
      if (end == 0)
        continue;
      const NpItem *item = &ex->items[i];
      guint n = 0;
      while (n < MIN (item->token_count, 255u) && ex->tokens[item->token_first + n].start - item->start < end)
        n++;
      if (*marks == NULL)
        *marks = g_new0 (guint8, ex->n_items);
      (*marks)[i] = MAX ((*marks)[i], (guint8) n);
    }
}

/* The speaker marks the speakers plugin found, when it ran before (its
 * speakers.turn layer): per item, how many of its tokens from the first
 * are the mark as written ("Alice Smith:", "<v Bob Jones>", "DH, AWB:",
 * a clock time before it), 0 for none.  A mark is no keyphrase, whatever
 * its case or length.  NULL without the layer. */
static guint8 *
speaker_marks (KwExtractor *ex)
{
  const NpLayer *turns = np_document_get_layer (ex->doc, KW_SPEAKERS_LAYER);
  guint n_turns = turns ? np_layer_get_size (turns) : 0;
  if (n_turns == 0)
    {
      guint8 *marks = NULL;
      chat_nicks (ex, &marks);
      return marks;
    }
  guint8 *marks = g_new0 (guint8, ex->n_items);
  chat_nicks (ex, &marks);
  for (guint a = 0; a < n_turns; a++)
    {
      const NpAnnotation *turn = np_layer_get_annotation (turns, a);
      guint32 i = np_annotation_get_target (turn);
      gsize n_mentions = 0;
      g_autofree const char **mentions = np_annotation_get_strv (turn, "mentions", &n_mentions);
      if (i >= ex->n_items)
        continue;
      /* the mentions in order, each found near the end of the one before
       * (an inherited speaker has no mark in the item: none is found) */
      gsize len;
      const char *text = np_document_peek_item_text (ex->doc, i, &len);
      gsize end = 0, trimmed = len;
      while (trimmed > 0 && g_ascii_isspace (text[trimmed - 1]))
        trimmed--;
      for (gsize m = 0; m < n_mentions; m++)
        {
          gsize ml = strlen (mentions[m]);
          const char *at = ml ? g_strstr_len (text + end, MIN (len - end, 64 + ml), mentions[m]) : NULL;
          if (at == NULL)
            break;
          /* a mark after the speech, at the item's end (MeetBot's "...
           * (bauzas, 16:12:45)"): the words before it are the speech */
          if (m == 0 && at > text && (gsize) (at - text) + ml == trimmed)
            break;
          end = at - text + ml;
        }
      /* a saved chat's header names the receiver too: "10:32 From Alice
       * to Bob Jones(Direct Message): ...", a copied chat's its time */
      end = MAX (end, np_document_get_item_header (ex->doc, i));
      const NpItem *item = &ex->items[i];
      guint n = 0;
      while (n < MIN (item->token_count, 255u) && ex->tokens[item->token_first + n].start - item->start < end)
        n++;
      marks[i] = MAX (marks[i], (guint8) n);
    }
  return marks;
}

/* One pass over the document's tokens, item by item: each distinct word
 * form classified (in batches, forms.c), each token's role (content word,
 * stopword, break: people's names and speaker labels break) and the
 * items' units, which every scope copies (emit_item ()). */
static void
prepare_units (KwExtractor *ex)
{
  g_array_set_size (ex->body_units, ex->n_tokens);
  g_array_set_size (ex->item_units, ex->n_items);
  if (ex->deferred_alloc < ex->n_tokens)
    {
      g_free (ex->deferred);
      ex->deferred_alloc = MAX (ex->n_tokens, 2 * ex->deferred_alloc);
      ex->deferred = g_new (guint32, ex->deferred_alloc);
    }
  ex->n_deferred = 0;
  Prep pp;
  pp.units = (KwUnit *) (gpointer) ex->body_units->data;
  pp.n = 0;
  pp.fc = (guint8 *) ex->form_class->data;
  pp.stem_of = (guint32 *) (gpointer) ex->stem_of->data;
  pp.queue.n = 0;
  GHashTable *names = people_names (ex);
  g_autofree guint8 *marks = speaker_marks (ex);
  KwItemUnits *iu = (KwItemUnits *) (gpointer) ex->item_units->data;
  guint next = 0; /* the first token not read yet */
  for (guint it = 0; it < ex->n_items; it++)
    {
      const NpItem *item = &ex->items[it];
      for (guint k = next; k < item->token_first; k++) /* none between items, by the model */
        prepare_token (ex, &pp, k, FALSE, FALSE, NULL);
      iu[it].first = pp.n;
      iu[it].count = 0;
      iu[it].changes = 0;
      if (item->token_count == 0)
        continue;
      guint n_label = MAX (is_speaker_label (ex, item) ? 1u : 0u, marks ? marks[it] : 0u);
      pp.last_role = KW_ROLE_CONTENT;
      pp.sentence = ex->tokens[item->token_first].sentence;
      pp.changes = 0;
      iu[it].s_first = pp.sentence;
      if (names)
        prepare_item (ex, &pp, item, n_label, names);
      else
        prepare_item (ex, &pp, item, n_label, NULL); /* without attendees: a loop of its own */
      iu[it].count = pp.n - iu[it].first;
      iu[it].s_last = pp.sentence;
      iu[it].changes = pp.changes;
      next = MAX (next, item->token_first + item->token_count);
    }
  for (guint k = next; k < ex->n_tokens; k++)
    prepare_token (ex, &pp, k, FALSE, FALSE, NULL);
  kw_forms_flush (ex, &pp.queue);
  resolve_deferred (ex, pp.units);
  g_array_set_size (ex->body_units, pp.n);
  if (names)
    g_hash_table_destroy (names);
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
  g_array_set_size (ex->stem_of, ex->n_pool);
  memset (ex->stem_of->data, 0xff, sizeof (guint32) * ex->n_pool);
  if (ex->form_key_alloc < ex->n_pool)
    {
      /* NULL everywhere: entries set for a document are reset at its end */
      g_free (ex->form_key);
      ex->form_key_alloc = MAX (ex->n_pool, 2 * ex->form_key_alloc);
      ex->form_key = g_new0 (const char *, ex->form_key_alloc);
    }
  prepare_units (ex);
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

/* An item's units, made by prepare_units (): numbered in the scope's
 * sentences as the item's tokens are read, a sentence more at each change
 * of document sentence (the first token's too, if the scope's last unit
 * was of another sentence) */
static void
emit_item (Builder *b, guint item)
{
  KwExtractor *ex = b->ex;
  if (ex->items[item].token_count == 0)
    return;
  const KwItemUnits *iu = &g_array_index (ex->item_units, KwItemUnits, item);
  guint32 opens = iu->s_first != b->doc_sentence;
  guint32 base = b->sentence + opens - 1; /* the scope's sentence of the item's first token */
  guint first = ex->units->len;
  g_array_set_size (ex->units, first + iu->count);
  KwUnit *out = &g_array_index (ex->units, KwUnit, first);
  const KwUnit *in = &g_array_index (ex->body_units, KwUnit, iu->first);
  for (guint i = 0; i < iu->count; i++)
    {
      out[i] = in[i];
      out[i].sentence = base + in[i].sentence;
    }
  b->sentence += opens + iu->changes;
  b->doc_sentence = iu->s_last;
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
