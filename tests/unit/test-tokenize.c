/* test-tokenize.c: tokenizer and sentence splitter. */
#include <string.h>

#include <notepipe/notepipe.h>

/* Tokens of a one-line plain-text note, as "norm/kind" strings */
static GPtrArray *
tokens_of (const char *line, NpDocument **doc_out)
{
  g_autoptr (GError) error = NULL;
  NpReadOptions o = { .input_format = "text" };
  g_autofree char *text = g_strdup_printf ("- %s\n", line);
  NpDocument *doc = np_read_bytes ("t.txt", text, strlen (text), &o, &error);
  g_assert_no_error (error);
  np_document_validate (doc, &error);
  g_assert_no_error (error);
  guint n;
  const NpToken *t = np_document_get_tokens (doc, &n);
  gsize len;
  const char *txt = np_document_get_text (doc, &len);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_strndup (txt + t[i].start, t[i].end - t[i].start));
  if (doc_out)
    *doc_out = doc;
  else
    np_document_unref (doc);
  return out;
}

static void
assert_tokens (const char *line, const char *const *expected)
{
  g_autoptr (GPtrArray) got = tokens_of (line, NULL);
  guint n = g_strv_length ((char **) expected);
  for (guint i = 0; i < MIN (n, got->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, expected[i]);
  g_assert_cmpuint (got->len, ==, n);
}

static void
test_words (void)
{
  const char *const e[] = { "Hello", ",", "world", "!", NULL };
  assert_tokens ("Hello, world!", e);
}

static void
test_whole_tokens (void)
{
  const char *const e[] = { "GODEBUG=fips140", "in", "Go", "1.23", "see", "https://go.dev/s/x", "or",
                            "mail", "a.b@golang.org", "@FiloSottile", "fips-mode", "don't", "x/net", NULL };
  assert_tokens ("GODEBUG=fips140 in Go 1.23 see https://go.dev/s/x or mail a.b@golang.org @FiloSottile fips-mode "
                 "don't x/net",
                 e);
}

static void
test_url_punctuation (void)
{
  const char *const e[] = { "(", "https://example.com/a_(b)", ")", ".", NULL };
  assert_tokens ("(https://example.com/a_(b)).", e);
  const char *const f[] = { "[", "#43520", "]", "(", "https://github.com/nodejs/node/issues/43520", ")", NULL };
  g_autoptr (GPtrArray) got = tokens_of ("[#43520](https://github.com/nodejs/node/issues/43520)", NULL);
  g_assert_cmpuint (got->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (got, 5), ==, f[4]);
}

/* Underscores around words are emphasis; inside words and code spans they
 * belong to the identifier */
static void
test_emphasis_underscores (void)
{
  const char *const e[] = { "_", "previous", "_", "minutes", "__", "bold", "__", "snake_case", "_", "doc_ver", "_",
                            "`", "_private", "`", "`", "__init__", "`", "_", "Original", "Doc", "_", "x", "_",
                            "___", NULL };
  assert_tokens ("_previous_ minutes __bold__ snake_case _doc_ver_ `_private` `__init__` _Original Doc_ x_ ___", e);
  NpDocument *doc;
  g_autoptr (GPtrArray) got = tokens_of ("_previous_ notes", &doc);
  guint n;
  const NpToken *t = np_document_get_tokens (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (t[0].kind, ==, NP_TOKEN_PUNCT);
  g_assert_cmpint (t[1].kind, ==, NP_TOKEN_WORD);
  g_assert_cmpstr (np_document_string (doc, t[1].norm), ==, "previous");
  np_document_unref (doc);
  /* underscores with no letter are no word, glued to a code span too
   * (reStructuredText's anonymous link, "(`Pull #1 <url>`__)") */
  g_autoptr (GPtrArray) rst = tokens_of ("fixed (`Pull <https://example.com/1>`__) in snake_case", &doc);
  t = np_document_get_tokens (doc, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (g_ptr_array_index (rst, i), "__") == 0)
      g_assert_true (!NP_TOKEN_KIND_IS_WORD (t[i].kind));
  g_assert_cmpint (t[n - 1].kind, ==, NP_TOKEN_IDENT);
  g_assert_true (g_ptr_array_find_with_equal_func (rst, "__", g_str_equal, NULL));
  np_document_unref (doc);
}

static void
test_kinds_and_forms (void)
{
  NpDocument *doc;
  g_autoptr (GPtrArray) got = tokens_of ("The Running FIPS 1.21 v2.0.1 mpratt@google.com", &doc);
  guint n;
  const NpToken *t = np_document_get_tokens (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpint (t[0].kind, ==, NP_TOKEN_WORD);
  g_assert_true (t[0].flags & NP_TOKEN_STOPWORD);
  g_assert_true (t[0].flags & NP_TOKEN_CAPITALIZED);
  g_assert_cmpstr (np_document_string (doc, t[1].norm), ==, "running");
  g_assert_cmpstr (np_document_string (doc, t[1].stem), ==, "run");
  g_assert_true (t[2].flags & NP_TOKEN_UPPER);
  g_assert_cmpint (t[3].kind, ==, NP_TOKEN_VERSION);
  g_assert_cmpint (t[4].kind, ==, NP_TOKEN_VERSION);
  g_assert_cmpint (t[5].kind, ==, NP_TOKEN_EMAIL);
  np_document_unref (doc);
}

/* C#, F#, C++, g++ are words (their letter alone is too short to count);
 * the mark is not taken when a word or another mark follows */
static void
test_language_marks (void)
{
  const char *const e[] = { "C#", ",", "C++", "and", "F#", ".", "g++", "Notepad++", "a", "#", "b", "c", "+", "+",
                            "+", "x+y", "#", "1", NULL };
  assert_tokens ("C#, C++ and F#. g++ Notepad++ a#b c+++ x+y #1", e);
  NpDocument *doc;
  g_autoptr (GPtrArray) got = tokens_of ("C++ rocks", &doc);
  guint n;
  const NpToken *t = np_document_get_tokens (doc, &n);
  g_assert_cmpint (t[0].kind, ==, NP_TOKEN_WORD);
  g_assert_cmpstr (np_document_string (doc, t[0].norm), ==, "c++");
  g_assert_false (t[0].flags & NP_TOKEN_STOPWORD);
  np_document_unref (doc);
}

/* NpItem.n_words counts word, number, version and identifier tokens */
static void
test_item_words (void)
{
  NpDocument *doc;
  g_autoptr (GPtrArray) got
      = tokens_of ("GODEBUG=fips140 in Go 1.23, see https://go.dev/s/x or mail a.b@golang.org @FiloSottile 15!", &doc);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  /* GODEBUG=fips140 in Go 1.23 see or mail 15; not the link, the
   * address, the handle or punctuation */
  g_assert_cmpuint (items[0].n_words, ==, 8);
  np_document_unref (doc);

  g_autoptr (GError) error = NULL;
  NpReadOptions o = { .input_format = "markdown" };
  const char *md = "# T\n\n- one two\n\n```\ncode words here\n```\n\nThree, four: five.\n";
  doc = np_read_bytes ("t.md", md, strlen (md), &o, &error);
  g_assert_no_error (error);
  np_document_validate (doc, &error); /* checks n_words against the tokens */
  g_assert_no_error (error);
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].n_words, ==, 2);
  g_assert_cmpint (items[1].kind, ==, NP_ITEM_CODE);
  g_assert_cmpuint (items[1].n_words, ==, 0);
  g_assert_cmpuint (items[2].n_words, ==, 3);
  np_document_unref (doc);
}

static guint
sentences_of (const char *line)
{
  NpDocument *doc;
  g_autoptr (GPtrArray) got = tokens_of (line, &doc);
  guint n;
  np_document_get_sentences (doc, &n);
  np_document_unref (doc);
  return n;
}

static void
test_sentences (void)
{
  g_assert_cmpuint (sentences_of ("One thing. Another thing."), ==, 2);
  g_assert_cmpuint (sentences_of ("Use e.g. this, i.e. that, vs. the other."), ==, 1);
  g_assert_cmpuint (sentences_of ("It landed in Go 1.21. Then it shipped."), ==, 2);
  g_assert_cmpuint (sentences_of ("Why? because. ok"), ==, 3);
  g_assert_cmpuint (sentences_of ("J. S. Choi said so."), ==, 1);
  g_assert_cmpuint (sentences_of ("He said \"stop.\" Then left."), ==, 2);
}

static void
test_unicode (void)
{
  NpDocument *doc;
  g_autoptr (GPtrArray) got = tokens_of ("Сковорода Никита — Michaël’s café ½", &doc);
  guint n;
  const NpToken *t = np_document_get_tokens (doc, &n);
  g_assert_cmpstr (g_ptr_array_index (got, 0), ==, "Сковорода");
  g_assert_cmpstr (np_document_string (doc, t[0].norm), ==, "сковорода");
  g_assert_cmpstr (g_ptr_array_index (got, 3), ==, "Michaël’s");
  g_assert_cmpstr (np_document_string (doc, t[3].norm), ==, "michaël's");
  np_document_unref (doc);
}

static void
test_text_helpers (void)
{
  g_autofree char *f = np_text_fold ("Michaël ÅSA", -1);
  g_assert_cmpstr (f, ==, "michael asa");
  g_assert_cmpuint (np_text_edit_distance ("filippo", "flilippo", 3), ==, 1);
  g_assert_cmpuint (np_text_edit_distance ("pjmalloy", "pimalloy", 3), ==, 1);
  g_assert_cmpuint (np_text_edit_distance ("abc", "xyzxyz", 2), ==, 3);
  gboolean office = FALSE;
  g_assert_true (np_text_is_title ("Mayor", 5, &office) && office);
  g_assert_true (np_text_is_title ("Cllr.", 5, &office) && office);
  g_assert_true (np_text_is_title ("DR.", 3, &office) && !office);
  g_assert_true (np_text_is_title ("prof", 4, NULL));
  g_assert_false (np_text_is_title ("Major", 5, NULL));
  g_assert_false (np_text_is_title ("Mayors", 6, NULL));
  g_assert_true (np_text_is_title ("COUNCILMEMBER", 13, &office) && office);
  g_assert_true (np_text_is_title ("Councilman", 10, &office) && office);
  /* the first and last words of each length of the table (found by
   * bisection on their length) */
  static const char *const at_edges[] = { "Dr", "Sr", "Avv", "Sra", "Arch", "Srta", "Chair", "Rabbi", "Sig.ra",
                                          "Adjoint", "Trustee", "Adjointe", "Vereador", "Alcaldesa", "Wethouder",
                                          "Alderwoman", "Supervisor", "Chairperson", "Vorsitzende", "Burgemeester",
                                          "Vorsitzender", "Councilmember", "B\xc3\xbcrgermeister", "Superintendent",
                                          "Representative", "Do\xc3\xb1" "a" };
  for (guint i = 0; i < G_N_ELEMENTS (at_edges); i++)
    g_assert_true (np_text_is_title (at_edges[i], strlen (at_edges[i]), NULL));
  g_assert_false (np_text_is_title ("Representatives", 15, NULL));
  g_assert_true (np_text_is_title ("Madam", 5, &office) && !office);
  /* a parliament's offices with function words */
  static const char *const offices[] = { "The Minister for Transport", "The Secretary of State",
                                         "The Parliamentary Under-Secretary of State for Transport",
                                         "The Minister of State, Ministry of Finance" };
  for (guint i = 0; i < G_N_ELEMENTS (offices); i++)
    g_assert_true (np_text_office_of_words (offices[i], strlen (offices[i])));
  static const char *const not_offices[] = { "The Minister", "The Minister will report", "The plan of the Minister",
                                             "The Minister of", "The Minister of State,", "Minister for Transport",
                                             "The Big Red Office of the Minister" };
  for (guint i = 0; i < G_N_ELEMENTS (not_offices); i++)
    g_assert_false (np_text_office_of_words (not_offices[i], strlen (not_offices[i])));
  /* Romance minutes' verb of taking the floor before the voice */
  g_assert_cmpuint (np_text_floor_verb ("Interviene Jorge Ruiz: s\xc3\xad", 26), ==, 11);
  g_assert_cmpuint (np_text_floor_verb ("Risponde Marco Rossi: s\xc3\xac", 25), ==, 9);
  g_assert_cmpuint (np_text_floor_verb ("Interviene la presidenta", 24), ==, 0);
  g_assert_cmpuint (np_text_floor_verb ("Interview with Jorge", 20), ==, 0);
  /* ... with an article and an office before the name */
  g_assert_cmpuint (np_text_floor_verb ("Interviene el concejal Ruiz: s", 30), ==, 23);
  g_assert_cmpuint (np_text_article_office ("La concejala Torres", 19), ==, 13);
  g_assert_cmpuint (np_text_article_office ("l'assessore Bianchi", 19), ==, 12);
  g_assert_cmpuint (np_text_article_office ("La Torre", 8), ==, 0);
  g_assert_cmpuint (np_text_article_office ("de la Cruz", 10), ==, 0);
  g_assert_cmpuint (np_text_article_office ("A big Deal", 10), ==, 0);
  g_assert_false (np_text_is_title ("D", 1, NULL));
  /* two words: an office or a post's noun, and the word that says which */
  office = FALSE;
  g_assert_true (np_text_is_title ("City Manager", 12, &office) && office);
  g_assert_true (np_text_is_title ("CITY CLERK", 10, NULL));
  g_assert_true (np_text_is_title ("Deputy Mayor", 12, NULL));
  g_assert_true (np_text_is_title ("Vice Chair", 10, NULL));
  g_assert_true (np_text_is_title ("Police Chief", 12, NULL));
  g_assert_true (np_text_is_title ("Executive Director", 18, NULL));
  g_assert_false (np_text_is_title ("The Chair", 9, NULL));
  g_assert_false (np_text_is_title ("Mr. Mayor", 9, NULL));
  g_assert_false (np_text_is_title ("city manager", 12, NULL));
  g_assert_false (np_text_is_title ("City Hall", 9, NULL));
  g_assert_false (np_text_is_title ("Manager", 7, NULL));
  g_assert_false (np_text_is_title ("Grace Lee", 9, NULL));
  g_assert_false (np_text_is_title ("Vice Chair Lee", 14, NULL));
  /* three words: an office "pro tem", a qualifier before an office of two;
   * "Director" and "Chief" alone */
  office = FALSE;
  g_assert_true (np_text_is_title ("Mayor Pro Tem", 13, &office) && office);
  g_assert_true (np_text_is_title ("Public Works Director", 21, NULL));
  g_assert_true (np_text_is_title ("Assistant City Manager", 22, NULL));
  g_assert_false (np_text_is_title ("The City Manager", 16, NULL));
  g_assert_false (np_text_is_title ("Grace Pro Tem", 13, NULL));
  g_assert_false (np_text_is_title ("Public Works Department", 23, NULL));
  g_assert_true (np_text_is_title ("Director", 8, &office) && office);
  g_assert_true (np_text_is_title ("Chief", 5, NULL));
  /* other languages' titles of address, and two of them together */
  g_assert_true (np_text_is_title ("Dott.", 5, &office) && !office);
  g_assert_true (np_text_is_title ("Dott.ssa", 8, NULL));
  g_assert_true (np_text_is_title ("Sig.ra", 6, NULL));
  g_assert_true (np_text_is_title ("Hr.", 3, NULL));
  g_assert_true (np_text_is_title ("Mevr.", 5, NULL));
  g_assert_true (np_text_is_title ("D\xc3\xb1" "a.", 5, NULL));
  office = TRUE;
  g_assert_true (np_text_is_title ("Herr Dr.", 8, &office) && !office);
  g_assert_true (np_text_is_title ("De heer", 7, &office) && !office);
  /* in capitals they are English acronyms; an initial is no title */
  g_assert_false (np_text_is_title ("HR", 2, NULL));
  g_assert_false (np_text_is_title ("SIG", 3, NULL));
  g_assert_true (np_text_is_title ("HR Director", 11, &office) && office);
  g_assert_false (np_text_is_title ("D.", 2, NULL));
  g_assert_false (np_text_is_title ("Don", 3, NULL));
  gsize local = 0;
  g_assert_cmpuint (np_text_matrix_user ("@alice:matrix.org> hi", 21, &local), ==, 17);
  g_assert_cmpuint (local, ==, 5);
  g_assert_cmpuint (np_text_matrix_user ("@bob.x:example.com:8448>", 24, &local), ==, 23);
  g_assert_cmpuint (local, ==, 5);
  g_assert_cmpuint (np_text_matrix_user ("@dev:localhost", 14, NULL), ==, 14);
  g_assert_cmpuint (np_text_matrix_user ("@alice:matrix", 13, NULL), ==, 0);
  g_assert_cmpuint (np_text_matrix_user ("@:matrix.org", 12, NULL), ==, 0);
  g_assert_cmpuint (np_text_matrix_user ("@alice: hi", 10, NULL), ==, 0);
  g_assert_cmpuint (np_text_matrix_user ("alice:matrix.org", 16, NULL), ==, 0);
  gsize nick = 0, nick_len = 0;
  g_assert_cmpuint (np_text_chat_nick ("<marcosc> hi", 12, &nick, &nick_len), ==, 10);
  g_assert_cmpuint (nick, ==, 1);
  g_assert_cmpuint (nick_len, ==, 7);
  g_assert_cmpuint (np_text_chat_nick ("14:02:30 <@op> note: x", 22, &nick, &nick_len), ==, 15);
  g_assert_cmpuint (nick, ==, 11);
  g_assert_cmpuint (nick_len, ==, 2);
  g_assert_cmpuint (np_text_chat_nick ("[14:02] < bob> ok", 17, &nick, &nick_len), ==, 15);
  g_assert_cmpuint (nick_len, ==, 3);
  g_assert_cmpuint (np_text_chat_nick ("<@alice:matrix.org> hi", 22, &nick, &nick_len), ==, 20);
  g_assert_cmpuint (nick_len, ==, 17);
  g_assert_cmpuint (np_text_chat_nick ("<a href=x> no", 13, NULL, NULL), ==, 0);
  g_assert_cmpuint (np_text_chat_nick ("<> no", 5, NULL, NULL), ==, 0);
  g_assert_cmpuint (np_text_chat_nick ("a <b> no", 8, NULL, NULL), ==, 0);
  /* WeeChat's log: time, tab, prefix (aligned with spaces), tab */
  static const char wee[] = "2025-03-12 19:00:03\t@ehashman\t#startmeeting";
  g_assert_cmpuint (np_text_tab_log_line (wee, strlen (wee), &nick, &nick_len), ==, 30);
  g_assert_cmpuint (nick, ==, 20);
  g_assert_cmpuint (nick_len, ==, 9);
  static const char action[] = "2025-03-12 19:00:44\t *\tmarga waves";
  g_assert_cmpuint (np_text_tab_log_line (action, strlen (action), &nick, &nick_len), ==, 23);
  g_assert_cmpuint (nick, ==, 21);
  g_assert_cmpuint (nick_len, ==, 1);
  static const char notice[] = "19:09:15\t--\tsmcv is now known as x";
  g_assert_cmpuint (np_text_tab_log_line (notice, strlen (notice), &nick, &nick_len), ==, 12);
  g_assert_cmpuint (nick_len, ==, 2);
  static const char *const not_wee[]
      = { "19:09:15 bob\thi", "19:09:15\tno tab after", "19:09:15\ttwo words\thi", "bob\tsmcv\thi" };
  for (guint k = 0; k < G_N_ELEMENTS (not_wee); k++)
    g_assert_cmpuint (np_text_tab_log_line (not_wee[k], strlen (not_wee[k]), NULL, NULL), ==, 0);
  /* a hearing's record: title, name in capitals, period */
  static const struct
  {
    const char *line;
    gsize mark, name, name_len;
  } hearing[] = {
    { "Mr. NADLER. Thank you.", 12, 4, 6 },
    { "Ms. JACKSON LEE. Will the gentleman yield?", 17, 4, 11 },
    { "Mrs. McCARTHY. Yes.", 15, 5, 8 },
    { "Mr. JOHNSON of Georgia. Thank you.", 24, 4, 7 },
    { "Mr. DIAZ-BALART of Florida.", 27, 4, 11 },
    { "Senator LEAHY.  I agree.", 16, 8, 5 },
    { "Chairman GOODLATTE. The committee will come to order.", 20, 9, 9 },
    { "The CHAIRMAN. Without objection, so ordered.", 14, 0, 12 },
    { "The ACTING CHAIR. So ordered.", 18, 0, 16 },
    { "The SPEAKER pro tempore. The Chair recognizes him.", 25, 0, 23 },
    { "Mr. ISSA.", 9, 4, 4 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (hearing); i++)
    {
      gsize name = 99, name_len = 99;
      g_assert_cmpuint (np_text_hearing_mark (hearing[i].line, strlen (hearing[i].line), &name, &name_len), ==,
                        hearing[i].mark);
      g_assert_cmpuint (name, ==, hearing[i].name);
      g_assert_cmpuint (name_len, ==, hearing[i].name_len);
    }
  static const char *const not_hearing[] = {
    "Mr. Nadler said so.",           /* a name in Title case: prose */
    "Mr. NADLER said so.",           /* no period after the name */
    "The END.",                      /* "The" needs speech after it */
    "The US. economy",               /* two letters */
    "The Chairman. So ordered.",     /* an office after "The" in capitals only */
    "Dr. X. Ray",                    /* one letter */
    "Apple. PIE. no",                /* no title */
    "Mr. NADLER.Thank you",          /* no blank after the period */
    "Mr. Smithson JONES. text",      /* Title case in the name */
  };
  for (guint i = 0; i < G_N_ELEMENTS (not_hearing); i++)
    g_assert_cmpuint (np_text_hearing_mark (not_hearing[i], strlen (not_hearing[i]), NULL, NULL), ==, 0);
  /* names written surname first, and when the shape alone tells */
  static const struct
  {
    const char *written, *name;
    gboolean evident;
  } surname[] = {
    { "Doe, Jane", "Jane Doe", FALSE },
    { "DOE, Jane", "Jane DOE", TRUE },
    { "Smith, J.", "J. Smith", TRUE },
    { "Smith, J.R.", "J.R. Smith", TRUE },
    { "van Rossum, Guido", "Guido van Rossum", TRUE },
    { "de la Cruz, Maria", "Maria de la Cruz", TRUE },
    { " O'Neil, Mary Ann ", "Mary Ann O'Neil", FALSE },
    { "Müller, Jürgen", "Jürgen Müller", FALSE },
    { "Alice, Google", "Google Alice", FALSE }, /* the shape; context decides */
  };
  for (guint i = 0; i < G_N_ELEMENTS (surname); i++)
    {
      g_autofree char *name = NULL;
      gboolean evident = !surname[i].evident;
      g_assert_true (np_text_surname_first (surname[i].written, strlen (surname[i].written), &name, &evident));
      g_assert_cmpstr (name, ==, surname[i].name);
      g_assert_cmpint (evident, ==, surname[i].evident);
    }
  static const char *const not_surname[] = {
    "Jane Doe, Acme",        /* two words before the comma */
    "Nicholas, datadog",     /* lower case after it */
    "Doe, Jane, Smith",      /* two commas */
    "Doe,Jane",              /* no blank */
    "Doe, Jane Mary Ann",    /* three given names */
    "Doe, ",                 /* nothing after it */
    "the Doe, Jane",         /* no particle */
    "Doe, Jane (Acme)",      /* more than names */
  };
  for (guint i = 0; i < G_N_ELEMENTS (not_surname); i++)
    g_assert_false (np_text_surname_first (not_surname[i], strlen (not_surname[i]), NULL, NULL));
  /* the initials closing a mailed paragraph */
  static const char closing[] = "Legal has not signed off yet. (JD)";
  gsize initials = 0;
  g_assert_cmpuint (np_text_closing_initials (closing, strlen (closing), &initials), ==, 30);
  g_assert_cmpuint (initials, ==, 2);
  static const char *const not_closing[] = {
    "Send the deck to the board (JD)", /* a task's owner: no sentence's end */
    "Ioanna M. Dimitriou H. (IOA)",    /* an initial's period */
    "We agreed on it. (J)",            /* one capital */
    "We agreed on it. (Jd)",
  };
  for (guint i = 0; i < G_N_ELEMENTS (not_closing); i++)
    g_assert_cmpuint (np_text_closing_initials (not_closing[i], strlen (not_closing[i]), NULL), ==, 0);
  g_assert_true (np_text_is_stopword ("the"));
  g_assert_false (np_text_is_stopword ("fips"));
  g_autofree char *s = np_text_stem ("profiles", -1);
  g_assert_cmpstr (s, ==, "profil");
}

/* Clock times that open a transcript's lines, and what is not one */
static void
test_time_prefix (void)
{
  static const struct
  {
    const char *line;
    gsize prefix;
  } cases[] = {
    { "10:32 Alice: hi", 6 },          { "[10:32] Alice: hi", 8 },      { "(10:32) Alice: hi", 8 },
    { "9:05  Bob: hi", 6 },            { "00:36:12 Alice: hi", 9 },     { "[10:32:05.250] x", 15 },
    { "[10:32 AM] Bo: ok", 11 },       { "10:32pm Bo: ok", 8 },         { "[2024-05-02 10:32] Bo: ok", 19 },
    { "2024-05-02T10:32:00 Bo: ok", 20 }, { "10:32", 0 },               { "10:32 ", 0 },
    { "[10:32 Alice: hi", 0 },         { "10:3 Alice", 0 },             { "100:32 Alice", 0 },
    { "10:325 Alice", 0 },             { "10-32 Alice", 0 },            { "10:32am: x", 0 },
    { "10:32 Amsterdam call", 6 },     { "Alice 10:32 hi", 0 },         { "", 0 },
    /* WhatsApp's exports, iOS and Android, day first or month first */
    { "[28/11/2026, 10:32:05] Bo: ok", 23 }, { "28/11/2026, 10:32 - Bo: ok", 20 }, { "11/28/26, 9:05 PM - Bo: ok", 20 },
    { "[28.11.26, 10:32] Bo: ok", 18 },    { "28/11/2026 10:32 Bo: ok", 0 },      { "28/11, 10:32 Bo", 0 },
    { "[28.11.26 10:32] Bo: ok", 17 }, /* Telegram's, in brackets without the comma */
    /* a speech recognizer's segment, its start and end (WhisperX) */
    { "[00:00:03.120 --> 00:00:07.880] SPEAKER_00: ok", 32 }, { "[00:03.1 --> 00:07.8] Bo: ok", 0 },
    { "[00:00:03.120 --> ] Bo: ok", 0 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].line);
      g_assert_cmpuint (np_text_time_prefix (cases[i].line, strlen (cases[i].line)), ==, cases[i].prefix);
    }
}

/* Headers of a saved chat's messages (Zoom), and what is not one */
/* A phone as the mark of whoever dialled in */
static void
test_phone_label (void)
{
  g_assert_cmpuint (np_text_phone_label ("+49 30 ******12: Hi", 19), ==, 15);
  g_assert_cmpuint (np_text_phone_label ("**+1 415-555-0100:** Hi", 23), ==, 17);
  g_assert_cmpuint (np_text_phone_label ("+1 415-555-0100: hello", 22), ==, 15);
  g_assert_cmpuint (np_text_phone_label ("10:30: the keynote", 18), ==, 0);
  g_assert_cmpuint (np_text_phone_label ("2024: a good year", 17), ==, 0);
  g_assert_cmpuint (np_text_phone_label ("+1 415 555 0100 said", 20), ==, 0);
  /* a dated entry is no phone */
  g_assert_cmpuint (np_text_phone_label ("2026-11-07: released", 20), ==, 0);
  g_assert_cmpuint (np_text_phone_label ("20051107: bumped", 16), ==, 0);
  g_assert_cmpuint (np_text_phone_label ("07.11.2026: Eintrag", 19), ==, 0);
  g_assert_cmpuint (np_text_phone_label ("0301234567: hi", 14), ==, 10);
}

static void
test_chat_header (void)
{
  static const struct
  {
    const char *line;
    gsize header;   /* its length, 0: none */
    const char *name;
  } cases[] = {
    { "10:32:05 From Alice Smith to Everyone:", 38, "Alice Smith" },
    { "10:32:05 From Alice Smith to Everyone: hi", 39, "Alice Smith" },
    { "10:33:02 From Alice Smith to Bob Jones(Direct Message):", 55, "Alice Smith" },
    { "10:32:05\t From  Alice Smith : Hello: all", 30, "Alice Smith" },
    { "10:36:00\t From  Bob Jones to  Alice Smith(Privately) : thanks", 55, "Bob Jones" },
    { "21:08:40\t From Chrisb  To  Markus Sabadello(privately) : hi", 57, "Chrisb" },
    { "[10:32] From dana@example.com: ok", 31, "dana@example.com" },
    { "09:15 From iPhone de Marie to Everyone: oui", 40, "iPhone de Marie" },
    { "10:32 From the team: notes", 21, "the team" },        /* a sender may be anyone */
    { "From Alice Smith to Everyone: hi", 0, NULL },             /* no time */
    { "10:32 From Alice Smith", 0, NULL },                       /* no colon */
    { "10:32 From 10:30:00 on, we met", 0, NULL },              /* a colon inside a word */
    { "10:32 From: Alice", 0, NULL },                           /* no sender */
    { "10:32 Fromage: yes", 0, NULL },
    { "10:32 From one two three four five six seven: x", 0, NULL }, /* a sentence */
    { "10:32 from Alice: hi", 0, NULL },
    { "10:32\tFrom Alice: hi", 18, "Alice" },
    /* what the display name adds in parentheses is no part of the name */
    { "10:02:09 From  Rafael Cordeiro (he/him)  to  Everyone:", 54, "Rafael Cordeiro" },
    { "10:02:09 From Ann Lee (Acme) to Everyone: hi", 42, "Ann Lee" },
    /* the older saved chat, its fields apart by tabs; a group after a
     * dash in the display name is no part of it */
    { "00:21:30\tAnn Lee:\tand the others?", 18, "Ann Lee" },
    { "00:32:22\tScott - Build Working Group:\t+1", 38, "Scott" },
    { "00:32:22 Ann Lee:\thi", 0, NULL },             /* a space after the time */
    { "00:32:22\tAnn Lee: hi", 0, NULL },             /* no tab after the colon */
    { "00:32:22\tone two three four five six seven:\tx", 0, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].line);
      gsize name = 0, name_len = 0;
      gsize h = np_text_chat_header (cases[i].line, strlen (cases[i].line), &name, &name_len);
      g_assert_cmpuint (h, ==, cases[i].header);
      if (h)
        {
          g_autofree char *got = g_strndup (cases[i].line + name, name_len);
          g_assert_cmpstr (got, ==, cases[i].name);
        }
    }
}

