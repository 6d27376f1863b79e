/* roster-forms.c: what an instance keeps per name for the rosters of its
 * analyses.
 *
 * People recur across the meetings of a series: the keys derived from a
 * full name (NameForm: its key, word keys, first + last, initials, with
 * their hashes) are made once per name, and with them the fields of the
 * first entries made under the name and the index keys those fields bring
 * (EntryMemo): an attendee written the same way in the next meeting
 * borrows them (roster.c: sp_roster_add(); roster-index.c: index_entry()).
 * The table of forms is the scratch's; roster.c explains the keys. */
#include <string.h>

#include "roster-private.h"

/* Forms kept for this many names at most (emptied between analyses). */
#define NAME_FORMS_MAX 8192

static EntryMemo *sp_entry_memo_new (const char *name, const char *abbreviation, const char *handle,
                                     const char *email, const char *affiliation);

static void
name_form_free (gpointer data)
{
  NameForm *f = data;
  for (EntryMemo *m = f->memo, *next; m; m = next)
    {
      next = m->next;
      g_free (m);
    }
  g_free (f);
}

SpStrTable *
sp_name_forms_new (void)
{
  /* keys are the names kept in the forms' own blocks, right after the
   * struct: a lookup reads one block, not a key string and then the form */
  return sp_str_table_new (sizeof (NameForm), name_form_free);
}

static gboolean
same_arg (const char *memo_arg, const char *arg)
{
  if (arg == NULL)
    arg = "";
  /* mostly both empty, or differing at once */
  return memo_arg[0] == arg[0] && (arg[0] == '\0' || strcmp (memo_arg + 1, arg + 1) == 0);
}

/* Memos kept per name at most: a name is written a few ways in a series
 * (in the attendee list with an affiliation, in the text without). */
#define MEMOS_PER_FORM 4

/* The memo of form for a new entry of these fields, made on first use;
 * NULL when the name already has MEMOS_PER_FORM memos, none of them for
 * these fields. */
const EntryMemo *
sp_entry_memo_find (NameForm *form, const char *name, const char *abbreviation, const char *handle,
                    const char *email, const char *affiliation)
{
  EntryMemo **link = &form->memo;
  guint n = 0;
  for (; *link; link = &(*link)->next, n++)
    {
      const EntryMemo *m = *link;
      if (same_arg (m->arg_abbreviation, abbreviation) && same_arg (m->arg_handle, handle)
          && same_arg (m->arg_email, email) && same_arg (m->arg_affiliation, affiliation))
        return m;
    }
  if (n >= MEMOS_PER_FORM)
    return NULL;
  *link = sp_entry_memo_new (name, abbreviation, handle, email, affiliation);
  return *link;
}

void
sp_name_forms_trim (SpStrTable *forms)
{
  if (sp_str_table_size (forms) >= NAME_FORMS_MAX)
    sp_str_table_clear (forms);
}

static const char *
or_empty (const char *s)
{
  return s ? s : "";
}

