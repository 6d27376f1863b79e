/* test-speakers-intl.c: minutes kept in other languages than English:
 * their titles of address, attendee labels, label words, offices and
 * anonymous voices. */
#include <string.h>

#include "test-speakers.h"

/* Titles of address of German, Italian and Dutch minutes go like "Mr.":
 * "Dott. Rossi:" is the attendee Dott. Marco Rossi, listed as Marco
 * Rossi; two titles ("Herr Dr. Weber") and a title of two words ("De heer
 * Smit") as well */
static void
test_titles (void)
{
  static const char italian[] = "Verbale\n\nPresenti: Dott. Marco Rossi, Dott.ssa Giulia Bianchi, Ing. Luca Ferrari\n\n"
                                "Dott. Rossi: apre la seduta alle 10:10.\n"       /* 5 */
                                "Dott.ssa Bianchi: il ritardo incide sul piano.\n" /* 6 */
                                "Ing. Ferrari: no, abbiamo margine.\n";           /* 7 */
  g_autoptr (NpDocument) doc = run_text ("verbale.txt", italian, NULL);
  assert_speakers (doc, 5, "Marco Rossi");
  assert_speakers (doc, 6, "Giulia Bianchi");
  assert_speakers (doc, 7, "Luca Ferrari");
  static const char german[] = "Protokoll\n\nAnwesend: Dr. Klaus Weber, Petra Hoffmann, Henk Smit\n\n"
                               "Herr Dr. Weber: Wie hoch sind die Forderungen?\n" /* 5 */
                               "Fr. Hoffmann: Etwa 1.650 Euro.\n"                 /* 6 */
                               "De heer Smit: dat klopt.\n";                      /* 7 */
  g_autoptr (NpDocument) gdoc = run_text ("protokoll.txt", german, NULL);
  assert_speakers (gdoc, 5, "Klaus Weber");
  assert_speakers (gdoc, 6, "Petra Hoffmann");
  assert_speakers (gdoc, 7, "Henk Smit");
  /* a Spanish list titles men "D." beside women's "Dña.": not part of
   * the name, in the list nor before a full name in a mark */
  static const char spanish[] = "Acta\n\nAsistentes: D. Antonio García Pérez, Dña. Carmen López Ruiz, "
                                "D. Andrés Navarro\n\n"
                                "D. Andrés Navarro: Pregunta por el cargador.\n" /* 5 */
                                "Sr. García: Hay que estudiarlo.\n"              /* 6 */
                                "Interviene Andrés Navarro: Y el coste.\n"      /* 7 */
                                "Responde Dña. Carmen López: Lo vemos.\n"       /* 8 */
                                "Interviene el concejal Navarro: Y el plazo.\n" /* 9 */
                                "La concejala López: En marzo.\n";              /* 10 */
  g_autoptr (NpDocument) sdoc = run_text ("acta.txt", spanish, NULL);
  assert_speakers (sdoc, 5, "Andrés Navarro");
  assert_speakers (sdoc, 6, "Antonio García Pérez");
  /* the verb of taking the floor before the voice is no part of it */
  assert_speakers (sdoc, 7, "Andrés Navarro");
  assert_speakers (sdoc, 8, "Carmen López Ruiz");
  /* an article and an office in lower case before the surname */
  assert_speakers (sdoc, 9, "Andrés Navarro");
  assert_speakers (sdoc, 10, "Carmen López Ruiz");
  /* a council's offices in their languages before the surname */
  static const char offices[] = "Raad\n\nAanwezig: Jan de Vries, Sanne Bakker, Peter Huber, Jorge Ruiz\n\n"
                                "Burgemeester Bakker: We beginnen.\n"      /* 5 */
                                "Wethouder De Vries: Akkoord.\n"          /* 6 */
                                "Bürgermeister Huber: Wir vertagen das.\n" /* 7 */
                                "Alcalde Ruiz: Se abre la sesión.\n";      /* 8 */
  g_autoptr (NpDocument) odoc = run_text ("raad.txt", offices, NULL);
  assert_speakers (odoc, 5, "Sanne Bakker");
  assert_speakers (odoc, 6, "Jan de Vries");
  assert_speakers (odoc, 7, "Peter Huber");
  assert_speakers (odoc, 8, "Jorge Ruiz");
}

/* Label words of other languages' minutes open no turn: an Italian
 * board's "Delibera:" and "Votazione:", a Dutch "Actiepunt:", a
 * Portuguese "Pendência:"; nor do the owners under an action items'
 * title ("Actiepunten", "Pendências", "Aktionspunkte", Chinese
 * "五、待办事项" with its part's number, Japanese "宿題") */
