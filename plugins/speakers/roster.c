/* roster.c: people a speaker mark may name, and how a mark finds one.
 *
 * A roster is a list of entries (full name, abbreviation, handle, e-mail,
 * aliases) with one index per match tier.  Aliases are derived from the
 * name the way notes abbreviate people: first name, last name, first name
 * plus last initial ("iant"), first initial plus last name ("mpratt"),
 * initials ("SRL"), the handle without its digits ("fishrock"), every word
 * of names written surname first.  All keys are sp_key() forms, so case,
 * accents and script (Никита/Nikita) do not matter.
 *
 * A lookup walks the tiers strongest first and stops at the first tier
 * where anybody matches: one person resolves, several are ambiguous and
 * are returned as candidates, never guessed.  Entries sharing first and
 * last name ("James M Snell", "James Snell") count as one person there,
 * the earliest entry (the attendee table before text mentions) winning.
 * The loose tiers (prefix nicknames, typos: roster-loose.c) scan the
 * entries and are meant for the small rosters of one document. */
#include <string.h>

#include "roster-private.h"


static void
entry_free (gpointer data)
{
  SpEntry *e = data;
  /* its strings are in the roster's string chunk, or in a NameForm */
  if (!e->shared_words)
    g_free (e->word_keys);
  if (e->aliases)
    g_ptr_array_unref (e->aliases);
  g_free (e);
}

/* entry_free() for entries of an arena */
static void
entry_clear (gpointer data)
{
  SpEntry *e = data;
  if (!e->shared_words)
    g_free (e->word_keys);
  if (e->aliases)
    g_ptr_array_unref (e->aliases);
}

/* The slot of key (hash h) in r's full names: the one holding it, or the
 * free one where it goes. */
static NameSlot *
name_slot (const SpRoster *r, const char *key, guint h)
{
  for (guint i = h & r->names_mask;; i = (i + 1) & r->names_mask)
    {
      NameSlot *s = &r->names[i];
      if (s->key == NULL || (s->hash == h && strcmp (s->key, key) == 0))
        return s;
    }
}

static void
names_put (SpRoster *r, const char *key, guint h, guint entry)
{
  if (2 * (r->names_used + 1) > r->names_mask + 1)
    {
      NameSlot *old = r->names;
      guint old_n = r->names_mask + 1;
      r->names_mask = 2 * old_n - 1;
      r->names = g_new0 (NameSlot, r->names_mask + 1);
      for (guint i = 0; i < old_n; i++)
        if (old[i].key)
          *name_slot (r, old[i].key, old[i].hash) = old[i];
      if (old != r->names_inline)
        g_free (old);
    }
  NameSlot *s = name_slot (r, key, h);
  if (s->key == NULL)
    {
      r->names_used++;
      s->key = key;
      s->hash = h;
    }
  s->entry = entry;
}

/* Index tables kept by the scratch are at most this many slots (256 KiB).
 * A table is neither walked nor cleared when it changes rosters (its
 * slots go stale by generation), so keeping a large one costs nothing per
 * document; a fresh one of 128 KiB or more was a calloc the C library
 * serves with new pages (mmap), faulted in and zeroed on every document
 * with a large attendee table. */
#define SPARE_SLOTS_MAX 8192

SpRoster *
sp_roster_new (const char *label, gboolean loose)
{
  return sp_roster_new_in (label, loose, NULL);
}

SpRoster *
sp_roster_new_in (const char *label, gboolean loose, SpScratch *scratch)
{
  SpRoster *r = g_new0 (SpRoster, 1);
  r->label = g_strdup (label);
  r->loose = loose;
  r->arena = scratch ? &scratch->arena : NULL;
  r->multi = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* a table from the scratch holds slots of earlier rosters: they are
   * stale for a new generation (never 0, which fresh tables hold) */
  if (scratch && ++scratch->roster_gen == 0)
    scratch->roster_gen = 1;
  r->gen = scratch ? scratch->roster_gen : 1;
  /* a document's rosters hold a few dozen people: room for them at once */
  r->entries = g_ptr_array_new_full (scratch ? 32 : 0, r->arena ? entry_clear : entry_free);
  r->names = r->names_inline;
  r->names_mask = NAME_SLOTS_INLINE - 1;
  if (scratch && scratch->n_spare_slots > 0)
    {
      /* a table of a power-of-two size whose slots are stale (gen) */
      guint k = --scratch->n_spare_slots;
      r->slots = scratch->spare_slots[k];
      r->mask = scratch->spare_slots_n[k] - 1;
    }
  else
    {
      r->mask = 63;
      r->slots = g_new0 (IndexSlot, r->mask + 1);
    }
  return r;
}

