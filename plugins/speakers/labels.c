/* labels.c: the words that open items with the form of a speaker mark but
 * name nobody: labels ("Note:", "AI:", "Governance:"), and the voices
 * that are explicitly nobody in particular: anonymous marks ("[unknown]",
 * "???", "Un vecino del 3.º B") and voices named by their role
 * ("[audience]", "Moderator"). */
#include <string.h>

#include "speakers.h"

/* Labels that open items with the forms of a speaker mark.  Compared as
 * sp_key() forms.  Kept general: words of meeting-note structure, never
 * names seen in particular files. */
static const char *const labels[] = {
  /* sorted (bsearch); topic words that head status items ("Governance:",
   * "Workers:"), the parts and teams of a product ("Frontend:", "iOS:",
   * "Legal:"), the platforms of a port ("Mac:", "MS-Windows:",
   * "FreeBSD:"), the days ("Monday:", "Tomorrow:"), a mail's "Re:" and the
   * tools where work is tracked ("Jira:", "Slack:"), a vote's tally
   * ("Ayes: Bello, Chen", "Noes: None", "Abstain:") are labels too, and
   * the structure words of minutes in German, French, Spanish, Italian,
   * Dutch and Portuguese ("Beschluss:", "Décision :", "Acuerdo:"; an Italian
   * board's "Delibera:", "Votazione:", a Dutch "Actiepunt:", a Portuguese
   * "Pendência:"), the regions of a sales or status report ("EMEA:",
   * "US:", "U.K.:"), an issue tracker's labels ("[meta] ...", "[discuss]
   * ...", "[semver-major] ..."), the fields of an API's or a tracker's record
   * ("Type:", "Returns:", "Default:", "Version:", "Value:"), a package's
   * copyright record ("Upstream-Contact:", "Other-Authors:", "Origin:"), a
   * guide's ("Required:", "Optional:", "Tips:", "Refs:"), a mail's "Subject:", a
   * reference's fields and a change log's headings ("Section:",
   * "Mandatory:", "Miscellaneous", "Deprecations"), as
   * their keys spell them (accents gone) */
  "a", "abstain", "abstained", "abstaining", "abstention", "abstentions", "abstimmung", "acao", "accepted", "accion",
  "acciones", "acoes", "actie", "actiepunt", "actiepunten", "acties", "action", "actionitem", "actionitems",
  "actions", "acuerdo", "acuerdos", "additionally", "admin", "afaik", "against", "agenda", "agendaitems",
  "agendapunt", "agree", "agreed", "agreement", "agreements", "ai", "ais", "aktionspunkt", "aktionspunkte", "also",
  "alternative", "alternatives", "amer", "amiga", "android", "anmerkung", "anmerkungen", "announcement",
  "announcements", "answer", "antwort", "apac", "api", "apis", "applause", "approach", "approved", "argomento",
  "arguments", "asana", "asap", "aside", "asides", "ask", "asks", "attendance", "attendees", "aufgabe", "aufgaben",
  "aye", "ayes", "azione", "azioni", "backend", "background", "bemerkung", "bemerkungen", "benchmarks", "beschluss",
  "beschlusse", "besluit", "blocked", "blocker", "blockers", "break", "breaking", "btw", "budget", "bug", "bugfix",
  "bugfixes", "build", "builds", "call", "canceled", "cancelled", "cause", "caution", "caveat", "cfp", "chair",
  "changelog", "changes", "charter", "chat", "cheers", "chuckles", "ci", "client", "clients", "closed", "comment",
  "comments", "communication", "communications", "community", "communityimpact", "compito", "completed",
  "compterendu", "con", "concern", "concerns", "conclusion", "conclusiones", "conclusions", "confluence", "cons",
  "consensus", "consequence", "consequences", "context", "continued", "continues", "copyright", "correction", "cough",
  "coughs", "crosstalk", "cygwin", "date", "deadline", "decided", "decisao", "decision", "decisione", "decisions",
  "default", "defaults", "deferred", "definition", "delibera", "delibere", "dependencies", "deprecated",
  "deprecation", "deprecations", "deps", "description", "design", "desktop", "details", "devops", "diagnostics",
  "disagree", "discuss", "discussion", "divers", "doc", "docs", "documentation", "domanda", "done", "draft",
  "dropped", "edit", "edited", "eg", "election", "elections", "email", "emea", "engineering", "entscheidung",
  "ergebnis", "ergebnisse", "errors", "eta", "eu", "eval", "evals", "evaluation", "events", "example", "examples",
  "explanation", "extends", "facilitator", "fact", "faq", "feature", "features", "feedback", "figma", "files",
  "finally", "finance", "first", "firstly", "fix", "fixed", "followup", "frage", "fragen", "freebsd", "friday",
  "frontend", "funding", "fw", "fwd", "fyi", "github", "githubissue", "gitlab", "goal", "goals", "governance",
  "guests", "handoff", "hangout", "hinweis", "housekeeping", "how", "however", "hr", "hum", "hums", "idea", "ideas",
  "ie", "imho", "imo", "important", "inaudible", "indifferent", "info", "infra", "infrastructure", "interjection",
  "interjections", "interruption", "interruptions", "invited", "ios", "issue", "issues", "jira", "key", "keypoints",
  "lastly", "latam", "laughing", "laughs", "laughter", "legal", "lgtm", "liaison", "liaisons", "license", "link",
  "links", "linux", "location", "logistics", "lunch", "mac", "macintosh", "macos", "mandatory", "marketing",
  "meanwhile", "meeting", "meetingnotes", "meetings", "membership", "merge", "meta", "mic", "micline", "microphone",
  "mingw", "minutes", "misc", "miscellaneous", "ml", "mobile", "moderation", "modules", "monday", "motion",
  "motivation", "mswindows", "music", "name", "nay", "nays", "nb", "negative", "netbsd", "neutral", "new", "next",
  "nextmeeting", "nextstep", "nextsteps", "no", "noes", "noise", "nomination", "nominations", "noobjection",
  "noobjections", "nota", "note", "notes", "notetaker", "notion", "notitie", "notiz", "objection", "objections",
  "objective", "objectives", "ok", "okay", "open", "openbsd", "openissues", "opposed", "ops", "option", "optional",
  "options", "ordredujour", "origin", "other", "otherauthors", "others", "otherwise", "outcome", "outcomes", "owner",
  "owners", "parameters", "params", "pause", "pendencia", "pendencias", "pending", "performance", "pergunta", "phone",
  "plan", "policy", "poll", "polls", "positive", "postponed", "pr", "preferred", "pregunta", "present", "presenter",
  "presenters", "pro", "problem", "problems", "process", "prochaineetape", "prochainesetapes", "product", "progress",
  "proposal", "proposalrepo", "proposals", "proposed", "pros", "protokoll", "prs", "ps", "psa", "ptal", "purpose",
  "q", "qa", "question", "questions", "quote", "rationale", "re", "recap", "recommendation", "recommendations",
  "recommended", "recording", "recused", "reference", "references", "refs", "regrets", "rejected", "related",
  "release", "releases", "remarque", "reminder", "reply", "repo", "reponse", "report", "reports", "repository",
  "request", "requests", "required", "requirements", "research", "resolution", "resolved", "response", "resposta",
  "respuesta", "result", "results", "resume", "resumen", "resumo", "returns", "reviewer", "reviewers", "rfc",
  "riepilogo", "risk", "risks", "risposta", "roadmap", "rollout", "rsvp", "sales", "samenvatting", "saturday",
  "schedule", "scope", "scribe", "scribenick", "second", "secondly", "section", "security", "see", "semvermajor",
  "semverminor", "semverpatch", "server", "servers", "showofhands", "sighs", "silence", "slack", "slide", "slides",
  "solaris", "solution", "spdxlicenseidentifier", "speaker", "speakers", "spec", "stability", "stage", "status",
  "step", "steps", "strawpoll", "streams", "strongpositive", "subject", "subtopic", "suggestion", "suggestions",
  "sujet", "summary", "sunday", "support", "sure", "tache", "taches", "tagesordnung", "takeaway", "takeaways",
  "tarea", "tareas", "tarefa", "tbd", "tema", "temas", "testing", "tests", "thanks", "thema", "themen", "third",
  "thirdly", "thursday", "time", "timeline", "tip", "tips", "tldr", "today", "todo", "tomorrow", "tooling", "tools",
  "topic", "topics", "transcript", "translation", "translations", "travel", "trello", "tuesday", "type", "ui", "uk",
  "unconvinced", "unintelligible", "unix", "update", "updates", "upstreamauthor", "upstreamauthors",
  "upstreamcontact", "url", "us", "usage", "usecase", "usecases", "ux", "value", "values", "various", "verdict",
  "version", "versions", "video", "votacao", "votacion", "votaciones", "votazione", "votazioni", "vote", "voters",
  "votes", "voting", "voto", "vraag", "warning", "warnings", "weakpositive", "web", "website", "wednesday", "weekend",
  "what", "when", "where", "who", "why", "wiki", "win32", "win64", "windows", "wip", "workaround", "workers", "yea",
  "yeas", "yes", "yesterday", "zoom", "zusammenfassung",
};