static void
test_labels (void)
{
  static const char italian[] = "Verbale\n\nPresenti: Marco Rossi, Giulia Bianchi\n\n"
                                "Rossi: mettiamo ai voti.\n"                      /* 5 */
                                "Votazione: favorevoli 5, contrari 0.\n"          /* 6 */
                                "Delibera: la gara viene suddivisa.\n"            /* 7 */
                                "Actiepunt: Giulia vraagt de subsidie aan.\n"     /* 8 */
                                "Pend\xc3\xaancia: postmortem at\xc3\xa9 sexta.\n" /* 9 */
                                "Bianchi: d'accordo.\n";                          /* 10 */
  g_autoptr (NpDocument) doc = run_text ("verbale.txt", italian, NULL);
  assert_speakers (doc, 5, "Marco Rossi");
  for (guint line = 6; line <= 9; line++)
    assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 10, "Giulia Bianchi");
  /* "会议纪要", "参会人员：李娜、王强"; "一、讨论" over two turns;
   * "五、待办事项" over "1. 李娜：交付" */
  static const char zh[] = "\xe4\xbc\x9a\xe8\xae\xae\xe7\xba\xaa\xe8\xa6\x81\n"
                           "\xe5\x8f\x82\xe4\xbc\x9a\xe4\xba\xba\xe5\x91\x98\xef\xbc\x9a\xe6\x9d\x8e"
                           "\xe5\xa8\x9c\xe3\x80\x81\xe7\x8e\x8b\xe5\xbc\xba\n"
                           "\n"
                           "\xe4\xb8\x80\xe3\x80\x81\xe8\xae\xa8\xe8\xae\xba\n"
                           "\xe6\x9d\x8e\xe5\xa8\x9c\xef\xbc\x9a\xe5\x8f\xaf\xe4\xbb\xa5\xef\xbc\x8c"
                           "\xe4\xb8\x8b\xe5\x91\xa8\xe5\x86\x8d\xe8\xae\xa8\xe8\xae\xba\xe3\x80\x82\n"
                           "\xe7\x8e\x8b\xe5\xbc\xba\xef\xbc\x9a\xe5\x90\x8c\xe6\x84\x8f\xe3\x80\x82\n"
                           "\n"
                           "\xe4\xba\x94\xe3\x80\x81\xe5\xbe\x85\xe5\x8a\x9e\xe4\xba\x8b\xe9\xa1\xb9\n"
                           "1. \xe6\x9d\x8e\xe5\xa8\x9c\xef\xbc\x9a\xe4\xba\xa4\xe4\xbb\x98\n";
  g_autoptr (NpDocument) zdoc = run_text ("jiyao.txt", zh, NULL);
  assert_speakers (zdoc, 5, "\xe6\x9d\x8e\xe5\xa8\x9c");
  assert_speakers (zdoc, 9, "NONE");
  /* "# 会議", "出席者：佐藤 大輔、伊藤 翔", "- 伊藤：..." then "## 宿題"
   * over "- 佐藤：見積もり" */
  static const char ja[] = "# \xe4\xbc\x9a\xe8\xad\xb0\n"
                           "\n"
                           "\xe5\x87\xba\xe5\xb8\xad\xe8\x80\x85\xef\xbc\x9a\xe4\xbd\x90\xe8\x97\xa4 "
                           "\xe5\xa4\xa7\xe8\xbc\x94\xe3\x80\x81\xe4\xbc\x8a\xe8\x97\xa4 \xe7\xbf\x94\n"
                           "\n"
                           "- \xe4\xbc\x8a\xe8\x97\xa4\xef\xbc\x9a\xe4\xba\x86\xe8\xa7\xa3\xe3\x81\xa7"
                           "\xe3\x81\x99\xe3\x80\x82\n"
                           "\n"
                           "## \xe5\xae\xbf\xe9\xa1\x8c\n"
                           "\n"
                           "- \xe4\xbd\x90\xe8\x97\xa4\xef\xbc\x9a\xe8\xa6\x8b\xe7\xa9\x8d\xe3\x82\x82\xe3\x82\x8a\n";
  g_autoptr (NpDocument) jdoc = run_text ("gijiroku.md", ja, NULL);
  assert_speakers (jdoc, 5, "\xe4\xbc\x8a\xe8\x97\xa4 \xe7\xbf\x94");
  assert_speakers (jdoc, 9, "NONE");
  static const char nl[] = "# Notulen\n\nAanwezig: Henk de Vries, Sanne Bakker\n\n- Sanne: akkoord\n\n"
                           "## Actiepunten\n\n- Henk: regelt de labels\n"; /* 9 */
  g_autoptr (NpDocument) ndoc = run_text ("notulen.md", nl, NULL);
  assert_speakers (ndoc, 5, "Sanne Bakker");
  assert_speakers (ndoc, 9, "NONE");
}

