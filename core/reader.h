/* reader.h: line model shared by the format readers (internal). */
#ifndef NP_READER_INTERNAL_H
#define NP_READER_INTERNAL_H

#include "builder.h"
#include "meta.h"

G_BEGIN_DECLS

typedef struct
{
  const char *s;       /* line start (no '\n') */
  gsize len;
  guint indent;        /* columns of leading white space, tabs to multiples of 4 */
  const char *content; /* after leading white space, trailing space trimmed */
  gsize content_len;
  /* no text of its own, and no break: a line of an HTML table whose row
   * is written on a line above (reader-markdown-html-tables.c) */
  gboolean joined;
} NpLine;

typedef struct
{
  NpDocument *doc;
  NpLine *lines;
  guint n_lines;
  NpBuilder builder;
  /* do lines open with lowercase nicknames as in a conversation
   * ("timbl: ...")?  0 not asked yet, 1 yes, -1 no: asked at the first
   * line that opens with one (np_line_opens_chat_turn) */
  gint chat;
  /* lines of a name alone, by their text, and how many recur
   * (np_txt_recurring_name_line()); NULL: not counted yet */
  GHashTable *name_lines;
  guint recurring_names;
  /* the labels that open lines before speech ("Student rep Kayla Moss:
   * ..."), by their text, and how often (np_line_known_turn_label());
   * NULL: not counted yet */
  GHashTable *turn_labels;
} NpReadContext;

void np_read_text (NpReadContext *ctx);
/* reader-rst.c: reStructuredText's explicit markup at the margin
 * (".. contents::", ".. code-block:: c", ".. _target: url", ".. a
 * comment"): a directive is read as such in any text, a comment or a
 * target only in a file named .rst.  np_rst_indented_block_end: the
 * index after the last indented (or blank) line below line i, trailing
 * blank lines left out. */
/* reader-hyphen.c: does the item's text t (len bytes, as built so far)
 * end with a word that a PDF's text broke at the line's end ("imple-"),
 * whose rest opens line l ("mentation ..."), written whole elsewhere in
 * the notes?  *words (NULL at first, the caller frees it) is the notes'
 * words, made on the first such question. */
gboolean np_reader_hyphen_joins (const NpReadContext *ctx, GHashTable **words, const char *t, gsize len,
                                 const NpLine *l);
typedef enum
{
  NP_RST_NONE,
  NP_RST_DIRECTIVE, /* its body is read as text (an admonition's) */
  NP_RST_CODE,      /* a directive whose body is code */
  NP_RST_COMMENT,   /* a comment or a target: its body is layout too */
} NpRstMarkup;
NpRstMarkup np_rst_explicit_markup (const NpReadContext *ctx, const NpLine *l);
guint np_rst_indented_block_end (const NpReadContext *ctx, guint i);
/* reader-mail.c: a mail's header opening the text ("From:", "Subject:",
 * "Date:" up to the first blank line): the subject is the title, the date
 * the notes' date, the lines metadata.  The lines it takes, 0 for none. */
guint np_read_mail_header (NpReadContext *ctx);
/* A forwarded or quoted message's header in the body at line i (Gmail's
 * "---------- Forwarded message ---------", Outlook's "-----Original
 * Message-----" over "From:", "Sent:", "To:", "Subject:"; a reply's "On
 * ..., X wrote:"): the lines it takes, to be read as metadata, or 0 */
guint np_read_mail_forward (const NpReadContext *ctx, guint i);
/* The line a mail's signature opens at (the "-- " delimiter, then a few
 * short lines to the end; or formal minutes' valediction over the
 * clerk's signature, "Respectfully submitted,"), or ctx->n_lines when
 * there is none */
guint np_read_mail_signature (const NpReadContext *ctx);
/* A reply's quoted message, after its attribution ("On Tue, ... Ines
 * <ines@example.org> wrote:"): the "> " opening each quoted line is taken
 * off the line (its content and indent), so the quoted minutes read as
 * lines of their own, turn by turn. */