gboolean
sp_is_label_key (const char *key)
{
  /* bisection comparing the first byte inline: most steps end there */
  gsize lo = 0, hi = G_N_ELEMENTS (labels);
  unsigned char k0 = (unsigned char) key[0];
  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;
      const char *l = labels[mid];
      int cmp = (int) k0 - (int) (unsigned char) l[0];
      if (cmp == 0 && k0 != 0)
        cmp = strcmp (key + 1, l + 1);
      if (cmp == 0)
        return TRUE;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return FALSE;
}

/* A heading-like mark of two words or more whose last word is the plural
 * of a structure word: "Open Questions:", "Key Decisions:", "Action
 * Items:".  Only plurals: a surname may be a label word ("Link", "Key"),
 * hardly one of these. */
gboolean
sp_is_plural_label (const char *word)
{
  static const char *const plurals[] = { "actions", "blockers", "comments", "concerns", "decisions", "goals",
                                         "ideas", "issues", "items", "notes", "options", "outcomes",
                                         "points", "proposals", "questions", "results", "risks", "steps",
                                         "takeaways", "topics", "updates", NULL };
  for (const char *const *w = plurals; *w; w++)
    if (g_ascii_strcasecmp (word, *w) == 0)
      return TRUE;
  return FALSE;
}

/* The name of a numbered thing, not a person's handle: one word opening
 * with a capital and ending in a number of two digits or more, or in a
 * number after a hyphen ("Test262", "ES2022", "ECMA-402", "Win11").  A
 * handle with digits is written in lower case ("jdoe42"); one that is
 * not still speaks where a roster names it exactly, as a label does. */