/* Voices nobody names in other languages' minutes are UNKNOWN: a member
 * of the public by an article and a noun ("Un adhérent (...)", "Un vecino
 * del 3.º B (...)"), a question from the floor ("Question de la salle :"),
 * Japanese "（発言者不明）：" (speaker unknown); "Una Healy:" is a person */
static void
test_anonymous (void)
{
  static const char french[] = "# CR\n\n**Pr\xc3\xa9sents :** Claire Leroy, Una Healy\n\n## 1\n\n"
                               "- Claire Leroy : oui\n"                                          /* 7 */
                               "- Un adh\xc3\xa9rent (pr\xc3\xa9sent en observateur) : demande\n" /* 8 */
                               "- Question de la salle : les composteurs ?\n"                    /* 9 */
                               "- Un vecino del 3.\xc2\xba B (oyente): Se queja.\n"                /* 10 */
                               "- \xef\xbc\x88\xe7\x99\xba\xe8\xa8\x80\xe8\x80\x85\xe4\xb8\x8d\xe6\x98\x8e"
                               "\xef\xbc\x89\xef\xbc\x9a\xe9\x9f\xb3\xe5\xa3\xb0\n" /* 11 */
                               "- Una Healy : merci\n";                                          /* 12 */
  g_autoptr (NpDocument) doc = run_text ("cr.md", french, NULL);
  assert_speakers (doc, 7, "Claire Leroy");
  for (guint line = 8; line <= 11; line++)
    assert_speakers (doc, line, "UNKNOWN");
  assert_speakers (doc, 12, "Una Healy");
  /* a parent, a person, a guest member (Spanish, French, German) */
  static const char others[] = "# Acta\n\n**Asistentes:** Luc\xc3\xad" "a Romero, Ein Stein\n\n## 1\n\n"
                               "- Luc\xc3\xad" "a Romero: empezamos\n"                                /* 7 */
                               "- Una persona asistente (sin identificar): \xc2\xbfHay fecha?\n"    /* 8 */
                               "- Un parent dans la salle : est-ce gratuit ?\n"                   /* 9 */
                               "- Ein Gastmitglied (Name nicht protokolliert): Kann ich helfen?\n" /* 10 */
                               "- Ein Stein: danke\n";                                             /* 11 */
  g_autoptr (NpDocument) odoc = run_text ("acta.md", others, NULL);
  for (guint line = 8; line <= 10; line++)
    assert_speakers (odoc, line, "UNKNOWN");
  assert_speakers (odoc, 11, "Ein Stein");
}

/* A board's office recorded in an attendee's parentheses in other
 * languages ("Anna Kowalska (prezes)", "Marco Rossi (presidente)") is a
 * role, and names its one holder as "The Mayor:" does: "Prezes:",
 * "Skarbnik:", "Il Presidente:"; a signature block's "Il Presidente  Il
 * Segretario" names nobody */
static void
test_offices (void)
{
  static const char polish[] = "Protok\xc3\xb3\xc5\x82\n\nObecni: Anna Kowalska (prezes), Piotr Nowak (skarbnik), "
                               "Tomasz W\xc3\xb3jcik\n\n1. Sprawy\n"
                               "Tomasz W\xc3\xb3jcik: Czy dotacja musi by\xc4\x87 rozliczona?\n" /* 6 */
                               "Prezes: Dzielnica zgodzi\xc5\x82" "a si\xc4\x99.\n"                /* 7 */
                               "Skarbnik: Hosting wygasa w lipcu.\n";                             /* 8 */
  g_autoptr (NpDocument) doc = run_text ("protokol.txt", polish, NULL);
  assert_speakers (doc, 7, "Anna Kowalska");
  assert_speakers (doc, 8, "Piotr Nowak");
  static const char italian[] = "Verbale\n\nPresenti: Marco Rossi (presidente), Luca Ferrari\n\n"
                                "Ferrari: i lavori sono al 68%.\n"             /* 5 */
                                "Il Presidente: chiede all'Ing. Ferrari.\n"   /* 6 */
                                "\nIl Presidente            Il Segretario\n"  /* 8 */
                                "Marco Rossi              Luca Ferrari\n";
  g_autoptr (NpDocument) idoc = run_text ("verbale.txt", italian, NULL);
  assert_speakers (idoc, 6, "Marco Rossi");
  assert_speakers (idoc, 8, "NONE");
  /* the office after its article in lower case ("Le président :"), its
   * one holder's; one nobody holds ("La réunion :") is no speaker */
  static const char french[] = "Compte rendu\n\nPr\xc3\xa9sents : Jean Dupont (pr\xc3\xa9sident), "
                               "Marie Leroy (tr\xc3\xa9sori\xc3\xa8re), Paul Roux\n\n"
                               "Le pr\xc3\xa9sident : Bonjour.\n\n"                    /* 5 */
                               "La tr\xc3\xa9sori\xc3\xa8re : Les comptes sont \xc3\xa0 jour.\n\n" /* 7 */
                               "La r\xc3\xa9union : reprend \xc3\xa0 15 h.\n\n"           /* 9 */
                               "La r\xc3\xa9union : se termine.\n";                        /* 11 */
  g_autoptr (NpDocument) fdoc = run_text ("cr.txt", french, NULL);
  assert_speakers (fdoc, 5, "Jean Dupont");
  assert_speakers (fdoc, 7, "Marie Leroy");
  assert_speakers (fdoc, 9, "NONE");
  assert_speakers (fdoc, 11, "NONE");
}