void np_read_mail_quotes (NpReadContext *ctx);
/* A mail header's lines, one at a time (s: a line without its end, a
 * folded line opening with white space): is it a header?  One that
 * opens with "From:" and has a "Subject:", or any RFC 5322 header
 * (field lines and folded lines only) with From, Date and Subject among
 * its fields: a saved .eml opens with "Received:", "Delivered-To:",
 * "Return-Path:" ... */
typedef struct
{
  guint lines;
  gboolean from_first, from, date, subject, fields_only;
} NpMailHeadScan;
void np_mail_scan_line (NpMailHeadScan *m, const char *s, gsize len);
gboolean np_mail_scan_is_header (const NpMailHeadScan *m);
/* reader-mime.c: the length of the field name opening s ("Subject" in
 * "Subject: x"; RFC 5322's printable ASCII but ':' before a colon), 0
 * when s is no field line */
gsize np_mail_field_name_len (const char *s, gsize len);
/* A header's text with its encoded words ("=?UTF-8?Q?Tom=C3=A1s?=",
 * RFC 2047) decoded to UTF-8 (a new string); a word that cannot be
 * decoded stays as written */
char *np_mail_decode_words (const char *s, gsize len);
/* A saved mail whose text is MIME-encoded (quoted-printable, base64, a
 * charset other than UTF-8, multipart, format=flowed): its header, a blank
 * line and its text decoded (a new string of *out_len bytes); *markdown
 * when that text is the Markdown of its HTML part (it had no plain one).
 * NULL when data is no such mail.  Warnings (strings naming source) are
 * added to warnings. */
char *np_mail_decode (const char *source, const char *data, gsize len, gsize *out_len, gboolean *markdown,
                      GPtrArray *warnings);
/* reader-pages.c: per line, is it a page's furniture in a PDF's text (a
 * page number, a running header or footer)?  NULL when none is. */
gboolean *np_text_page_furniture (NpReadContext *ctx);
/* A court transcript's numbered lines ("12   Q.  Did you ..."), five or
 * more numbered one after the other with a question, an answer or a
 * speaker's label among them: the numbers go, the text after them
 * stays, indented by the spaces that set it apart (reader-pages.c) */
void np_text_strip_line_numbers (NpReadContext *ctx);
void np_read_markdown (NpReadContext *ctx);
/* reader-markdown-html.c: before the block parser, lines with HTML in
 * them as Markdown keeps it: character references decoded ("&lt;nick>"),
 * the tags of a collapsed block ("<details><summary>...</summary>") and
 * hard line breaks ("<br>", a final backslash) taken off; decoded lines
 * are copied into chunk.  np_md_fence_length: the length of the code
 * fence opening line l (its character in *ch), or 0. */
void np_md_html_lines (NpReadContext *ctx, GStringChunk *chunk);
/* reader-front-matter.c: reads the YAML front matter the lines open with
 * into the document's metadata; the index of the first line after it, 0
 * when there is none. */
guint np_md_front_matter (NpReadContext *ctx);
guint np_md_fence_length (const NpLine *l, char *ch);
/* Does line l close a code fence opened by fence_len marks fence_ch (as
 * many marks or more, and nothing else)? */
gboolean np_md_closes_fence (const NpLine *l, guint fence_len, char fence_ch);
/* WebVTT and SRT transcripts (reader-vtt.c): one item per cue */
void np_read_vtt (NpReadContext *ctx);
/* A transcript by its name (.vtt, .webvtt, .srt) or first lines ("WEBVTT",
 * an SRT cue number over its timing line, or a timing line) */
gboolean np_vtt_detect (const char *name, const char *data, gsize len);
/* A document's paragraphs (a Word file's text, each paragraph a block of
 * its own) as a transcript's cues: the blank lines that do not stand
 * before a timing line taken out (transfer full; its length in *out_len) */