gboolean
sp_is_numbered_name (const char *name)
{
  gsize n = strlen (name);
  if (n < 3 || !g_ascii_isupper (name[0]))
    return FALSE;
  gsize d = n;
  while (d > 0 && g_ascii_isdigit (name[d - 1]))
    d--;
  if (d == 0 || d == n || !(n - d >= 2 || name[d - 1] == '-'))
    return FALSE;
  for (gsize i = 0; i < d; i++)
    if (!g_ascii_isalpha (name[i]) && !(name[i] == '-' && i + 1 == d))
      return FALSE;
  return TRUE;
}

gboolean
sp_ends_with_plural_label (const char *name)
{
  const char *last = strrchr (name, ' ');
  return last != NULL && last[1] != '\0' && sp_is_plural_label (last + 1);
}

/* "New Tooling", "Next Step", "Open Issue", "Key Point", "Example Cited":
 * a name of two words or more whose first is an adjective of a list's
 * heading or its kind of point, or the
 * verb of a change log's line ("Add Python 3 compatibility", "Fix
 * Windows builds"), never a given name (no title of address among them:
 * "General Smith" speaks; nor "Mark", "Will", "Chase") */
gboolean
sp_opens_with_heading_word (const char *name)
{
  static const char *const adjectives[] = {
    "accept", "add", "additional", "allow", "basic", "bump", "current", "deprecate", "disable", "drop", "enable",
    "example", "final", "fix", "further", "future", "implement", "improve", "initial", "introduce", "key", "main",
    "new", "next", "open", "other", "overall", "previous", "refactor", "related", "remove", "rename", "replace",
    "support", "update", "upgrade", NULL
  };
  const char *sp = strchr (name, ' ');
  if (sp == NULL || sp == name || sp[1] == '\0' || sp - name > 10)
    return FALSE;
  char word[11];
  gsize n = sp - name;
  for (gsize k = 0; k < n; k++)
    word[k] = g_ascii_tolower (name[k]);
  return sp_word_in (word, n, adjectives);
}

