/* tokenize.h: items -> sentences -> tokens (internal API). */
#ifndef NP_TOKENIZE_H
#define NP_TOKENIZE_H

#include "np-private.h"

G_BEGIN_DECLS

/* Tokenize every analysable item of doc (fills doc->tokens, doc->sentences
 * and the items' ranges).  Stems with a per-thread Snowball stemmer.
 * An item stops being tokenized after max_item_tokens tokens (0: no limit),
 * with a warning on the document. */
void np_tokenize_document (NpDocument *doc, guint max_item_tokens);

gboolean np_is_stopword (const char *norm);
const char *const *np_stopword_list (guint *n);

/* Stem a casefolded word (transfer full); MT safe. */
char *np_stem_word (const char *norm, gsize len);

G_END_DECLS

#endif