char *np_vtt_join_paragraphs (const char *text, gsize len, gsize *out_len);

/* Shared line tests */
gboolean np_line_is_blank (const NpLine *l);
/* A bare URL line: "https://..." */
gboolean np_line_is_url (const NpLine *l);
/* A transcript export's speaker line: a name of two to four words and
 * the time, nothing else ("Alice Smith  0:03", "Speaker 2 1:02:15",
 * "Bob Jones [00:02:30]"), or a name in brackets and the time ("[Alice
 * Smith] 10:32:05"); the turn's text follows on the next lines */
gboolean np_line_is_speaker_time (const char *content, gsize len);
/* Does line i open with a label before speech ("Student rep Kayla Moss:
 * Will the council ...", "Superintendent Dr. Alvarez: ...") that opens
 * another line of the document too, or ends with an attendee's surname,
 * after a sentence's end: a turn's mark, however long the line before */
gboolean np_line_known_turn_label (NpReadContext *ctx, guint i);
/* Does line i open the record of a motion or a vote ("Motion by Markus
 * Lindgren, second by ...", "Motion carries 4-0-1.", "Seconded by ...",
 * "No objections; ...") after a line that ends a sentence: no wrapped
 * line of the turn above, whose speaker it would take */
gboolean np_line_opens_record (const NpReadContext *ctx, guint i);
/* Does the line open with a name or nickname and a colon ("wz: Thanks
 * ...", "Oliver: ...", and a label as "tl;dr: ...")? */
gboolean np_line_opens_with_label (const NpLine *l);
/* Does line i open such a turn inside a paragraph whose first line is
 * line first ("bob: agreed" under "alice: I think ..."): a nickname's
 * colon at the indentation of the paragraph and of the line above, which
 * opens so too or ends a sentence (not a wrapped sentence's "to: `gpg
 * ...`", nor a shortlog's "setup: fix ..." indented under its author),
 * in notes that list no attendees (whose nicknames open turns) where
 * three nicknames or more open lines so (not one word opening two
 * lines, "website: ...")?  *memo caches that count: -1
 * before the first question. */
gboolean np_reader_nick_turn_line (const NpReadContext *ctx, guint i, guint first, gint *memo);
/* A log's next entry: the line opens with a time stamp, as the item's
 * first line (item_line, a line number) did, both in brackets ("[10:04]
 * * nick nods" under "[10:03] <bob> ok") or the stamp followed by a log's
 * mark ('*', '<', '-'), a timeline's dash ("14:06 — ...") or a nick's
 * label ("14:05 alnowak: ..."): an entry of its own, never a wrapped line
 * of the one above */
gboolean np_line_is_next_log_entry (const NpReadContext *ctx, const NpLine *l, guint item_line);
/* Does the code fence opening at line i (its fence_len marks fence_ch,
 * no info string or one that says text or a log) hold a chat log, three
 * lines of five or more a log's (an IRC meeting kept as a wiki page in a
 * fence)?  *close: the line that closes it, or n_lines */
gboolean np_md_fenced_log (const NpReadContext *ctx, guint i, guint fence_len, char fence_ch, guint *close);
/* A copied chat's name line ("Alice Smith") over a line that is only its
 * time ("10:32 AM") over the message: the name line opens a turn */
gboolean np_line_is_name_over_time (const NpReadContext *ctx, const NpLine *l);

/* What the readers of other formats share (reader-office.c) */
/* name (an archive's member by its own name, a note compressed whole by
 * the name under the compression's suffix) ends with suffix, any case */
gboolean np_name_has_suffix (const char *name, const char *suffix);
/* A zip (an office document) named with suffix, or with marker in its
 * first window bytes (the name of its main part, its mimetype) */
gboolean np_office_detect (const char *name, const char *data, gsize len, const char *suffix, const char *marker,
                           gsize window);