void
sp_roster_free (SpRoster *r)
{
  sp_roster_free_in (r, NULL);
}

void
sp_roster_free_in (SpRoster *r, SpScratch *scratch)
{
  if (r == NULL)
    return;
  g_free (r->label);
  g_ptr_array_unref (r->entries);
  if (r->names != r->names_inline)
    g_free (r->names);
  gboolean keep = scratch && scratch->n_spare_slots < G_N_ELEMENTS (scratch->spare_slots)
                  && r->mask + 1 <= SPARE_SLOTS_MAX;
  /* the slots' values are single entries or arrays kept in multi: the
   * table is not walked, and its slots go stale for the next roster */
  g_ptr_array_unref (r->multi);
  if (keep)
    {
      scratch->spare_slots[scratch->n_spare_slots] = r->slots;
      scratch->spare_slots_n[scratch->n_spare_slots++] = r->mask + 1;
    }
  else
    g_free (r->slots);
  if (r->typo_index)
    g_hash_table_unref (r->typo_index);
  g_free (r->typo_pairs);
  if (r->keys)
    g_string_chunk_free (r->keys);
  if (r->strings)
    g_string_chunk_free (r->strings);
  g_free (r);
}

void
sp_roster_set_translit (SpRoster *r, GHashTable *translit)
{
  r->translit = translit;
}

void
sp_roster_set_name_forms (SpRoster *r, SpStrTable *forms)
{
  r->name_forms = forms;
}


const char *
sp_roster_get_label (const SpRoster *r)
{
  return r->label;
}

guint
sp_roster_size (const SpRoster *r)
{
  return r->entries->len;
}

gboolean
sp_entry_initials_are (const SpEntry *e, const char *caps)
{
  gsize n = strlen (caps);
  if (e->n_words != n)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (g_ascii_toupper (e->word_keys[k][0]) != caps[k])
      return FALSE;
  return TRUE;
}

const SpEntry *
sp_roster_get (const SpRoster *r, guint index)
{
  return g_ptr_array_index (r->entries, index);
}


/* The word keys of a full name copied into the roster's strings: an
 * array of n_words keys and a NULL. */
static char **
name_word_keys (SpRoster *r, const char *name, guint *n_words)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  sp_roster_word_keys (r->translit, name, words);
  char **keys = g_new (char *, words->len + 1);
  for (guint k = 0; k < words->len; k++)
    keys[k] = sp_roster_keep_in (r, &r->strings, g_ptr_array_index (words, k));
  keys[words->len] = NULL;
  *n_words = words->len;
  return keys;
}


/* A copy of s (NULL for NULL) in the roster's string chunk. */
static char *
keep (SpRoster *r, const char *s)
{
  return s ? sp_roster_keep_in (r, &r->strings, s) : NULL;
}

/* fill() for the fields of an entry: copies into the string chunk. */
static void
fill_entry (SpRoster *r, char **field, const char *value)
{
  if (*field == NULL && value && value[0])
    *field = keep (r, value);
}

/* How many Han characters name is, two to four with no space nor kana
 * (a Chinese or Japanese name written whole), or 0.  Those of the two
 * ranges asked are three bytes each in UTF-8. */
static guint
han_name (const char *name)
{
  if ((guchar) name[0] < 0xe3)
    return 0;
  guint n = 0;
  for (const char *p = name; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar u = g_utf8_get_char (p);
      if (!((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf)) || n >= 4)
        return 0;
    }
  return n >= 2 ? n : 0;
}

