/* marks-private.h: what marks.c (the parsers), marks-colon.c (the colon
 * form), marks-voice.c (the marks of timed transcripts) and mark-cache.c
 * (colon marks kept per instance) share. */
#ifndef SP_MARKS_PRIVATE_H
#define SP_MARKS_PRIVATE_H

#include "speakers.h"

/* Longest prefix read as a mark, in bytes.  Speaker marks are short; a
 * longer prefix before ':' is a sentence ("The plan is: ..."). */
#define MARK_MAX 64

/* Where a colon mark's search for its colon ends: MARK_MAX bytes from p,
 * or, for Hansard's long office with its holder ("The Parliamentary
 * Under-Secretary of State for Transport (Guy Opperman): ..."), the colon
 * after a ')' within MARK_LONG bytes of a text opening with "The " */
#define MARK_LONG 112
static inline const char *
mark_colon_limit (const char *p, const char *e)
{
  if (e - p <= MARK_MAX || p[0] != 'T' || memcmp (p, "The ", 4) != 0 || memchr (p, ':', MARK_MAX))
    return p + MIN (e - p, MARK_MAX);
  const char *colon = memchr (p + MARK_MAX, ':', MIN (e - p, MARK_LONG) - MARK_MAX);
  return colon && colon[-1] == ')' ? colon + 1 : p + MARK_MAX;
}

static inline gboolean
is_space (char c)
{
  /* ' ', '\t' or '\n' as bits of one constant: no branch per test */
  return (guchar) c <= ' ' && ((G_GUINT64_CONSTANT (0x100000600) >> (guchar) c) & 1);
}

static inline const char *
skip_spaces (const char *p, const char *e)
{
  while (p < e && is_space (*p))
    p++;
  return p;
}

static inline void
trim (const char **s, const char **e)
{
  while (*s < *e && is_space (**s))
    (*s)++;
  while (*e > *s && is_space ((*e)[-1]))
    (*e)--;
}

/* After a Zulip mention's '@' ("@**Alice**", silent "@_**Alice**") at s,
 * where its emphasis starts; s otherwise */
static inline const char *
skip_zulip_at (const char *s, const char *e)
{
  if (e - s > 4 && s[0] == '@' && (s[1] == '*' || (s[1] == '_' && s[2] == '*')))
    return s + (s[1] == '_' ? 2 : 1);
  return s;
}

/* s..e tidied (spaces trimmed and collapsed, a leading '@' dropped), newly
 * allocated */
char *sp_mark_tidy (const char *s, const char *e);
/* Adds the name s..e to m (read through m's name cache); FALSE when it is
 * no name or m is full */
gboolean sp_mark_add_name (SpMark *m, const char *s, const char *e);
/* Sets m's form, its raw mark raw_start..raw_end (trimmed) and where its
 * speech starts; TRUE */
/* The ']' closing the '[' at p within a mark's reach, no '[' between, or
 * NULL (marks.c) */
const char *sp_mark_bracket_close (const char *p, const char *e);
/* "[Matteo Collina](https://github.com/mcollina): ...": a link to the
 * person as the mark (marks-colon.c) */
gboolean sp_mark_parse_link (const char *text, const char *p, const char *e, SpMark *m);
gboolean sp_mark_finish (SpMark *m, SpForm form, const char *text, const char *raw_start, const char *raw_end,
                         const char *speech);
/* Emphasis around a prefix stripped (**Name**, __Name__, *Name*,
 * _Name_); TRUE when there was some */
gboolean sp_mark_strip_markup (const char **s, const char **e);
const char *sp_mark_skip_emphasis (const char *s, const char *e);
/* s..e tidied into out (room for e - s + 1 bytes); its length */
gsize sp_mark_tidy_into (const char *s, const char *e, char *out, gsize size);
/* "pjmalloy & michaelm", "DH, AWB", "JHD/PFC": the names added to m;
 * FALSE if a piece is no name */
gboolean sp_mark_split_names (SpMark *m, const char *s, const char *e);
/* Bytes of an arrow at p with a space after it ("->", "→"; with wide
 * also "=>", "➡"), or 0 (marks-colon.c) */
gsize sp_mark_arrow_at (const char *p, const char *e, gboolean wide);
/* Bytes of a dash ("-", "\u2013", "\u2014") after the space at q and
 * before another, as words are set apart ("Talk: ... \u2014 Kwame
 * Asante"), or 0 (marks-colon.c) */
gsize sp_mark_spaced_dash (const char *q, const char *e);
/* Clears m for another parse, keeping its caches */
void sp_mark_reset (SpMark *m);
/* Does the colon at colon follow a label of the floor ("Mic line", "Q")
 * that another mark's colon follows ("Mic line: Ian Swett: +1")?  p
 * opens the item's text, speech (before e) is after the first colon
 * (marks-floor.c) */
gboolean sp_mark_floor_label (const char *p, const char *colon, const char *speech, const char *e);
/* marks-floor.c, for marks-colon.c: a question's label ("Q", "Answer",
 * "Comment"; a key, or [s, e) as written); past the medium a relayed
 * voice came through ("Zoom, " in "(Zoom, Olu Adebayo)"), or s; [s, e) a
 * medium alone ("YouTube", "chat"); a label before whoever reports for
 * it ("Remote (Sakura):", "Release Team (Nikhita):"); a label relaying a
 * question or the chat ("Question in chat (from Tomas Reyes):") */
