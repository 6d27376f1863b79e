/* text-titles.c: the titles of address and of office that may open a
 * person's name, in English and in the languages minutes are kept in
 * (np_text_is_title(), np-text.h).  Moved out of text.c as the table grew
 * other languages'. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "text-private.h"

typedef struct
{
  const char *word;
  /* cased: an abbreviation of another language's minutes, no title in
   * capitals, where English notes write acronyms ("HR", "MW", "SIG",
   * "ING", "ARCH") */
  guint8 len, office, cased;
} TitleWord;

/* The nouns of a post that are an office with a word before them ("City
 * Manager", "Police Chief", "Executive Director"), not alone: minutes
 * write no "Manager Jane Doe" ("Dean", a name as often as a post, is
 * none); "Director" and "Chief" are titles alone too ("Director
 * Kessler", "Chief Ramos", np_text_is_title()) */
static gboolean
office_head (const char *w, gsize n)
{
  static const char *const heads[] = {
    "administrator", "assessor", "attorney", "auditor",   "chancellor",     "chief",   "comptroller", "controller",
    "coordinator",   "counsel",  "director", "engineer",  "executive",      "manager", "marshal",     "officer",
    "planner",       "provost",  "recorder", "solicitor", "superintendent", NULL,
  };
  char first = g_ascii_tolower (w[0]);
  for (const char *const *h = heads; *h; h++)
    if ((*h)[0] == first && strlen (*h) == n && g_ascii_strncasecmp (w, *h, n) == 0)
      return TRUE;
  return FALSE;
}

/* A title of office of two words, a (an bytes) then b (bn): a word in
 * Title case or capitals that says which one or of what rank ("City",
 * "Deputy", "Vice", "Executive"), letters and hyphens only, no function
 * word ("The Chair", "Our Director" are no titles) nor title of address,
 * then an office ("Mayor", "Clerk") or the noun of a post ("Manager",
 * "Attorney", "Chief").  A lower-case word before the noun is prose ("our
 * manager", "new clerk"). */
/* A word before an office that says which one or of what rank ("City",
 * "Deputy", "Public"): Title case or capitals, letters and hyphens, no
 * function word nor title of address */
static gboolean
office_qualifier (const char *a, gsize an)
{
  if (an < 2 || an > 16 || !g_ascii_isupper (a[0]))
    return FALSE;
  for (gsize i = 0; i < an; i++)
    if (!g_ascii_isalpha (a[i]) && !(a[i] == '-' && i > 0 && i + 1 < an))
      return FALSE;
  char low[17];
  for (gsize i = 0; i < an; i++)
    low[i] = g_ascii_tolower (a[i]);
  low[an] = '\0';
  gboolean office = FALSE;
  return !np_text_is_stopword (low) && !(np_text_is_title (a, an, &office) && !office);
}

static gboolean
two_word_office (const char *a, gsize an, const char *b, gsize bn)
{
  if (an < 2 || an > 16 || bn < 2 || !g_ascii_isupper (a[0]))
    return FALSE;
  /* the second word first: most pairs of words are no office */
  gboolean office = FALSE;
  if (!((np_text_is_title (b, bn, &office) && office) || office_head (b, bn)))
    return FALSE;
  return office_qualifier (a, an);
}

/* A title of office of three words: an office "pro tem" ("Mayor Pro
 * Tem", "President pro tem"), or a qualifier before an office of two
 * words ("Public Works Director", "Assistant City Manager", "Deputy City
 * Clerk") */
static gboolean
three_word_office (const char *a, gsize an, const char *b, gsize bn, const char *c, gsize cn)
{
  if (bn == 3 && cn == 3 && g_ascii_strncasecmp (b, "pro", 3) == 0 && g_ascii_strncasecmp (c, "tem", 3) == 0)
    {
      gboolean office = FALSE;
      return np_text_is_title (a, an, &office) && office;
    }
  return two_word_office (b, bn, c, cn) && office_qualifier (a, an);
}

/* Two words that address one person together: two titles of address, as
 * German minutes write "Herr Dr. Weber" and "Frau Prof. Lang", or Dutch
 * "De heer Jansen" (the "Mr." of a letter, one title in two words) */
static gboolean
two_titles_of_address (const char *a, gsize an, const char *b, gsize bn)
{
  if (an == 2 && bn == 4 && g_ascii_strncasecmp (a, "de", 2) == 0 && memcmp (b, "heer", 4) == 0)
    return TRUE;
  if (memchr (a, ' ', an) || an < 2 || bn < 2)
    return FALSE;
  gboolean office_a = TRUE, office_b = TRUE;
  return np_text_is_title (a, an, &office_a) && !office_a && np_text_is_title (b, bn, &office_b) && !office_b;
}