/* libxml2 nodes by their local names (namespaces aside): is n the element
 * name; its first child element so named (or NULL); its attribute so
 * named (NULL, or a string to free with xmlFree) */
struct _xmlNode;
gboolean np_xml_is (const struct _xmlNode *n, const char *name);
struct _xmlNode *np_xml_child (const struct _xmlNode *n, const char *name);
unsigned char *np_xml_attr (const struct _xmlNode *n, const char *name);
/* Markdown: a table cell " text |" on one line; the rule under a header
 * row of cells; out[start..] in bold (the marks next to the words, none
 * around spaces alone); "****" of two bold runs side by side taken out
 * of s[from..] */
void np_md_cell (GString *out, const char *text, gsize len);
/* Is line l outside a code fence, and no fence's line itself?  *fence:
 * the fence's mark while inside one (0 outside), kept line by line
 * (reader-markdown-html.c) */
gboolean np_md_outside_fence (const NpLine *l, char *fence);
/* reader-markdown-html-tables.c: HTML tables in Markdown as pipe tables */
void np_md_html_tables (NpReadContext *ctx, GStringChunk *chunk);
void np_md_rule (GString *out, guint cells);
void np_md_bold (GString *out, gsize start);
void np_md_merge_marks (GString *s, gsize from);
/* The XML part member of the office document (a zip) in data, parsed
 * without network or external entities; NULL with an error naming source
 * and what the part is when it is missing, damaged or over max bytes */
struct _xmlDoc;
struct _xmlDoc *np_office_part (const char *source, const char *data, gsize len, const char *member,
                                const char *what, gsize max, GError **error);

/* AsciiDoc (reader-asciidoc.c): notes named *.adoc or *.asciidoc, or
 * opening with a document title ("= Title") over a section ("== ...");
 * rewritten line for line as Markdown.  The numbers (1-based) of the lines
 * that are only layout are appended to layout (guint), when given. */
gboolean np_asciidoc_detect (const char *name, const char *text, gsize len);
char *np_asciidoc_to_markdown (const char *text, gsize len, gsize *out_len, GArray *layout);

/* Org mode (reader-org.c): notes named *.org, or opening with a keyword
 * line ("#+TITLE: ..."); their text rewritten as Markdown, line for line
 * (a new string of *out_len bytes, NUL-terminated) */
gboolean np_org_detect (const char *name, const char *text, gsize len);
char *np_org_to_markdown (const char *text, gsize len, gsize *out_len);

/* Wiki markup (reader-wiki.c): notes named *.wiki, *.mediawiki or
 * *.wikitext, or with two headings between equal signs ("== Minutes ==")
 * in their first 200 lines and no Markdown heading before them; their
 * text rewritten as Markdown, line for line */
gboolean np_wiki_detect (const char *name, const char *text, gsize len);
char *np_wiki_to_markdown (const char *text, gsize len, gsize *out_len);

/* HTML (reader-html.c): notes named *.html, *.htm or *.xhtml, or opening
 * with "<!DOCTYPE html" or "<html"; their text as Markdown (a new string of
 * *out_len bytes, NUL-terminated; line numbers are those of this text) */
gboolean np_html_detect (const char *name, const char *text, gsize len);
char *np_html_to_markdown (const char *text, gsize len, gsize *out_len);
/* An HTML page that is not UTF-8, in the charset its <meta> declares
 * (Word's "Save as Web Page" writes windows-1252): a new NUL-terminated
 * UTF-8 string, *charset (when not NULL) the declared name; NULL when the
 * page declares none, declares UTF-8, or its bytes are not in that
 * charset. */
char *np_html_declared_to_utf8 (const char *data, gsize len, gsize *out_len, char **charset);

/* Word (reader-docx.c): a zip named *.docx, or holding word/document.xml;
 * the document's text as Markdown (a new string of *out_len bytes, at
 * most max), or NULL with an error naming source */