/* A Japanese name listed with its romanization in parentheses ("田中 健
 * (Ken Tanaka)"): the notes name the person by its words too, and by
 * the surname with a romaji honorific ("Tanaka-san:") */
static void
test_romanized_names (void)
{
  static const char text[] = "# 週次定例\n\n参加者: 田中 健 (Ken Tanaka), 佐藤 由美 (Yumi Sato), Mark Evans\n\n"
                             "- Ken: hello\n"               /* 5 */
                             "- Tanaka-san: the export\n"   /* 6 */
                             "- Yumi: 翻訳が必要ですか？\n"     /* 7 */
                             "- Sato-san: 社内でやりましょう。\n" /* 8 */
                             "- Mark: fine by me\n";        /* 9 */
  g_autoptr (NpDocument) doc = run_text ("teiki.md", text, NULL);
  assert_speakers (doc, 5, "田中 健");
  assert_speakers (doc, 6, "田中 健");
  assert_speakers (doc, 7, "佐藤 由美");
  assert_speakers (doc, 8, "佐藤 由美");
  assert_speakers (doc, 9, "Mark Evans");
}

/* A French compte rendu typed a turn a line, the space before the colon
 * plain or no-break (as office programs put it); a hyphenated first
 * name's initials; two people joined by "et" or "und"; an unknown voice
 * with what the scribe knows of it */
static void
test_french_turns (void)
{
  static const char text[] = "Compte rendu\nPr\xc3\xa9sents : \xc3\x89lodie Marchand, Chlo\xc3\xa9 Da Silva, "
                             "Jean-Baptiste Lef\xc3\xa8vre\n\n"
                             "\xc3\x89lodie : on est dans les temps.\n"                         /* 4 */
                             "Chlo\xc3\xa9 : oui, je regarde \xc3\xa7" "a demain.\n"             /* 5 */
                             "Jean-Baptiste\xc2\xa0: le #412 est corrig\xc3\xa9.\n"             /* 6 */
                             "Chlo\xc3\xa9\xe2\x80\xaf: merci.\n"                               /* 7 */
                             "JB : attention quand m\xc3\xaame.\n"                             /* 8 */
                             "JB et Chlo\xc3\xa9 : on peut faire \xc3\xa7" "a.\n"                /* 9 */
                             "??? (visio, son coup\xc3\xa9) : et pour la recherche ?\n"         /* 10 */
                             "\xc3\x89lodie und Chlo\xc3\xa9: ok.\n";                            /* 11 */
  g_autoptr (NpDocument) doc = run_text ("cr.txt", text, NULL);
  assert_speakers (doc, 4, "\xc3\x89lodie Marchand");
  assert_speakers (doc, 5, "Chlo\xc3\xa9 Da Silva");
  assert_speakers (doc, 6, "Jean-Baptiste Lef\xc3\xa8vre");
  assert_speakers (doc, 7, "Chlo\xc3\xa9 Da Silva");
  assert_speakers (doc, 8, "Jean-Baptiste Lef\xc3\xa8vre");
  assert_speakers (doc, 9, "Jean-Baptiste Lef\xc3\xa8vre;Chlo\xc3\xa9 Da Silva");
  assert_speakers (doc, 10, "UNKNOWN");
  assert_speakers (doc, 11, "\xc3\x89lodie Marchand;Chlo\xc3\xa9 Da Silva");
}

/* A German Vorstandsprotokoll: the cash report's items are values, not
 * turns ("Girokonto: 8.412,37 €"), "Anmerkung:" is a label; a vote of
 * someone no list names is a turn still ("Fedor: 0") */
