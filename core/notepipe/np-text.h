/* np-text.h: text helpers the core uses and plugins may share.  MT safe. */
#ifndef NP_TEXT_H
#define NP_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

/* Snowball English stem of a casefolded word (transfer full). */
char *np_text_stem (const char *word, gssize len);
/* TRUE for a word of the core's English stopword list (casefolded input). */
gboolean np_text_is_stopword (const char *word);
/* Casefold and strip accents: "Michaël" -> "michael" (transfer full). */
char *np_text_fold (const char *s, gssize len);
/* Latin transliteration for matching names across scripts: accents are
 * removed, Cyrillic and Greek letters are spelled in Latin ("Никита" ->
 * "Nikita", "Βασίλης" -> "Vasilis"), letters without a decomposition are
 * spelled out ("ß" -> "ss", "ø" -> "o", "ł" -> "l"), typographic quotes
 * and dashes become ASCII.  Case is kept.  Characters of other scripts are
 * copied unchanged, so the result is ASCII only for Latin, Greek and
 * Cyrillic input.  Invalid UTF-8 gives "" (transfer full). */
char *np_text_to_ascii (const char *s, gssize len);
/* Levenshtein distance of two UTF-8 strings, by characters; stops counting
 * at max + 1. */
guint np_text_edit_distance (const char *a, const char *b, guint max);
/* Length of the clock time that opens a line of a chat log or transcript,
 * with the spaces after it: "10:32 ", "[10:32:05] ", "(10:32 AM) ",
 * "[2024-05-02 10:32] ", and as chat apps export it with the day
 * ("[28/11/2026, 10:32:05] ", "28/11/2026, 10:32 - ", its dash included);
 * 0 when s does not open with one followed by a space and more text.
 * Since API 1.3 (the day as chat apps write it since API 1.11). */
gsize np_text_time_prefix (const char *s, gsize len);
/* Length of the header of a message in a saved chat log: a clock time,
 * "From", the sender, at will "to" and the receiver, and a colon with the
 * blanks after it: Zoom's "10:32:05 From Alice Smith to Everyone:" (the
 * message on the lines below) and "10:32:05\t From  Alice Smith : hi"
 * (older).  0 when s opens with no such header.  The sender is the *name_len
 * bytes at s + *name (either may be NULL), without what the display name
 * adds in parentheses ("Ann Lee (she/her)": "Ann Lee").  Since API 1.5. */
gsize np_text_chat_header (const char *s, gsize len, gsize *name, gsize *name_len);
/* Does s open with a phone number as the mark of whoever dialled in
 * ("+49 30 ******12: ...", "**+1 415-555-0100:** ...", seven digits or
 * masked digits at least, then the colon and a space; a date in digits,
 * "2026-11-07: ...", is none)?  Where the number ends (its "**" opening
 * included), or 0.  Since API 1.16. */
gsize np_text_phone_label (const char *s, gsize len);
/* Is the line s a copied chat's message header, on a line of its own over
 * the message: Teams' "[10:32 AM] Alice Smith" (a clock, then one to four
 * capitalized words, without '.'), Google Chat's "Alice Smith, 10:32 AM"
 * or "Alice Smith, Yesterday 10:32 AM" (one to four capitalized words, a
 * comma, a day word at will and the clock; Telegram's "Alice Smith,
 * [28.11.26 10:32]" too, since API 1.11) or Discord's
 * "alice_dev — Today at 10:32 AM", "Alice Smith — 03/04/2024 10:32 AM"
 * (one to four words as written, an em dash, the day and the clock), or
 * DiscordChatExporter's text "[12-Jan-24 10:32 AM] alice_dev" (a date and
 * the clock in brackets, then one word as written)?  The
 * sender is the *name_len bytes at s + *name (either may be NULL);
 * *titled_name (may be NULL) is TRUE for the forms whose name is in
 * capitals (Teams, Google Chat) and FALSE for Discord's, which may be a
 * handle.  Since API 1.6; DiscordChatExporter's form since 1.14. */
gboolean np_text_chat_sender_line (const char *s, gsize len, gsize *name, gsize *name_len, gboolean *titled_name);
/* Is the line s (len bytes) a transcript's speaker line over the turn:
 * a name of one to four capitalized words, then the time and nothing
 * after it ("Alice Smith  0:05"), the time after a dash, a bar or a middle
 * dot ("Alice Smith - 00:01", "Alice | 0:05"), or in parentheses after
 * the name in bold ("**Alice Smith** (00:01)")?  One word needs the bold,
 * the separator or two spaces before the time ("Yusuf   3:05").  Since
 * API 1.12 a particle may stand in the name ("Maria del Carmen Ruiz"), a
 * guest's mark after it ("Sam Whitfield (Guest)"), and the time may come
 * first before a dash and a full name ("0:09 - Ingrid Solberg
 * (Brightline)").  The name as written, emphasis included, is the
 * *name_len bytes at s + *name (either may be NULL).  Since API 1.7. */