gboolean
sp_label_words_only (const char *name)
{
  if (!strchr (name, ' '))
    return FALSE;
  guint words = 0;
  for (const char *w = name; *w;)
    {
      const char *e = w;
      while (*e && *e != ' ')
        e++;
      char key[24];
      gsize n = 0;
      for (const char *q = w; q < e; q++)
        {
          if (!g_ascii_isalpha (*q) || n + 1 >= sizeof key)
            return FALSE;
          key[n++] = g_ascii_tolower (*q);
        }
      key[n] = '\0';
      /* no letter alone: "Speaker A" is a numbered voice */
      if (n < 2 || !sp_is_label_key (key) || ++words > 3)
        return FALSE;
      w = *e ? e + 1 : e;
    }
  return words >= 2;
}

gboolean
sp_is_label (const char *s)
{
  char buf[64];
  char *key = sp_key_buf (NULL, s, -1, buf, sizeof buf);
  gboolean is = sp_is_label_key (key);
  sp_key_buf_free (key, buf);
  return is;
}

gboolean
sp_labels_sorted (void)
{
  return sp_sorted_strictly (labels, G_N_ELEMENTS (labels));
}

/* A member of the public that Romance minutes name by no name: an
 * indefinite article and a noun of a member, neighbour, owner or resident
 * ("Un adhérent", "Una vecina", "Um morador"), at will followed by where
 * they live or whom they are with ("Un vecino del 3.º B": a preposition
 * opens it), never by a name ("Una Healy" stays a person) */
static gboolean
someone_of_the_public (const char *s)
{
  static const char *const articles[] = { "un", "une", "una", "uno", "um", "uma", "ein", "eine", NULL };
  /* sp_key() forms' openings: "adherent", "adherente", "vecino", "vecina";
   * a parent, a person, a guest or a member in the room ("Un parent dans
   * la salle", "Una persona asistente", "Ein Gastmitglied") */
  static const char *const nouns[] = { "adherent", "vecin",     "membre",      "socio",      "socia",
                                       "associe",  "habitant",  "residente",   "propietari", "proprietari",
                                       "condomin", "morador",   "participant", "asistente",  "cittadin",
                                       "persona",  "personne",  "parent",      "gast",       "gastmitglied",
                                       "mitglied", "teilnehmer", "zuhorer",    "besucher",   "anwohner", NULL };
  static const char *const prepositions[] = { "de", "del", "du", "des", "della", "di", "da", "do", "dos",
                                              "dans", "en", "aus", "im", "in", "von", "vom", NULL };
  /* each article opens with 'u' or 'e' */
  char c0 = g_ascii_tolower (s[0]);
  if (c0 != 'u' && c0 != 'e')
    return FALSE;
  const char *sp = strchr (s, ' ');
  if (sp == NULL || sp - s > 3)
    return FALSE;
  gboolean article = FALSE;
  for (const char *const *a = articles; *a && !article; a++)
    article = strlen (*a) == (gsize) (sp - s) && g_ascii_strncasecmp (s, *a, sp - s) == 0;
  if (!article)
    return FALSE;
  const char *w = sp + 1, *we = strchr (w, ' ');
  g_autofree char *noun = sp_key (w, we ? we - w : -1);
  gboolean person = FALSE;
  for (const char *const *n = nouns; *n && !person; n++)
    person = g_str_has_prefix (noun, *n) && strlen (noun) <= strlen (*n) + 3;
  if (!person || we == NULL)
    return person;
  const char *p = we + 1, *pe = strchr (p, ' ');
  gsize pn = pe ? (gsize) (pe - p) : strlen (p);
  for (const char *const *q = prepositions; *q; q++)
    if (strlen (*q) == pn && g_ascii_strncasecmp (p, *q, pn) == 0)
      return TRUE;
  /* ... or the noun of what they are there, alone: "Una persona
   * asistente" */
  if (pe != NULL)
    return FALSE;
  g_autofree char *second = sp_key (p, pn);
  for (const char *const *n = nouns; *n; n++)
    if (g_str_has_prefix (second, *n) && strlen (second) <= strlen (*n) + 3)
      return TRUE;
  return FALSE;
}

/* "someone in the back", "audience member from a startup", "somebody
 * online": an unnamed voice, then where or whom it is with (a
 * preposition's phrase) */