guint
sp_roster_add (SpRoster *r, const char *name, const char *abbreviation, const char *handle, const char *email,
               const char *affiliation, SpSource source)
{
  /* "Colin Ihrig." at the end of a list item (an initial keeps its dot) */
  /* the name without surrounding white space, on the stack when short */
  while (g_ascii_isspace (*name))
    name++;
  gsize cl = strlen (name);
  while (cl > 0 && g_ascii_isspace (name[cl - 1]))
    cl--;
  char buf[256];
  g_autofree char *heap = cl < sizeof buf ? NULL : g_malloc (cl + 1);
  char *clean = heap ? heap : buf;
  memcpy (clean, name, cl);
  clean[cl] = '\0';
  const char *last = strrchr (clean, ' ');
  last = last ? last + 1 : clean;
  if (cl > 3 && clean[cl - 1] == '.' && strlen (last) >= 3 && !g_str_equal (last, "Jr.") && !g_str_equal (last, "Sr.")
      && strchr (last, '.') == clean + cl - 1)
    clean[cl - 1] = '\0';
  name = clean;
  const NameForm *form = r->name_forms ? sp_roster_name_form (r, name) : NULL;
  g_autofree char *own_key = form ? NULL : sp_key_cached (r->translit, name, -1);
  const char *key = form ? form->key : own_key;
  guint key_hash = key[0] ? (form ? form->key_hash : g_str_hash (key)) : 0;
  const NameSlot *found = key[0] ? name_slot (r, key, key_hash) : NULL;
  if (found && found->key)
    {
      guint i = found->entry;
      SpEntry *e = g_ptr_array_index (r->entries, i);
      /* an entry that has an abbreviation keeps it; another one written
       * for the same name ("Kevin Gibbons (KB)" next to the table's KG)
       * becomes an alias of the entry */
      if (e->abbreviation && abbreviation && abbreviation[0] && g_ascii_strcasecmp (e->abbreviation, abbreviation) != 0)
        {
          if (e->aliases == NULL)
            e->aliases = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (e->aliases, g_ascii_strup (abbreviation, -1));
        }
      fill_entry (r, &e->abbreviation, abbreviation);
      fill_entry (r, &e->handle, handle && handle[0] == '@' ? handle + 1 : handle);
      if (e->handle && e->handle_key == NULL)
        {
          g_autofree char *hk = sp_key (e->handle, -1);
          e->handle_key = keep (r, hk);
        }
      fill_entry (r, &e->email, email);
      fill_entry (r, &e->affiliation, affiliation);
      if (r->indexed > i)
        r->indexed = i; /* re-index from here: new fields bring new keys */
      if (r->typo_indexed > i)
        r->typo_indexed = i;
      if (r->typo_paired > i)
        r->typo_paired = i;
      return i;
    }
  SpEntry *e = r->arena ? sp_arena_alloc (r->arena, sizeof (SpEntry)) : g_new0 (SpEntry, 1);
  /* the fields of a name's first entry are kept with its form: the same
   * attendee in the next meeting borrows them (entries only read their
   * strings, and the forms outlive the rosters) */
  const EntryMemo *memo = form ? sp_entry_memo_find ((NameForm *) form, name, abbreviation, handle, email, affiliation)
                               : NULL;
  if (memo)
    {
      e->name = memo->name;
      e->abbreviation = memo->abbreviation;
      e->handle = memo->handle;
      e->email = memo->email;
      e->affiliation = memo->affiliation;
      e->handle_key = memo->handle_key;
      e->memo = memo;
    }
  else
    {
      e->name = keep (r, name);
      if (abbreviation && abbreviation[0])
        {
          g_autofree char *up = g_ascii_strup (abbreviation, -1);
          e->abbreviation = keep (r, up);
        }
      e->handle = handle && handle[0] ? keep (r, handle[0] == '@' ? handle + 1 : handle) : NULL;
      e->email = email && email[0] ? keep (r, email) : NULL;
      e->affiliation = affiliation && affiliation[0] ? keep (r, affiliation) : NULL;
    }
  e->source = source;
  if (form)
    {
      /* the form's strings outlive the roster (sp_roster_set_name_forms) */
      e->shared_words = TRUE;
      e->form = form;
      e->word_keys = form->word_keys;
      e->n_words = form->n_words;
      e->first_last = form->first_last;
      e->full_key = form->key;
    }
  else
    {
      e->word_keys = name_word_keys (r, name, &e->n_words);
      if (e->n_words >= 2)
        {
          g_autofree char *fl = g_strconcat (e->word_keys[0], e->word_keys[e->n_words - 1], NULL);
          e->first_last = keep (r, fl);
        }
      else
        e->first_last = keep (r, key);
      e->full_key = keep (r, key);
    }
  e->first_key = e->n_words ? e->word_keys[0] : "";
  e->last_key = e->n_words ? e->word_keys[e->n_words - 1] : "";
  if (e->handle && memo == NULL)
    {
      g_autofree char *hk = sp_key (e->handle, -1);
      e->handle_key = keep (r, hk);
    }
  g_ptr_array_add (r->entries, e);
  if (e->full_key[0])
    names_put (r, e->full_key, key_hash, r->entries->len - 1);
  /* a name of Han characters written whole opens with the surname, which
   * marks name alone or with a title: a Chinese one of one character
   * ("张伟": "张总", "王经理"), a Japanese one of two ("田中太郎",
   * "佐藤健": "田中", "佐藤さん"); a four-character Chinese name opens
   * with a surname of two ("欧阳") */
  guint han = han_name (name);
  for (guint chars = 1; han && chars <= 2; chars++)
    if (chars == 1 ? han <= 3 : han >= 3)
      {
        /* each character is three bytes */
        char surname[7];
        memcpy (surname, name, 3 * chars);
        surname[3 * chars] = '\0';
        sp_roster_add_alias (r, r->entries->len - 1, surname);
      }
  return r->entries->len - 1;
}