static EntryMemo *
sp_entry_memo_new (const char *name, const char *abbreviation, const char *handle, const char *email,
                   const char *affiliation)
{
  /* the fields as sp_roster_add() makes them for a new entry, on the
   * stack when short */
  char abuf[64], hbuf[64], lbuf[64], kbuf[64];
  g_autofree char *abbr_heap = NULL;
  char *abbr = NULL;
  if (abbreviation && abbreviation[0])
    {
      gsize n = strlen (abbreviation);
      abbr = n < sizeof abuf ? abuf : (abbr_heap = g_malloc (n + 1));
      for (gsize k = 0; k <= n; k++)
        abbr[k] = g_ascii_toupper (abbreviation[k]);
    }
  const char *hd = handle && handle[0] ? (handle[0] == '@' ? handle + 1 : handle) : NULL;
  const char *em = email && email[0] ? email : NULL;
  const char *af = affiliation && affiliation[0] ? affiliation : NULL;
  char *hk = hd ? sp_key_buf (NULL, hd, -1, hbuf, sizeof hbuf) : NULL;
  /* and the keys index_entry() derives from them: the handle's stem is
   * the handle's key without trailing digits, when 3 bytes remain */
  gsize stem_len = hk ? strlen (hk) : 0;
  while (stem_len > 0 && g_ascii_isdigit (hk[stem_len - 1]))
    stem_len--;
  char *local = NULL;
  if (em)
    {
      const char *at = strchr (em, '@');
      local = sp_key_buf (NULL, em, at ? at - em : -1, lbuf, sizeof lbuf);
    }
  char *abbr_key = abbr ? sp_key_buf (NULL, abbr, -1, kbuf, sizeof kbuf) : NULL;
  const char *stem = stem_len >= 3 ? hk : NULL; /* stem_len bytes of it, src[STEM_SRC] */
  enum { STEM_SRC = 10 };
  const char *src[] = { or_empty (abbreviation), or_empty (handle), or_empty (email), or_empty (affiliation),
                        name, abbr, hd, em, af, hk, stem, local, abbr_key };
  gsize bytes = sizeof (EntryMemo);
  gsize len[G_N_ELEMENTS (src)];
  for (guint k = 0; k < G_N_ELEMENTS (src); k++)
    {
      len[k] = src[k] == NULL ? 0 : k == STEM_SRC ? stem_len : strlen (src[k]);
      bytes += src[k] ? len[k] + 1 : 0;
    }
  EntryMemo *m = g_malloc (bytes);
  m->next = NULL;
  char **dst[] = { &m->arg_abbreviation, &m->arg_handle, &m->arg_email, &m->arg_affiliation, &m->name,
                   &m->abbreviation, &m->handle, &m->email, &m->affiliation, &m->handle_key, &m->handle_stem,
                   &m->email_local, &m->abbr_key };
  G_STATIC_ASSERT (G_N_ELEMENTS (src) == G_N_ELEMENTS (dst));
  char *out = (char *) (m + 1);
  for (guint k = 0; k < G_N_ELEMENTS (src); k++)
    {
      *dst[k] = src[k] ? out : NULL;
      if (src[k])
        {
          memcpy (out, src[k], len[k]);
          out[len[k]] = '\0';
          out += len[k] + 1;
        }
    }
  sp_key_buf_free (hk, hbuf);
  sp_key_buf_free (local, lbuf);
  sp_key_buf_free (abbr_key, kbuf);
  m->handle_key_hash = m->handle_key ? g_str_hash (m->handle_key) : 0;
  m->handle_stem_hash = m->handle_stem ? g_str_hash (m->handle_stem) : 0;
  m->email_local_hash = m->email_local ? g_str_hash (m->email_local) : 0;
  m->abbr_key_hash = m->abbr_key ? g_str_hash (m->abbr_key) : 0;
  return m;
}

/* Keys of the words of a full name, parenthesized parts left out, added
 * to out (allocated). */
void
sp_roster_word_keys (GHashTable *translit, const char *name, GPtrArray *out)
{
  const char *p = name;
  int paren = 0;
  while (*p)
    {
      while (*p == ' ' || *p == ',' || *p == '\t')
        p++;
      if (!*p)
        break;
      const char *w = p;
      while (*p && *p != ' ' && *p != ',' && *p != '\t')
        {
          if (*p == '(')
            paren++;
          else if (*p == ')')
            paren--;
          p++;
        }
      if (paren > 0 || w[0] == '(' || p[-1] == ')')
        continue;
      char *k = sp_key_cached (translit, w, p - w);
      if (k[0])
        g_ptr_array_add (out, k);
      else
        g_free (k);
    }
}