static gboolean
unnamed_with_place (const char *s)
{
  static const char *const voices[] = { "someone ", "somebody ", "audience member ", "an audience member ",
                                        "a participant ", "an attendee ", "person ", "a person ",
                                        "participant ", "attendee ", NULL };
  /* and whom it is ("Someone who organizes a meetup") */
  static const char *const places[] = { "in", "from", "at", "on", "near", "by", "with", "online", "remote", "who",
                                        NULL };
  /* each voice opens with 's', 'a' or 'p' */
  char c0 = g_ascii_tolower (s[0]);
  if (c0 != 's' && c0 != 'a' && c0 != 'p')
    return FALSE;
  for (const char *const *v = voices; *v; v++)
    if (g_ascii_strncasecmp (s, *v, strlen (*v)) == 0)
      {
        const char *w = s + strlen (*v), *we = strchr (w, ' ');
        gsize n = we ? (gsize) (we - w) : strlen (w);
        for (const char *const *x = places; *x; x++)
          if (strlen (*x) == n && g_ascii_strncasecmp (w, *x, n) == 0)
            return TRUE;
      }
  return FALSE;
}

gboolean
sp_is_anonymous (const char *s)
{
  static const char *const anonymous[] = { "unknown", "unknownspeaker", "nonametag", "noname", "anonymous",
                                           "anon", "someone", "somebody", "unidentified", "unattributed",
                                           "unknownperson", "notsure", "missed",
                                           /* minutes that say so: "Unidentified speaker: ..." */
                                           "unidentifiedspeaker", "unidentifiedvoice",
                                           /* a voice from the audience, named by nobody */
                                           "audiencemember", "anaudiencemember", "audiencequestion", "audiencecomment",
                                           "aparticipant", "anattendee",
                                           /* a parliament's member the record does not name: "An Hon.
                                            * Member: Which year?" */
                                           "anhonmember", "honmember", "anhonourablemember", "anhonorablemember",
                                           /* ... and several at once: "Hon. Members: Hear, hear!" */
                                           "honmembers", "somehonmembers", "honsenators", "somehonsenators",
                                           "honourablemembers", "honorablemembers",
                                           "someoneintheaudience", "someonefromtheaudience", "someonefromthefloor",
                                           "fromthefloor", "fromaudience", "fromtheaudience", "fromtheroom",
                                           /* ... and where the "from" went with the label: "Q (from
                                            * the floor): ..." */
                                           "thefloor", "theaudience",
                                           "someoneintheroom",
                                           /* the Chatham House rule's voices, told apart by nobody */
                                           "anotherparticipant", "otherparticipant", "sameparticipant",
                                           "anotherattendee", "otherattendee", "sameattendee", "anotherperson",
                                           "someoneelse",
                                           /* a council's or an association's open forum: "Resident
                                            * (Elm St): ...", "Member of the public: ..." */
                                           "resident", "aresident", "homeowner", "ahomeowner", "neighbor",
                                           "neighbour", "aneighbor", "aneighbour", "memberofthepublic",
                                           "amemberofthepublic",
                                           /* a scribe's "Various:", "[various]": several at once */
                                           "various", "variouspeople", "variousspeakers",
                                           /* a few voices at once, none named */
                                           "several", "severalpeople", "multiplepeople", "afewpeople",
                                           /* the same in other languages' minutes: a question from the
                                            * floor (French, Spanish, Italian, Dutch, German), a speaker
                                            * unknown or anonymous (Japanese, Chinese) */
                                           "questiondelasalle", "questiondupublic", "interventiondelasalle",
                                           "preguntadelpublico", "domandadalpubblico", "vraaguitdezaal",
                                           "frageausdempublikum", "\xe7\x99\xba\xe8\xa8\x80\xe8\x80\x85"
                                           "\xe4\xb8\x8d\xe6\x98\x8e", "\xe4\xb8\x8d\xe6\x98\x8e",
                                           "\xe5\x8c\xbf\xe5\x90\x8d",
                                           /* "someone" (Japanese, Chinese): a voice the note
                                            * taker did not name, "(誰か): ..." */
                                           "\xe8\xaa\xb0\xe3\x81\x8b", "\xe6\x9f\x90\xe4\xba\xba", NULL };
  /* every anonymous word starts with one of these (or a letter of CJK):
   * skip the key otherwise */
  char c0 = g_ascii_tolower (s[0]);
  if ((!strchr ("?unasmfqipdvohrte", c0) && (guchar) c0 < 0x80) || c0 == '\0'
      || (c0 == 't' && g_ascii_strncasecmp (s, "the", 3) != 0))
    return FALSE;
  if (someone_of_the_public (s))
    return TRUE;
  /* the key of an ASCII word is built on the stack */
  char small[64];
  gsize n = strlen (s);
  gboolean ascii = n < sizeof small;
  for (gsize i = 0; i < n && ascii; i++)
    ascii = (unsigned char) s[i] < 0x80;
  g_autofree char *big = NULL;
  const char *key = small;
  if (ascii)
    {
      char *k = small;
      for (gsize i = 0; i < n; i++)
        if (g_ascii_isalnum (s[i]))
          *k++ = sp_lower_ascii ((unsigned char) s[i]);
      *k = '\0';
    }
  else
    key = big = sp_key (s, -1);
  if (key[0] == '\0')
    return strchr (s, '?') != NULL; /* "?", "??", "???" */
  /* "Audience member 2": the room's voices numbered apart, none named */
  gsize kn = strlen (key);
  while (kn > 0 && g_ascii_isdigit (key[kn - 1]))
    kn--;
  gboolean numbered = kn < strlen (key) && kn >= 6;
  for (const char *const *a = anonymous; *a; a++)
    if ((*a)[0] == key[0] && (numbered ? strlen (*a) == kn && strncmp (*a, key, kn) == 0 : strcmp (*a, key) == 0))
      return TRUE;
  /* "Unidentified student", "Unnamed caller", "Unidentified remote
   * participant", "Unknown male speaker": a voice its role tells, one to
   * three words after */
  const char *sp = strchr (s, ' ');
  gsize w = sp ? (gsize) (sp - s) : 0;
  guint after = 0;
  for (const char *q = sp; q && after <= 3; q = strchr (q + 1, ' '))
    after++;
  if (sp && sp[1] != '\0' && after <= 3
      && ((w == 12 && g_ascii_strncasecmp (s, "unidentified", 12) == 0)
          || (w == 7 && g_ascii_strncasecmp (s, "unnamed", 7) == 0)
          || (w == 7 && g_ascii_strncasecmp (s, "unknown", 7) == 0)
          || (w == 9 && g_ascii_strncasecmp (s, "anonymous", 9) == 0)))
    return TRUE;
  return unnamed_with_place (s);
}

