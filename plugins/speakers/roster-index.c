/* roster-index.c: the indexes of a roster, one open-addressing table for
 * the exact, abbreviation, name and word tiers and a GHashTable for the
 * typo tier (scanned in table order).  Keys are the entries' sp_key()
 * forms and the aliases derived from names (roster.c explains them); they
 * are built lazily, on the first lookup after entries were added. */
#include <string.h>

#include "roster-private.h"

void
sp_roster_value_free (gpointer data)
{
  if (data && !IS_SINGLE (data))
    g_array_unref (data);
}

/* The slot of (tier, key): the one holding it, or the free one where it
 * goes. */
static IndexSlot *
slot_find (const SpRoster *r, SpTier tier, const char *key, guint hash)
{
  for (guint i = hash & r->mask;; i = (i + 1) & r->mask)
    {
      IndexSlot *s = &r->slots[i];
      if (s->key == NULL || s->gen != r->gen)
        return s;
      if ((s->hash == hash && s->tier == (guint) tier && strcmp (s->key, key) == 0))
        return s;
    }
}

static void
slots_resize (SpRoster *r, guint n)
{
  IndexSlot *old = r->slots;
  guint old_n = r->mask + 1;
  r->mask = n - 1;
  r->slots = g_new0 (IndexSlot, r->mask + 1);
  for (guint i = 0; i < old_n; i++)
    if (old[i].key && old[i].gen == r->gen)
      {
        guint j = old[i].hash & r->mask;
        while (r->slots[j].key)
          j = (j + 1) & r->mask;
        r->slots[j] = old[i];
      }
  g_free (old);
}

gpointer
sp_roster_index_get_hashed (const SpRoster *r, SpTier tier, const char *key, guint key_hash)
{
  if (tier == SP_TIER_TYPO)
    return r->typo_index ? g_hash_table_lookup (r->typo_index, key) : NULL;
  const IndexSlot *s = slot_find (r, tier, key, key_hash * 31u + (guint) tier); /* slot_hash (key, tier) */
  return s->key && s->gen == r->gen ? s->value : NULL;
}

/* Adds key for entry at tier; kept: key is one of the roster's own strings
 * (its string chunk), stored as it is instead of copied. */
static void index_put_hashed (SpRoster *r, SpTier tier, const char *key, guint key_hash, guint entry,
                              gboolean kept);

static void
index_put (SpRoster *r, SpTier tier, const char *key, guint entry, gboolean kept)
{
  if (key == NULL || key[0] == '\0')
    return;
  index_put_hashed (r, tier, key, tier == SP_TIER_TYPO ? 0 : g_str_hash (key), entry, kept);
}

/* index_put() with the key's g_str_hash() known (unused at the typo tier) */
static void
index_put_hashed (SpRoster *r, SpTier tier, const char *key, guint key_hash, guint entry, gboolean kept)
{
  if (key[0] == '\0')
    return;
  gpointer stored, value;
  IndexSlot *slot = NULL;
  if (tier == SP_TIER_TYPO)
    {
      if (!g_hash_table_lookup_extended (r->typo_index, key, &stored, &value))
        {
          g_hash_table_insert (r->typo_index, sp_roster_keep_in (r, &r->keys, key), SINGLE_ENTRY (entry));
          return;
        }
    }
  else
    {
      guint hash = key_hash * 31u + (guint) tier; /* slot_hash (key, tier) */
      slot = slot_find (r, tier, key, hash);
      if (slot->key == NULL || slot->gen != r->gen)
        {
          /* at most half full: probes stay short */
          if (2 * (r->used + 1) > r->mask + 1)
            {
              slots_resize (r, 2 * (r->mask + 1));
              slot = slot_find (r, tier, key, hash);
            }
          slot->key = kept ? key : sp_roster_keep_in (r, &r->keys, key);
          slot->hash = hash;
          slot->tier = tier;
          slot->value = SINGLE_ENTRY (entry);
          slot->gen = r->gen;
          r->used++;
          return;
        }
      stored = (gpointer) slot->key;
      value = slot->value;
    }
  if (IS_SINGLE (value))
    {
      if (SINGLE_VALUE (value) == entry)
        return;
      GArray *a = g_array_sized_new (FALSE, FALSE, sizeof (guint), 2);
      guint first = SINGLE_VALUE (value);
      g_array_append_val (a, first);
      g_array_append_val (a, entry);
      if (slot)
        {
          slot->value = a;
          g_ptr_array_add (r->multi, a);
        }
      else
        g_hash_table_insert (r->typo_index, stored, a);
      return;
    }
  GArray *a = value;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint, i) == entry)
      return;
  g_array_append_val (a, entry);
}