void
sp_roster_add_alias (SpRoster *r, guint entry, const char *alias)
{
  SpEntry *e = g_ptr_array_index (r->entries, entry);
  if (e->aliases == NULL)
    e->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (e->aliases, g_strdup (alias));
  if (r->indexed > entry)
    r->indexed = entry;
  if (r->typo_indexed > entry)
    r->typo_indexed = entry;
  if (r->typo_paired > entry)
    r->typo_paired = entry;
}


/* Collect candidates; entries with the same first and last name are one
 * person (the earliest entry stands for them). */
void
sp_roster_add_candidate (const SpRoster *r, SpMatch *m, guint entry)
{
  const SpEntry *e = g_ptr_array_index (r->entries, entry);
  for (guint k = 0; k < MIN (m->n_candidates, G_N_ELEMENTS (m->candidates)); k++)
    {
      const SpEntry *c = g_ptr_array_index (r->entries, m->candidates[k]);
      if (m->candidates[k] == entry || g_strcmp0 (c->first_last, e->first_last) == 0
          || (strlen (e->first_last) >= 8 && sp_osa_distance (c->first_last, e->first_last, 1) <= 1))
        {
          if (entry < m->candidates[k])
            m->candidates[k] = entry;
          return;
        }
    }
  if (m->n_candidates < G_N_ELEMENTS (m->candidates))
    m->candidates[m->n_candidates] = entry;
  m->n_candidates++;
}

/* Rank of a source when two entries claim one alias: the attendee list
 * or table beats a mention in the text ("Presenter: Run Buckton (RBN)"
 * against the table's Ron Buckton), which beats roster files. */
static int
source_rank (SpSource s)
{
  switch (s)
    {
    case SP_SOURCE_ATTENDEES:
    case SP_SOURCE_TABLE:
    case SP_SOURCE_PRESENT:
      return 0;
    case SP_SOURCE_TEXT:
      return 1;
    case SP_SOURCE_FILE:
      return 2;
    default:
      return 3;
    }
}

static void
keep_best_sources (const SpRoster *r, SpMatch *m)
{
  guint n = MIN (m->n_candidates, G_N_ELEMENTS (m->candidates));
  if (n < 2)
    return;
  int best = G_MAXINT;
  for (guint k = 0; k < n; k++)
    best = MIN (best, source_rank (((const SpEntry *) g_ptr_array_index (r->entries, m->candidates[k]))->source));
  guint kept = 0;
  for (guint k = 0; k < n; k++)
    if (source_rank (((const SpEntry *) g_ptr_array_index (r->entries, m->candidates[k]))->source) == best)
      m->candidates[kept++] = m->candidates[k];
  if (m->n_candidates <= G_N_ELEMENTS (m->candidates))
    m->n_candidates = kept;
}

void
sp_roster_add_value (const SpRoster *r, SpMatch *m, gpointer value)
{
  if (IS_SINGLE (value))
    {
      sp_roster_add_candidate (r, m, SINGLE_VALUE (value));
      return;
    }
  GArray *a = value;
  for (guint i = 0; i < a->len; i++)
    sp_roster_add_candidate (r, m, g_array_index (a, guint, i));
}

static gboolean
lookup_tier (SpRoster *r, SpTier tier, const char *key, guint key_hash, SpMatch *m)
{
  gpointer value = sp_roster_index_get_hashed (r, tier, key, key_hash);
  if (value == NULL)
    return FALSE;
  sp_roster_add_value (r, m, value);
  return TRUE;
}

/* Optimal string alignment distance (adjacent transpositions count one:
 * "Micheal"/"Michael"), on keys (ASCII after sp_key for Latin names). */
