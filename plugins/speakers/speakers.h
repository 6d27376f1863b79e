/* speakers.h: internal interface of the speakers plugin.
 *
 * The plugin answers "who said what" in meeting notes in four steps, one
 * file each:
 *   marks.c        finds the speaker mark a note item opens with
 *                  ("[filippo]", "JSL (summary):", "Myles, ...", a bare
 *                  name heading its sub-bullets) and says what form it has
 *                  (marks-colon.c the colon form, marks-voice.c the marks
 *                  of transcripts, mark-names.c the names a mark holds);
 *   words.c        what a name looks like, matching keys, and the words
 *                  that have a mark's form but name nobody (labels);
 *   roster*.c      collects the people a mark may name (attendees, tables,
 *                  Present lists, "Full Name (ABC)" mentions, roster files
 *                  given or kept next to the notes) and resolves a mark to
 *                  one of them by aliases, in tiers from exact to typo;
 *   attribute.c    decides which candidate marks are speakers (a form alone
 *                  is not enough: "Proposal:" and "util:" are labels), names
 *                  every speaker once for the whole document, and passes a
 *                  bare-name heading on to its sub-bullets (judge-form.c,
 *                  judge.c, styles.c and evidence.c weigh a mark; cues.c, scribe.c, chatlog.c,
 *                  owners.c and parties.c the rules of transcripts, IRC
 *                  logs, action items, offices and questions-and-answers;
 *                  resolve.c a mark's name against the rosters);
 *   output.c       writes speakers.turn, speakers.person and speakers.reply
 *                  and the text summary;
 *   keys.c         the per-document tables of the analysis (keys, counts,
 *                  people, resolutions) as flat arrays of the instance,
 *                  cleared by generation, and its bump arena.
 * Nothing here keeps global state: everything lives in the instance (one
 * per worker thread) or in the per-document analysis. */
#ifndef SPEAKERS_H
#define SPEAKERS_H

#include <stdbool.h>
#include <string.h>

#include <notepipe/notepipe.h>

G_BEGIN_DECLS

/* The text of item it and its length, read from the document's text
 * (np_document_get_text()) by the item's offsets: what
 * np_document_peek_item_text() gives, without a call per item in the
 * loops over every item */
static inline const char *
sp_text_of_item (const char *doc_text, const NpItem *it, gsize *len)
{
  *len = it->end - it->start;
  return doc_text + it->start;
}

/* ---- marks.c ---------------------------------------------------------- */

typedef enum
{
  SP_FORM_NONE = 0,
  SP_FORM_BRACKET, /* [filippo] text, [pjmalloy & michaelm] text; (Alice) text (SpMark.paren) */
  SP_FORM_ANGLE,   /* <nick> text (chat logs); <v Name>text (a WebVTT voice tag, SpMark.voice) */
  SP_FORM_COLON,   /* cherry: text, **Name**: text, ABC (via queue): text */
  SP_FORM_DASH,    /* Name - text */
  SP_FORM_COMMA,   /* Myles, text */
  SP_FORM_NAME,    /* Roland Shoemaker text (a full name, no delimiter) */
  SP_FORM_BARE,    /* the whole item is a name and heads its sub-bullets */
} SpForm;

/* How the words of a name are written; decides which aliases it may match. */
typedef enum
{
  SP_CASE_TITLE = 0, /* Rich, Michael K, Duane O’Giel */
  SP_CASE_LOWER,     /* cherry, michael m */
  SP_CASE_UPPER,     /* JSL: an abbreviation, one word of 2-5 letters */
  SP_CASE_HANDLE,    /* ChALkeR, Fishrock123, aduh95: one token, mixed */
  SP_CASE_MIXED,     /* Next steps: words of different cases, not a name */
} SpCase;

#define SP_MAX_NAMES 4
/* letters of the longest abbreviation mark ("JSL", "SYG", "RPR") */
#define SP_ABBREVIATION_MAX 5

/* Whole readings of colon marks by their prefix (mark-cache.c). */
typedef struct _SpMarkCache SpMarkCache;

typedef struct _SpStrTable SpStrTable; /* strtable.c, below */