/* A copied chat's header line: Teams' clock first, Google Chat's comma
 * and clock, Discord's dash and day; Teams' and Google's names are
 * capitalized (titled) */
static void
test_chat_sender_line (void)
{
  static const struct
  {
    const char *line;
    const char *name; /* NULL: no header */
    gboolean titled;
  } cases[] = {
    { "[10:32 AM] Alice Smith", "Alice Smith", TRUE },
    { "[10:32] Alice Smith  ", "Alice Smith", TRUE },
    { "10:32 AM Bob", "Bob", TRUE },
    { "alice_dev \xe2\x80\x94 Today at 10:32 AM", "alice_dev", FALSE },
    { "Alice Smith \xe2\x80\x94 Yesterday at 4:15 PM", "Alice Smith", FALSE },
    { "Alice Smith \xe2\x80\x94 03/04/2024 10:32 AM", "Alice Smith", FALSE },
    { "Alice Smith \xe2\x80\x94 3/4/24, 10:32 AM", "Alice Smith", FALSE },
    { "[10:32 AM] Alice Smith: hi", NULL, FALSE },          /* a turn, not a header */
    { "[10:32 AM] the build is green", NULL, FALSE },       /* a message */
    { "[10:32 AM] Alice Smith and Bob Jones met", NULL, FALSE }, /* too many words */
    { "Keynote \xe2\x80\x94 Alice Smith", NULL, FALSE },  /* no clock */
    { "Lunch \xe2\x80\x94 12:00", NULL, FALSE },          /* no day */
    { "Alice Smith \xe2\x80\x94 Today at 10:32 AM hi", NULL, FALSE }, /* text after the clock */
    { "[10:32 AM]", NULL, FALSE },
    { "Alice Smith, 10:32 AM", "Alice Smith", TRUE },
    { "Alice Smith, Yesterday 10:32 AM", "Alice Smith", TRUE },
    { "Alice Smith, Mon 14:05", "Alice Smith", TRUE },
    { "Alice Smith, [28.11.26 10:32]", "Alice Smith", TRUE }, /* Telegram */
    { "alice smith, 10:32 AM", NULL, FALSE },       /* a Google sender is capitalized */
    { "We met, 10:32 AM", NULL, FALSE },            /* "met" */
    { "Alice Smith, at 10:32 AM", NULL, FALSE },    /* no day word */
    { "Alice Smith, 10:32 AM sharp", NULL, FALSE }, /* the clock ends the line */
    { "Alice, Bob, 10:32", NULL, FALSE },           /* a list */
    /* DiscordChatExporter's text: a bracketed date and clock, then one
     * word as written; two words after a date are Teams' as before */
    { "[12-Jan-24 10:32 AM] mei_t", "mei_t", FALSE },
    { "[1/12/2024 10:32 AM] Mei", "Mei", FALSE },
    { "[2024-01-12 10:32] oskar.b", "oskar.b", FALSE },
    { "[1/12/2024 10:32 AM] Alice Smith", "Alice Smith", TRUE },
    { "[10:32 AM] mei_t", NULL, FALSE },              /* no date: capitalized words only */
    { "[2024-01-12 10:32] thanks.", NULL, FALSE },    /* a message */
    { "[12-Jan-24 10:32 AM] two words", NULL, FALSE }, /* Teams' form: capitalized */
    { "[12-Jnu-2024 10:32] ok", "ok", FALSE },       /* the month's name is not checked */
    { "[12-Ja-24 10:32] mei", NULL, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].line);
      gsize name = 0, name_len = 0;
      gboolean titled = !cases[i].titled;
      gboolean is = np_text_chat_sender_line (cases[i].line, strlen (cases[i].line), &name, &name_len, &titled);
      g_assert_cmpint (is, ==, cases[i].name != NULL);
      if (is)
        {
          g_autofree char *got = g_strndup (cases[i].line + name, name_len);
          g_assert_cmpstr (got, ==, cases[i].name);
          g_assert_cmpint (titled, ==, cases[i].titled);
        }
    }
}