gboolean sp_mark_is_question_label (const char *s);
gboolean sp_mark_is_question_label_span (const char *s, const char *e);
const char *sp_mark_after_medium (const char *s, const char *e);
gboolean sp_mark_medium_word (const char *s, const char *e);
gboolean sp_mark_reporter_label (const char *s, const char *e);
/* The end of the name in a mark of a name and the kind of remark that
 * follows ("Priya update", "Li Wei status" in lower case; "Cezar's
 * Recommendation", "Ann\u2019s note" after a possessive), or e */
const char *sp_mark_before_remark_kind (const char *s, const char *e);
gboolean sp_mark_is_relay_label (const char *s, const char *e);
/* "[Queue] MM: ...": a floor's label in brackets, then the speaker's colon mark */
gboolean sp_mark_floor_bracket (const char *text, const char *p, const char *e, SpMark *m);
/* Is [s, e) a label of the floor ("Q", "A", "Mic line", "Queue")? */
gboolean sp_mark_is_floor_label (const char *s, const char *e);
/* "p.hall", "ruoyu.h": a handle of lower-case letters with one dot */
gboolean sp_mark_dotted_handle (const char *s);
/* A name with no delimiter (marks-name.c): "**Alice** we should ...",
 * "Roland Shoemaker One idea ...", a name alone heading bullets */
gboolean sp_mark_parse_bold_name (const char *text, const char *p, const char *e, SpMark *m);
gboolean sp_mark_parse_name (const char *text, const char *p, const char *e, SpMark *m);
/* "Fedor +1, Ksenia +1, Tobias 0": a vote, the voter's, and the voters
 * after it (a colon mark, undelimited) */
gboolean sp_mark_parse_votes (const char *text, const char *p, const char *e, SpMark *m);
gboolean sp_mark_parse_bare (const char *text, const char *p, const char *e, SpMark *m);
/* "Name: ...", with its qualifiers, addressee and company (marks-colon.c) */
gboolean sp_mark_parse_colon (const char *text, const char *p, const char *e, SpMark *m);
gboolean sp_mark_parse_hearing (const char *text, const char *p, const char *e, SpMark *m);
/* Where the voice a label relays starts in [s, e) ("Question from Priya",
 * "Note from Darius"), or s (marks-floor.c) */
const char *sp_mark_from_voice (const char *s, const char *e, const char **from_at);
/* Does text..e end with MeetBot's attribution, "(nick, 16:03:01)" after
 * some words?  *open is its '(' and the nick is *nick..*nick_end (any of
 * them may be NULL) (marks-colon.c) */
gboolean sp_meetbot_tail (const char *text, const char *e, const char **open, const char **nick, const char **nick_end);
/* The cheap test before it: text..e ends with ')' (or a blank) */
static inline gboolean
sp_maybe_meetbot (const char *text, const char *e)
{
  return e > text && (e[-1] == ')' || is_space (e[-1]));
}
/* An item MeetBot's minutes attribute at its end (marks-colon.c) */
gboolean sp_mark_parse_meetbot (const char *text, const char *p, const char *e, SpMark *m);
/* "<nick> ...", "<@nick> ...", "<@alice:matrix.org> ...", and a voice tag
 * "<v Name>" at p (marks-voice.c) */
gboolean sp_mark_parse_angle (const char *text, const char *p, const char *e, SpMark *m);
gboolean sp_mark_parse_nick_gt (const char *text, const char *p, const char *e, SpMark *m);
/* "<v Name>", "<v.class Name>" at p (marks-voice.c) */
gboolean sp_mark_parse_voice (const char *text, const char *p, const char *e, SpMark *m);

/* "[filippo] ...", "[Nicholas, datadog] ...", "[PD]/[HM]: ..." at p
 * (marks-bracket.c) */
gboolean sp_mark_parse_bracket (const char *text, const char *p, const char *e, SpMark *m);
/* "(Alice) we should ...", "(anon) ..." at p (marks-bracket.c) */
gboolean sp_mark_parse_paren (const char *text, const char *p, const char *e, SpMark *m);
/* "+1 --olga", "+1 (Felix)", "-1 [mtanaka]": a vote signed after it, the
 * signer's (a paren mark: a speaker when the roster knows the name) */
gboolean sp_mark_parse_signed_vote (const char *text, const char *p, const char *e, SpMark *m);
/* "@ruoyu.h" at s..e, a handle with a dot after its '@' (with bare, the
 * '@' may go: "zheng.li"): m's one name (marks.c) */
gboolean sp_mark_add_dotted_handle (SpMark *m, const char *s, const char *e, gboolean bare);
/* "Speaker 1", "SPEAKER_01" at s..e, a bracket's content ("[Speaker 1]
 * ..."): a diarizing tool's numbered voice, m's one name, numbered
 * (marks-voice.c) */
gboolean sp_mark_bracket_numbered_voice (const char *s, const char *e, SpMark *m);
/* The mark text opens with, read by every parser (no cache). */
gboolean sp_mark_parse_uncached (const char *text, gsize len, gboolean heads_items, SpMark *m);

#endif