typedef struct
{
  SpForm form;
  guint32 end;          /* bytes of the item text the mark takes, delimiter included */
  guint8 n_names;
  bool anonymous;       /* [unknown], ???:, Unknown: */
  bool uncertain;       /* ABC?: and ABC (?): the scribe was not sure */
  bool bold;            /* **Name**: */
  bool undelimited;     /* SP_FORM_COLON, bold: "**Alice** I think ...", no colon after the name */
  bool timed;           /* a transcript's: "[10:32] Name: ...", "Name  0:15 ...", a cue's */
  bool voice;           /* SP_FORM_ANGLE: a WebVTT voice tag, "<v Alice Smith>" */
  bool chat;            /* SP_FORM_COLON: a saved chat's "10:32 From Alice Smith to Everyone:" */
  bool numbered;        /* a cue's "Speaker 2: " (sp_mark_parse_numbered) */
  bool coded;           /* numbered too: a study's coded participant, "P1: ", "R12: "
                         * (sp_mark_parse_coded_voice) */
  bool table;           /* the cell of a table's Speaker column (sp_mark_parse_table_cell) */
  bool scribed;         /* SP_FORM_COLON: the speaker an IRC scribe names ("<fantasai> TabAtkins: ...") */
  bool hearing;         /* SP_FORM_COLON: a hearing record's "Mr. NADLER. ..." (a period, no colon) */
  bool meetbot;         /* SP_FORM_COLON: MeetBot's minutes, "text  (nick, 16:03:01)": the mark after the speech */
  bool qa;              /* SP_FORM_COLON: "Q:" / "A:" of a party the document names (parties.c) */
  bool paren;           /* SP_FORM_BRACKET in parentheses: "(Alice) we should ...", a
                         * speaker only when the roster or the document knows it */
  bool nick_gt;         /* ... or a nickname and ">": "alice> we should ...", as a pad or a
                         * mail quotes a chat (paren too) */
  bool trailing;        /* ... at the end, after the speech: "... yet. (JD)" (paren too) */
  bool quoted;          /* trailing, after a quotation: "\u201cWe will not ship.\u201d \u2014 Carol",
                         * a speaker said once */
  bool emote;           /* SP_FORM_ANGLE: an IRC action, "16:01 * nick waves" (chatlog.c) */
  bool wiki;            /* a wikilink to the person's page: "[[Ann Lee]]: ...", "[[Ann Lee]] - ..." */
  bool dotted;          /* SP_FORM_COLON: a dotted handle with no '@', "ruoyu.h: ...", a speaker
                         * only where the roster knows it ("node.js:" is a label) */
  bool relayed;         /* SP_FORM_COLON: a voice a label relays, in parentheses: "Question in
                         * chat (from @tl_hopper):", "Q (Alice):"; SP_FORM_BARE: a mail's
                         * attribution over its quote, "On Tue, Lena Fischer wrote:", or a pad's
                         * signature over its writer's points, "[name=Jérémie]" */
  bool bare_abbreviation; /* SP_FORM_COLON, undelimited: a roster's abbreviation with its colon
                           * left off, "SV I think ...", "HLQ. That's right" */
  bool name_line;       /* SP_FORM_COLON: a full name in Title case alone over the message ("Jonas
                         * Becker" over "will do"), a chat copy's sender with no time: a speaker
                         * only when the roster or the document knows the name */
  bool reporter;        /* SP_FORM_COLON: who reports on a topic, "Node hot plug (Deepa):",
                         * "KEP-3953 hot plug - Deepa:": a speaker when the roster knows them */
  guint32 raw_start;    /* the mark as written ("[filippo]", "JSL (summary):"): */
  guint32 raw_len;      /* bytes of the item text; copied only for turns */
  char *names[SP_MAX_NAMES]; /* tidied: brackets, markup, qualifiers removed */
  SpCase cases[SP_MAX_NAMES];
  char *name3;          /* SP_FORM_NAME: the three-word reading, or NULL */
  char *affiliation;    /* "[Nicholas, datadog]", "Carol White, Google:": the part after the comma,
                         * which attribute.c keeps as a second speaker only when it names someone */
  char *list_next;      /* SP_FORM_COMMA: the next word when a comma follows it
                         * ("fedor, colin, ..."): a list if that is a name too */
  char *addressee;      /* SP_FORM_COLON: whom a directed turn speaks to, tidied:
                         * "Alice → Bob:", "Alice -> Bob:", "Alice (to Bob):" */
  char *office;         /* SP_FORM_COLON: "The Prime Minister (Rishi Sunak):", the office
                         * the name holds, tidied ("The Prime Minister") */
  SpStrTable *name_cache; /* during sp_mark_parse_cached() only (borrowed) */
  GStringChunk *strings;  /* likewise: where names read from name_cache are copied */
  guint8 borrowed;        /* bit k: names[k] is in such a chunk, not owned */
  gpointer reading;       /* the mark_cache entry it was read from or into,
                           * or NULL (valid until sp_mark_cache_begin()) */
} SpMark;

/* Parse the mark an item's text opens with.  FALSE (and form NONE) when
 * the text has none of the forms; a TRUE result is only a candidate.
 * heads_items: the item has sub-items, so a bare name may head them. */
gboolean sp_mark_parse (const char *text, gsize len, gboolean heads_items, SpMark *mark);
/* "The 8472: ...": a name with a number among its words, before the
 * colon as one of names (the attendees so written) writes it
 * (marks-colon.c) */
gboolean sp_mark_parse_listed_colon (const char *text, gsize len, const char *const *names, SpMark *m);
/* "Speaker 2: ...", "SPEAKER_01: ...": an unnamed speaker of a transcript's
 * cue (form COLON), read only in documents of cues. */
gboolean sp_mark_parse_numbered (const char *text, gsize len, SpMark *mark);
/* sp_mark_parse_numbered() in notes, for a word that only names a voice
 * ("Speaker 2:", "SPEAKER_01:", "Participant 3:", not "Step 2:"): a
 * transcript pasted into notes.  Either is a speaker only when its word
 * recurs among the document's numbered marks (cues.c). */
gboolean sp_mark_parse_numbered_voice (const char *text, gsize len, SpMark *mark);
/* "P1: ...", "R12: ...": a focus group's or an interview study's coded
 * participant, one capital and one or two digits (form COLON, numbered
 * and coded).  "P1:" is a bug's priority as often: such a mark is a
 * speaker only where a roster names the code or the codes talk with
 * another voice (cues.c). */
gboolean sp_mark_parse_coded_voice (const char *text, gsize len, SpMark *mark);
/* "Speaker 1 (00:00:05): ...": such a speaker with the time of the turn
 * in parentheses (a transcript service's export), read in any document */
gboolean sp_mark_parse_numbered_timed (const char *text, gsize len, SpMark *mark);
/* A transcript's speaker in capitals on the item's first line (its first
 * first_line bytes) over the turn, "ALICE SMITH" over "We should ship
 * ...": a colon mark over that line. */
gboolean sp_mark_parse_name_line (const char *text, gsize len, gsize first_line, SpMark *mark);
/* A full name in Title case on a line of its own over the message (two to
 * four words of letters, hyphens and apostrophes): m->name_line */
