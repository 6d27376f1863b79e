/* mark-cache.c: colon marks read once per instance.
 *
 * TC39 transcripts repeat "ABC: " thousands of times and a series of
 * meetings repeats its marks: the reading of a colon mark (its names and
 * their cases, anonymity, emphasis) is kept by the item text up to the
 * colon, and with it, per analysis, the names' keys and resolutions
 * (attribute.c).  marks.c parses; this file remembers. */
#include <string.h>

#include "marks-private.h"

/* A colon mark read once ("ABC: ...", "cherry: ..."): what parse_colon()
 * made of the prefix up to the colon.  Names follow the struct, each
 * NUL-terminated, at name_off[k]. */
typedef struct
{
  guint8 n_names, anonymous, uncertain, bold;
  guint8 cases[SP_MAX_NAMES];
  guint32 raw_start, raw_len;
  guint16 name_off[SP_MAX_NAMES];
  /* the keys of the names in analysis gen (sp_judge_form() in judge-form.c):
   * interned in that analysis' strings, so valid in it only */
  guint gen;
  guint8 label_bits, stop_bits, key_bits, match_bits;
  const char *keys[SP_MAX_NAMES];
  gconstpointer matches[SP_MAX_NAMES];
  /* the cache key: key_len bytes of the item text, after the names */
  guint hash;
  guint16 key_len, key_off;
  char names[];
} MarkReading;

/* The readings by key: open addressing, at most half full, emptied
 * between analyses when it reaches MARK_CACHE_MAX. */
/* A slot keeps its reading's hash: probing past other keys reads the
 * slot array only, not their (cold) readings. */
typedef struct
{
  guint hash;
  MarkReading *r; /* NULL: free */
} CacheSlot;

struct _SpMarkCache
{
  CacheSlot *slots;
  guint mask, used;
};

#define MARK_KEY_MAX 127
#define MARK_CACHE_MAX 8192

/* The key of a colon mark's whole parse, or 0 when the item text cannot
 * be read from one.  The prefix text[0, after) (after: past the colon and
 * its closing emphasis) decides parse_colon()'s result alone, given that
 * a space and some speech follow it and that no parser before it can take
 * the text: not a bracket or angle mark, not a list glyph remnant.  The
 * first ':' before mark_colon_limit() is the one parse_colon() reads; the
 * speech offset is recomputed from the text. */
static gsize
colon_key (const char *text, gsize len, const char **speech)
{
  const char *e = text + len, *p = skip_spaces (text, e);
  if (p >= e || *p == '[' || *p == '<' || (guchar) *p == 0xe2)
    return 0;
  if (e - p > 2 && p[1] == ' ' && (p[0] == 'o' || p[0] == 'O' || p[0] == '.' || p[0] == '-' || p[0] == '*'))
    return 0;
  const char *limit = mark_colon_limit (p, e);
  const char *colon = memchr (p, ':', limit - p);
  if (colon == NULL)
    return 0;
  const char *after = colon + 1;
  while (after < e && (*after == '*' || *after == '_'))
    after++;
  if (after >= e || !is_space (*after))
    return 0;
  const char *sp = skip_spaces (after, e);
  if (sp >= e || after - text > MARK_KEY_MAX || memchr (text, '\0', after - text))
    return 0;
  /* "alice: please review  (bob, 16:03:01)" is bob's (MeetBot's minutes),
   * which the text up to the colon does not tell; nor does "Q:" tell
   * whose "Q: Alice: ..." is */
  if ((sp_maybe_meetbot (text, e) && sp_meetbot_tail (text, e, NULL, NULL, NULL))
      || sp_mark_floor_label (p, colon, sp, e) || (*sp == '[' && sp_mark_is_floor_label (p, colon)))
    return 0;
  *speech = sp;
  return after - text;
}

static void
mark_from_reading (SpMark *m, const MarkReading *r, const char *text, const char *speech)
{
  m->form = SP_FORM_COLON;
  m->n_names = r->n_names;
  m->anonymous = r->anonymous;
  m->uncertain = r->uncertain;
  m->bold = r->bold;
  m->raw_start = r->raw_start;
  m->raw_len = r->raw_len;
  m->end = speech - text;
  for (guint k = 0; k < r->n_names; k++)
    {
      m->cases[k] = (SpCase) r->cases[k];
      /* the reading lives until the next sp_mark_cache_begin(), as long
       * as the analysis' strings */
      m->names[k] = (char *) r->names + r->name_off[k];
      m->borrowed |= 1u << k;
    }
  m->reading = (gpointer) r;
}

