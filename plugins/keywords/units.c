/* units.c: from a document to the units the extractor reads.
 *
 * Preparing a document classifies every token once (content word, stopword
 * or break, from its form's class: forms.c) and tokenizes the headings the reader keeps out of the items:
 * the title and the section titles are where the topic of a note or an
 * abstract is stated most densely, so they are read as the first sentence
 * of their scope.  Heading words get the term ids their stems have in the
 * document's string pool, or fresh ids above the pool's range.
 *
 * A scope is then a list of units in reading order, built by copying the
 * prepared roles of its items' tokens: the passes that follow never look
 * at the document again. */
#include <stdlib.h>
#include <string.h>

#include "extractor.h"

/* token_role holds the KwRole in its low bits and unit flags above */
#define ROLE_MASK 0x3

/* A heading word (prepare_headings ()) */
typedef struct
{
  guint32 start, end;
  const char *fold, *stem; /* owned by ex->word_cache */
  guint8 role, flags;
  guint16 df;
} RawWord;

static void cached_word_free (gpointer p);
static void word_cache_clear (KwExtractor *ex);

KwExtractor *
kw_extractor_new (const KwConfig *config)
{
  KwExtractor *ex = g_new0 (KwExtractor, 1);
  ex->config = config;
  ex->token_role = g_array_new (FALSE, FALSE, sizeof (guint8));
  ex->form_class = g_array_new (FALSE, TRUE, sizeof (guint8));
  ex->term_df = g_array_new (FALSE, TRUE, sizeof (guint16));
  ex->stem_of = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->headings = g_array_new (FALSE, FALSE, sizeof (KwHeading));
  ex->heading_units = g_array_new (FALSE, FALSE, sizeof (KwUnit));
  ex->heading_raw = g_array_new (FALSE, FALSE, sizeof (RawWord));
  ex->heading_bounds = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->heading_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->heading_strings = g_ptr_array_new ();
  ex->heading_chunk = g_string_chunk_new (256);
  ex->units = g_array_new (FALSE, FALSE, sizeof (KwUnit));
  ex->phrases = g_array_new (FALSE, FALSE, sizeof (KwPhrase));
  ex->order = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->result_chunk = g_string_chunk_new (1024);
  ex->scratch = g_string_sized_new (128);
  ex->key_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex->part_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex->forms = g_array_new (FALSE, FALSE, sizeof (KwFormEntry));
  ex->form_bytes = g_string_sized_new (64 * 1024);
  kw_form_cache_clear (ex);
  ex->scratch_part = g_string_sized_new (64);
  ex->words = g_ptr_array_new_with_free_func (cached_word_free);
  word_cache_clear (ex);
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
  g_array_free (ex->headings, TRUE);
  g_array_free (ex->heading_units, TRUE);
  g_array_free (ex->heading_raw, TRUE);
  g_array_free (ex->heading_bounds, TRUE);
  g_array_free (ex->heading_ids, TRUE);
  g_ptr_array_free (ex->heading_strings, TRUE);
  g_string_chunk_free (ex->heading_chunk);
  g_array_free (ex->units, TRUE);
  g_free (ex->terms);
  g_free (ex->touched);
  g_free (ex->cands);
  g_free (ex->cand_index);
  g_array_free (ex->phrases, TRUE);
  g_array_free (ex->order, TRUE);
  g_free (ex->heap);
  g_free (ex->prior);
  g_free (ex->log_prior);
  g_string_chunk_free (ex->result_chunk);
  g_string_free (ex->scratch, TRUE);
  g_hash_table_destroy (ex->key_cache);
  g_hash_table_destroy (ex->part_cache);
  g_array_free (ex->forms, TRUE);
  g_string_free (ex->form_bytes, TRUE);
  g_free (ex->form_slots);
  g_string_free (ex->scratch_part, TRUE);
  g_ptr_array_free (ex->words, TRUE);
  g_free (ex->word_slots);
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

/* Headings ----------------------------------------------------------- */


/* What a heading word is, cached by its bytes across documents: titles
 * repeat words, and casefolding and stemming cost more than a lookup. */
struct _KwCachedWord
{
  char *bytes;  /* the word as written (the key) */
  guint32 len, hash;
  char *fold, *stem;
  guint8 role;
  guint8 flags; /* KW_UNIT_NOT_HEAD, KW_UNIT_NOT_START */
  guint16 df;   /* lexicon */
};
typedef struct _KwCachedWord CachedWord;

static void
cached_word_free (gpointer p)
{
  CachedWord *w = p;
  g_free (w->bytes);
  g_free (w->fold);
  g_free (w->stem);
  g_free (w);
}

/* The word cache: open addressing over ex->words by hash, at most half
 * full (slots hold index + 1), emptied when it grows past a bound. */
static CachedWord *
word_cache_find (KwExtractor *ex, const char *p, gsize len, guint32 h, guint32 *slot)
{
  guint32 i = h & ex->word_mask;
  for (; ex->word_slots[i]; i = (i + 1) & ex->word_mask)
    {
      CachedWord *w = g_ptr_array_index (ex->words, ex->word_slots[i] - 1);
      if (w->hash == h && w->len == len && memcmp (w->bytes, p, len) == 0)
        return w;
    }
  *slot = i;
  return NULL;
}

static void
word_cache_add (KwExtractor *ex, CachedWord *w, guint32 slot)
{
  g_ptr_array_add (ex->words, w);
  ex->word_slots[slot] = ex->words->len;
  if (ex->words->len * 2 <= ex->word_mask + 1)
    return;
  ex->word_mask = ex->word_mask * 2 + 1;
  g_free (ex->word_slots);
  ex->word_slots = g_new0 (guint32, ex->word_mask + 1);
  for (guint k = 0; k < ex->words->len; k++)
    {
      const CachedWord *x = g_ptr_array_index (ex->words, k);
      guint32 i = x->hash & ex->word_mask;
      while (ex->word_slots[i])
        i = (i + 1) & ex->word_mask;
      ex->word_slots[i] = k + 1;
    }
}

static void
word_cache_clear (KwExtractor *ex)
{
  g_ptr_array_set_size (ex->words, 0);
  g_free (ex->word_slots);
  ex->word_mask = 1023;
  ex->word_slots = g_new0 (guint32, ex->word_mask + 1);
}

static const CachedWord *
lookup_word (KwExtractor *ex, const char *p, gsize len, guint letters)
{
  guint32 h = kw_hash_bytes (p, len), slot = 0;
  CachedWord *w = word_cache_find (ex, p, len, h, &slot);
  if (w)
    return w;
  w = g_new0 (CachedWord, 1);
  w->bytes = g_strndup (p, len);
  w->len = (guint32) len;
  w->hash = h;
  gboolean ascii = TRUE;
  for (gsize i = 0; i < len && ascii; i++)
    ascii = (guchar) p[i] < 0x80;
  w->fold = ascii ? g_ascii_strdown (p, len) : g_utf8_casefold (p, len);
  gsize flen = strlen (w->fold);
  /* the stem the body's tokens have, when the word is also in the body */
  guint32 id = np_document_lookup_string (ex->doc, w->fold, flen);
  guint32 stem = id < ex->stem_of->len ? g_array_index (ex->stem_of, guint32, id) : KW_EMPTY;
  w->stem = stem != KW_EMPTY ? g_strdup (np_document_string (ex->doc, stem)) : np_text_stem (w->fold, flen);
  const KwLexEntry *le = kw_lexicon_lookup (&ex->config->lexicon, w->fold, flen);
  if (letters == 0)
    w->role = KW_ROLE_BREAK; /* numbers break phrases, as in items */
  else if (np_text_is_stopword (w->fold) || kw_is_edge_stopword (ex->config, w->fold, flen, le))
    w->role = KW_ROLE_STOP;
  else
    w->role = KW_ROLE_CONTENT;
  if (w->role == KW_ROLE_CONTENT)
    {
      w->flags |= kw_use_flags (le, w->fold, flen, w->stem);
      w->df = le ? le->df : 0;
    }
  word_cache_add (ex, w, slot);
  return w;
}

static gboolean
is_word_char (gunichar u)
{
  if (u < 128)
    return g_ascii_isalnum (u) || u == '_';
  return g_unichar_isalnum (u) || g_unichar_ismark (u);
}

static gboolean
is_inner_connector (gunichar u)
{
  return u == '-' || u == '\'' || u == '.' || u == '/' || u == 0x2019 || u == 0x2010 || u == 0x2011;
}

/* Bytes of the URL starting at p (scheme:// or www.), up to white space
 * or a closing bracket or quote; 0 when none starts there. */
static gsize
url_length (const char *p)
{
  static const char *const starts[] = { "https://", "http://", "ftp://", "file://", "mailto:", "www.", NULL };
  switch (*p | 0x20) /* the first letters of starts[], either case */
    {
    case 'h': case 'f': case 'm': case 'w':
      break;
    default:
      return 0;
    }
  gboolean url = FALSE;
  for (const char *const *st = starts; *st && !url; st++)
    url = g_ascii_strncasecmp (p, *st, strlen (*st)) == 0;
  if (!url)
    return 0;
  const char *q = p;
  while (*q && !g_ascii_isspace (*q) && !strchr (")]>\"'", *q))
    q++;
  return q - p;
}

/* Split a heading the way the core's tokenizer splits items, closely
 * enough for phrases: letter/digit runs with inner connectors are words,
 * anything else between words breaks phrases. */
static void
scan_heading (KwExtractor *ex, const char *text, GArray *raw)
{
  const char *p = text;
  gboolean space_before = TRUE;
  while (*p)
    {
      gunichar u = (guchar) *p < 128 ? (guchar) *p : g_utf8_get_char (p);
      if (u < 128 ? g_ascii_isspace (u) : g_unichar_isspace (u))
        {
          space_before = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }
      if (!is_word_char (u))
        {
          RawWord w = { (guint32) (p - text), 0, NULL, NULL, KW_ROLE_BREAK, 0, 0 };
          p = g_utf8_next_char (p);
          w.end = (guint32) (p - text);
          if (raw->len == 0 || g_array_index (raw, RawWord, raw->len - 1).role != KW_ROLE_BREAK)
            g_array_append_val (raw, w);
          space_before = FALSE;
          continue;
        }
      if (url_length (p))
        {
          /* a link (Markdown headings often hold one): no words, a break,
           * as the core's tokenizer makes it one URL token in items */
          RawWord w = { (guint32) (p - text), 0, NULL, NULL, KW_ROLE_BREAK, 0, 0 };
          p += url_length (p);
          w.end = (guint32) (p - text);
          if (raw->len == 0 || g_array_index (raw, RawWord, raw->len - 1).role != KW_ROLE_BREAK)
            g_array_append_val (raw, w);
          space_before = FALSE;
          continue;
        }
      const char *q = p;
      guint letters = 0, uppers = 0;
      gboolean first_upper = u < 128 ? g_ascii_isupper (u) : g_unichar_isupper (u) || g_unichar_istitle (u);
      while (*q)
        {
          if ((guchar) *q < 128 && g_ascii_isalnum (*q))
            {
              letters += g_ascii_isalpha (*q) != 0;
              uppers += g_ascii_isupper (*q) != 0;
              q++;
              continue;
            }
          gunichar v = g_utf8_get_char (q);
          if (is_word_char (v))
            {
              if (g_unichar_isalpha (v))
                {
                  letters++;
                  uppers += g_unichar_isupper (v) || g_unichar_istitle (v);
                }
              q = g_utf8_next_char (q);
              continue;
            }
          const char *r = g_utf8_next_char (q);
          if (is_inner_connector (v) && *r && is_word_char (g_utf8_get_char (r)))
            {
              q = r;
              continue;
            }
          break;
        }
      const CachedWord *cw = lookup_word (ex, p, q - p, letters);
      RawWord w = { (guint32) (p - text), (guint32) (q - text), cw->fold, cw->stem, cw->role, cw->flags, cw->df };
      if (w.role == KW_ROLE_BREAK)
        {
          if (raw->len == 0 || g_array_index (raw, RawWord, raw->len - 1).role != KW_ROLE_BREAK)
            g_array_append_val (raw, w);
        }
      else
        {
          if (first_upper)
            w.flags |= KW_UNIT_CAPITALIZED;
          if (letters >= 2 && uppers == letters)
            w.flags |= KW_UNIT_UPPER;
          if (!space_before)
            w.flags |= KW_UNIT_GLUED;
          g_array_append_val (raw, w);
        }
      space_before = FALSE;
      p = q;
    }
}

/* Title case ("Separate Accounts Go Mainstream") says nothing about which
 * words are names; sentence case does, except for its first word. */
static void
mark_initials (RawWord *w, guint n)
{
  guint content = 0, capitalized = 0;
  for (guint i = 0; i < n; i++)
    if (w[i].role == KW_ROLE_CONTENT)
      {
        content++;
        capitalized += (w[i].flags & KW_UNIT_CAPITALIZED) != 0;
      }
  gboolean title_case = content >= 2 && capitalized == content;
  gboolean first = TRUE;
  for (guint i = 0; i < n; i++)
    {
      if (w[i].role == KW_ROLE_BREAK)
        continue;
      if (first || title_case)
        w[i].flags |= KW_UNIT_INITIAL;
      first = FALSE;
    }
}

static inline guint
filter_bit (const char *s)
{
  guint a = (guchar) s[0], b = a ? (guchar) s[1] : 0, c = b ? (guchar) s[2] : 0;
  return (a * 31 + b * 7 + c) & 4095;
}

/* Give every heading string an id: its pool id when the body has it,
 * else one above the pool's range, the same for equal strings. */
static guint32
heading_string_id (KwExtractor *ex, const char *s, GHashTable **own)
{
  guint32 id = np_document_lookup_string (ex->doc, s, -1);
  if (id != G_MAXUINT32)
    return id;
  /* heading-only strings: few in most documents (a linear search), a set
   * past a handful (notes with many sections) */
  GPtrArray *hs = ex->heading_strings;
  if (!*own && hs->len >= 16)
    {
      *own = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < hs->len; k++)
        g_hash_table_insert (*own, g_ptr_array_index (hs, k), GUINT_TO_POINTER (ex->n_pool + k + 1));
    }
  if (*own)
    {
      gpointer known = g_hash_table_lookup (*own, s);
      if (known)
        return GPOINTER_TO_UINT (known) - 1;
    }
  else
    for (guint k = 0; k < hs->len; k++)
      if (strcmp (g_ptr_array_index (hs, k), s) == 0)
        return ex->n_pool + k;
  id = ex->n_terms++;
  const char *copy = g_string_chunk_insert (ex->heading_chunk, s);
  g_ptr_array_add (hs, (gpointer) copy);
  if (*own)
    g_hash_table_insert (*own, (gpointer) copy, GUINT_TO_POINTER (id + 1));
  return id;
}

