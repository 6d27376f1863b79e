/* actions.h: what the three files of the actions plugin share.
 *
 *   actions.c  the plugin itself: descriptor, options, layer schema, the
 *              per-thread instance, the document stage, summarize()
 *   cues.c     finding action items, questions and decisions in an item
 *   people.c   who is who in a document: names to canonical names, and
 *              the speakers of each item (from the speakers.turn layer)
 *
 * Nothing here is global or mutable: a stage gets its configuration from
 * its instance and builds every per-document table on the stack of
 * process(), so any number of worker threads can run it at once. */
#ifndef ACTIONS_H
#define ACTIONS_H

#include <notepipe/notepipe.h>

G_BEGIN_DECLS

typedef enum
{
  ACTIONS_ACTION = 0, /* something someone has to do */
  ACTIONS_QUESTION,   /* a question asked in the meeting */
  ACTIONS_DECISION,   /* a conclusion, resolution or agreement */
  ACTIONS_N_KINDS,
} ActionsKind;

const char *actions_kind_name (ActionsKind kind);

/* The options, validated by the core and read once per instance. */
typedef struct
{
  gboolean enabled[ACTIONS_N_KINDS]; /* option "kinds" */
  gboolean unattributed_questions;   /* option "unattributed_questions" */
  char **decision_headings;          /* option "decision_headings", normalized by actions_words() */
  char **action_headings;            /* option "action_headings", likewise */
} ActionsConfig;

/* People of one document (people.c) */
typedef struct _ActionsPeople ActionsPeople;
ActionsPeople *actions_people_new (const NpDocument *doc, const NpLayer *turns);
void actions_people_free (ActionsPeople *people);
/* The canonical name that a name as written refers to ("Rich", "Michael Z",
 * "@mhdawson", "MLS"), or NULL if it names nobody or several people
 * (transfer none). */
const char *actions_people_resolve (const ActionsPeople *people, const char *written, gssize len);
/* The document lists nobody: no attendees, no speakers */
gboolean actions_people_is_empty (const ActionsPeople *people);
/* A name as written, kept as long as people (transfer none) */
const char *actions_people_intern (const ActionsPeople *people, const char *name, gsize len);
/* Speakers of an item, UNKNOWN left out: NULL-terminated, or NULL when the
 * speakers layer attributes the item to nobody (transfer none). */
const char *const *actions_people_speakers_of (const ActionsPeople *people, guint32 item);
/* The speakers layer attributes the item, if only to UNKNOWN */
gboolean actions_people_has_turn (const ActionsPeople *people, guint32 item);
/* The speaker marks of an item as written ("[filippo]", "SYG") (transfer none) */
const char *const *actions_people_mentions_of (const ActionsPeople *people, guint32 item);

/* One result, before it becomes an annotation */
typedef struct
{
  ActionsKind kind;
  guint32 start, end;     /* the text reported: a byte span of the item */
  char *cue;              /* what matched, as written (owned) */
  GPtrArray *owners;      /* canonical names found in the text (owned), or NULL */
} ActionsFinding;

void actions_finding_clear (ActionsFinding *finding);

/* Everything cues.c needs to look at one document */
typedef struct
{
  const NpDocument *doc;
  const char *text;
  const NpItem *items;
  const NpSection *sections;
  const NpSentence *sentences;
  const NpToken *tokens;
  const ActionsPeople *people;
  const ActionsConfig *config;
  const char *const *heading_cue; /* per section: the heading if it collects actions or decisions, or NULL */
  const ActionsKind *heading_kind; /* per section, when heading_cue is set */
} ActionsDoc;

/* Append the findings of one item to findings (ActionsFinding). */
void actions_find_in_item (const ActionsDoc *d, guint32 item, GArray *findings);

/* text as lower-case words separated by single spaces, with a space at
 * each end, so that " next steps " is a substring test (transfer full) */
char *actions_words (const char *text, gssize len);

G_END_DECLS

#endif