/* The ASCII fast paths (letters 8 at a time, padded interning) must agree
 * with the general path and with np_document_lookup_string, which hashes
 * byte by byte: words of every length from 1 to 24, in lower, upper and
 * mixed case, at the end of an item (fewer than 8 bytes left) and before a
 * byte >= 0x80 (which sends them down the general path). */
static void
test_fast_paths (void)
{
  const char *letters = "AbcdefghijKlmnopqrstuvwXyz";
  for (gsize len = 1; len <= 24; len++)
    {
      g_autofree char *mixed = g_strndup (letters, len);
      g_autofree char *lower = g_ascii_strdown (mixed, -1);
      g_autofree char *upper = g_ascii_strup (mixed, -1);
      const char *forms[] = { lower, upper, mixed };
      for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
        {
          /* alone (item end), before a space, before a non-ASCII dash */
          g_autofree char *line = g_strdup_printf ("%s %s x %s\u2014y", forms[f], forms[f], forms[f]);
          NpDocument *doc;
          g_autoptr (GPtrArray) got = tokens_of (line, &doc);
          guint n;
          const NpToken *t = np_document_get_tokens (doc, &n);
          g_assert_cmpuint (n, ==, 6);
          guint32 id = np_document_lookup_string (doc, lower, -1);
          g_assert_cmpuint (id, !=, G_MAXUINT32);
          for (guint i = 0; i < n; i += (i == 1 ? 2 : 1))
            {
              if (i == 4)
                break; /* the dash */
              g_assert_cmpstr (g_ptr_array_index (got, i), ==, forms[f]);
              g_assert_cmpuint (t[i].norm, ==, id);
              g_assert_cmpint (t[i].kind, ==, NP_TOKEN_WORD);
              g_assert_cmpint (!!(t[i].flags & NP_TOKEN_CAPITALIZED), ==, f != 0);
              g_assert_cmpint (!!(t[i].flags & NP_TOKEN_UPPER), ==, f == 1 && len >= 2);
            }
          np_document_unref (doc);
        }
    }
  /* a run that a connector, digit or '_' extends is not a plain word */
  g_autoptr (GPtrArray) got = tokens_of ("GODEBUG=fips140 go1.21 snake_case e.g. don't U.S. end", NULL);
  g_assert_cmpuint (got->len, ==, 7);
  g_assert_cmpstr (g_ptr_array_index (got, 0), ==, "GODEBUG=fips140");
  g_assert_cmpstr (g_ptr_array_index (got, 1), ==, "go1.21");
  g_assert_cmpstr (g_ptr_array_index (got, 2), ==, "snake_case");
  g_assert_cmpstr (g_ptr_array_index (got, 3), ==, "e.g.");
  g_assert_cmpstr (g_ptr_array_index (got, 4), ==, "don't");
  g_assert_cmpstr (g_ptr_array_index (got, 5), ==, "U.S.");
}

