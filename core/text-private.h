/* text-private.h: what the core's text helpers share and do not publish. */
#ifndef NP_TEXT_PRIVATE_H
#define NP_TEXT_PRIVATE_H

#include <glib.h>

G_BEGIN_DECLS

/* Is w (n bytes) a particle that opens a surname ("van", "de", "del",
 * "della", ...)? (text-names.c) */
G_GNUC_INTERNAL gboolean np_text_surname_particle (const char *w, gsize n);
/* Does s (n bytes) hold an ASCII lower-case letter? (text.c) */
G_GNUC_INTERNAL gboolean np_text_has_ascii_lowercase (const char *s, gsize n);

/* "La presidenta: ...": a Romance article and an office alone before the
 * colon; the colon's offset, or 0 (text-titles.c) */
G_GNUC_INTERNAL gsize np_text_article_office_alone (const char *s, gsize len);

/* "2026-11-07: ...", "20051107: ...", "07.11.2026: ...": a dated entry,
 * a date in digits, a colon and a space; where the date ends, or 0
 * (text.c) */
G_GNUC_INTERNAL gsize np_text_date_label (const char *s, gsize len);

G_END_DECLS

#endif