static guint
key_hash (const char *s, gsize n)
{
  guint h = 2166136261u;
  for (gsize i = 0; i < n; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h;
}

/* The slot of the key (hash h): the one holding its reading, or the free
 * one where it goes. */
static CacheSlot *
cache_slot (const SpMarkCache *c, const char *key, gsize n, guint h)
{
  for (guint i = h & c->mask;; i = (i + 1) & c->mask)
    {
      CacheSlot *s = &c->slots[i];
      if (s->r == NULL
          || (s->hash == h && s->r->key_len == n && memcmp (s->r->names + s->r->key_off, key, n) == 0))
        return s;
    }
}

SpMarkCache *
sp_mark_cache_new (void)
{
  SpMarkCache *c = g_new0 (SpMarkCache, 1);
  c->mask = 1023;
  c->slots = g_new0 (CacheSlot, c->mask + 1);
  return c;
}

static void
reading_free (MarkReading *r)
{
  g_free (r);
}

static void
cache_empty (SpMarkCache *c)
{
  for (guint i = 0; i <= c->mask; i++)
    g_clear_pointer (&c->slots[i].r, reading_free);
  c->used = 0;
}

void
sp_mark_cache_free (SpMarkCache *c)
{
  if (c == NULL)
    return;
  cache_empty (c);
  g_free (c->slots);
  g_free (c);
}

static MarkReading *
keep_reading (SpMarkCache *marks, const char *text, gsize key_len, guint hash, const SpMark *m)
{
  gsize total = 0;
  for (guint k = 0; k < m->n_names; k++)
    total += strlen (m->names[k]) + 1;
  if (total + key_len > G_MAXUINT16)
    return NULL;
  MarkReading *r = g_malloc0 (sizeof (MarkReading) + total + key_len);
  r->n_names = m->n_names;
  r->anonymous = m->anonymous != FALSE;
  r->uncertain = m->uncertain != FALSE;
  r->bold = m->bold != FALSE;
  r->raw_start = m->raw_start;
  r->raw_len = m->raw_len;
  gsize off = 0;
  for (guint k = 0; k < m->n_names; k++)
    {
      gsize n = strlen (m->names[k]);
      r->cases[k] = (guint8) m->cases[k];
      r->name_off[k] = (guint16) off;
      memcpy (r->names + off, m->names[k], n + 1);
      off += n + 1;
    }
  r->hash = hash;
  r->key_len = (guint16) key_len;
  r->key_off = (guint16) off;
  memcpy (r->names + off, text, key_len);
  /* bounded by sp_mark_cache_begin() only: a mark may point to its
   * reading until the end of the analysis */
  if (2 * (marks->used + 1) > marks->mask + 1)
    {
      CacheSlot *old = marks->slots;
      guint old_n = marks->mask + 1;
      marks->mask = 2 * old_n - 1;
      marks->slots = g_new0 (CacheSlot, marks->mask + 1);
      for (guint i = 0; i < old_n; i++)
        if (old[i].r)
          *cache_slot (marks, old[i].r->names + old[i].r->key_off, old[i].r->key_len, old[i].hash) = old[i];
      g_free (old);
    }
  CacheSlot *slot = cache_slot (marks, text, key_len, hash);
  g_clear_pointer (&slot->r, reading_free); /* none: the caller found no reading for the key */
  slot->r = r;
  slot->hash = hash;
  marks->used++;
  return r;
}

void
sp_mark_cache_begin (SpMarkCache *mark_cache)
{
  if (mark_cache->used >= MARK_CACHE_MAX)
    cache_empty (mark_cache);
}

const char *
sp_mark_reading_key (const SpMark *m, guint k, guint gen, gboolean *label, gboolean *stopword)
{
  const MarkReading *r = m->reading;
  if (r == NULL || r->gen != gen || !(r->key_bits & (1u << k)))
    return NULL;
  *label = (r->label_bits >> k) & 1;
  *stopword = (r->stop_bits >> k) & 1;
  return r->keys[k];
}

void
sp_mark_reading_set_key (SpMark *m, guint k, guint gen, const char *key, gboolean label, gboolean stopword)
{
  MarkReading *r = m->reading;
  if (r == NULL || k >= SP_MAX_NAMES)
    return;
  if (r->gen != gen)
    {
      r->gen = gen;
      r->key_bits = r->label_bits = r->stop_bits = r->match_bits = 0;
    }
  r->keys[k] = key;
  r->key_bits |= 1u << k;
  r->label_bits = (r->label_bits & ~(1u << k)) | ((label ? 1u : 0u) << k);
  r->stop_bits = (r->stop_bits & ~(1u << k)) | ((stopword ? 1u : 0u) << k);
}

gconstpointer
sp_mark_reading_match (const SpMark *m, guint k, guint gen)
{
  const MarkReading *r = m->reading;
  if (r == NULL || r->gen != gen || !(r->match_bits & (1u << k)))
    return NULL;
  return r->matches[k];
}

void
sp_mark_reading_set_match (SpMark *m, guint k, guint gen, gconstpointer match)
{
  MarkReading *r = m->reading;
  /* only next to the keys of the same analysis (set first) */
  if (r == NULL || k >= SP_MAX_NAMES || r->gen != gen || match == NULL)
    return;
  r->matches[k] = match;
  r->match_bits |= 1u << k;
}

gboolean
sp_mark_parse_cached (const char *text, gsize len, gboolean heads_items, SpMark *m, SpStrTable *name_cache,
                      SpMarkCache *mark_cache, GStringChunk *strings)
{
  memset (m, 0, sizeof *m);
  const char *speech = NULL;
  gsize key_len = name_cache && mark_cache && strings ? colon_key (text, len, &speech) : 0;
  guint hash = 0;
  if (key_len)
    {
      hash = key_hash (text, key_len);
      const MarkReading *r = cache_slot (mark_cache, text, key_len, hash)->r;
      if (r)
        {
          mark_from_reading (m, r, text, speech);
          return TRUE;
        }
    }
  m->name_cache = name_cache;
  m->strings = name_cache ? strings : NULL;
  gboolean found = sp_mark_parse_uncached (text, len, heads_items, m);
  m->name_cache = NULL;
  m->strings = NULL;
  /* a directed turn's addressee, or a company after the name, is not
   * kept in a reading: such marks are read each time */
  if (found && key_len && m->form == SP_FORM_COLON && m->end == (guint32) (speech - text) && m->addressee == NULL
      && m->office == NULL
      && m->affiliation == NULL && !m->dotted)
    m->reading = keep_reading (mark_cache, text, key_len, hash, m);
  return found;
}

