/* attribute-private.h: what attribute.c (deciding which marks are speakers)
 * and turns.c (naming people, building turns) share about one document's
 * analysis.  Internal to the plugin. */
#ifndef SPEAKERS_ATTRIBUTE_PRIVATE_H
#define SPEAKERS_ATTRIBUTE_PRIVATE_H

#include "speakers.h"

G_BEGIN_DECLS

/* What a paragraph heads (Ctx.heads_list) */
enum
{
  SP_HEADS_NONE = 0,
  SP_HEADS_LIST,
  SP_HEADS_PARAGRAPHS,
};

typedef enum
{
  CAND_NONE = 0,
  CAND_WEAK,       /* colon-like mark, unresolved */
  CAND_WEAK_UPPER, /* unresolved abbreviation */
  CAND_WEAK_KEY,   /* comma or dash mark: only a known speaker */
  CAND_WEAK_NAME,  /* full name without delimiter, or bare name */
  CAND_WEAK_CAPITALS, /* a name in capitals no roster knows: a party to a dialogue only */
  CAND_ACCEPTED,
  CAND_REJECTED,
} CandState;

typedef struct
{
  SpMark mark;
  CandState state;
  SpMatch match[SP_MAX_NAMES];
  char *keys[SP_MAX_NAMES];
  gboolean use_name3;
  gboolean drop_affiliation; /* [Nicholas, datadog]: one speaker */
} Cand;

#define SP_KEY_MEMO 256

#define SP_SCRIBES_MAX 4
#define SP_SCRIBE_NICK 32
#define SP_OFFICES_MAX 8

typedef struct _SpQa SpQa;

typedef struct
{
  const NpDocument *doc;
  const NpItem *items;
  guint n_items;
  const char *text;          /* the document's text, which items' offsets are into */
  Cand **cands;              /* per item, NULL for items without a mark */
  guint8 *roster_items;
  gboolean *has_children;    /* children, or a list below it that it heads (heads_list) */
  gboolean *heads_list;      /* SP_HEADS_LIST: a paragraph over the list that follows it, its
                              * siblings ("**Tim Beiko**" over "* Hello everyone");
                              * SP_HEADS_PARAGRAPHS: a name alone in bold or with its colon
                              * over the paragraphs that follow it ("**Alice**") */
  gint32 *prev_sibling, *next_sibling;
  SpRoster *doc_roster;
  SpRoster *derived;
  GPtrArray *external;
  const SpConfig *config;
  /* the key table (keys.c) by key address: direct-mapped, ahead of the
   * hash (keys are interned or a roster's: one address per key mostly) */
  const char *key_memo[SP_KEY_MEMO];
  guint key_memo_slot[SP_KEY_MEMO];
  guint8 *common;            /* norm id -> uses in speech in lower case; built on demand */
  SpScratch *scratch;        /* the instance's buffers: the per-item arrays live there */
  GPtrArray *cand_blocks;    /* Cand[CAND_BLOCK] (the scratch's): candidates are carved from these */
  guint n_blocks;            /* blocks of cand_blocks in use for this document */
  guint cand_used;           /* candidates used in the last block */
  gboolean roster_rich;      /* the roster names nearly every speaker of pass 1 */
  gint name_style;           /* full names with no delimiter mark the speakers (judge.c): 0 not asked yet,
                              * 1 yes, -1 no */
  gint8 name_turns;          /* ... and one of them is a turn already: 1 yes (for the analysis), -1 no
                              * (for the round), 0 not asked */
  gboolean transcript;       /* a timed mark's name recurs: timed marks are speakers */
  gboolean numbered;         /* some item's mark is a numbered voice ("Speaker 2") */
  gboolean emotes;           /* some item's mark is an IRC action ("16:01 * nick waves") */
  gboolean cues;             /* a WebVTT or SRT transcript (format "vtt"): each item is a
                              * timed cue, so its colon mark is a timed one */
  /* What pass 2 works out about the whole document, on demand, at most
   * once a round (sp_round_begin() forgets it): */
  GHashTable *slips;         /* during sp_make_turns(): a slip's key -> where the mark it slips from is said (turns.c) */
  GHashTable *capital_surnames; /* the last words' keys of full names in capitals marking turns ("JOAQUIN
                                 * IBARRA:"), made on first use (evidence.c); NULL before */
  GHashTable *first_names;   /* lower-case first word -> the accepted full name it opens, or
                              * a mark of two names (attribute.c); NULL: not built */
  guint8 *run_memo;          /* item -> sp_name_run's verdict: 0 not asked, 1 no, 2 yes */
  gint run_turns;            /* does an accepted turn exist (-1: not looked)? */
  gint handle_speakers;      /* accepted speakers marked "@handle:" (judge.c; -1: not counted) */
  gint8 nick_style;          /* four people or more speak by a lower-case nickname and a colon (judge.c) */
  gint8 bold_style;          /* three people or more speak by a full name in bold and a colon (judge.c);
                              * these styles: 1, a yes for the analysis; -1, a no for the round; 0 not asked */
  gint8 full_name_style;     /* four people or more speak by a full name and a colon (judge.c) */
  gint8 inline_style;        /* two people or more speak after their colon on the mark's own line (judge.c) */
  gint8 quote_style;         /* two people or more quoted by a full name, a colon and a quotation: 1, none: -1,
                              * not asked yet: 0 (judge.c) */
  gboolean contents_found;    /* the table of contents looked for (judge-form.c): its items are */
  guint contents_first, contents_end; /* [contents_first, contents_end) */
  gint8 tag_titles;          /* -1: no section title opens with a bracket (judge-form.c); 0: not known */
  gint8 changelog;           /* a change log's lines, "http: fix ... (Ben Noordhuis)": 1, not: -1,
                              * not asked yet: 0 (styles.c) */
  gint8 commit_log;          /* commits' subjects, "attr: fix ...", four or more under two modules or more:
                              * 1, not: -1, not asked yet: 0 (styles.c) */
  GHashTable *commit_modules; /* the modules of those subjects ("attr"), when commit_log is 1 */
  GHashTable *lower_marks;   /* key -> its lower-case colon marks, up to 2 (evidence.c);
                              * NULL: not counted */
  /* IRC logs scribed W3C style (scribe.c), found on the first IRC line */
  gboolean scribes_found;
  guint n_scribes;
  char scribes[SP_SCRIBES_MAX][SP_SCRIBE_NICK];
  guint16 *scribe_lead;      /* item -> bytes of a scribe's "<nick> " before a "... more"; NULL: none */
  guint8 *owners;            /* item -> it names the owner of a task, not a speaker (owners.c);
                              * NULL: no item does */
  /* offices and their holders, as "The Prime Minister (Rishi Sunak):"
   * names them (keys without "the ", names in the scratch's doc_strings) */
  guint n_offices;
  const char *offices[SP_OFFICES_MAX];
  const char *office_holders[SP_OFFICES_MAX];
  SpQa *qa;                  /* who asks and answers "Q:" / "A:" (parties.c); NULL: not searched */
  SpAnalysis *result;
} Ctx;