/* Every word token has its form's stem and stopword flag, whether it is
 * the form's first sighting, a later one in the same item or one in a
 * later item, and however many new words an item has. */
static void
test_stems_and_stopwords (void)
{
  g_autoptr (GError) error = NULL;
  NpReadOptions o = { .input_format = "text" };
  const char *text = "- The cats were running and the cats ran, e.g. running is what the runners do.\n"
                     "- Running cats again: the more words, words, words; alpha beta gamma delta epsilon zeta "
                     "eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon.\n"
                     "- I am here and THE Cats ARE running.\n";
  NpDocument *doc = np_read_bytes ("t.txt", text, strlen (text), &o, &error);
  g_assert_no_error (error);
  guint n, n_words = 0, n_stop = 0;
  const NpToken *t = np_document_get_tokens (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      if (t[i].kind != NP_TOKEN_WORD)
        continue;
      const char *norm = np_document_string (doc, t[i].norm);
      g_autofree char *stem = np_text_stem (norm, -1);
      g_assert_cmpstr (np_document_string (doc, t[i].stem), ==, stem);
      g_assert_cmpint (!!(t[i].flags & NP_TOKEN_STOPWORD), ==, np_text_is_stopword (norm));
      n_words++;
      n_stop += np_text_is_stopword (norm);
    }
  g_assert_cmpuint (n_words, ==, 51);
  g_assert_cmpuint (n_stop, >=, 15);
  /* "cats" and "running" in all three items share one stem each ("ran" is
   * another) */
  guint32 cat = np_document_lookup_string (doc, "cat", -1), run = np_document_lookup_string (doc, "run", -1);
  guint n_cat = 0, n_run = 0;
  for (guint i = 0; i < n; i++)
    {
      n_cat += t[i].stem == cat;
      n_run += t[i].stem == run && strcmp (np_document_string (doc, t[i].norm), "ran") != 0;
    }
  g_assert_cmpuint (n_cat, ==, 4);
  g_assert_cmpuint (n_run, ==, 4);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/phone-label", test_phone_label);
  g_test_add_func ("/tokenize/words", test_words);
  g_test_add_func ("/tokenize/whole-tokens", test_whole_tokens);
  g_test_add_func ("/tokenize/url-punctuation", test_url_punctuation);
  g_test_add_func ("/tokenize/kinds-and-forms", test_kinds_and_forms);
  g_test_add_func ("/tokenize/emphasis-underscores", test_emphasis_underscores);
  g_test_add_func ("/tokenize/sentences", test_sentences);
  g_test_add_func ("/tokenize/unicode", test_unicode);
  g_test_add_func ("/tokenize/text-helpers", test_text_helpers);
  g_test_add_func ("/tokenize/fast-paths", test_fast_paths);
  g_test_add_func ("/tokenize/language-marks", test_language_marks);
  g_test_add_func ("/tokenize/item-words", test_item_words);
  g_test_add_func ("/tokenize/stems-and-stopwords", test_stems_and_stopwords);
  g_test_add_func ("/text/time-prefix", test_time_prefix);
  g_test_add_func ("/text/chat-header", test_chat_header);
  g_test_add_func ("/text/chat-sender-line", test_chat_sender_line);
  return g_test_run ();
}