gboolean sp_mark_parse_title_name_line (const char *text, gsize len, gsize first_line, SpMark *mark);
/* A definition list's term on the item's first line over what was said
 * (NP_ITEM_DEFINITION, "Alice Smith" over "    We should ship ..."): the
 * colon mark the line would be with a colon after it. */
gboolean sp_mark_parse_term_line (const char *text, gsize len, gsize first_line, SpMark *mark);
/* A transcript's speaker line with the time at its end on the item's
 * first line over the turn ("Alice Smith - 00:01", "**Alice Smith**
 * (00:01)"): a timed colon mark. */
gboolean sp_mark_parse_speaker_time_line (const char *text, gsize len, gsize first_line, SpMark *mark);
/* A copied chat's message header over its message: the item's first line
 * (first_line bytes, np_document_get_item_first_line()) is Teams'
 * "[10:32 AM] Alice Smith" or Discord's "alice_dev — Today at 10:32 AM".
 * The mark is a chat's (form COLON, chat and timed). */
gboolean sp_mark_parse_chat_copy (const char *text, gsize len, gsize first_line, SpMark *mark);
/* An issue tracker's comment header on the item's first line over the
 * comment: GitHub's "alice-smith commented on Mar 3", GitLab's "Alice
 * Smith @asmith · 2 days ago" (form COLON, chat). */
gboolean sp_mark_parse_comment_header (const char *text, gsize len, gsize first_line, SpMark *mark);
/* The column of a table's header row (the row's text, cells between '|')
 * that names speakers ("Speaker", "Who"), when another column follows it;
 * -1 if none does. */
gint sp_table_speaker_column (const char *row, gsize len);
/* A table row's mark: the cell of column col (sp_table_speaker_column()),
 * the speech the cells after it (form COLON, table). */
gboolean sp_mark_parse_table_cell (const char *row, gsize len, gint col, SpMark *mark);
/* sp_mark_parse() keeping what each piece of a mark reads as (a tidied
 * name and its case, or no name) in name_cache, owned by the caller (one
 * per instance: marks recur across the meetings of a series); the same
 * results.  Names read from the cache are copied into strings (owned by
 * the caller, valid until sp_mark_clear()).  mark_cache (likewise one per
 * instance) keeps the whole reading of colon marks by their prefix
 * ("ABC: " recurs thousands of times in a transcript). */
/* "... yet. (JD)": initials after a paragraph's last sentence (marks-colon.c) */
gboolean sp_mark_parse_trailing (const char *text, gsize len, SpMark *m);
gboolean sp_mark_parse_cached (const char *text, gsize len, gboolean heads_items, SpMark *mark,
                               SpStrTable *name_cache, SpMarkCache *mark_cache, GStringChunk *strings);
/* A table for sp_mark_parse_cached()'s name_cache */
SpStrTable *sp_name_cache_new (void);
SpMarkCache *sp_mark_cache_new (void);
void sp_mark_cache_free (SpMarkCache *mark_cache);
/* At the start of an analysis: bounds mark_cache.  Its entries, and the
 * names of marks read from them, stay valid until the next call. */
void sp_mark_cache_begin (SpMarkCache *mark_cache);
/* The key of names[k] (and its label and stopword flags) kept with the
 * mark's cached reading during analysis gen, or NULL; _set_ keeps one
 * (nothing when the mark has no reading). */
const char *sp_mark_reading_key (const SpMark *m, guint k, guint gen, gboolean *label, gboolean *stopword);
void sp_mark_reading_set_key (SpMark *m, guint k, guint gen, const char *key, gboolean label, gboolean stopword);
/* Likewise the resolution of names[k] (the analysis' cached SpMatch,
 * attribute.c), kept after its key in the same analysis. */
gconstpointer sp_mark_reading_match (const SpMark *m, guint k, guint gen);
void sp_mark_reading_set_match (SpMark *m, guint k, guint gen, gconstpointer match);
/* Replaces names[k] by name (transfer full). */
void sp_mark_set_name (SpMark *mark, guint k, char *name);
void sp_mark_clear (SpMark *mark);

/* ---- words.c ---------------------------------------------------------- */

/* One word in Title case, as the words of a full name are. */
gboolean sp_word_is_title (const char *w, gsize n);
/* Are the n bytes of s ASCII capitals, with min <= n <= max ("JSL")? */
gboolean sp_is_upper_run (const char *s, gsize n, gsize min, gsize max);

/* Name-likeness of one piece ("Michael K", "cherry", "JSL"): the case
 * class, or SP_CASE_MIXED when it is no name; words counted in *n_words
 * (0 when a word is no name word or there are more than a name has). */
SpCase sp_name_case (const char *s, gsize len, guint *n_words);
/* "Prof. W", "Dr. K.": a title of address or an office, then one capital
 * (a surname's initial), a stop after it or not */
gboolean sp_title_and_initial (const char *s, gsize len);
/* "Josh R", "Micheal T.": one word, a space and a capital (a stop after
 * it or not), or a hyphenated surname's initials ("Josh B-W"); the first
 * word's bytes, or 0 */
gsize sp_first_name_and_initial (const char *name);
/* A key of eight letters or more ending as a noun made from a verb does
 * ("motivation", "discussion"): a topic's word, no nickname */
gboolean sp_verbal_noun (const char *key);
/* The first needle in text's first len bytes, before any NUL; NULL when
 * none: g_strstr_len()'s answer */
const char *sp_find (const char *text, gsize len, const char *needle);
/* TRUE when s (UTF-8, len bytes) has a lower-case letter */
gboolean sp_has_lowercase (const char *s, gsize len);

