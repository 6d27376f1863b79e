/* meta.h: metadata parsing shared by the readers (internal): attendee
 * entries, attendee headers, dates. */
#ifndef NP_META_H
#define NP_META_H

#include "np-private.h"

G_BEGIN_DECLS

/* Parse one attendee entry ("Jake Bailey (@jakebailey)", "Beth Griggs
 * @BethGriggs (TSC)", "Madhav Jivrajani, madhav.jiv@gmail.com") and add it
 * to doc.  FALSE (nothing added) when it does not look like a person. */
gboolean np_meta_add_person (NpDocument *doc, const char *entry, gssize len, guint line);
/* Add a person from table cells; any may be NULL (group_role: the
 * person's role unless the name gives one, "Absent"). */
gboolean np_meta_add_person_fields (NpDocument *doc, const char *name, const char *abbreviation,
                                    const char *affiliation, const char *handle, const char *email, guint line,
                                    const char *group_role);
/* Fields joined by a middle dot, a bullet or a bar are entries, as if a
 * comma or semicolon (sep) joined them (in place): before another field's
 * label ("Facilitator: @amara-okafor · Scribe: @lhuber"), and everywhere in
 * a list with no comma nor semicolon whose every piece is somebody ("Ann
 * Lee · Bo Chen").  Elsewhere the mark stays in its entry, before a name's
 * affiliation ("Ann Lee | Google, Bo Chen"). */
void np_meta_fields_to_entries (char *s, char sep);
/* Add every person of a comma/semicolon separated list; returns how many. */
guint np_meta_add_people_list (NpDocument *doc, const char *list, gssize len, guint line);
/* The same under a role's title ("Regrets", "Chair"): role is the role of
 * the entries that name none of their own. */
gboolean np_meta_add_person_as (NpDocument *doc, const char *entry, gssize len, guint line, const char *role);
guint np_meta_add_people_list_as (NpDocument *doc, const char *list, gssize len, guint line, const char *role);

/* "Attendees:", "## Present", "**Attendance:**", "Team members: a, b":
 * TRUE when the line (markup stripped) starts with an attendee label;
 * *rest points after the label and its colon (may be empty). */
gboolean np_meta_is_attendee_label (const char *line, gssize len, const char **rest);

/* "For newcomers: ", "Who's who: ", "Engineering: " before a list of
 * people: a short label of letters, spaces, apostrophes and hyphens that
 * has not the shape of a name ("Alice Smith: Google" is a name and its
 * affiliation), its colon and a space.  The offset of the list after it,
 * or 0; *label_len (may be NULL), the label's bytes; *worded (may be
 * NULL), whether a word of it is in lower case (no name at all). */
gsize np_meta_list_label (const char *s, gsize len, gsize *label_len, gboolean *worded);

/* The title of a group of the people of a meeting, a part of its
 * attendee list: "Members", "TSC Members", "Observers", "Remote",
 * "Regrets" (one to three words, the last a group word or role). */
gboolean np_meta_is_group_title (const char *title, gssize len);

/* Does an attendee entry look like a person: a handle or email in it,
 * or two to four capitalized words before any parenthesis, '<', comma or
 * dash ("Adam Klein <mailto:adamk@...>")?  "No announcements this week."
 * does not. */
gboolean np_meta_looks_like_person_entry (const char *entry, gssize len);
/* A list of people with Markdown links as person chips ("[Ann Lee](mailto:
 * ann@x) [Bo Chen](...)"): each link's text, its mail address as "<...>",
 * links side by side set apart by commas; a new string */
char *np_meta_link_chips (const char *list);
/* Is an entry of an attendee list (len bytes, or -1) a sentence of the
 * notes rather than somebody ("Release is on track", "Apologies for Ben
 * and Fedor"): three words or more, one a function word in lower case,
 * and none of a list's own placeholders ("and 3 more", "Many more...")?
 * The readers keep such an entry as an item. */
gboolean np_meta_entry_is_notes (const char *entry, gssize len);
/* Does name hold a word in lower case that is an English function word
 * ("is"; no particle of a name, "van", is one)? */
gboolean np_meta_sentence_words (const char *name);
/* Does name hold a title written as one hyphenated word around a
 * function word in lower case ("Developer-in-Residence", "Editor-in-Chief")?
 * A double name ("Wirfs-Brock", "Jean-de-Dieu": no particle is a function
 * word) is none. */
gboolean np_meta_hyphenated_title (const char *name);
/* Is a word in lower case in parentheses after name ("Karin Johansson
 * (manager)") the person's role, not a nickname: a noun of an agent
 * ("manager", "reviewer", "mentor", "consultant", "trainee") that takes
 * no letters of the name, as nicknames do ("Leo Balter (leobalter)",
 * "Russ Cox (rsc)")? */