/* The text of item i of the analysed document (sp_text_of_item()) */
/* Is item i a list's (a bullet or a numbered item), not a paragraph? */
static inline gboolean
sp_list_item (const Ctx *c, gint32 i)
{
  NpItemKind k = c->items[i].kind;
  return k == NP_ITEM_BULLET || k == NP_ITEM_NUMBERED;
}

static inline const char *
sp_item_text (const Ctx *c, guint i, gsize *len)
{
  return sp_text_of_item (c->text, &c->items[i], len);
}

static inline gboolean
sp_matched (const SpMatch *m)
{
  return m->roster != NULL && m->n_candidates >= 1;
}

static inline gboolean
sp_unique (const SpMatch *m)
{
  return m->roster != NULL && m->n_candidates == 1;
}

static inline gboolean
sp_accepted (const Ctx *c, gint32 i)
{
  return i != NP_NONE && c->cands[i] && c->cands[i]->state == CAND_ACCEPTED;
}

static inline gboolean
sp_loose_tier (const Cand *d)
{
  for (guint k = 0; k < d->mark.n_names; k++)
    if (sp_matched (&d->match[k]) && (d->match[k].tier == SP_TIER_PREFIX || d->match[k].tier == SP_TIER_TYPO))
      return TRUE;
  return FALSE;
}

/* owners.c: the items of action items' lists, whose marks name a task's
 * owner ("Kevin Hannon: update the KEP" under "Action items"): c->owners,
 * after sp_link_items() */
void sp_find_owner_items (Ctx *c);

static inline gboolean
sp_owner_item (const Ctx *c, guint i)
{
  return c->owners && c->owners[i];
}