/* TRUE for label words that open items but are never speakers ("Note",
 * "Conclusion", "AI", "Q", "merge", "Presenter"); s is a tidied mark. */
/* "Open Questions", "Action Items": two words or more, the last the
 * plural of a structure word */
gboolean sp_ends_with_plural_label (const char *name);
gboolean sp_opens_with_heading_word (const char *name);
/* Is name two or three words, each a label word of two letters or more
 * ("Chat Context", "Meeting Summary", "See Also")?  A heading's, nobody's
 * ("Speaker A" is a voice). */
gboolean sp_label_words_only (const char *name);
/* "Test262", "ES2022", "ECMA-402": a numbered thing's name, a label's */
gboolean sp_is_numbered_name (const char *name);
/* Is word (any case) the plural of a structure word ("Blockers")? */
gboolean sp_is_plural_label (const char *word);
gboolean sp_is_label (const char *s);
/* A word (n bytes) that goes on a sentence about a person, not what the
 * person said: "is", "from", "discusses", a past form ("presented"); in
 * lower case only (marks.c) */
/* Is the text after a mark (n bytes) a date or a time alone, a field's
 * value and no speech ("June 6, 2024", "2024-04-13, 10:00")? (words.c) */
gboolean sp_date_alone (const char *s, gsize n);
gboolean sp_is_narrative_word (const char *w, gsize n);
/* sp_is_narrative_word() of a word whose text runs on to e, but for a
 * question asked with its verb first ("... is there a cost?") */
gboolean sp_narrates (const char *w, gsize n, const char *e);
/* s..e ends with a verb of speech after at least one word ("Alice asked",
 * "Bob Jones said"): where the words before it end; e otherwise */
const char *sp_before_speech_verb (const char *s, const char *e);
/* s..e is a clock time: "00:00:05", "1:02:15", "0:15.5" (marks-voice.c) */
gboolean sp_is_clock (const char *s, const char *e);
/* Has s (n bytes) the shape of a mail's attribution line, "On ... wrote:"
 * (marks-name.c)? */
gboolean sp_mail_attribution_shape (const char *s, gsize n);
gboolean sp_is_label_key (const char *key); /* key: an sp_key() form */
/* "Le président", "La trésorière", "El presidente": a capitalized article
 * and one word in lower case (an office); *noun (may be NULL): the word */
gboolean sp_article_office (const char *name, const char **noun);
/* The label table is sorted (it is searched by bisection); for the tests. */
/* "de", "van", "von", ...: a lower-case particle of a surname (n bytes) */
gboolean sp_is_particle (const char *w, gsize n);
/* Is the word w (n bytes, as written) one of list's (NULL-terminated)? */
gboolean sp_word_in (const char *w, gsize n, const char *const *list);
/* Is key (an sp_key() form, NUL-terminated) one of list's? */
static inline gboolean
sp_key_in (const char *key, const char *const *list)
{
  for (const char *const *l = list; *l; l++)
    if ((*l)[0] == key[0] && strcmp (*l, key) == 0)
      return TRUE;
  return FALSE;
}
/* "Oksana (co-author)", "Action items (copied from above)": the bytes of s
 * (n) before a qualifier in parentheses that ends it, after two bytes or
 * more and a space, the spaces before it dropped; n when there is none,
 * or when the qualifier is longer than max_qualifier bytes (0: any) */
gsize sp_before_qualifier (const char *s, gsize n, gsize max_qualifier);
gboolean sp_labels_sorted (void);

/* Is key one of list's n strings, sorted by strcmp()? */
gboolean sp_sorted_has (const char *const *list, gsize n, const char *key);
/* Are list's n strings in strcmp() order, none twice?  (for the tests) */
gboolean sp_sorted_strictly (const char *const *list, gsize n);

/* nicknames.c: familiar forms of given names ("bill" for william) */
const char *sp_nickname_names (const char *key);
gboolean sp_nickname_fits (const char *names, const char *first);
gboolean sp_nicknames_sorted (void);
/* given-names.c: is key (an sp_key() form) a common given name? */
gboolean sp_is_given_name (const char *key);
/* Is the first word of name ("Alice" of "Alice Smith") a given name? */
gboolean sp_opens_with_given_name (const char *name);
/* Is the lower-case word a handle of a given name and a surname's
 * initial, a consonant ("iant", "ianl"), the name at least three
 * letters? */
gboolean sp_is_given_name_handle (const char *word);
gboolean sp_given_names_sorted (void);
/* TRUE when s names nobody on purpose ("unknown", "nonametag", "???"). */
gboolean sp_is_anonymous (const char *s);
/* "audience", "attendee", ...: a voice of the room named by its role,
 * which before a colon may be a label's word */
gboolean sp_is_role_voice (const char *s);
/* Where the name in [s, e) ends before an address after a comma ("Mr.
 * Haskins, 22 Elm", "Dana Wu, 9 Oak Ln": a house number, then one to
 * three words): at the comma; e when there is none */
const char *sp_before_address (const char *s, const char *e);
/* Does s (n bytes) name where minutes record the public's voices ("4.
 * PUBLIC COMMENT", "Public comment on item 6.2:", "Homeowner Forum")? */
gboolean sp_names_public_voices (const char *s, gsize n);
gboolean sp_is_anonymous_bracket (const char *s);
/* "interviewer", "host", "moderator", "witness", ...: a party of a
 * dialogue named by its role (key: an sp_key() form; evidence.c) */