static void
index_add (SpRoster *r, SpTier tier, const char *key, guint entry)
{
  index_put (r, tier, key, entry, FALSE);
}

static void
index_add_free (SpRoster *r, SpTier tier, char *key, guint entry)
{
  index_add (r, tier, key, entry);
  g_free (key);
}

/* Handle without trailing digits: "Fishrock123" -> "fishrock". */
static char *
handle_stem (const char *handle_key)
{
  gsize n = strlen (handle_key);
  while (n > 0 && g_ascii_isdigit (handle_key[n - 1]))
    n--;
  return n >= 3 ? g_strndup (handle_key, n) : NULL;
}


/* Names of three words or more, at the name tier: the given names without
 * the last word ("Mary Ann" of Mary Ann Evans, "Pablo Galindo" of Pablo
 * Galindo Salgado) and a surname with its particles ("de la Cruz",
 * "van Rossum") */
/* The keys of e's words [from, to) joined, at the name tier */
static void
index_words_joined (SpRoster *r, const SpEntry *e, guint from, guint to, guint i)
{
  char buf[96];
  gsize len = 0;
  for (guint k = from; k < to; k++)
    {
      gsize w = strlen (e->word_keys[k]);
      if (len + w >= sizeof buf)
        return;
      memcpy (buf + len, e->word_keys[k], w);
      len += w;
    }
  buf[len] = '\0';
  index_add (r, SP_TIER_NAME, buf, i);
}

static void
index_name_parts (SpRoster *r, const SpEntry *e, guint i)
{
  guint n = e->n_words;
  if (n < 3)
    return;
  index_words_joined (r, e, 0, n - 1, i);
  /* two given names and two surnames, as Spanish writes a name: "María
   * José" of María José García López, and "María García", the first given
   * name with the first surname */
  if (n == 4 && !sp_is_particle (e->word_keys[1], strlen (e->word_keys[1]))
      && !sp_is_particle (e->word_keys[2], strlen (e->word_keys[2])))
    {
      index_words_joined (r, e, 0, 2, i);
      char buf[96];
      gsize a = strlen (e->word_keys[0]), b = strlen (e->word_keys[2]);
      if (a + b < sizeof buf)
        {
          memcpy (buf, e->word_keys[0], a);
          memcpy (buf + a, e->word_keys[2], b + 1);
          index_add (r, SP_TIER_NAME, buf, i);
        }
    }
  guint k = 1;
  while (k + 1 < n && !sp_is_particle (e->word_keys[k], strlen (e->word_keys[k])))
    k++;
  if (k + 1 < n)
    index_words_joined (r, e, k, n, i);
}

/* A hyphenated surname ("Tab Atkins-Bittner") goes by either part too:
 * the first name with each part, at the name tier ("TabAtkins", "Tab
 * Atkins") */
/* The initials of every part of the name, words and hyphenated parts
 * ("awb" for Allen Wirfs-Brock), in lower case into ini (size bytes);
 * how many */
static gsize
part_initials (const char *name, char *ini, gsize size)
{
  gsize k = 0;
  for (const char *p = name; *p && k + 1 < size; p++)
    if ((p == name || p[-1] == ' ' || p[-1] == '-') && g_ascii_isupper (*p))
      ini[k++] = g_ascii_tolower (*p);
  ini[k] = '\0';
  return k;
}

/* A first name of two joined by a hyphen, as French writes them:
 * "Jean-Baptiste Lefèvre" is "JB" too, the first name's initials, and
 * "JBL" (a roster that gives no abbreviation) */