gboolean
np_text_is_title (const char *w, gsize n, gboolean *office)
{
  /* sorted by length, then by word: a length and a first letter decide
   * most misses before a comparison */
#define T(w, o) { w, sizeof w - 1, o, 0 }
  /* other languages' titles of address: German "Hr.", "Fr."; Italian
   * "Dott.", "Dott.ssa", "Ing.", "Avv.", "Geom.", "Arch.", "Sig.",
   * "Sig.ra"; Dutch "Dhr.", "Mevr.", "Mw.", "Mevrouw"; Spanish "Dña.",
   * "Doña"; Polish "Pani".  Not "Don" nor "Pan", first names and a
   * surname as often ("Don Smith", "Pan Wei"), nor "D.", an initial */
#define F(w) { w, sizeof w - 1, 0, 1 }
  static const TitleWord titles[] = {
    T ("dr", 0), F ("fr"), F ("hr"), T ("mr", 0), T ("ms", 0), F ("mw"), T ("mx", 0), T ("sr", 0),
    F ("avv"), F ("dhr"), T ("hon", 0), F ("ing"), T ("mme", 0), T ("mrs", 0), T ("rep", 1), T ("rev", 0),
    T ("sen", 1), F ("sig"), T ("sir", 0), T ("sra", 0),
    F ("arch"), T ("cllr", 1), T ("dame", 0), F ("dott"), F ("d\xc3\xb1" "a"), T ("frau", 0), F ("geom"),
    T ("herr", 0), F ("mevr"), T ("mlle", 0), F ("pani"), T ("prof", 0), T ("srta", 0),
    T ("chair", 1), T ("chief", 1), T ("clerk", 1), F ("do\xc3\xb1" "a"), T ("judge", 1), T ("madam", 0),
    T ("maire", 1), T ("mayor", 1), T ("nurse", 1), T ("rabbi", 0),
    F ("sig.ra"),
    T ("adjoint", 1), T ("alcalde", 1), T ("justice", 1), T ("landrat", 1), F ("mevrouw"), T ("provost", 1),
    T ("senator", 1), T ("sheriff", 1), T ("sindaco", 1), T ("trustee", 1),
    T ("adjointe", 1), T ("alderman", 1), T ("chairman", 1), T ("concejal", 1), T ("director", 1), F ("dott.ssa"),
    T ("governor", 1), T ("minister", 1), T ("prefeita", 1), T ("prefeito", 1), T ("reverend", 0), T ("stadtrat", 1),
    T ("tesorera", 1), T ("tesorero", 1), T ("vereador", 1),
    T ("alcaldesa", 1), T ("assessore", 1), T ("concejala", 1), T ("councilor", 1), T ("president", 1),
    T ("registrar", 1), T ("secretary", 1), T ("selectman", 1), T ("treasurer", 1), T ("vereadora", 1),
    T ("wethouder", 1),
    T ("alderwoman", 1), T ("chairwoman", 1), T ("chancellor", 1), T ("conseiller", 1), T ("councillor", 1),
    T ("councilman", 1), T ("presidenta", 1), T ("presidente", 1), T ("secretaria", 1), T ("secretario", 1),
    T ("supervisor", 1),
    T ("chairperson", 1), T ("consigliere", 1), T ("selectwoman", 1), T ("stadtr\xc3\xa4tin", 1),
    T ("vorsitzende", 1),
    T ("burgemeester", 1), T ("commissioner", 1), T ("conseill\xc3\xa8re", 1), T ("councilwoman", 1),
    T ("vorsitzender", 1),
    T ("councilmember", 1),
    T ("b\xc3\xbcrgermeister", 1), T ("representative", 1), T ("superintendent", 1),
  };
#undef F
#undef T
  if (n > 0 && w[n - 1] == '.')
    n--;
  const char *sp = memchr (w, ' ', n);
  if (sp != NULL)
    {
      /* "City Manager", "Deputy Mayor", "Police Chief": two words */
      const char *b = sp + 1;
      if (b >= w + n)
        return FALSE;
      const char *sp2 = memchr (b, ' ', w + n - b);
      if (sp2 != NULL)
        {
          /* "Mayor Pro Tem", "Public Works Director": three */
          const char *c = sp2 + 1;
          if (c >= w + n || memchr (c, ' ', w + n - c) || !three_word_office (w, sp - w, b, sp2 - b, c, w + n - c))
            return FALSE;
          if (office)
            *office = TRUE;
          return TRUE;
        }
      gboolean address = two_titles_of_address (w, sp - w, b, w + n - b);
      if (!address && !two_word_office (w, sp - w, b, w + n - b))
        return FALSE;
      if (office)
        *office = !address;
      return TRUE;
    }
  if (n < 2 || n > 14)
    return FALSE;
  char first = g_ascii_tolower (w[0]);
  /* the first title of this length, by bisection (the table is sorted by
   * length): only the words as long as w are compared */
  guint lo = 0, hi = G_N_ELEMENTS (titles);
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (titles[mid].len < n)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < G_N_ELEMENTS (titles) && titles[i].len == n; i++)
    if (titles[i].word[0] == first && g_ascii_strncasecmp (w, titles[i].word, n) == 0
        && !(titles[i].cased && !np_text_has_ascii_lowercase (w, n)))
      {
        if (office)
          *office = titles[i].office;
        return TRUE;
      }
  return FALSE;
}