gboolean np_docx_detect (const char *name, const char *data, gsize len);
char *np_docx_to_markdown (const char *source, const char *data, gsize len, gsize max, gsize *out_len,
                           GError **error);

/* OpenDocument text (reader-odt.c): a zip named *.odt, or whose mimetype
 * member says so; the same for its content.xml */
gboolean np_odt_detect (const char *name, const char *data, gsize len);
char *np_odt_to_markdown (const char *source, const char *data, gsize len, gsize max, gsize *out_len,
                          GError **error);
gboolean np_content_equals (const NpLine *l, const char *s);
/* Does the line open with a lowercase nickname ("timbl: text") of an
 * attendee the document has listed so far, or in a conversation, a
 * document where two nicknames at least each open two lines or more?  In a paragraph such a line is a new turn, not a wrapped
 * line; outside a conversation "website: the docs..." may well be one. */
gboolean np_line_opens_chat_turn (NpReadContext *ctx, const NpLine *l);
/* Does line i open with a word in angle brackets that goes on with the
 * sentence the prose line above leaves on a function word ("... please
 * subscribe to the" over "<debian-package-git> mailing list by ...")?  A
 * placeholder or an address wrapped there, not a chat log's nick. */
gboolean np_line_angle_mid_sentence (const NpReadContext *ctx, guint i);
/* A transcript's clock with its seconds alone on the line ("00:05:12",
 * Google Meet's): no words of the turn above, in either reader */
gboolean np_line_is_clock_alone (const NpLine *l);
/* Does the line end with an attendee's signature after a dash ("next we
 * check the attestation  -- hkoivisto", a gobby pad's): the line is that
 * person's turn, whole? */
gboolean np_line_signed_by_attendee (const NpDocument *doc, const NpLine *l);
/* A copied chat's thread reply ("↳ **Alice Moreno**: ...") or the
 * reactions under a message (":thumbsup: 3"): a line of its own */
gboolean np_line_is_chat_reply_or_reactions (const NpLine *l);
/* Does the line open with an attendee's name as Node.js minutes and formal
 * minutes write a turn ("Myles - we should not ship", "Anna, fine with
 * it", "Mayor Lee - thanked the staff"): a first name with ", " or a
 * dash, a full name or a title and the surname with a dash? */
gboolean np_line_opens_attendee_turn (const NpDocument *doc, const NpLine *l);
/* Does the line open with an attendee's full name and a space ("Kenji
 * Watanabe Go Conference Japan would ...", summit notes' turns with no
 * delimiter, or a sentence about the person)? */
gboolean np_line_opens_with_attendee (const NpDocument *doc, const NpLine *l);
/* Is the word (k bytes) the name or handle of an attendee the document has
 * listed so far, whole, or with first_names also a name's first word
 * ("Present: astearns, fantasai"; "marcos: ..." for Marcos Caceres, as
 * scribes write a first name)?  Case is ignored. */
gboolean np_reader_attendee_named (const NpDocument *doc, const char *word, gsize k, gboolean first_names);
/* An attendee's name alone on line i (full name, first name or handle,
 * as np_reader_attendee_named() reads them) right over a list item
 * (indented deeper, with deeper), of plain text's glyphs too with
 * plain_text: the head of that list ("Osei Mensah" over "  \u25aa ...", a
 * pasted "Jamal" over "- mostly reviews"), not a wrapped line nor a lazy
 * continuation of the item above */
gboolean np_reader_attendee_over_list (const NpReadContext *ctx, guint i, gboolean plain_text, gboolean deeper);
/* "Nadia raised the question of ...", "Councilmember Lindqvist moved to
 * approve ...": line i, after a line that ends a sentence in a paragraph
 * that opens with a turn, tells of an attendee (a first name, or an
 * office and the surname, then a verb in the past), so it is no wrapped
 * line of the turn above */