static void
index_hyphenated_first (SpRoster *r, const SpEntry *e, guint i)
{
  const char *sp = strchr (e->name, ' ');
  const char *hy = sp ? memchr (e->name, '-', sp - e->name) : NULL;
  if (e->n_words < 2 || e->abbreviation != NULL || hy == NULL || !g_ascii_isupper (e->name[0])
      || !g_ascii_isupper (hy[1]))
    return;
  char ini[16];
  gsize k = part_initials (e->name, ini, sizeof ini);
  char first[3] = { g_ascii_tolower (e->name[0]), g_ascii_tolower (hy[1]), '\0' };
  index_add (r, SP_TIER_NAME, first, i);
  /* (a hyphenated surname's parts index them all already) */
  const char *last = strrchr (e->name, ' ');
  if (k > e->n_words && !strchr (last, '-'))
    index_add (r, SP_TIER_NAME, ini, i);
}

static void
index_hyphen_parts (SpRoster *r, const SpEntry *e, guint i)
{
  const char *last = strrchr (e->name, ' ');
  if (e->n_words < 2 || last == NULL || strchr (last, '-') == NULL)
    return;
  last++;
  /* and by the initials of every part: "AWB" for Allen Wirfs-Brock (a
   * roster that gives no abbreviation) */
  if (e->abbreviation == NULL)
    {
      char ini[16];
      if (part_initials (e->name, ini, sizeof ini) > e->n_words)
        index_add (r, SP_TIER_NAME, ini, i);
    }
  const char *first = e->word_keys[0];
  gsize nf = strlen (first);
  for (const char *p = last; *p;)
    {
      const char *q = strchr (p, '-');
      gsize n = q ? (gsize) (q - p) : strlen (p);
      char buf[96];
      char *part = n >= 2 ? sp_key_buf (r->translit, p, n, buf, sizeof buf) : NULL;
      gsize np = part ? strlen (part) : 0;
      if (part && np >= 2 && nf + np < 96)
        {
          char joined[96];
          memcpy (joined, first, nf);
          memcpy (joined + nf, part, np + 1);
          index_add (r, SP_TIER_NAME, joined, i);
        }
      if (part)
        sp_key_buf_free (part, buf);
      p += n + (q != NULL);
    }
}