static void
assign_heading_ids (KwExtractor *ex, GArray *raw, GArray *ids)
{
  GHashTable *own = NULL;
  g_array_set_size (ids, 2 * raw->len);
  for (guint i = 0; i < raw->len; i++)
    {
      RawWord *w = &g_array_index (raw, RawWord, i);
      guint32 *pair = &g_array_index (ids, guint32, 2 * i);
      pair[0] = pair[1] = 0;
      if (w->role != KW_ROLE_BREAK)
        {
          pair[0] = heading_string_id (ex, w->fold, &own);
          /* a word the body has: its tokens' stem, without a lookup */
          guint32 stem = pair[0] < ex->n_pool ? g_array_index (ex->stem_of, guint32, pair[0]) : KW_EMPTY;
          pair[1] = stem != KW_EMPTY ? stem : heading_string_id (ex, w->stem, &own);
        }
    }
  if (own)
    g_hash_table_destroy (own);
}

static void
prepare_headings (KwExtractor *ex)
{
  guint n = 1 + ex->n_sections;
  const char *title = np_document_get_title (ex->doc);
  gboolean any = title && *title;
  for (guint s = 0; s < ex->n_sections && !any; s++)
    any = ex->sections[s].title && *ex->sections[s].title;
  if (!any)
    return;

  /* a section title used more than once ("Conclusion", "Summary of key
   * points") is a template, not a topic: it is not read */
  g_autoptr (GHashTable) titles = NULL;
  if (ex->n_sections > 1)
    {
      titles = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < ex->n_sections; k++)
        if (ex->sections[k].title)
          {
            gpointer count = g_hash_table_lookup (titles, ex->sections[k].title);
            g_hash_table_insert (titles, (gpointer) ex->sections[k].title,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          }
    }

  GArray *raw = ex->heading_raw, *bounds = ex->heading_bounds; /* scratch, reused */
  g_array_set_size (raw, 0);
  g_array_set_size (bounds, 0);
  for (guint h = 0; h < n; h++)
    {
      const char *t = h == 0 ? title : ex->sections[h - 1].title;
      guint32 first = raw->len;
      g_array_append_val (bounds, first);
      if (!t || !*t)
        continue;
      if (h > 0 && titles && GPOINTER_TO_UINT (g_hash_table_lookup (titles, t)) > 1)
        continue;
      scan_heading (ex, t, raw);
      mark_initials (&g_array_index (raw, RawWord, first), raw->len - first);
    }
  guint32 last = raw->len;
  g_array_append_val (bounds, last);

  GArray *ids = ex->heading_ids;
  assign_heading_ids (ex, raw, ids);
  const guint32 *id = (const guint32 *) (gconstpointer) ids->data;
  g_array_set_size (ex->term_df, ex->n_terms); /* heading-only ids start at 0 */
  for (guint32 i = 0; i < raw->len; i++)
    {
      const RawWord *w = &g_array_index (raw, RawWord, i);
      guint16 *df = &g_array_index (ex->term_df, guint16, id[2 * i + 1]);
      if (w->role == KW_ROLE_CONTENT && w->df > *df)
        *df = w->df;
    }
  for (guint h = 0; h < n; h++)
    {
      const char *t = h == 0 ? title : ex->sections[h - 1].title;
      guint32 first = g_array_index (bounds, guint32, h), end = g_array_index (bounds, guint32, h + 1);
      KwHeading hd = { t, ex->heading_units->len, 0 };
      g_array_set_size (ex->heading_units, hd.unit_first + (end - first));
      KwUnit *out = &g_array_index (ex->heading_units, KwUnit, hd.unit_first);
      for (guint32 i = first; i < end; i++)
        {
          RawWord *w = &g_array_index (raw, RawWord, i);
          KwUnit *u = &out[i - first];
          memset (u, 0, sizeof *u);
          u->form = id[2 * i];
          u->term = w->role == KW_ROLE_CONTENT ? id[2 * i + 1] : u->form;
          u->start = w->start;
          u->end = w->end;
          u->source = (guint16) MIN (h + 1, G_MAXUINT16);
          u->role = w->role;
          u->flags = w->flags | KW_UNIT_HEADING;
        }
      hd.unit_count = ex->heading_units->len - hd.unit_first;
      g_array_append_val (ex->headings, hd);
    }
}