static void
test_german_values (void)
{
  static const char text[] = "# Protokoll der Vorstandssitzung\n\nAnwesend: J\xc3\xb6rg B\xc3\xa4umler, "
                             "\xc3\x96zlem Kaya\n\n"
                             "J\xc3\xb6rg: Der Kassenstand ist gut.\n\n"               /* 5 */
                             "- Girokonto: 8.412,37 \xe2\x82\xac\n"                     /* 7 */
                             "- R\xc3\xbc" "cklage Serverkosten: 2.500,00 \xe2\x82\xac\n" /* 8 */
                             "- \xc3\x96zlem: Danke.\n\n"                              /* 9 */
                             "Anmerkung: Henrik \xc3\xbc" "bernimmt die Betreuung.\n\n"  /* 11 */
                             "Abstimmung:\n\n- J\xc3\xb6rg: +1\n- Fedor: 0\n- \xc3\x96zlem: +1\n"; /* 15-17 */
  g_autoptr (NpDocument) doc = run_text ("protokoll.md", text, NULL);
  assert_speakers (doc, 5, "J\xc3\xb6rg B\xc3\xa4umler");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "\xc3\x96zlem Kaya");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 16, "Fedor");
}

/* Spanish and French minutes: two given names and two surnames ("María
 * José:", "García:"), the chair by her office after an article, a turn
 * named by the noun of taking the floor, two people joined by "y", the
 * French "M." before an attendee's full name and a surname's turn; a
 * titled person before a comma is told of, not a speaker */
static void
test_romance_minutes (void)
{
  static const char acta[] = "# Acta\n\nAsistentes:\n- María José García López (presidenta)\n"
                             "- Lucía Ortega Serrano\n- Andrés Moreno Gil\n- Pablo Ruiz Delgado\n\n## Orden\n\n"
                             "María José: ¿Alguna observación?\n"                     /* 11 */
                             "Lucía pregunta si se incluyó la queja.\n"                                /* 12 */
                             "Intervención de Pablo Ruiz: Queremos recuperar la verbena.\n"               /* 13 */
                             "La presidenta: Entonces vamos con la orquesta.\n"                                /* 14 */
                             "Lucía y Andrés: Nos apuntamos.\n"                                      /* 15 */
                             "García: Lo llevo al distrito.\n"                                             /* 16 */
                             "Votación: unanimidad.\n";                                                    /* 17 */
  g_autoptr (NpDocument) doc = run_text ("acta.md", acta, NULL);
  assert_speakers (doc, 11, "María José García López");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 13, "Pablo Ruiz Delgado");
  assert_speakers (doc, 14, "María José García López");
  assert_speakers (doc, 15, "Lucía Ortega Serrano;Andrés Moreno Gil");
  assert_speakers (doc, 16, "María José García López");
  assert_speakers (doc, 17, "NONE");
  static const char cr[] = "COMPTE RENDU\n\n"
                           "Présents : Mme Catherine Durand (présidente), M. Jean-Pierre Leroy (trésorier), M. Karim Benali\n\n"
                           "M. Leroy : Le solde est de 3 412 euros. Les\n"          /* 5 */
                           "cotisations rentrent bien.\n"                           /* 6 */
                           "M. Benali : Et la subvention ?\n"                       /* 7 */
                           "Mme Durand, excusée, a fait savoir qu'elle viendra.\n"   /* 8 */
                           "Mme Durand lève la séance.\n";                        /* 9 */
  g_autoptr (NpDocument) cdoc = run_text ("cr.txt", cr, NULL);
  assert_speakers (cdoc, 5, "Jean-Pierre Leroy");
  assert_speakers (cdoc, 6, "Jean-Pierre Leroy");
  assert_speakers (cdoc, 7, "Karim Benali");
  assert_speakers (cdoc, 8, "NONE");
  assert_speakers (cdoc, 9, "NONE");
}

void
add_intl_tests (void)
{
  g_test_add_func ("/speakers/intl/romance-minutes", test_romance_minutes);
  g_test_add_func ("/speakers/intl/german-values", test_german_values);
  g_test_add_func ("/speakers/intl/romanized-names", test_romanized_names);
  g_test_add_func ("/speakers/intl/french-turns", test_french_turns);
  g_test_add_func ("/speakers/intl/titles", test_titles);
  g_test_add_func ("/speakers/intl/labels", test_labels);
  g_test_add_func ("/speakers/intl/anonymous", test_anonymous);
  g_test_add_func ("/speakers/intl/offices", test_offices);
}