static void
index_entry (SpRoster *r, guint i)
{
  const SpEntry *e = g_ptr_array_index (r->entries, i);
  guint n = e->n_words;
  const char *first = n ? e->word_keys[0] : NULL;
  const char *last = n ? e->word_keys[n - 1] : NULL;

  const NameForm *f = e->form;
  if (f)
    {
      index_put_hashed (r, SP_TIER_EXACT, f->key, f->key_hash, i, TRUE);
      if (n >= 2)
        index_put_hashed (r, SP_TIER_EXACT, f->first_last, f->first_last_hash, i, TRUE);
    }
  else
    {
      index_put (r, SP_TIER_EXACT, e->full_key, i, TRUE);
      if (n >= 2)
        index_put (r, SP_TIER_EXACT, e->first_last, i, TRUE);
    }
  /* fields an entry took from its name's memo come with their keys and
   * hashes (the same keys as below; the memo outlives the roster) */
  const EntryMemo *m = e->memo;
  if (e->handle_key && m && e->handle_key == m->handle_key)
    {
      index_put_hashed (r, SP_TIER_EXACT, m->handle_key, m->handle_key_hash, i, TRUE);
      if (m->handle_stem)
        index_put_hashed (r, SP_TIER_NAME, m->handle_stem, m->handle_stem_hash, i, TRUE);
    }
  else if (e->handle_key)
    {
      index_put (r, SP_TIER_EXACT, e->handle_key, i, TRUE);
      index_add_free (r, SP_TIER_NAME, handle_stem (e->handle_key), i);
    }
  if (e->email && m && e->email == m->email)
    index_put_hashed (r, SP_TIER_EXACT, m->email_local, m->email_local_hash, i, TRUE);
  else if (e->email)
    {
      const char *at = strchr (e->email, '@');
      char buf[64];
      char *local = sp_key_buf (NULL, e->email, at ? at - e->email : -1, buf, sizeof buf);
      index_add (r, SP_TIER_EXACT, local, i);
      sp_key_buf_free (local, buf);
    }
  for (guint k = 0; e->aliases && k < e->aliases->len; k++)
    {
      const char *a = g_ptr_array_index (e->aliases, k);
      g_autofree char *alias = sp_key (a, -1);
      gboolean upper = TRUE;
      for (const char *p = a; *p && upper; p++)
        upper = g_ascii_isupper (*p);
      if (upper) /* a second abbreviation */
        {
          index_add (r, SP_TIER_ABBREVIATION, alias, i);
          continue;
        }
      index_add (r, SP_TIER_EXACT, alias, i);
    }
  if (e->abbreviation && m && e->abbreviation == m->abbreviation)
    index_put_hashed (r, SP_TIER_ABBREVIATION, m->abbr_key, m->abbr_key_hash, i, TRUE);
  else if (e->abbreviation)
    {
      char buf[64];
      char *abbr = sp_key_buf (NULL, e->abbreviation, -1, buf, sizeof buf);
      index_add (r, SP_TIER_ABBREVIATION, abbr, i);
      sp_key_buf_free (abbr, buf);
    }

  if (n == 0)
    return;
  if (f)
    {
      /* the same keys as below, made and hashed once per name */
      if (first[0] && first[1])
        index_put_hashed (r, SP_TIER_NAME, first, f->word_hash[0], i, TRUE);
      if (n < 2)
        return;
      if (last[0] && last[1])
        index_put_hashed (r, SP_TIER_NAME, last, f->word_hash[n - 1], i, TRUE);
      if (f->first_initial)
        {
          index_put_hashed (r, SP_TIER_NAME, f->first_initial, f->first_initial_hash, i, TRUE);
          index_put_hashed (r, SP_TIER_NAME, f->initial_last, f->initial_last_hash, i, TRUE);
        }
      if (e->abbreviation == NULL && f->initials)
        index_put_hashed (r, SP_TIER_NAME, f->initials, f->initials_hash, i, TRUE);
      for (guint k = 1; k + 1 < n; k++)
        if (strlen (e->word_keys[k]) >= 3)
          index_put_hashed (r, SP_TIER_WORD, e->word_keys[k], f->word_hash[k], i, TRUE);
      index_name_parts (r, e, i);
      index_hyphen_parts (r, e, i);
      index_hyphenated_first (r, e, i);
      return;
    }
  if (strlen (first) >= 2)
    index_put (r, SP_TIER_NAME, first, i, TRUE);
  if (n >= 2)
    {
      if (strlen (last) >= 2)
        index_put (r, SP_TIER_NAME, last, i, TRUE);
      /* iant, michaelm; mpratt, jsnell */
      char buf[80];
      gsize nf = strlen (first), nl = strlen (last);
      if (nf + 2 < sizeof buf && nl + 2 < sizeof buf)
        {
          memcpy (buf, first, nf);
          buf[nf] = last[0];
          buf[nf + 1] = '\0';
          index_add (r, SP_TIER_NAME, buf, i);
          buf[0] = first[0];
          memcpy (buf + 1, last, nl + 1);
          index_add (r, SP_TIER_NAME, buf, i);
        }
      /* initials stand for people the roster gives no abbreviation */
      if (e->abbreviation == NULL && n < sizeof buf)
        {
          for (guint k = 0; k < n; k++)
            buf[k] = e->word_keys[k][0];
          buf[n] = '\0';
          index_add (r, SP_TIER_NAME, buf, i);
        }
      for (guint k = 1; k + 1 < n; k++)
        if (strlen (e->word_keys[k]) >= 3)
          index_put (r, SP_TIER_WORD, e->word_keys[k], i, TRUE);
      index_name_parts (r, e, i);
      index_hyphen_parts (r, e, i);
      index_hyphenated_first (r, e, i);
    }
}

void
sp_roster_ensure_indexed (SpRoster *r)
{
  /* an entry brings about a dozen keys: grow once for all of them rather
   * than doubling along the way */
  guint want = r->used + 12 * (r->entries->len - MIN (r->indexed, r->entries->len));
  if (want > (r->mask + 1) / 2 && r->indexed < r->entries->len)
    {
      guint n = r->mask + 1;
      while (n / 2 < want)
        n *= 2;
      if (n > r->mask + 1)
        slots_resize (r, n);
    }
  for (; r->indexed < r->entries->len; r->indexed++)
    index_entry (r, r->indexed);
}