gboolean np_reader_narration_after_turn (const NpReadContext *ctx, guint i);
/* A minutes header's "Chair: Alan Stearns", "Scribe: fantasai", "Regrets:
 * Chris Lilley" (np_meta_is_role_line): its people become attendees in
 * that role, and *line_role tells the line's role (ATTENDEE, or META for a
 * nickname alone: "Chair: astearns" is someone listed already, or under
 * "Regrets" someone absent, added unless listed).  FALSE, and nothing
 * done, for any other line. */
/* Is line i a legend of the initials the notes mark turns with ("MK =
 * Mira Kovač, JP = James Porter; RB = Ruth Bellamy (mentor)", one of
 * them opening a line, "MK: ...")?  Its people are added to the
 * document's attendees, with their abbreviations. */
gboolean np_reader_take_legend_line (NpReadContext *ctx, guint i);
/* An unlabelled paragraph of people with their abbreviations (see
 * np_meta_abbreviated_people()), starting at line i and running to the
 * next blank line, before the document's first item: with at least three
 * people, they are attendees and the number of lines taken is returned;
 * 0 otherwise. */
guint np_reader_take_people_paragraph (NpReadContext *ctx, guint i);
/* reader-people-wrap.c: the lines after line i, an attendee label's line
 * with people on it (rest), that go on with its list where a mail client
 * or editor wrapped it, a name split across the break ("Present: ...,
 * Olu" over "Adeyemi"): no blank line between, not a label, list item or
 * heading, a wrap's width, shaped like the rest of a name and more names.
 * *joined: rest and those lines, joined with a space; the number of
 * lines taken is returned (0: joined is rest).  With soft_breaks (a
 * Markdown paragraph's lines, one line once rendered) the widths do not
 * count, only the shape. */
guint np_reader_attendee_wrap (const NpReadContext *ctx, guint i, const char *rest, gsize rest_len, GString *joined,
                               gboolean soft_breaks);
/* People set in columns on line l (two to four, three spaces or more
 * apart, each a person's entry): added in role and counted, or 0 */
guint np_reader_people_columns (NpDocument *doc, const NpLine *l, guint lineno, const char *role);
gboolean np_reader_take_role_line (NpDocument *doc, const char *line, gsize len, guint lineno, NpLineRole *line_role);
/* Is the next line that is not blank a list item nested under line i (more
 * indented) that reads as notes, not as a detail of a person: a sentence,
 * or words opening in lower case that are no role ("fixed the flaky
 * test", "on call"; not "remote", "Google", "@dpatel")?  plain_text: the
 * list's glyphs as np_parse_bullet() reads plain text's ("o", "●"). */
gboolean np_reader_notes_nested_below (const NpReadContext *ctx, guint i, gboolean plain_text);
/* Is line i nested under an attendee's entry, the last line before it
 * that is no blank one, indented less ("* Ann Lee" over "  * remote")? */
gboolean np_reader_under_member (const NpReadContext *ctx, guint i);
/* Is line i's bullet, its text text, an attendee label alone ("*
 * **Attendees**", "- Present:"), or an absence's ("* **Absent**": its role
 * in *absence, to free), with the first item nested below it a person
 * ("Aaron Crickenberger [Samsung SDS]")? */
gboolean np_reader_label_over_nested_people (const NpReadContext *ctx, guint i, const char *text, gsize text_len,
                                             gboolean plain_text, char **absence);
/* Is list item i, its text title, a group's title over its people nested
 * below ("* TSC Members" over "  * Antoine du Hamel @aduh95", "* Guests"):
 * a group or a role (np_meta_is_group_title), the next line that is not
 * blank a more indented item of a person's entry?  Its title is no one. */
gboolean np_reader_group_over_people (const NpReadContext *ctx, guint i, const char *title, gsize title_len,
                                      gboolean plain_text);

G_END_DECLS

#endif