guint
sp_osa_distance (const char *a, const char *b, guint max)
{
  gsize na = strlen (a), nb = strlen (b);
  if ((na > nb ? na - nb : nb - na) > max || na > 64 || nb > 64)
    return max + 1;
  /* Only the band |i - j| <= max is computed: an alignment of cost <= max
   * never leaves it, so a distance <= max comes out exact, and any other
   * as more than max (cells beside the band count as max + 1). */
  const guint beyond = max + 1;
  guint d[65][65];
  for (gsize i = 0; i <= na; i++)
    d[i][0] = i;
  for (gsize j = 0; j <= nb; j++)
    d[0][j] = j;
  for (gsize i = 1; i <= na; i++)
    {
      gsize lo = i > max ? i - max : 1, hi = MIN (nb, i + max);
      if (lo > 1)
        d[i][lo - 1] = beyond;
      if (hi < nb)
        d[i][hi + 1] = beyond;
      guint row_min = G_MAXUINT;
      for (gsize j = lo; j <= hi; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint v = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, d[i - 2][j - 2] + 1);
          d[i][j] = v;
          row_min = MIN (row_min, v);
        }
      if (row_min > max)
        return max + 1;
    }
  return d[na][nb];
}

/* "Micheal D": the typo tier read the first name alone, and both Michaels
 * came; the surname's initial written after it tells them apart. */
static void
keep_initial (const SpRoster *r, const char *name, SpMatch *m)
{
  gsize n = strlen (name);
  if (n < 4 || name[n - 2] != ' ' || !g_ascii_isalpha (name[n - 1]))
    return;
  char initial = g_ascii_tolower (name[n - 1]);
  guint kept = 0;
  for (guint k = 0; k < MIN (m->n_candidates, G_N_ELEMENTS (m->candidates)); k++)
    {
      const SpEntry *e = g_ptr_array_index (r->entries, m->candidates[k]);
      if (e->n_words >= 2 && e->last_key[0] == initial)
        m->candidates[kept++] = m->candidates[k];
    }
  if (kept > 0 && m->n_candidates <= G_N_ELEMENTS (m->candidates))
    m->n_candidates = kept;
}

gboolean
sp_roster_lookup (SpRoster *r, const char *name, SpCase name_case, guint flags, SpMatch *m)
{
  char buf[64];
  char *key = sp_key_buf (r->translit, name, -1, buf, sizeof buf);
  gboolean found = sp_roster_lookup_key (r, name, key, g_str_hash (key), name_case, flags, m);
  sp_key_buf_free (key, buf);
  return found;
}

gboolean
sp_roster_lookup_key (SpRoster *r, const char *name, const char *key, guint key_hash, SpCase name_case,
                      guint flags, SpMatch *m)
{
  memset (m, 0, sizeof *m);
  if (key[0] == '\0' || r->entries->len == 0)
    return FALSE;
  sp_roster_ensure_indexed (r);
  gboolean one_word = strchr (name, ' ') == NULL;
  SpTier order[SP_N_TIERS];
  guint n = 0;
  if (name_case == SP_CASE_UPPER)
    {
      order[n++] = SP_TIER_ABBREVIATION;
      order[n++] = SP_TIER_EXACT;
      if (flags & SP_LOOKUP_NAMES)
        order[n++] = SP_TIER_NAME;
    }
  else
    {
      order[n++] = SP_TIER_EXACT;
      if (flags & SP_LOOKUP_NAMES)
        {
          order[n++] = SP_TIER_NAME;
          order[n++] = SP_TIER_WORD;
        }
      if ((flags & SP_LOOKUP_LOOSE) && r->loose && one_word)
        order[n++] = SP_TIER_PREFIX;
      if ((flags & SP_LOOKUP_TYPOS) && r->loose)
        order[n++] = SP_TIER_TYPO;
    }
  for (guint t = 0; t < n; t++)
    {
      gboolean hit;
      if (order[t] == SP_TIER_PREFIX)
        hit = sp_roster_lookup_prefix (r, key, name_case, m);
      else if (order[t] == SP_TIER_TYPO)
        hit = sp_roster_lookup_typo (r, key, m);
      else
        hit = lookup_tier (r, order[t], key, key_hash, m);
      if (hit)
        {
          keep_best_sources (r, m);
          if (m->n_candidates > 1 && order[t] == SP_TIER_TYPO)
            keep_initial (r, name, m);
          m->roster = r;
          m->tier = order[t];
          m->entry = m->candidates[0];
          return TRUE;
        }
    }
  return FALSE;
}