gboolean np_meta_is_role_noun (const char *word, const char *name);
/* Does the nickname nick (in lower case) take letters of the name: a
 * word's first three letters (all of a shorter word: "leobalter",
 * "dminor" for Dan Minor), or the first name's initial then the last
 * name's ("rsc" for Russ Cox)? */
gboolean np_meta_nick_of_name (const char *nick, const char *name);
/* Does the e-mail address's local part name both the surname and the
 * given name or its initial ("jane.doe@", "jdoe@", "doe_j@")?  email may
 * be NULL. */
gboolean np_meta_email_names (const char *email, const char *surname, const char *given);
/* Is an entry of a list in semicolons a name written surname first, its
 * address, handle and parentheses set aside ("Doe, Jane <jane@...>")? */
gboolean np_meta_entry_surname_first (const char *entry);
/* Takes the title opening name off it (in place): an office is returned
 * (new: "Mayor" of "Mayor Jane Doe", "City Manager" of "City Manager
 * Priyanka Nair"), a title of address goes and NULL is returned ("Dr. Ann
 * Lee"); NULL and name as it was when no title opens a name. */
char *np_meta_take_title (char *name);
/* A CJK list's three-byte separator (、，) as ", ", and full-width
 * parentheses as ASCII ones: in place (people-shapes.c) */
void np_meta_wide_to_comma (char *s, const char *wide);
void np_meta_ascii_parentheses (char *s);
/* Is s a post-nominal after a name and its comma ("Esq.", "Esquire",
 * "PhD", "Ph.D.", "M.D."), no part of the name nor anybody? */
gboolean np_meta_is_post_nominal (const char *s);
gboolean np_meta_is_organization (const char *name);
gboolean np_meta_abbreviation_fits (const char *name, const char *abbr);
gboolean np_meta_entry_is_turn (const char *entry, gssize len);
/* Is word, after a full name and its comma, the person's role: one word
 * in lower case, a noun of an agent (np_meta_is_role_noun()) or a role
 * word ("Viktor Lindahl, videographer", "Bo Chen, remote")? */
gboolean np_meta_is_role_after_name (const char *word, const char *name);
/* Does the entry after a name and its comma say something of the name's
 * person (the attendee at index person) instead of naming somebody: a
 * post-nominal ("Daniel Calloway, Esq.", "Ann Lee, PhD"), or a role in
 * lower case after a full name ("Viktor Lindahl, videographer", "Bo
 * Chen, remote": the person's role, unless one is set)? */
gboolean np_meta_entry_of_name (NpDocument *doc, gint person, const char *entry);
/* Is the entry a contact's detail alone: a mail address, "@handle", or
 * a nickname with its network ("carolw (IRC)")?  And, nested under a
 * member of a people list, the last attendee's: her mail address or
 * handle set when she has none (TRUE when the entry is such a detail). */
gboolean np_meta_is_contact_entry (const char *s, gsize n);
gboolean np_meta_contact_of_last (NpDocument *doc, const char *s, gsize n);
/* An entry nested under a member of a people list that tells of her,
 * naming nobody: a way of attending ("remote", np_meta_is_role_entry())
 * or her contact (np_meta_contact_of_last(), which keeps it) */
gboolean np_meta_member_detail (NpDocument *doc, const char *s, gsize n);

/* A list of people each written with an abbreviation in parentheses and
 * nothing else: "John Neumann (JN), Allen Wirfs-Brock (AWB), and Mark S.
 * Miller (MM)." (the unlabelled roster that opens older TC39 minutes).
 * The number of entries when every entry (separated by ',' or ';', an
 * "and" before the last) is two to four capitalized words then one to six
 * capitals in parentheses; 0 otherwise. */
guint np_meta_abbreviated_people (const char *list, gssize len);

/* A minutes header's role line, "Chair: Alan Stearns", "Scribe: fantasai",
 * "**Regrets:** Chris Lilley, Ann Lee": a meeting role's label (chair,
 * scribe, facilitator, note taker, host, moderator, secretary, regrets,
 * absent, apologies), then people only (full names, handles, emails or
 * one nickname each), so "Chair: we should move on" is none.  *absence:
 * the role is of people not there (regrets, absent, apologies). */
/* people.c, people-add.c and people-lists.c among themselves: one
 * attendee entry into doc (in group_role's role when the entry has none;
 * surname_list: the list writes surnames first; *person, when given, its
 * index or -1); a list of them (the number added); a person's fields
 * into the attendees, merged with one listed already (the index, or -1);
 * the one attendee a first name or handle names (-1: none or several); a
 * nickname in lower case ("dom"); the people after a group's label inside
 * a list ("Team members: Josh, Niko"), or NULL */
G_GNUC_INTERNAL gboolean np_people_add_entry (NpDocument *doc, const char *entry, gssize len, guint line,
                                              const char *group_role, gboolean surname_list, gint *person);
G_GNUC_INTERNAL guint np_people_add_list (NpDocument *doc, const char *list, gssize len, guint line,
                                          const char *group_role);