/* People are not topics.  The words of attendees' names, handles and
 * abbreviations, and the speaker label that opens an item ("MM:",
 * "Alice:"), break phrases instead of making them. */
static void
mark_people (KwExtractor *ex, guint8 *roles)
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
            roles[i] = KW_ROLE_BREAK;
        }
    }
  for (guint it = 0; it < ex->n_items; it++)
    {
      const NpItem *item = &ex->items[it];
      guint k = item->token_first;
      if (item->token_count >= 3 && ex->tokens[k + 1].kind == NP_TOKEN_PUNCT
          && ex->text[ex->tokens[k + 1].start] == ':' && ex->tokens[k + 1].start == ex->tokens[k].end
          && (ex->tokens[k].flags & NP_TOKEN_CAPITALIZED))
        roles[k] = KW_ROLE_BREAK;
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
  kw_forms_classify (ex);
  guint8 *roles = (guint8 *) ex->token_role->data;
  guint32 *stem_of = (guint32 *) (gpointer) ex->stem_of->data;
  for (guint i = 0; i < ex->n_tokens; i++)
    {
      guint8 flags;
      roles[i] = token_role (ex, &ex->tokens[i], &flags) | flags;
      if ((roles[i] & ROLE_MASK) != KW_ROLE_BREAK)
        stem_of[ex->tokens[i].norm] = ex->tokens[i].stem;
    }
  mark_people (ex, roles);

  prepare_headings (ex);
}

