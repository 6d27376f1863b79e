/* np-document.h: the document model of notepipe.
 *
 * A document is what the reader made of one note file: metadata, attendees,
 * a section tree, an array of items (bullets, paragraphs, table rows, code
 * blocks), sentences and tokens, and the annotation layers plugins add.
 *
 * Invariants (checked by np_document_validate() in the tests):
 *  - doc->text is valid UTF-8, NUL-terminated, immutable once reading ends.
 *    It holds each item's unwrapped text followed by '\n', in item order.
 *  - Every span is a half-open byte range [start, end) into that text.
 *  - Items are in source order; item i has id i.  An item's parent has a
 *    smaller id and a smaller depth.  line <= end_line, both 1-based lines of
 *    the original input.
 *  - Sections are in source order; section i has id i; a parent has a smaller
 *    id.  A section's items (its own and its subsections') form the
 *    contiguous range [item_first, item_first + item_count).
 *  - Tokens are in text order; each item owns the contiguous token range
 *    [token_first, token_first + token_count), each sentence likewise.
 *  - Strings (token forms, stems) are interned per document: compare ids
 *    within one document, compare strings across documents.
 *
 * Threading: a document is used by one thread at a time.  Functions here are
 * not MT safe on the same document; distinct documents are independent.
 */
#ifndef NP_DOCUMENT_H
#define NP_DOCUMENT_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NpDocument NpDocument;
typedef struct _NpLayer NpLayer;

#define NP_NONE ((gint32) -1)

typedef enum
{
  NP_TOKEN_WORD = 0, /* letters (and inner marks, digits, apostrophes, hyphens) */
  NP_TOKEN_NUMBER,   /* digits, possibly with separators: 15, 1,000, 3.5 */
  NP_TOKEN_VERSION,  /* dotted number or v-prefixed: 1.23, v1.0, 1.21.3 */
  NP_TOKEN_PUNCT,    /* one punctuation character */
  NP_TOKEN_SYMBOL,   /* other non-space characters */
  NP_TOKEN_URL,      /* scheme://... or www.... */
  NP_TOKEN_EMAIL,    /* local@domain.tld */
  NP_TOKEN_HANDLE,   /* @name */
  NP_TOKEN_IDENT,    /* identifier-like: GODEBUG=fips140, go/types, x/net, foo_bar */
} NpTokenKind;

/* The kinds counted as words (NpItem.n_words): word, number, version and
 * identifier tokens; punctuation, symbols, links, emails and handles are
 * not words. */
#define NP_TOKEN_KIND_IS_WORD(kind) \
  ((kind) == NP_TOKEN_WORD || (kind) == NP_TOKEN_NUMBER || (kind) == NP_TOKEN_VERSION || (kind) == NP_TOKEN_IDENT)

typedef enum
{
  NP_TOKEN_STOPWORD = 1 << 0,       /* English stopword (norm form) */
  NP_TOKEN_CAPITALIZED = 1 << 1,    /* first letter upper case */
  NP_TOKEN_UPPER = 1 << 2,          /* two or more letters, all upper case */
  NP_TOKEN_SENTENCE_START = 1 << 3, /* first token of its sentence */
  NP_TOKEN_SPACE_BEFORE = 1 << 4,   /* white space (or item start) before it */
} NpTokenFlags;

typedef struct
{
  guint32 start, end; /* byte span in the document text */
  guint32 norm;       /* interned casefolded form */
  guint32 stem;       /* interned Snowball stem of norm (== norm for non-words) */
  guint32 item;       /* owning item */
  guint32 sentence;   /* owning sentence */
  guint16 kind;       /* NpTokenKind */
  guint16 flags;      /* NpTokenFlags */
} NpToken;

typedef struct
{
  guint32 start, end;
  guint32 token_first, token_count;
  guint32 item;
} NpSentence;

typedef enum
{
  NP_ITEM_BULLET = 0, /* "-", "*", "+", "o", bullet glyphs */
  NP_ITEM_NUMBERED,   /* "1.", "2)" */
  NP_ITEM_PARAGRAPH,  /* unmarked text block */
  NP_ITEM_CODE,       /* fenced or indented code block, front matter */
  NP_ITEM_TABLE_ROW,  /* one row of a (non-attendee) table, cells joined by " | " */
  NP_ITEM_QUOTE,      /* "> " block quote */
} NpItemKind;

typedef enum
{
  NP_ITEM_NO_ANALYSIS = 1 << 0, /* code, front matter: kept out of analysis (no tokens) */
  NP_ITEM_WRAPPED = 1 << 1,     /* continuation lines were joined into it */
  NP_ITEM_TASK = 1 << 2,        /* a task list's item ("- [ ] text"; the box is not in its text); API 1.8 */
  NP_ITEM_TASK_DONE = 1 << 3,   /* ... checked ("- [x] text"); API 1.8 */
  /* its first line is a term over lines indented deeper, with no blank
   * line between: a definition list's item (reStructuredText's "Alice
   * Smith" over "    We should ship ..."), the term's end at
   * np_document_get_item_first_line(); API 1.15 */
  NP_ITEM_DEFINITION = 1 << 4,
} NpItemFlags;