G_GNUC_INTERNAL gint np_people_add_person (NpDocument *doc, const char *name, const char *abbreviation,
                                           const char *affiliation, const char *handle, const char *email, guint line);
G_GNUC_INTERNAL gint np_people_attendee_by_first_name (NpDocument *doc, const char *name);
/* Is an attendee named nick (k bytes, ASCII case folded), by the whole
 * name or the handle, or with first_names by the first word of a name of
 * several?  The answer of a walk of the attendees; past a few dozen, of
 * an index of them kept for the reading.  np_people_changed() tells it
 * that an attendee's name or handle changed in place. */
gboolean np_people_named (const NpDocument *doc, const char *nick, gsize k, gboolean first_names);
/* Is nick (k bytes) made of an attendee's name as IRC nicknames are: the
 * first name and the surname's first letters ("anssik", four letters or
 * more), the first name's initial and the surname ("jbell"), or the
 * initials of the name's words ("wz", two to four, no word of its own)?
 * Any case; a walk of the attendees, past a few dozen an index. */
gboolean np_people_nick_made (const NpDocument *doc, const char *nick, gsize k);
/* What s (n bytes) may be of an attendee, as written: the whole name, a
 * name's beginning before a space ("Anne" of Anne de Vries, the first
 * word), a name's end after a space ("de Vries", "Vries"), the
 * abbreviation; or the last word of a name of several, ASCII case
 * folded */
typedef enum
{
  NP_PEOPLE_NAME,
  NP_PEOPLE_FIRST_WORD,
  NP_PEOPLE_NAME_TAIL,
  NP_PEOPLE_ABBREVIATION,
  NP_PEOPLE_SURNAME_FOLDED,
} NpPeopleKey;
/* Is s that of an attendee?  A walk of the attendees; past a few dozen,
 * their index */
gboolean np_people_has (const NpDocument *doc, NpPeopleKey kind, const char *s, gsize n);
/* Does the line c (n bytes) open with an attendee's name of several words,
 * as written, then a space? */
gboolean np_people_name_opens (const NpDocument *doc, const char *c, gsize n);
G_GNUC_INTERNAL void np_people_changed (NpDocument *doc);
G_GNUC_INTERNAL gboolean np_people_is_lower_nickname (const char *s);
G_GNUC_INTERNAL const char *np_people_group_label_rest (const char *s);

/* people-labels.c, for people.c: a word of a role or a way of attending
 * ("TSC", "chair", "virtual"); the role a group label gives its people
 * (singular, as written; NULL for "Attendees"); one to three words ending
 * with a group word or a role ("Team members", "Minutes, driver"); a
 * word of a group ("members", "others"); one nickname or handle; one of
 * the officers a header lists ("Chair", "Scribe": some of those present) */
gboolean np_meta_is_role_word (const char *s);
/* np_meta_is_role_word() of the n bytes at s (a list's entry) */
gboolean np_meta_is_role_entry (const char *s, gsize n);
char *np_meta_label_role (const char *label);
gboolean np_meta_is_group_phrase (const char *s, gsize n);
gboolean np_meta_is_group_word (const char *w, gsize n);
gboolean np_meta_is_nickname (const char *s, gsize n);
gboolean np_meta_is_officer_role (const char *role);
/* "Regrets", "Absent", "Apologies", "Excused": a role of people not there */
gboolean np_meta_role_is_absence (const char *role);
/* The label of an absence alone on its line (n bytes, or -1), over the
 * people away: "Regrets:", "**Absent:**", "Directors Absent:"; the role
 * ("Regrets", "Absent"; transfer full), or NULL.  Other roles' labels
 * alone ("Notes:", "Minutes:") head notes, not people. */
char *np_meta_absence_label_alone (const char *s, gssize n);
gboolean np_meta_is_role_line (const char *line, gssize len, gboolean *absence);
/* "-", "none", "n/a", "nobody" (with spaces and emphasis around): the
 * value of an absence line when nobody is away */
gboolean np_meta_is_nobody (const char *s, gssize len);

/* First date in s as YYYY-MM-DD (transfer full), or NULL.  Accepts ISO
 * dates, "August 26, 2025", "26 Aug 2025", "3rd December 2024". */
char *np_meta_find_date (const char *s, gssize len);
/* The month (1-12) the n bytes at s name, in English in full or short
 * ("November", "Nov", "sept") or in full in another language, or 0 */
int np_meta_month_word (const char *s, gsize n);
/* Is the n bytes at key (case ignored) a label a meeting's date follows:
 * "Date", "When", "Meeting date", Notion's "Created"? */
gboolean np_meta_is_date_key (const char *key, gsize n);
/* Date from a file path: ".../2022-07-13.md", ".../2024-12/december-03.md" */
char *np_meta_date_from_path (const char *path);

/* Strip Markdown emphasis and links for display and matching (transfer full). */
char *np_meta_strip_markup (const char *s, gssize len);

G_END_DECLS

#endif