void
kw_extractor_end (KwExtractor *ex)
{
  ex->doc = NULL;
  ex->tokens = NULL;
  ex->items = NULL;
  ex->sections = NULL;
  ex->text = NULL;
  g_array_set_size (ex->headings, 0);
  g_array_set_size (ex->heading_units, 0);
  g_ptr_array_set_size (ex->heading_strings, 0);
  g_string_chunk_clear (ex->heading_chunk);
  g_array_set_size (ex->units, 0);
  g_string_chunk_clear (ex->result_chunk);
  g_array_set_size (ex->phrases, 0);
  /* the key cache outlives documents, within bounds */
  if (g_hash_table_size (ex->key_cache) > 65536)
    g_hash_table_remove_all (ex->key_cache);
  if (g_hash_table_size (ex->part_cache) > 65536)
    g_hash_table_remove_all (ex->part_cache);
  if (ex->forms->len > KW_FORM_CACHE_MAX)
    kw_form_cache_clear (ex);
  if (ex->words->len > 65536)
    word_cache_clear (ex);
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
  const guint8 *roles = (const guint8 *) ex->token_role->data;
  guint first = ex->units->len;
  g_array_set_size (ex->units, first + it->token_count);
  KwUnit *out = &g_array_index (ex->units, KwUnit, first);
  guint n = 0;
  for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
    {
      const NpToken *t = &ex->tokens[k];
      guint8 role = roles[k] & ROLE_MASK;
      if (t->sentence != b->doc_sentence)
        {
          b->doc_sentence = t->sentence;
          b->sentence++;
        }
      /* runs of breaks collapse into one */
      if (role == KW_ROLE_BREAK && n > 0 && out[n - 1].role == KW_ROLE_BREAK)
        continue;
      KwUnit *u = &out[n++];
      u->term = t->stem;
      u->form = t->norm;
      if (role != KW_ROLE_CONTENT)
        u->term = t->norm;
      u->sentence = b->sentence - 1;
      u->start = t->start;
      u->end = t->end;
      u->source = 0;
      u->role = role;
      u->flags = roles[k] & ~ROLE_MASK;
      if (t->flags & NP_TOKEN_CAPITALIZED)
        u->flags |= KW_UNIT_CAPITALIZED;
      if (t->flags & NP_TOKEN_UPPER)
        u->flags |= KW_UNIT_UPPER;
      if (t->flags & NP_TOKEN_SENTENCE_START)
        u->flags |= KW_UNIT_INITIAL;
      if (!(t->flags & NP_TOKEN_SPACE_BEFORE))
        u->flags |= KW_UNIT_GLUED;
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