/* Does mark m of item i name a task's owner, no speaker? */
gboolean sp_owner_mark (const Ctx *c, guint i, const SpMark *m);

/* chatlog.c: the mark of a chat log's line read with the item's offsets
 * (time: the bytes of the clock opening it): an IRC action after the time
 * ("16:01 * sgallagh is here", an emote), a line of WeeChat's log.  TRUE
 * for such a line, with *mark of form NONE for a notice ("-->"), nobody's;
 * FALSE (*mark cleared) for any other. */
gboolean sp_log_line_mark (const char *text, gsize len, gsize time, SpMark *mark);
/* After pass 1: an action is its nick's turn when the nick writes lines
 * of its own in the log ("<sgallagh> ..."), else nobody's */
void sp_judge_emotes (Ctx *c);

static inline gboolean
sp_skip_item (const Ctx *c, guint i)
{
  const NpItem *it = &c->items[i];
  return it->kind == NP_ITEM_CODE || it->kind == NP_ITEM_TABLE_ROW || (it->flags & NP_ITEM_NO_ANALYSIS)
         || c->roster_items[i];
}

/* keys.c: the per-document key table (see there).  _find: NULL when the
 * key has no slot in this analysis; _get makes one (key is kept, not
 * copied); _intern returns the address the table keeps for key, copying
 * it into the scratch's doc_strings when new.  Slots move when the table
 * grows: use a returned pointer before the next _get/_intern. */
SpKeyInfo *sp_keys_find (Ctx *c, const char *key);
SpKeyInfo *sp_keys_get (Ctx *c, const char *key);
const char *sp_keys_intern (Ctx *c, const char *key);
/* At the start of an analysis (after SpScratch.generation moved on). */
void sp_keys_begin (SpScratch *s);
void sp_keys_free (SpScratch *s);
/* The instance's table of mark names' keys (attribute.c: name_key()). */
SpStrTable *sp_name_keys_new (void);
/* Where the analysis keeps its resolution of name in mode (NULL: not yet
 * resolved); valid until the next call. */
const SpMatch **sp_matches_slot (SpScratch *s, const char *name, guint mode);

/* resolve.c: a mark's name against the document's roster, the roster
 * files, and the variants notes write (a title's initial, an office after
 * its article, a first name with the surname's initial) */
typedef enum
{
  SP_RESOLVE_EXACT = 0, /* exact and abbreviation tiers only */
  SP_RESOLVE_NAMES,     /* every tier but typos */
  SP_RESOLVE_TYPOS,     /* every tier */
} SpResolveMode;

/* The analysis' resolution of name in mode, kept for the analysis (also
 * copied into *m) */
const SpMatch *sp_resolve_memo (Ctx *c, const char *name, SpCase name_case, SpResolveMode mode, SpMatch *m);
/* The same in SP_RESOLVE_NAMES */
void sp_resolve (Ctx *c, const char *name, SpCase name_case, SpMatch *m);
/* Resolve a name read from the text (a directed turn's addressee) as a
 * mark's name of its case is resolved, typos left out */
void sp_resolve_name (Ctx *c, const char *name, SpMatch *m);

/* Is key the key of an accepted mark (or of the person it names)? */
gboolean sp_key_accepted (const Ctx *c, const char *key);
/* How many marks of the analysis have key (name marks left out) */
guint sp_key_count (Ctx *c, const char *key);

/* judge-form.c: pass 1, candidate i judged by its form and the rosters
 * (its state: rejected, accepted, or weak for pass 2) */
void sp_judge_form (Ctx *c, guint i);

/* styles.c: does the document mark its speakers by handle (two people or
 * more), by a nickname in lower case (four or more), by a full name in
 * bold (three or more), or quote them by full name (two or more), among
 * the marks accepted so far; is item i's mark such a quoted full name? */
gboolean sp_handle_style (Ctx *c);
gboolean sp_nick_style (Ctx *c);
gboolean sp_bold_style (Ctx *c);
gboolean sp_full_name_style (Ctx *c);
gboolean sp_label_over_news (Ctx *c, guint i);
gboolean sp_quote_style (Ctx *c);
gboolean sp_changelog_style (Ctx *c);
gboolean sp_commit_subject (const char *speech, gsize len);
gboolean sp_module_mark (const SpMark *m);
gboolean sp_commit_log_style (Ctx *c);
gboolean sp_commit_module (const Ctx *c, const SpMark *m);
gboolean sp_quoted_full_name (const Ctx *c, guint i);