gboolean sp_is_party_role (const char *key);
gboolean sp_party_roles_sorted (void); /* for the tests */
/* "WASI: WebAssembly System Interface": the text after an upper-case mark
 * spells it out, so it is a definition and not a speaker. */
gboolean sp_is_acronym_definition (const char *abbr, const char *rest, gsize len);
/* Items that are issue or pull-request titles ("util: add colorText
 * [#43371](...)") carry module prefixes, not speakers. */
gboolean sp_has_issue_reference (const char *text, gsize len);
gboolean sp_ends_with_issue_reference (const char *text, gsize len);
/* Does the text hold a Markdown link to an issue, "[#1165](...)"? */
gboolean sp_has_issue_link (const char *text, gsize len);
/* Nothing but a link follows the mark ("**Recording**: <https://...>"). */
gboolean sp_is_link_only (const char *text, gsize len);

/* g_ascii_tolower() without the call: keys are built for every mark. */
static inline char
sp_lower_ascii (unsigned char c)
{
  return (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* Matching key: transliterated, accent- and case-folded, letters and
 * digits only ("Michaël Z." -> "michaelz") (transfer full). */
char *sp_key (const char *s, gssize len);
/* sp_key() with the transliterations of non-ASCII text kept in translit
 * (text -> np_text_to_ascii of it; NULL: none kept): attendee names with
 * accents recur in every meeting of a series. */
char *sp_key_cached (GHashTable *translit, const char *s, gssize len);
/* sp_key_cached() written into buf (size bytes) when s is ASCII and its
 * key fits there, no allocation; otherwise an allocated key.  Free the
 * result with sp_key_buf_free (key, buf). */
char *sp_key_buf (GHashTable *translit, const char *s, gssize len, char *buf, gsize size);
#define sp_key_buf_free(key, buf) ((key) != (buf) ? g_free (key) : (void) 0)

/* ---- roster.c --------------------------------------------------------- */

typedef enum
{
  SP_SOURCE_ATTENDEES = 0, /* the reader's attendee list or table */
  SP_SOURCE_TABLE,         /* a table with name and abbreviation columns */
  SP_SOURCE_PRESENT,       /* items of a Present / Attendees section */
  SP_SOURCE_TEXT,          /* "Full Name (ABC)" in the text */
  SP_SOURCE_FILE,          /* a roster file (option or found next to the notes) */
  SP_SOURCE_MARKS,         /* full names used as speaker marks in the document */
} SpSource;

typedef struct
{
  char *name;          /* full name as written: the canonical name */
  char *abbreviation;  /* "JSL", or NULL */
  char *handle;        /* without '@', or NULL */
  char *email;         /* local part and domain, or NULL */
  char *affiliation;
  GPtrArray *aliases;  /* char*: aliases given by a TSV roster */
  SpSource source;
  char *first_last;    /* key of first + last word: entries sharing it are one person */
  const char *first_key; /* keys of the first and last word (in word_keys) */
  const char *last_key;
  char *handle_key;
  char *full_key;      /* sp_key (name) */
  char **word_keys;    /* keys of the words of the name, NULL-terminated */
  guint n_words;
  gboolean shared_words; /* full_key, first_last and word_keys belong to a name form (roster.c) */
  gconstpointer form;    /* that form, or NULL */
  gconstpointer memo;    /* the form's EntryMemo its fields came from, or NULL (roster.c) */
} SpEntry;

/* Match tiers, strongest first.  A lookup stops at the first tier that
 * matches anybody: one person resolves, several are ambiguous. */
typedef enum
{
  SP_TIER_EXACT = 0,    /* full name, handle, e-mail local part, given alias */
  SP_TIER_ABBREVIATION, /* the roster's abbreviation (upper-case marks) */
  SP_TIER_NAME,         /* first name, last name, iant, mpratt, initials */
  SP_TIER_WORD,         /* another word of the name (Никита in a surname-first name) */
  SP_TIER_PREFIX,       /* nickname by prefix: Bethany/Beth, Franzi/Franziska */
  SP_TIER_TYPO,         /* edit distance: flilippo, pimalloy, Micheal */
  SP_N_TIERS,
} SpTier;

/* A table of blocks by a string each holds at key_off (strtable.c): the
 * instance's caches of name forms and name keys. */
SpStrTable *sp_str_table_new (gsize key_off, GDestroyNotify destroy);
void sp_str_table_free (SpStrTable *table);
/* Destroys every block; the table stays. */
void sp_str_table_clear (SpStrTable *table);
guint sp_str_table_size (const SpStrTable *table);
gpointer sp_str_table_lookup (const SpStrTable *table, const char *key);
/* Adds a block, its key at key_off (a block of the same key is destroyed). */
void sp_str_table_insert (SpStrTable *table, gpointer item);

typedef struct _SpRoster SpRoster;

SpRoster *sp_roster_new (const char *label, gboolean loose);
/* Keys of this roster's names and lookups keep their transliterations in
 * translit (see sp_key_cached(); borrowed, NULL for none). */
void sp_roster_set_translit (SpRoster *roster, GHashTable *translit);
/* Keys derived from full names (key, word keys, first + last), shared by
 * the entries of rosters that use the table: an instance's document and
 * mark rosters, since people recur across the meetings of a series.  The
 * table (sp_name_forms_new()) must outlive those rosters, and may only be
 * emptied (sp_name_forms_trim()) while no such roster exists. */
void sp_roster_set_name_forms (SpRoster *roster, SpStrTable *forms);
SpStrTable *sp_name_forms_new (void);
void sp_name_forms_trim (SpStrTable *forms);
/* The keys a roster derives from a full name for its name tier, made
 * once per name and kept in the roster's name forms: the words' keys,
 * first and last run together ("robertgriesemer"), first name and last
 * initial ("robertg"), first initial and last name ("rgriesemer"; these
 * two NULL for a name too long).  FALSE for a name of one word. */
typedef struct
{
  const char *const *words;
  guint n_words;
  const char *first_last, *first_initial, *initial_last;
} SpNameKeys;
gboolean sp_roster_name_keys (SpRoster *roster, const char *name, SpNameKeys *keys);
void sp_roster_free (SpRoster *roster);
const char *sp_roster_get_label (const SpRoster *roster);
guint sp_roster_size (const SpRoster *roster);
const SpEntry *sp_roster_get (const SpRoster *roster, guint index);
/* Are caps ("DW", "TV") the initials of the entry's words, all of them? */
gboolean sp_entry_initials_are (const SpEntry *e, const char *caps);
/* Add a person, or complete the entry of the same full name.  Returns the
 * entry index. */
guint sp_roster_add (SpRoster *roster, const char *name, const char *abbreviation, const char *handle,
                     const char *email, const char *affiliation, SpSource source);
void sp_roster_add_alias (SpRoster *roster, guint entry, const char *alias);
/* A full name as rosters write it: Title-case words, initials,
 * particles, a surname in capitals or a suffix ("HE Shi-Jun"). */
gboolean sp_roster_name_ok (const char *name);
/* Does a letter of the abbreviation open a part of the name ("Chris
 * Garret (KHG)"; not "Rod Vagg (TSC)")? (roster-mentions.c) */
gboolean sp_abbreviation_fits (const char *name, const char *abbr);
/* People item text names in passing (roster-passing.c): TRUE when the
 * item is a sign-in line, no turn */
gboolean sp_roster_add_passing (SpRoster *r, const char *text, gsize len);
/* The people a sentence lists as taking part ("Participants included A,
 * B and C."), from a " included " of the item text at first */
void sp_roster_add_participants (SpRoster *r, const char *text, gsize len, const char *first);
/* Optimal string alignment distance of two keys, or max + 1 when more */
guint sp_osa_distance (const char *a, const char *b, guint max);
/* Parse "Name @handle (role) email" / "Name (ABC)" / "Name - Org" and add it;
 * FALSE when the text is not a person. */
gboolean sp_roster_add_entry_text (SpRoster *roster, const char *text, gsize len, SpSource source);

typedef struct
{
  const SpRoster *roster; /* NULL: no match */
  guint entry;
  SpTier tier;
  guint n_candidates;     /* > 1: ambiguous, nobody chosen */
  guint candidates[8];    /* entry indices, at most 8 kept */
} SpMatch;

typedef enum
{
  SP_LOOKUP_LOOSE = 1 << 0,  /* prefix tier */
  SP_LOOKUP_TYPOS = 1 << 1,  /* typo tier */
  SP_LOOKUP_NAMES = 1 << 2,  /* first/last/word tiers (off: exact only) */
} SpLookupFlags;

/* Resolve one tidied mark name.  Returns TRUE when anybody matched (then
 * match->n_candidates says whether it is one person). */
gboolean sp_roster_lookup (SpRoster *roster, const char *name, SpCase name_case, guint flags, SpMatch *match);
/* sp_roster_lookup() with the name's sp_key() (the same with or without a
 * transliteration cache) and its g_str_hash() known: one name is looked
 * up in several rosters. */
gboolean sp_roster_lookup_key (SpRoster *roster, const char *name, const char *key, guint key_hash, SpCase name_case,
                               guint flags, SpMatch *match);

/* ---- roster-doc.c ----------------------------------------------------- */

/* The document's own roster, added to r, an empty roster (returned):
 * reader attendees, name/abbreviation tables (also inside code blocks),
 * Present/Attendees sections the reader left as items, and "Full Name
 * (ABC)" mentions, presenters ("Presenter: Ann Lee", titles' "(Ann
 * Lee)") but those the rosters of external (or NULL) know as written.
 * roster_items[i] is set for items that belong to a roster (they are
 * never speech). */
SpRoster *sp_roster_fill_from_document (SpRoster *r, const NpDocument *doc, guint8 *roster_items,
                                        GPtrArray *external);

/* ---- roster-mentions.c ------------------------------------------------ */

/* Into r, the people item text (len bytes) names in running text: "Full
 * Name (ABC)", "(@handle)", "(guest)" and a member's place after a title
 * of address, read at each '(' from first (the text's first one) on */
void sp_roster_add_mentions (SpRoster *r, const char *text, gsize len, const char *first);
/* ... a hearing's witness, "STATEMENT OF DR. PRIYA NAIR, DIRECTOR, ..." */
void sp_roster_add_statement_witness (SpRoster *r, const char *text, gsize len);
/* ... the presenters a session's title names in its closing parentheses,
 * or after its last dash ("Deprecation Header - Erik Wilde") */
void sp_roster_add_title_presenters (SpRoster *r, const char *title);
/* Generic words in Title case open items too ("Go Team ..."): are the
 * words of a full name none a stopword nor a label? (evidence.c) */
gboolean sp_plain_words (const char *name);
/* ... the presenters of a line of their own ("Presenter: Ann Lee", "(Ann
 * Lee)" alone), but those the rosters of external (or NULL) know */
void sp_roster_add_label_presenters (SpRoster *r, const char *text, gsize len, GPtrArray *external);

/* ---- roster-file.c ---------------------------------------------------- */

/* A roster file: "Name (ABC)" lines (TC39's delegates.txt), plain names,
 * or TSV "alias<TAB>Full Name".  Blank lines and '#' comments skipped. */
SpRoster *sp_roster_load_file (const char *path, GError **error);
/* The same from len bytes read elsewhere (path names the roster) */
SpRoster *sp_roster_load_data (const char *path, const char *data, gsize len, GError **error);

/* Look for a roster file kept with the notes: from the directory of
 * source up to levels parents, the first file named like one of names.
 * NULL for stdin.  For an archive's member ("notes.tar!tc39/meetings/
 * a.md"), with archives (else NULL), the first member so named from the
 * member's directory up to the archive's root, then beside the archive
 * on disk for the levels left: "notes.tar!tc39/delegates.txt", whose
 * bytes sp_roster_archived() gives; for an archive inside the archive,
 * from the inner one's directory, its own directories counted as levels.
 * dir_cache maps directories already searched to what was found, archives
 * holds the paths of the archives searched (both owned by the caller,
 * string -> string and a set of strings).  error (may be NULL) is set
 * when the archive was read on this call and could not be: damaged, or no
 * archive.  The archives' members are read once for the instances of a
 * process, while one holds them (sp_roster_archives_hold()). */
char *sp_roster_discover (const char *source, const char *const *names, guint levels, GHashTable *dir_cache,
                          GHashTable *archives, GError **error);
/* The bytes (a new reference) of the archive member path ("notes.tar!
 * tc39/delegates.txt") that sp_roster_discover() found with names, read
 * again if forgotten since; NULL for a path on disk */
GBytes *sp_roster_archived (const char *path, const char *const *names);
/* Forget the archives searched and what was found in them (their
 * rosters are then looked for again) */
void sp_roster_forget_archives (GHashTable *dir_cache, GHashTable *archives);
/* An instance holds the archives read for rosters while it lives: the
 * first hold makes the process's store of them, the last release frees it */
void sp_roster_archives_hold (void);
void sp_roster_archives_release (void);

/* ---- attribute.c ------------------------------------------------------ */

typedef enum
{
  SP_METHOD_BRACKET = 0,
  SP_METHOD_ANGLE,
  SP_METHOD_COLON,
  SP_METHOD_ABBREVIATION,
  SP_METHOD_BOLD,
  SP_METHOD_DASH,
  SP_METHOD_COMMA,
  SP_METHOD_NAME,
  SP_METHOD_HEADING,
  SP_METHOD_HEADED,    /* a sub-bullet under a bare-name heading */
  SP_METHOD_CONTINUED, /* "… more": the speaker of the item right before */
  SP_METHOD_VOICE,     /* a WebVTT voice tag: "<v Alice Smith>text" */
  SP_METHOD_CHAT,      /* a saved chat's header: "10:32 From Alice Smith to Everyone: text" */
  SP_METHOD_SECTION,   /* an item of a section titled with a person's name ("### Nora") */
  SP_METHOD_TABLE,     /* a table row: its Speaker column's cell */
  SP_METHOD_PAREN,     /* "(Alice) text": a known name in parentheses */
  SP_METHOD_SCRIBED,   /* an IRC scribe's line naming the speaker: "<fantasai> TabAtkins: text" */
  SP_METHOD_HEARING,   /* a hearing record's title, name in capitals and period: "Mr. NADLER. text" */
  SP_METHOD_MEETBOT,   /* MeetBot's minutes: "text  (nick, 16:03:01)", the nick at the end */
  SP_METHOD_QA,        /* "Q:" / "A:" of the asker and answerer the document names */
  SP_N_METHODS
} SpMethod;

typedef struct
{
  char *name;           /* canonical; strings in SpScratch.doc_strings */
  char *key;            /* sp_key (name) */
  GPtrArray *aliases;   /* char*: marks as written, distinct */
  GPtrArray *candidates; /* char*: people an ambiguous mark could be */
  const char *source;   /* "attendees", "roster", "text", "marks", or NULL */
  guint items, words;
  GArray *sections;     /* gint64, distinct, in order */
  const char *last_alias; /* the mark name last added to aliases (during the analysis only) */
} SpPerson;

#define SP_NO_PERSON G_MAXUINT

typedef struct
{
  gboolean attributed;
  SpMethod method;
  double confidence;
  guint n_speakers;
  guint speakers[SP_MAX_NAMES]; /* person indices */
  const char *mention;          /* the mark as written (the heading's for SP_METHOD_HEADED): */
  guint32 mention_len;          /* bytes of the document's text, not a copy */
  guint32 speech_start;         /* byte offset in the item text where the speech starts */
  guint32 speech_end;           /* and where it ends, when a mark follows it (MeetBot's); 0: the item's end */
  guint to;                     /* a directed turn's addressee: person index + 1, or 0 */
  guint32 voice_start;          /* a second voice's mark inside the item (midline.c), "ZTZ:" in "CEZ: Nothing
                                 * on the queue. ZTZ: Then ...": its offset in the item text, 0: none */
  guint16 voice_len;            /* its bytes, colon included */
  guint8 n_opening;             /* with a voice: speakers[0..n_opening) the opening mark's, the rest voices */
} SpTurn;

/* ---- scratch.c -------------------------------------------------------- */

/* What an instance (one worker thread) keeps from one document to the next
 * so the analysis does not allocate it again per document: the per-item
 * arrays (large blocks are slow to get from malloc: each one makes it
 * consolidate its free lists), the candidate blocks, and the integer
 * values of the layers (GVariant is immutable and its reference count
 * atomic, so annotations of any document may share them). */
typedef enum
{
  SP_BUF_CANDS = 0,
  SP_BUF_COUNTS,
  SP_BUF_ROSTER_ITEMS,
  SP_BUF_HAS_CHILDREN,
  SP_BUF_PREV_SIBLING,
  SP_BUF_NEXT_SIBLING,
  SP_BUF_LAST,
  SP_BUF_TURNS,
  SP_BUF_REPLY_LAST,
  SP_BUF_EDGES,
  SP_BUF_COMMON,
  SP_BUF_HEADS_LIST,
  SP_BUF_SCRIBE_LEAD,
  SP_BUF_OWNERS,
  SP_N_BUFS
} SpBuf;

/* A bump allocator reset per document (keys.c): its blocks stay with the
 * instance. */
typedef struct
{
  GPtrArray *blocks;
  guint block;
  gsize used;
} SpArena;

/* 16-byte aligned, zeroed: valid until the next sp_arena_reset() */
gpointer sp_arena_alloc (SpArena *a, gsize bytes);
void sp_arena_reset (SpArena *a);
/* A copy of s in a (1-byte aligned), or NULL when it is longer than a
 * block. */
char *sp_arena_strdup (SpArena *a, const char *s);
void sp_arena_clear (SpArena *a);

/* What the analysis knows about one key (an sp_key() form) in one
 * document (keys.c): a slot of the instance's flat key table. */
typedef struct
{
  const char *key;  /* NULL: free; not a copy: lives until the analysis ends */
  guint hash;
  guint gen;        /* the analysis it belongs to (SpScratch.generation) */
  guint count;      /* items with a mark of this key (pass 1) */
  guint name_count; /* items opening with this full name (pass 1) */
  guint person;     /* person index + 1, 0: none yet */
  gboolean accepted;
} SpKeyInfo;

typedef struct
{
  gpointer bufs[SP_N_BUFS];
  gsize caps[SP_N_BUFS];
  GPtrArray *cand_blocks; /* blocks of candidates (attribute.c), reused */
  GHashTable *translit;   /* for sp_key_cached() */
  SpStrTable *name_forms; /* for the rosters of an analysis (sp_roster_set_name_forms) */
  SpStrTable *names;      /* for sp_mark_parse_cached() (sp_name_cache_new()) */
  SpMarkCache *marks;     /* likewise: whole colon marks */
  guint generation;       /* analyses begun (sp_mark_reading_key) */
  SpStrTable *name_keys;  /* tidied mark name -> its key and word flags (attribute.c) */
  GStringChunk *doc_strings; /* strings of one analysis, cleared at the next */
  gpointer spare_slots[2]; /* zeroed index tables of rosters (roster.c, roster-index.c) */
  guint spare_slots_n[2];
  guint n_spare_slots;
  guint roster_gen;       /* generations of the rosters using spare_slots (roster.c) */
  SpKeyInfo *key_slots;   /* keys.c: the per-document key table */
  guint key_mask, key_used;
  gpointer match_slots;   /* keys.c: the per-document resolutions */
  guint match_mask, match_used;
  SpArena arena;          /* records of one analysis: matches */
  GPtrArray *people;      /* SpPerson*, reused (turns.c); n_people in use */
  guint n_people;
} SpScratch;

SpScratch *sp_scratch_new (void);
void sp_scratch_free (SpScratch *scratch);
/* A buffer of at least bytes, zeroed when zero is set; valid until the
 * next call for the same buf. */
gpointer sp_scratch_get (SpScratch *scratch, SpBuf buf, gsize bytes, gboolean zero);
/* sp_roster_new() and sp_roster_free() for the rosters of one analysis:
 * the index table comes from the scratch and goes back to it (a fresh
 * table per document is a large calloc; its size does not change what
 * lookups find). */
SpRoster *sp_roster_new_in (const char *label, gboolean loose, SpScratch *scratch);
void sp_roster_free_in (SpRoster *roster, SpScratch *scratch);

typedef struct
{
  gboolean typos;        /* typo tier on */
} SpConfig;

typedef struct
{
  const NpDocument *doc;
  guint n_items;
  SpTurn *turns;         /* n_items; a buffer of the scratch, valid until its next document */
  GPtrArray *persons;    /* SpPerson* */
  guint n_directed;      /* turns with an addressee (SpTurn.to) */
} SpAnalysis;

/* rosters: the external rosters (files), weakest last; the document's
 * own roster and the roster of full-name marks come first. */
SpAnalysis *sp_analyse (const NpDocument *doc, GPtrArray *rosters, const SpConfig *config, SpScratch *scratch);
void sp_analysis_free (SpAnalysis *analysis);
const char *sp_method_name (SpMethod method);

/* ---- output.c --------------------------------------------------------- */

extern const NpLayerSpec sp_turn_layer;
extern const NpLayerSpec sp_person_layer;
extern const NpLayerSpec sp_reply_layer;

gboolean sp_write_layers (NpDocument *doc, const SpAnalysis *analysis, SpScratch *scratch, GError **error);
void sp_summarize (const NpDocument *doc, NpSummary *summary);

/* ---- corpus.c --------------------------------------------------------- */

/* The corpus stage: every document's speakers.person entries added up by
 * person into speakers.people.  The functions are the stage's own
 * (NpStage), the instance an SpCorpus. */
extern const NpLayerSpec sp_people_layer;
gpointer sp_corpus_new (const NpOptions *options, GError **error);
void sp_corpus_free (gpointer instance);
gboolean sp_corpus_add (gpointer instance, const NpDocument *doc, GError **error);
GVariant *sp_corpus_save (gpointer instance);
gboolean sp_corpus_merge (gpointer instance, GVariant *state, GError **error);
gboolean sp_corpus_end (gpointer instance, NpCorpus *corpus, GError **error);

G_END_DECLS

#endif