gboolean np_text_speaker_time_line (const char *s, gsize len, gsize *name, gsize *name_len);
/* Is the word w (n bytes, a final '.' allowed) a title that may open a
 * person's name: of an office ("Mayor", "Councillor", "Cllr", "Senator",
 * "Chair", "Clerk", *office TRUE) or of address ("Mr.", "Dr.", "Prof.",
 * "Sir", "Mme", "Herr", "Sra.", *office FALSE)?  Case is ignored.  Since
 * API 1.8.  Since API 1.12 w may be two words apart by one space, a title
 * of office (*office TRUE): a word in Title case or capitals, no function
 * word nor title of address, then an office or the noun of a post ("City
 * Manager", "City Clerk", "Deputy Mayor", "Vice Chair", "Police Chief",
 * "Executive Director"; not "The Chair", "city manager" nor "City
 * Hall").  Since API 1.12 too, titles of address of other languages'
 * minutes ("Hr.", "Fr.", "Dott.", "Dott.ssa", "Ing.", "Avv.", "Geom.",
 * "Arch.", "Sig.", "Sig.ra", "Dhr.", "Mevr.", "Mw.", "Mevrouw", "Dña.",
 * "Doña", "Pani"; not in capitals, where they are acronyms: "HR", "SIG"),
 * and two words that address one person, *office FALSE: two titles of
 * address ("Herr Dr.") or Dutch "De heer".  An office of three words too
 * (*office TRUE): an office "pro tem" ("Mayor Pro Tem"), or a qualifier
 * before an office of two words ("Public Works Director", "Assistant
 * City Manager"); and "Director" and "Chief" alone.  Since API 1.18,
 * "Madam" (of address: "Madam Chair"), "Rev.", "Reverend" and "Rabbi"
 * (of address) and "Nurse" (of office).  Since libnotepipe 18:1 (the
 * same API), a council's offices in German, French, Spanish, Italian,
 * Dutch and Portuguese ("Bürgermeister", "Stadtrat", "Vorsitzende",
 * "Maire", "Conseiller", "Alcalde", "Concejala", "Sindaco", "Assessore",
 * "Burgemeester", "Wethouder", "Vereador", "Prefeito"). */
gboolean np_text_is_title (const char *w, gsize n, gboolean *office);
/* Is s (len bytes) an office in Title case with function words, as
 * parliaments' records write it: "The Minister for Transport", "The
 * Secretary of State", "The Parliamentary Under-Secretary of State for
 * Transport", "The Minister of State, Ministry of Finance"?  "The ", a
 * title of office (np_text_is_title(), or a hyphenated word ending in
 * one) as the first or second word, and at least one word after it;
 * words capitalized or "for", "of", "the", "and" (never the last), a
 * comma after a word; up to twelve words.  Since API 1.18. */
gboolean np_text_office_of_words (const char *s, gsize len);
/* The bytes of a verb of taking the floor that Spanish, Italian, French
 * and Portuguese minutes write before the voice, the subject after the
 * verb, with its space ("Interviene " of "Interviene Jorge Ruiz: ...",
 * "Responde ", "Risponde ", "Intervient ", "Intervém ", "Replica ",
 * "Contesta ", "Pregunta ", "Chiede ", "Pergunta "), when a capital
 * follows, or with an article and an office in lower case before the
 * name ("Interviene el concejal " of "Interviene el concejal Ruiz: ...",
 * "Risponde l'assessore "); 0 otherwise.  Since API 1.18. */
gsize np_text_floor_verb (const char *s, gsize len);
/* The bytes of a Romance article and an office in lower case (four
 * letters or more) before a capitalized name, with their spaces: "La
 * concejala " of "La concejala Torres", "l'assessore " of "l'assessore
 * Bianchi", "o vereador " of "o vereador Silva"; 0 otherwise.  Since
 * API 1.18. */
gsize np_text_article_office (const char *s, gsize len);
/* Is s (len bytes) a name written surname first, as directories, mail
 * clients and registers list people: one surname (after particles such
 * as "van" or "de la" at will), a comma, one or two given names or
 * initials ("Doe, Jane", "DOE, Jane", "van Rossum, Guido", "Smith, J.")?
 * *name (may be NULL): the name in its usual order, "Jane Doe" (transfer
 * full).  *evident (may be NULL): the shape alone tells it from a name
 * and an affiliation ("Alice, Google"): the given part is initials, the
 * surname is in capitals and the given name is not, or particles open the
 * surname.  Since API 1.11. */