/* Does s (n bytes) name the part of minutes where the public speaks:
 * "4. PUBLIC COMMENT ON NON-AGENDA ITEMS", "Public comment on item 6.2:",
 * "Homeowner Forum", "Audience participation"? */
gboolean
sp_names_public_voices (const char *s, gsize n)
{
  static const char *const parts[] = { "public comment",  "comments from the public", "members of the public",
                                       "public forum",    "open forum",    "homeowner forum", "homeowners forum",
                                       "residents forum", "public participation", "audience participation",
                                       "citizen comment", "citizens comment", "citizens' comment", "public input",
                                       "public hearing",  "community comment", "open floor", NULL };
  char low[160];
  n = MIN (n, sizeof low - 1);
  for (gsize k = 0; k < n; k++)
    low[k] = g_ascii_tolower (s[k]);
  low[n] = '\0';
  for (const char *const *p = parts; *p; p++)
    if (strstr (low, *p))
      return TRUE;
  return FALSE;
}

/* A voice of the room named by a word of its role ("audience",
 * "attendee"): unnamed, but before a colon such a word may as well be a
 * label's ("Audience: internal teams"), so it speaks only where a
 * bracket or the turns around it say it does */
gboolean
sp_is_role_voice (const char *s)
{
  static const char *const voices[] = { "audience", "attendee", "participant", "questioner", "room", "the room",
                                        /* a breakout's table answering at once */
                                        "whole table", "the whole table", "whole room", "the whole room",
                                        /* all at once ("Everybody: [applause]") */
                                        "everyone", "everybody", NULL };
  for (const char *const *v = voices; *v; v++)
    if (g_ascii_strcasecmp (s, *v) == 0)
      return TRUE;
  return FALSE;
}

/* "[audience] what about Windows?": sp_is_anonymous()'s words and the
 * role voices */
gboolean
sp_is_anonymous_bracket (const char *s)
{
  return sp_is_role_voice (s) || sp_is_anonymous (s);
}