/* Adds (key, entry) unless the entry has that key already (pairs from
 * first on are the entry's): the same entry under one key is one value. */
static void
typo_pair (SpRoster *r, const char *key, guint entry, guint first)
{
  if (key == NULL || key[0] == '\0')
    return;
  for (guint j = first; j < r->n_typo_pairs; j++)
    if (strcmp (r->typo_pairs[j].key, key) == 0)
      return;
  if (r->n_typo_pairs == r->typo_pairs_cap)
    {
      r->typo_pairs_cap = MAX (16, 2 * r->typo_pairs_cap);
      r->typo_pairs = g_renew (TypoPair, r->typo_pairs, r->typo_pairs_cap);
    }
  r->typo_pairs[r->n_typo_pairs++] = (TypoPair) { key, (guint) strlen (key), entry, sp_typo_bytes (key) };
}

/* The keys and order of sp_roster_ensure_typo_indexed() below: a key
 * several entries share appears once per entry, in entry order, as the
 * entries of its index value do. */
void
sp_roster_ensure_typo_paired (SpRoster *r)
{
  for (; r->typo_paired < r->entries->len; r->typo_paired++)
    {
      guint i = r->typo_paired;
      const SpEntry *e = g_ptr_array_index (r->entries, i);
      guint first = r->n_typo_pairs;
      typo_pair (r, e->full_key, i, first);
      if (e->n_words >= 2)
        typo_pair (r, e->first_last, i, first);
      if (e->handle_key)
        typo_pair (r, e->handle_key, i, first);
      if (e->email)
        {
          const char *at = strchr (e->email, '@');
          g_autofree char *local = sp_key (e->email, at ? at - e->email : -1);
          typo_pair (r, local[0] ? sp_roster_keep_in (r, &r->keys, local) : NULL, i, first);
        }
      for (guint k = 0; e->aliases && k < e->aliases->len; k++)
        {
          g_autofree char *alias = sp_key (g_ptr_array_index (e->aliases, k), -1);
          typo_pair (r, alias[0] ? sp_roster_keep_in (r, &r->keys, alias) : NULL, i, first);
        }
      if (strlen (e->first_key) >= 2)
        typo_pair (r, e->first_key, i, first);
      if (e->n_words >= 2 && strlen (e->last_key) >= 2)
        typo_pair (r, e->last_key, i, first);
    }
}

/* The typo tier compares with whole names and words only: a typo of
 * "michaelp" (first name + initial) would be another person, "michaelm".
 * Built on the first typo lookup; most rosters never need it. */
void
sp_roster_ensure_typo_indexed (SpRoster *r)
{
  if (r->typo_index == NULL) /* made on first use: most rosters never need it */
    r->typo_index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, sp_roster_value_free);
  for (; r->typo_indexed < r->entries->len; r->typo_indexed++)
    {
      guint i = r->typo_indexed;
      const SpEntry *e = g_ptr_array_index (r->entries, i);
      index_add (r, SP_TIER_TYPO, e->full_key, i);
      if (e->n_words >= 2)
        index_add (r, SP_TIER_TYPO, e->first_last, i);
      if (e->handle_key)
        index_add (r, SP_TIER_TYPO, e->handle_key, i);
      if (e->email)
        {
          const char *at = strchr (e->email, '@');
          g_autofree char *local = sp_key (e->email, at ? at - e->email : -1);
          index_add (r, SP_TIER_TYPO, local, i);
        }
      for (guint k = 0; e->aliases && k < e->aliases->len; k++)
        {
          g_autofree char *alias = sp_key (g_ptr_array_index (e->aliases, k), -1);
          index_add (r, SP_TIER_TYPO, alias, i);
        }
      if (strlen (e->first_key) >= 2)
        index_add (r, SP_TIER_TYPO, e->first_key, i);
      if (e->n_words >= 2 && strlen (e->last_key) >= 2)
        index_add (r, SP_TIER_TYPO, e->last_key, i);
    }
}

