/* tp-topics.h: what the files of the topics plugin share: its options,
 * which tokens count as terms, and the corpus stage entry points. */
#ifndef TP_TOPICS_H
#define TP_TOPICS_H

#include <notepipe/notepipe.h>

#include "tp-cluster.h"
#include "tp-store.h"

G_BEGIN_DECLS



typedef enum
{
  TP_UNIT_DOCUMENT,
  TP_UNIT_SECTION,
} TpUnit;

typedef struct
{
  TpClusterParams document; /* items of one document */
  TpClusterParams corpus;   /* documents or sections of a corpus */
  TpUnit unit;
  gboolean quarters; /* trend per quarter instead of month */
  guint n_terms;     /* terms listed per topic */
} TpOptions;

void tp_options_read (TpOptions *o, const NpOptions *options);

/* A token is a term when it is a content word or identifier: not a
 * stopword, not punctuation or a number, at least two characters. */
gboolean tp_token_is_term (const NpDocument *doc, const NpToken *token);

/* Tokens that name people (tp-people.c): the words of the attendees'
 * names, handles and abbreviations, and the speaker marks of the
 * speakers.turn layer.  One byte a token, 1 for a person's (transfer
 * full), or NULL when the document names nobody. */
guint8 *tp_people_mask (const NpDocument *doc);

/* A term (tp_token_is_term) that names nobody */
static inline gboolean
tp_token_is_topic_term (const NpDocument *doc, const NpToken *tokens, guint k, const guint8 *people)
{
  return tp_token_is_term (doc, &tokens[k]) && !(people && people[k]);
}

/* Terms of a title (a string without tokens), as pairs (casefolded form,
 * stem), with the rules of tp_token_is_term (transfer full). */
GPtrArray *tp_title_terms (const char *title);

/* Month index year * 12 + month - 1 of a YYYY-MM-DD date, or TP_NO_PERIOD */
gint32 tp_period_of_date (const char *date);

/* corpus stage (tp-corpus.c) */
gpointer tp_corpus_new (const NpOptions *options, GError **error);
void tp_corpus_free (gpointer instance);
gboolean tp_corpus_add (gpointer instance, const NpDocument *doc, GError **error);
GVariant *tp_corpus_save (gpointer instance);
gboolean tp_corpus_merge (gpointer instance, GVariant *state, GError **error);
gboolean tp_corpus_end (gpointer instance, NpCorpus *corpus, GError **error);

G_END_DECLS

#endif