/* Is name k of the mark a nickname as a chat writes it: in lower case
 * ("rsc"), digits at will ("ko1", "jeremyevans0")? */
static inline gboolean
sp_nick_case (const SpMark *m, guint k)
{
  if (m->cases[k] == SP_CASE_LOWER)
    return TRUE;
  if (m->cases[k] != SP_CASE_HANDLE)
    return FALSE;
  for (const char *p = m->names[k]; *p; p++)
    if (g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

/* judge.c: pass 2, is weak candidate i accepted on the document's
 * evidence (abbreviation_style: the document is written in them)? */
/* Does item i stand where minutes record the public's voices (a section
 * titled so, a lead-in over it: judge.c)? */
gboolean sp_public_voices (Ctx *c, guint i);
gboolean sp_judge_evidence (Ctx *c, guint i, gboolean abbreviation_style);

/* scribe.c: an IRC line "<nick> ..." (at off in item i's text) of a
 * scribe's gives the speaker the scribe names ("<fantasai> TabAtkins:
 * ..."; *mark becomes that mark, its offsets from the line's start), or
 * none: a record ("RESOLVED: ..."), a continuation ("... more", whose
 * lead turns.c skips), the scribe's own note; an IRC command ("q+") is
 * nobody's, whoever types it. */
typedef enum
{
  SP_SCRIBED_NONE = 0, /* an ordinary chat line: the nick's */
  SP_SCRIBED_MARK,     /* *mark is the speaker the scribe names */
  SP_SCRIBED_SKIP,     /* no turn of its own */
} SpScribed;
SpScribed sp_scribed_mark (Ctx *c, guint i, const char *text, gsize len, gsize off, SpMark *mark);
gsize sp_scribe_lead (const Ctx *c, guint i);

/* evidence.c, for pass 2.  Is a word of item i's mark (the last one only,
 * with last_only) used at least min_uses times in lower case in the
 * document's speech? */
gboolean sp_mark_has_common_word (Ctx *c, guint i, gboolean last_only, guint min_uses);
guint sp_mark_common_uses (Ctx *c, guint i);
/* Is name (one word) the first name of exactly one full name accepted as
 * a speaker ("Bryan:" after "Bryan Hughes: ...")? (evidence.c) */
gboolean sp_first_name_of_speaker (Ctx *c, const char *name);
/* A round of pass 2 begins: what the last one worked out about the
 * document is forgotten (acceptances changed it); at the end, freed */
void sp_round_begin (Ctx *c);
void sp_rounds_end (Ctx *c);
/* slips.c: the marks said once that slip from a mark said more, by key:
 * (item + 1) * SP_MAX_NAMES + the name's place where that mark was first
 * said; NULL when there is none */
GHashTable *sp_find_slips (Ctx *c);
/* slips.c: is candidate d's full name with no delimiter ("Mirja K.
 * Exchanging ...") a speaker's accepted mark with its colon left out and
 * the speech's first word after it?  Then d's mark is made the shorter
 * one and TRUE returned (pass 2). */
gboolean sp_initial_mark_before_speech (Ctx *c, Cand *d, const char *text, gsize len);
/* Is item i in a run of full names said once each, people rather than a
 * family of labels (see there)? */
gboolean sp_name_run (Ctx *c, guint i);
gboolean sp_praise_section (Ctx *c, guint i);
gboolean sp_is_attendee_affiliation (const Ctx *c, const char *name);
/* heads.c: a name alone over points, said once, beside an accepted such
 * head; or one of three given names in a row so written */
gboolean sp_head_beside_head (const Ctx *c, guint i);
/* heads.c: is the bare mark m of item text (len bytes), match its
 * resolution, one word with a qualifier that names none of the notes'
 * attendees and is no given name ("Simple (ambiguous):")? */
gboolean sp_stray_word_head (const Ctx *c, const SpMark *m, const SpMatch *match, const char *text, gsize len);
gboolean sp_given_name_heads (Ctx *c, guint i);
gboolean sp_given_name_head_among_turns (Ctx *c, guint i);
/* Is item i between two turns, its siblings before and after (a summit's
 * "Michael Matloob the cache is shared" said once, between "[bcmills]
 * ..." and "[unknown] ...")?  A name alone over points counts; a topic's
 * reporter or a signature at a line's end does not (heads.c). */
gboolean sp_between_turns (const Ctx *c, guint i);
/* Where the roster names nearly every speaker, is item i's lower-case
 * mark key a nickname (see there) rather than a prefix? */
gboolean sp_nickname_beside_roster (Ctx *c, guint i, const char *key);
/* Is item i's mark in capitals (CAND_WEAK_CAPITALS; text: the item's) a
 * party to a dialogue? */
gboolean sp_capitals_dialogue (Ctx *c, guint i, const char *text);

/* cues.c: after pass 1, the numbered marks of a transcript's cues
 * ("Speaker 2: ...") are speakers when their word recurs among them. */
void sp_judge_numbered (Ctx *c);
/* ... and a cue's "Doe, Jane: ..." read as one name, Jane Doe */
void sp_cue_surname_first (SpMark *m, const char *text);

/* turns.c: pass 3, full names used as marks (the derived roster, which
 * marks no roster knows and typos are matched against), and pass 4 */
/* turns.c: the items' structure the passes read (has_children,
 * heads_list, siblings), before pass 1 */
void sp_link_items (Ctx *c);
void sp_build_derived (Ctx *c);
void sp_make_turns (Ctx *c);
void sp_person_free (gpointer data);
/* turns.c: the person named name (known_key: sp_key (name) when the
 * caller has it), made on first sight; the name of a roster's source */
guint sp_person_for (Ctx *c, const char *name, const char *known_key, const char *source);
const char *sp_source_name (SpSource s);
/* turns.c: adds mark name s to p's aliases unless there */
void sp_person_add_alias (Ctx *c, SpPerson *p, const char *s);
/* inherit.c: turns passed to items with no mark (a bare-name heading's
 * sub-bullets, a person's section, a scribe's "… more"), in sp_make_turns() */
void sp_inherit_turns (Ctx *c);
/* inherit-transcripts.c: the same in transcripts and copied conversations,
 * each asked by sp_inherit_turns(); and whether item k (text, len bytes),
 * with no turn of its own, may go on with a turn above it */
void sp_inherit_transcript_paragraphs (Ctx *c);
void sp_inherit_comment_bodies (Ctx *c);
void sp_inherit_chat_messages (Ctx *c);
void sp_inherit_chat_copies (Ctx *c);
void sp_inherit_cues (Ctx *c);
void sp_inherit_timed_paragraphs (Ctx *c);
gboolean sp_unmarked_speech (Ctx *c, guint k, const char *text, gsize len, gboolean any_candidate);

/* t takes the speakers of from, who named them (its mark), less sure */
static inline void
sp_inherit_turn (SpTurn *t, const SpTurn *from, SpMethod method, guint32 speech_start, double confidence)
{
  t->attributed = TRUE;
  t->method = method;
  /* after a voice inside the item ("... ZTZ: Then ..."), the voice goes on */
  guint first = from->voice_start ? from->n_opening : 0;
  t->n_speakers = from->n_speakers - first;
  memcpy (t->speakers, from->speakers + first, t->n_speakers * sizeof t->speakers[0]);
  t->mention = from->mention;
  t->mention_len = from->mention_len;
  t->speech_start = speech_start;
  t->speech_end = 0;
  t->confidence = from->confidence * confidence;
}

/* midline.c: item i's turn (just made) takes the voices that speak after a
 * sentence's end inside its speech ("CEZ: Nothing on the queue. ZTZ: ...") */
void sp_midline_voices (Ctx *c, guint i);
/* ... and an item with no turn of its own that tells of someone, then
 * gives a voice after a sentence's end ("Dmitri asked whether .... Marco:
 * no, ..."): the voice's turn, when that person speaks with a mark of
 * their own elsewhere; after the inherited turns */
void sp_midline_narrated (Ctx *c);

G_END_DECLS

/* parties.c: offices and their holders, "Q:" / "A:" turns of the
 * parties the document names */
void sp_office_holder (Ctx *c, SpMark *m);
gsize sp_qa_label (const char *text, gsize len, gboolean *question);
gboolean sp_qa_mark (Ctx *c, guint i, const char *text, gsize len, SpMark *mark);
/* "Presenter: <speech>" in a session whose speaker the document names */
gboolean sp_presenter_mark (Ctx *c, guint i, const char *text, gsize len, SpMark *mark);
void sp_qa_witness (Ctx *c, SpMark *mark);
void sp_qa_free (SpQa *qa);

#endif