gboolean np_text_surname_first (const char *s, gsize len, char **name, gboolean *evident);
/* Does s (len bytes) close with the initials of whom it reports, in
 * parentheses after its last sentence, as minutes mailed as prose end a
 * paragraph ("... not signed off yet. (JD)")?  Two to four capitals; the
 * sentence ends with a question or exclamation mark, or a period after a
 * word in lower case (not an initial's: "Dimitriou H. (IOA)" in a
 * roster); a task's owner ("Send the deck (JD)") has none.  The offset of
 * the '(', or 0; the initials are the *initials_len bytes after it (may
 * be NULL).  Since API 1.12. */
gsize np_text_closing_initials (const char *s, gsize len, gsize *initials_len);
/* Length of the Matrix user ID s opens with: '@', the local part, ':'
 * and the server ("@alice:matrix.org", "@bob:example.com:8448"), as chat
 * logs of Matrix rooms write their senders ("<@alice:matrix.org> hi").
 * 0 when s opens with none.  The local part is the *local_len bytes at
 * s + 1 (local_len may be NULL).  Since API 1.9. */
gsize np_text_matrix_user (const char *s, gsize len, gsize *local_len);
/* Length of the opening of a chat log's line: at will its clock time
 * ("14:02:30 ", "[14:02] "), then the writer's nick in angle brackets
 * ("<marcosc>", "<@op>", "< bob>", "<@alice:matrix.org>") and the blanks
 * after it; 0 when s opens with none.  The nick as written (a Matrix
 * user's '@' kept, a channel mode's left out) is the *nick_len bytes at
 * s + *nick (either may be NULL).  Since API 1.9. */
gsize np_text_chat_nick (const char *s, gsize len, gsize *nick, gsize *nick_len);
/* Length of the opening of a chat log's line as WeeChat's logger writes
 * it, columns apart by tabs: the time (its day at will), a tab, the
 * prefix, a tab ("2025-03-12 19:00:03<TAB>@alice<TAB>hi").  The prefix is
 * the writer's nick with its channel mode ("@alice", "+bob"), "*" before
 * an action (the nick then opens the message: "*<TAB>alice waves"), or
 * the network's mark before its notices ("-->" a join, "<--" a part or
 * quit, "--" any other); it is the *prefix_len bytes at s + *prefix,
 * without the spaces that align it (either may be NULL).  0 when s opens
 * with none.  Since API 1.12. */
gsize np_text_tab_log_line (const char *s, gsize len, gsize *prefix, gsize *prefix_len);
/* Length of the speaker mark a hearing's record opens a turn with, as
 * legislatures print them (the US Congressional Record and hearings): a
 * title, the name in capitals and a period, then the speech or the end
 * of the line: "Mr. NADLER. ", "Ms. JACKSON LEE. ", "Mrs. McCARTHY. ",
 * "Senator LEAHY. ", "Chairman GOODLATTE. ", "Mr. JOHNSON of Georgia. "
 * (the state is no part of the name), "The CHAIRMAN. " (an office, with
 * speech after it); the blanks after the period are counted.  0 when s
 * opens with none.  The name in capitals ("NADLER", "The CHAIRMAN") is
 * the *name_len bytes at s + *name (either may be NULL).  Since API
 * 1.10.  Since API 1.18 "The SPEAKER pro tempore. " too, the name with
 * "pro tempore". */
gsize np_text_hearing_mark (const char *s, gsize len, gsize *name, gsize *name_len);
/* Bytes of the arrow a copied chat's thread reply opens with, and of the
 * blanks after it, up to the sender ("↳ **Bob Li**: ...", "→ Dana:
 * ...", "↪ Ann: ..."): an arrow of Unicode's arrow blocks, then a space.
 * 0 when s opens with none.  Since API 1.19. */
gsize np_text_reply_arrow (const char *s, gsize len);
/* Bytes of the pictographs a line opens with (up to four emoji, each
 * with its variation selector or joiner; with arrows, also arrows of
 * Unicode's arrow blocks) and of the blanks after them, when a blank
 * follows them and text follows the blanks: a template's mark before a
 * speaker ("💬 Alice Chen: ...", "🗣️ **Bo**: ...", with arrows "→ Dana:
 * ...").  0 when s opens with none.  Since API 1.21. */
gsize np_text_pictograph_prefix (const char *s, gsize len, gboolean arrows);
/* Is s (len bytes) a line of a message's reactions, as a copied chat
 * shows them under it: emoji, as shortcodes or pictographs, each with
 * its count (":thumbsup: 3", ":tada: 2  :eyes: 1", "👍 3 🎉 2")?  An
 * emoji without a count is a message.  Since API 1.19. */
gboolean np_text_reactions_line (const char *s, gsize len);
/* Is w (n bytes, any case) a word that only names a voice, which
 * transcripts number ("Speaker 2", "Panelist 1", "Reviewer 3",
 * "SPEAKER_01"), where "Step 2" or "Day 3" is a label?  Since API 1.20. */
gboolean np_text_voice_word (const char *w, gsize n);

G_END_DECLS

#endif