/* Is w (n bytes) a title of office, or a hyphenated word ending in one
 * ("Under-Secretary")? */
static gboolean
office_word (const char *w, gsize n)
{
  const char *hy = memchr (w, '-', n);
  if (hy && hy + 1 < w + n)
    n -= hy + 1 - w, w = hy + 1;
  gboolean office = FALSE;
  return np_text_is_title (w, n, &office) && office;
}

gboolean
np_text_office_of_words (const char *s, gsize len)
{
  const char *e = s + len;
  if (len < 8 || strncmp (s, "The ", 4) != 0)
    return FALSE;
  static const char *const small[] = { "for", "of", "the", "and", NULL };
  gboolean office = FALSE;
  guint words = 2; /* "The" is the first */
  for (const char *w = s + 4; w < e; words++)
    {
      const char *sp = memchr (w, ' ', e - w);
      const char *we = sp ? sp : e;
      gboolean comma = we[-1] == ',';
      gsize n = we - w - comma;
      gboolean ok = n > 0 && g_ascii_isupper (*w);
      if (!ok) /* a function word, never the last */
        {
          for (const char *const *x = small; *x && !ok; x++)
            ok = strlen (*x) == n && strncmp (*x, w, n) == 0 && sp != NULL && !comma;
        }
      /* the title comes early: "The Minister ...", "The Parliamentary
       * Under-Secretary ..." */
      if (ok && !office && words <= 3)
        office = office_word (w, n);
      if (!ok || words > 12 || (comma && sp == NULL) || (words > 3 && !office))
        return FALSE;
      w = sp ? sp + 1 : e;
    }
  return office && words > 3; /* and a word after the title's */
}

gsize
np_text_floor_verb (const char *s, gsize len)
{
  static const char *const verbs[] = { "Interviene ", "Intervient ", "Interv\xc3\xa9m ", "Responde ", "Risponde ",
                                       "R\xc3\xa9pond ", "Replica ", "Contesta ", "Pregunta ", "Chiede ",
                                       "Pergunta ",
                                       /* the noun: "Intervención de Pablo Ruiz: ..." */
                                       "Intervenci\xc3\xb3n de ", "Intervention de ", "Intervento di ",
                                       "Interven\xc3\xa7\xc3\xa3o de ", NULL };
  if (len < 12 || !strchr ("ICPR", s[0]))
    return 0;
  for (const char *const *v = verbs; *v; v++)
    {
      gsize n = strlen (*v);
      if (len <= n + 2 || memcmp (s, *v, n) != 0)
        continue;
      if (g_ascii_isupper (s[n]))
        return n;
      /* "Interviene el concejal Ruiz" */
      gsize office = np_text_article_office (s + n, len - n);
      return office ? n + office : 0;
    }
  return 0;
}

/* A Romance article opening s, then a word in lower case of four letters
 * or more: the article's bytes, the word's end in *word_end; or 0 */
static gsize
article_word (const char *s, gsize len, gsize *word_end)
{
  static const char *const articles[] = { "el ", "la ", "il ", "lo ", "le ", "o ", "a ", "l'", "l\xe2\x80\x99", NULL };
  if (len < 8 || !strchr ("eEiIlLoOaA", s[0]))
    return 0;
  for (const char *const *a = articles; *a; a++)
    {
      gsize an = strlen (*a), k = an;
      if (len <= an + 6 || g_ascii_strncasecmp (s, *a, an) != 0)
        continue;
      while (k < len && (g_ascii_islower (s[k]) || (guchar) s[k] >= 0x80))
        k++;
      *word_end = k;
      return k - an >= 4 ? an : 0;
    }
  return 0;
}

gsize
np_text_article_office (const char *s, gsize len)
{
  gsize k;
  return article_word (s, len, &k) && k + 1 < len && s[k] == ' ' && g_ascii_isupper (s[k + 1]) ? k + 1 : 0;
}

gsize
np_text_article_office_alone (const char *s, gsize len)
{
  gsize k, an = article_word (s, len, &k);
  gboolean office = FALSE;
  return an && k + 1 < len && s[k] == ':' && np_text_is_title (s + an, k - an, &office) && office ? k : 0;
}