typedef struct
{
  guint32 id;
  gint32 section;    /* innermost section, or NP_NONE before the first heading */
  gint32 parent;     /* enclosing item, or NP_NONE */
  guint16 depth;     /* nesting depth, 0 = top level */
  guint8 kind;       /* NpItemKind */
  guint8 flags;      /* NpItemFlags */
  guint32 line;      /* first source line, 1-based */
  guint32 end_line;  /* last source line */
  guint32 start, end; /* unwrapped text, markers stripped */
  guint32 token_first, token_count;
  guint32 sentence_first, sentence_count;
  gunichar marker;   /* bullet glyph as written ('-', 'o', 0x2022, '1' for numbered), a transcript's dialogue
                      * dash ('-', 0x2013) on its paragraph, 0 if none */
  guint32 n_words;   /* its tokens of a word kind (NP_TOKEN_KIND_IS_WORD); since API 1.2 (was reserved, 0) */
} NpItem;

typedef struct
{
  guint32 id;
  gint32 parent;      /* NP_NONE for top-level sections */
  guint16 level;      /* 1 = top (session / "##" when "#" is the title) */
  guint16 reserved16;
  const char *title;  /* owned by the document */
  guint32 line;       /* heading line */
  guint32 end_line;   /* last line of the section's content */
  guint32 item_first, item_count;
  guint32 reserved[2];
} NpSection;

typedef struct
{
  const char *name;         /* full name as written, never NULL */
  const char *handle;       /* without '@', or NULL */
  const char *email;
  const char *abbreviation; /* "MLS" in TC39 tables */
  const char *affiliation;
  const char *role;         /* "(TSC)", "(chair)" without parentheses */
  guint32 line;
  guint32 reserved;
} NpPerson;

/* Lifetime */
NpDocument *np_document_ref (NpDocument *doc);
void np_document_unref (NpDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NpDocument, np_document_unref)

/* Identity and metadata (transfer none; NULL when absent) */
const char *np_document_get_id (const NpDocument *doc);     /* SHA-256 hex of the input bytes */
const char *np_document_get_source (const NpDocument *doc); /* path, or archive!member */
guint64 np_document_get_sequence (const NpDocument *doc);   /* input order in a run */
void np_document_set_sequence (NpDocument *doc, guint64 sequence);
const char *np_document_get_title (const NpDocument *doc);
const char *np_document_get_date (const NpDocument *doc);   /* YYYY-MM-DD */
const char *np_document_get_url (const NpDocument *doc);
const char *np_document_get_format (const NpDocument *doc); /* "text", "markdown" or "vtt" (WebVTT, SRT) */
gsize np_document_get_input_size (const NpDocument *doc);   /* bytes read */

/* The normalized text (transfer none) */
const char *np_document_get_text (const NpDocument *doc, gsize *len);

/* Arrays (transfer none, valid while the document lives) */
const NpItem *np_document_get_items (const NpDocument *doc, guint *n_items);
const NpSection *np_document_get_sections (const NpDocument *doc, guint *n_sections);
const NpToken *np_document_get_tokens (const NpDocument *doc, guint *n_tokens);
const NpSentence *np_document_get_sentences (const NpDocument *doc, guint *n_sentences);
const NpPerson *np_document_get_attendees (const NpDocument *doc, guint *n_people);

/* Interned strings: token norm/stem ids (transfer none) */
const char *np_document_string (const NpDocument *doc, guint32 id);
guint np_document_n_strings (const NpDocument *doc);
/* The id of an interned string (a token norm or stem), or G_MAXUINT32 when
 * the document has none such; len < 0 for NUL-terminated s.  Lets a plugin
 * match words it reads elsewhere (a title) with the document's words. */
guint32 np_document_lookup_string (const NpDocument *doc, const char *s, gssize len);

/* Convenience: item text as a newly allocated string (transfer full) */
char *np_document_dup_item_text (const NpDocument *doc, guint item);
/* Item text without copying; not NUL-terminated at *len */
const char *np_document_peek_item_text (const NpDocument *doc, guint item, gsize *len);

/* Bytes of the item's text that came from its first source line: all of
 * it unless the item is NP_ITEM_WRAPPED.  A chat copy's "[10:32 AM] Ann
 * Lee" over the message joined to it ends there.  Since API 1.6. */
gsize np_document_get_item_first_line (const NpDocument *doc, guint item);

/* Bytes of the header a message item opens with, which names its writer
 * and time rather than saying anything: a saved chat's "10:32:05 From
 * Alice Smith to Everyone:" (np_text_chat_header()), or a first line
 * over the message joined to it that is a copied chat's sender line
 * ("[3:45 PM] Alice Smith", "alice — 03/12/2026 10:32 AM":
 * np_text_chat_sender_line()) or a transcript's speaker and time ("Jane
 * Doe  0:05": np_text_speaker_time_line()); 0 for any other item.  What
 * analyses that skip speakers' marks skip without the speakers plugin.
 * Since API 1.17. */
gsize np_document_get_item_header (const NpDocument *doc, guint item);

/* Check every invariant above; FALSE with a message naming the first broken one. */
gboolean np_document_validate (const NpDocument *doc, GError **error);

/* Diagnostics attached to the document (warnings of the reader, plugin errors) */
typedef struct
{
  const char *plugin;  /* NULL for the core */
  const char *message;
  gboolean is_error;   /* an error marks the document failed */
} NpDiagnostic;

const NpDiagnostic *np_document_get_diagnostics (const NpDocument *doc, guint *n);
gboolean np_document_has_failed (const NpDocument *doc);
void np_document_add_warning (NpDocument *doc, const char *plugin, const char *format, ...) G_GNUC_PRINTF (3, 4);
void np_document_add_error (NpDocument *doc, const char *plugin, const char *format, ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS

#endif