/* The NameForm of name, built on first use. */
const NameForm *
sp_roster_name_form (SpRoster *r, const char *name)
{
  const NameForm *known = sp_str_table_lookup (r->name_forms, name);
  if (known)
    return known;
  g_autofree char *key = sp_key_cached (r->translit, name, -1);
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  sp_roster_word_keys (r->translit, name, words);
  guint n = words->len;
  g_autofree char *fl = n >= 2 ? g_strconcat (g_ptr_array_index (words, 0), g_ptr_array_index (words, n - 1), NULL)
                               : NULL;
  /* the derived keys index_entry() adds at the name tier */
  g_autofree char *fi = NULL, *il = NULL, *ini = NULL;
  if (n >= 2)
    {
      const char *first = g_ptr_array_index (words, 0), *last = g_ptr_array_index (words, n - 1);
      gsize nf = strlen (first), nl = strlen (last);
      if (nf + 2 < DERIVED_MAX && nl + 2 < DERIVED_MAX)
        {
          fi = g_malloc (nf + 2);
          memcpy (fi, first, nf);
          fi[nf] = last[0];
          fi[nf + 1] = '\0';
          il = g_malloc (nl + 2);
          il[0] = first[0];
          memcpy (il + 1, last, nl + 1);
        }
      if (n < DERIVED_MAX)
        {
          ini = g_malloc (n + 1);
          for (guint k = 0; k < n; k++)
            ini[k] = ((const char *) g_ptr_array_index (words, k))[0];
          ini[n] = '\0';
        }
    }
  const char *extra[] = { key, fl, fi, il, ini };
  /* the name (the table's key) right after the struct, where a lookup
   * reads it; then the aligned arrays and the keys */
  gsize name_size = strlen (name) + 1;
  gsize name_room = (name_size + sizeof (char *) - 1) / sizeof (char *) * sizeof (char *);
  gsize bytes = sizeof (NameForm) + name_room + (n + 1) * sizeof (char *) + n * sizeof (guint);
  for (guint k = 0; k < G_N_ELEMENTS (extra); k++)
    bytes += extra[k] ? strlen (extra[k]) + 1 : 0;
  for (guint k = 0; k < n; k++)
    bytes += strlen (g_ptr_array_index (words, k)) + 1;
  NameForm *f = g_malloc0 (bytes);
  f->n_words = n;
  char *kept_name = memcpy (f + 1, name, name_size);
  f->word_keys = (char **) ((char *) (f + 1) + name_room);
  f->word_hash = (guint *) (f->word_keys + n + 1);
  char *out = (char *) (f->word_hash + n);
  char **slots[] = { &f->key, &f->first_last, &f->first_initial, &f->initial_last, &f->initials };
  guint *hashes[] = { &f->key_hash, &f->first_last_hash, &f->first_initial_hash, &f->initial_last_hash,
                      &f->initials_hash };
  for (guint k = 0; k < G_N_ELEMENTS (extra); k++)
    if (extra[k])
      {
        *slots[k] = out;
        out = g_stpcpy (out, extra[k]) + 1;
        *hashes[k] = g_str_hash (*slots[k]);
      }
  if (fl == NULL)
    {
      f->first_last = f->key;
      f->first_last_hash = f->key_hash;
    }
  for (guint k = 0; k < n; k++)
    {
      f->word_keys[k] = out;
      out = g_stpcpy (out, g_ptr_array_index (words, k)) + 1;
      f->word_hash[k] = g_str_hash (f->word_keys[k]);
    }
  f->word_keys[n] = NULL;
  g_assert (kept_name == (char *) f + sizeof (NameForm)); /* the table's key_off */
  sp_str_table_insert (r->name_forms, f);
  return f;
}

gboolean
sp_roster_name_keys (SpRoster *r, const char *name, SpNameKeys *keys)
{
  const NameForm *f = sp_roster_name_form (r, name);
  if (f->n_words < 2)
    return FALSE;
  *keys = (SpNameKeys) { (const char *const *) f->word_keys, f->n_words, f->first_last, f->first_initial,
                         f->initial_last };
  return TRUE;
}
