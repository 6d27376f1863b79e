/* test-reader-mail.c: minutes saved as a mail (.eml): the text of the
 * message decoded (quoted-printable, base64, charsets, format=flowed),
 * the plain part of a multipart message (HTML when there is none), the
 * header found whatever field it opens with, forwarded messages' headers
 * as metadata, and damaged messages read with a warning. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"

/* The item whose text is text, or NULL */
static const NpItem *
item_with_text (NpDocument *doc, const char *text)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = text_of (doc, &items[i]);
      if (strcmp (t, text) == 0)
        return &items[i];
    }
  return NULL;
}

/* Does any item's text hold s? */
static gboolean
any_item_holds (NpDocument *doc, const char *s)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = text_of (doc, &items[i]);
      if (strstr (t, s))
        return TRUE;
    }
  return FALSE;
}

/* Does a warning of the document hold s? */
static gboolean
warned (NpDocument *doc, const char *s)
{
  guint n;
  const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
  for (guint i = 0; i < n; i++)
    if (strstr (d[i].message, s))
      return TRUE;
  return FALSE;
}

#define HEAD                                                                                                           \
  "From: Priya Raman <priya@example.com>\n"                                                                            \
  "To: team@example.com\n"                                                                                             \
  "Subject: Minutes of the weekly sync\n"                                                                              \
  "Date: Tue, 11 Mar 2025 17:42:10 +0100\n"                                                                            \
  "MIME-Version: 1.0\n"

/* Quoted-printable: "=C3=A1" is a byte of UTF-8, "=3D" an equals sign, a
 * "=" ending a line joins it to the next; CRLF line ends as saved */
static void
test_mail_quoted_printable (void)
{
  static const char text[] = HEAD "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
                                  "Content-Transfer-Encoding: quoted-printable\r\n"
                                  "\r\n"
                                  "Tom=C3=A1s Ortega: the release branch was cut and we have three bloc=\r\n"
                                  "kers left.\r\n"
                                  "Wei: it reproduces with GOMAXPROCS=3D1   \r\n"
                                  "Olu: a sum a = b stays\r\n";
  NpDocument *doc = read_as ("minutes.eml", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes of the weekly sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2025-03-11");
  g_assert_nonnull (item_with_text (doc, "Tomás Ortega: the release branch was cut and we have three blockers left."));
  g_assert_nonnull (item_with_text (doc, "Wei: it reproduces with GOMAXPROCS=1"));
  g_assert_nonnull (item_with_text (doc, "Olu: a sum a = b stays"));
  g_assert_true (warned (doc, "quoted-printable"));
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  np_document_unref (doc);
}

/* Base64 in Latin-1, and 8-bit windows-1252: the text in UTF-8, with no
 * warning of text that is not UTF-8 (the message said what it was) */
static void
test_mail_base64_charset (void)
{
  static const char b64[] = HEAD "Content-Type: text/plain; charset=ISO-8859-1\n"
                                 "Content-Transfer-Encoding: base64\n"
                                 "\n"
                                 "VG9t4XMgT3J0ZWdhOiB0aGUgYnJhbmNoIGlzIGN1dApXZWk6IFFBIHN0YXJ0cyBNb25kYXkK\n";
  NpDocument *doc = read_as ("minutes.eml", NULL, b64);
  g_assert_nonnull (item_with_text (doc, "Tomás Ortega: the branch is cut"));
  g_assert_nonnull (item_with_text (doc, "Wei: QA starts Monday"));
  guint n;
  np_document_get_diagnostics (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);

  static const char cp1252[] = HEAD "Content-Type: text/plain; charset=windows-1252\n"
                                    "Content-Transfer-Encoding: 8bit\n"
                                    "\n"
                                    "Tom\xe1s: the \x93"
                                    "fast\x94 path is done\n";
  doc = read_as ("minutes.eml", NULL, cp1252);
  g_assert_nonnull (item_with_text (doc, "Tomás: the \u201cfast\u201d path is done"));
  g_assert_false (warned (doc, "not UTF-8"));
  np_document_unref (doc);
}

/* format=flowed: a line ending in a space goes on in the next */
static void
test_mail_flowed (void)
{
  static const char text[] = HEAD "Content-Type: text/plain; charset=UTF-8; format=flowed\n"
                                  "Content-Transfer-Encoding: 8bit\n"
                                  "\n"
                                  "* Priya: Welcome everyone. Agenda today is the release, the flaky CI \n"
                                  "jobs and the handoff.\n"
                                  "  * the TLS patch\n"
                                  "-- \n"
                                  "Priya\n";
  NpDocument *doc = read_as ("minutes.eml", NULL, text);
  g_assert_nonnull (
      item_with_text (doc, "Priya: Welcome everyone. Agenda today is the release, the flaky CI jobs and the handoff."));
  g_assert_nonnull (item_with_text (doc, "the TLS patch"));
  np_document_unref (doc);

  /* with delsp=yes the space is the client's, not the writer's: a word
   * broken at the line's end is whole again */
  static const char delsp[] = HEAD "Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\n"
                                   "\n"
                                   "Tom\xc3\xa1s: we have three bloc \n"
                                   "kers left.\n";
  doc = read_as ("minutes.eml", NULL, delsp);
  g_assert_nonnull (item_with_text (doc, "Tomás: we have three blockers left."));
  np_document_unref (doc);
}

/* multipart/alternative as mail clients write it: the plain part is the
 * text; no boundary, part header or base64 line is an item.  In a
 * multipart/mixed, an attachment is no text. */
static void
test_mail_multipart (void)
{
  static const char text[] = HEAD "Content-Type: multipart/mixed; boundary=\"mix\"\n"
                                  "\n"
                                  "This is a multi-part message in MIME format.\n"
                                  "--mix\n"
                                  "Content-Type: multipart/alternative;\n"
                                  " boundary=\"------------0A1B\"\n"
                                  "\n"
                                  "--------------0A1B\n"
                                  "Content-Type: text/plain; charset=UTF-8\n"
                                  "Content-Transfer-Encoding: quoted-printable\n"
                                  "\n"
                                  "Tom=C3=A1s: the branch is cut\n"
                                  "\n"
                                  "--------------0A1B\n"
                                  "Content-Type: text/html; charset=UTF-8\n"
                                  "Content-Transfer-Encoding: base64\n"
                                  "\n"
                                  "PGh0bWw+PGJvZHk+PGgxPldlZWtseSBzeW5jPC9oMT48dWw+PGxpPlRvbcOhczogdGhlIGJyYW5j\n"
                                  "aCBpcyBjdXQ8L2xpPjwvdWw+PC9ib2R5PjwvaHRtbD4=\n"
                                  "\n"
                                  "--------------0A1B--\n"
                                  "\n"
                                  "--mix\n"
                                  "Content-Type: application/pdf; name=\"slides.pdf\"\n"
                                  "Content-Disposition: attachment; filename=\"slides.pdf\"\n"
                                  "Content-Transfer-Encoding: base64\n"
                                  "\n"
                                  "JVBERi0xLjQgAAECYmluYXJ5\n"
                                  "--mix--\n"
                                  "epilogue\n";
  NpDocument *doc = read_as ("minutes.eml", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes of the weekly sync");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_autofree char *t = text_of (doc, &items[0]);
  g_assert_cmpstr (t, ==, "Tomás: the branch is cut");
  g_assert_false (any_item_holds (doc, "Content-"));
  g_assert_false (any_item_holds (doc, "JVBER"));
  np_document_unref (doc);
}

/* A message with only HTML: its text through the HTML reader, the title
 * still the subject */
static void
test_mail_html_only (void)
{
  static const char text[] = HEAD "Content-Type: multipart/alternative; boundary=b\n"
                                  "\n"
                                  "--b\n"
                                  "Content-Type: text/html; charset=UTF-8\n"
                                  "Content-Transfer-Encoding: base64\n"
                                  "\n"
                                  "PGh0bWw+PGJvZHk+PGgxPldlZWtseSBzeW5jPC9oMT48dWw+PGxpPlRvbcOhczogdGhlIGJyYW5j\n"
                                  "aCBpcyBjdXQ8L2xpPjwvdWw+PC9ib2R5PjwvaHRtbD4=\n"
                                  "--b--\n";
  NpDocument *doc = read_as ("minutes.eml", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes of the weekly sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2025-03-11");
  g_assert_true (any_item_holds (doc, "Tomás: the branch is cut"));
  g_assert_false (any_item_holds (doc, "From:"));
  np_document_unref (doc);
}

/* A saved message opens with the fields its servers added: it is a mail
 * header all the same (fields only, From, Date and Subject among them);
 * notes opening with "Subject:" and "Date:" but no From stay notes */
static void
test_mail_header_any_field_first (void)
{
  static const char text[] = "Delivered-To: wei@example.com\n"                                   /* 1 */
                             "Received: from mail.example.com (mail.example.com [192.0.2.10])\n" /* 2 */
                             "        by mx.example.com with ESMTPS id abc123\n"                 /* 3 */
                             "Return-Path: <priya@example.com>\n"                                /* 4 */
                             "From: Priya Raman <priya@example.com>\n"                           /* 5 */
                             "To: platform-team@example.com\n"                                   /* 6 */
                             "Subject: [platform] Minutes: weekly sync\n"                        /* 7 */
                             "Date: Tue, 11 Mar 2025 17:42:10 +0100\n"                           /* 8 */
                             "\n"
                             "Priya: the branch is cut\n"; /* 10 */
  NpDocument *doc = read_as ("minutes.eml", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes: weekly sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2025-03-11");
  for (guint line = 1; line <= 8; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (items[0].line, ==, 10);
  np_document_unref (doc);

  doc = read_as ("notes.txt", NULL, "Subject: budget review\nDate: 2025-03-11\nTo do: the budget\n\nAnn: hi\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Subject: budget review"); /* as the text reader reads it */
  np_document_unref (doc);
}

/* A signature after "-- " closes mailed minutes: the sender's card is
 * metadata, no item (a name alone would read as a turn); "--" inside the
 * notes, with more than a card after it, is kept */
static void
test_mail_signature (void)
{
  static const char mail[] = "Hi all, minutes below.\n\n"
                             "* Rhiannon: the branch closes on Tuesday.\n" /* 3 */
                             "* Bo: I'll share the spreadsheet.\n\n"
                             "Thanks all,\nRhiannon\n\n"
                             "-- \n"                                      /* 9 */
                             "Rhiannon Keogh\n"                           /* 10 */
                             "Lowbit Compiler Team\n";                    /* 11 */
  NpDocument *doc = read_as ("minutes.txt", NULL, mail);
  for (guint line = 9; line <= 11; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  g_assert_false (any_item_holds (doc, "Lowbit"));
  g_assert_nonnull (item_with_text (doc, "Rhiannon: the branch closes on Tuesday."));
  assert_lines_accounted (doc, mail);
  np_document_unref (doc);
  static const char long_tail[] = "Notes\n\n--\n* one\n* two\n* three\n* four\n* five\n* six\n* seven\n";
  doc = read_as ("notes.txt", NULL, long_tail);
  g_assert_nonnull (item_with_text (doc, "seven"));
  np_document_unref (doc);
}

/* A forwarded message's header in the body (Gmail's, Outlook's, a
 * message attached whole) is metadata: "To: team@" no turn of someone
 * "TO", "Subject: ..." no speaker "Subject" */
static void
test_mail_forwarded_header (void)
{
  static const char gmail[] = "From: Wei Zhang <wei@example.com>\n"
                              "Subject: Fwd: Minutes: weekly sync\n"
                              "Date: Tue, 11 Mar 2025 18:00:00 +0100\n"
                              "\n"
                              "FYI, minutes below.\n" /* 5 */
                              "\n"
                              "---------- Forwarded message ---------\n" /* 7 */
                              "From: Priya Raman <priya@example.com>\n"  /* 8 */
                              "Date: Tue, 11 Mar 2025 at 17:42\n"        /* 9 */
                              "Subject: Minutes: weekly sync\n"          /* 10 */
                              "To: <platform-team@example.com>,\n"       /* 11 */
                              "    <ops@example.com>\n"                  /* 12 */
                              "\n"
                              "Priya: the branch is cut\n" /* 14 */
                              "\n"
                              "-----Original Message-----\n"           /* 16 */
                              "From: Tomás Ortega\n"                   /* 17 */
                              "Sent: Monday, March 10, 2025 9:00 AM\n" /* 18 */
                              "To: Priya Raman\n"                      /* 19 */
                              "Subject: RE: agenda\n"                  /* 20 */
                              "\n"
                              "Tomás: add the CI item\n" /* 22 */
                              "\n"
                              "On Mon, 10 Mar 2025 at 08:00, Olu <olu@example.com> wrote:\n" /* 24 */
                              "> agenda?\n";
  NpDocument *doc = read_as ("fwd.eml", NULL, gmail);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes: weekly sync");
  for (guint line = 7; line <= 12; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  for (guint line = 16; line <= 20; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  g_assert_cmpint (np_document_get_line_role (doc, 24), ==, NP_LINE_META);
  g_assert_false (any_item_holds (doc, "platform-team"));
  g_assert_false (any_item_holds (doc, "Subject"));
  g_assert_nonnull (item_with_text (doc, "Priya: the branch is cut"));
  g_assert_nonnull (item_with_text (doc, "Tomás: add the CI item"));
  assert_lines_accounted (doc, gmail);
  np_document_unref (doc);

  /* a message attached whole: its header is the forwarded block's */
  static const char attached[] = HEAD "Content-Type: multipart/mixed; boundary=m\n"
                                      "\n"
                                      "--m\n"
                                      "Content-Type: text/plain\n"
                                      "\n"
                                      "FYI\n"
                                      "--m\n"
                                      "Content-Type: message/rfc822\n"
                                      "\n"
                                      "From: Tomás <tomas@example.com>\n"
                                      "To: team@example.com\n"
                                      "Subject: agenda\n"
                                      "Date: Mon, 10 Mar 2025 09:00:00 +0100\n"
                                      "Content-Type: text/plain; charset=UTF-8\n"
                                      "Content-Transfer-Encoding: quoted-printable\n"
                                      "\n"
                                      "Tom=C3=A1s: add the CI item\n"
                                      "--m--\n";
  doc = read_as ("attached.eml", NULL, attached);
  g_assert_nonnull (item_with_text (doc, "Tomás: add the CI item"));
  g_assert_false (any_item_holds (doc, "team@example.com"));
  g_assert_false (any_item_holds (doc, "Content-"));
  np_document_unref (doc);

  /* Outlook's header under a rule, with no marker: a block of From, Sent,
   * To and Subject; "From:" over other lines is notes */
  doc = read_as (
      "reply.txt", NULL,
      "Weekly sync\n\nAnn: ok\n\n________________________________\nFrom: Bo Chen\nSent: Monday, March 10, "
      "2025 9:00 AM\nTo: Ann Lee\nSubject: agenda\n\nBo: the agenda\n\nFrom: the vendor, a patch\nBo: merged\n");
  for (guint line = 6; line <= 9; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  g_assert_true (any_item_holds (doc, "From: the vendor"));
  np_document_unref (doc);

  /* the words alone, with no dashes, are a line of the notes */
  doc = read_as ("notes.txt", NULL, "Weekly sync\n\nOriginal message\nFrom: the vendor, a patch\n");
  g_assert_true (any_item_holds (doc, "Original message"));
  np_document_unref (doc);
}

/* A subject not in ASCII comes in encoded words (RFC 2047): the title
 * is its text; a word that cannot be decoded stays as written */
static void
test_mail_encoded_subject (void)
{
  NpDocument *doc = read_as ("s.eml", NULL,
                             "From: a@example.com\nSubject: Re: =?UTF-8?Q?Tom=C3=A1s=27_sync?= =?ISO-8859-1?B?4Q==?=\n"
                             " and =?x-none?Q?a?=\nDate: Tue, 11 Mar 2025 17:42:10 +0100\n\nAnn: hi\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Tomás' syncá");
  np_document_unref (doc);
  doc = read_as ("s.eml", NULL,
                 "From: a@example.com\nSubject: =?UTF-8?Q?Tom=C3=A1s?= and =?x-none?Q?a?= =?utf-8?B?!!?=\n\nAnn: hi\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Tomás and =?x-none?Q?a?= =?utf-8?B?!!?=");
  np_document_unref (doc);
}

/* Damaged and hostile messages: each is read, with a warning, its text
 * as it came where it cannot be decoded; none is lost nor crashes */
static void
test_mail_hostile (void)
{
  static const struct
  {
    const char *body; /* after HEAD */
    const char *warning;
    const char *kept; /* an item holds it */
  } cases[] = {
    /* truncated: no closing boundary, its last part cut mid-line */
    { "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nAnn: the plan is",
      "truncated", "Ann: the plan is" },
    /* the boundary never comes */
    { "Content-Type: multipart/mixed; boundary=zz\n\nAnn: no parts here\n", "not found", "Ann: no parts here" },
    /* no boundary parameter */
    { "Content-Type: multipart/mixed\n\nAnn: a body anyway\n", "without a boundary", "Ann: a body anyway" },
    /* not base64 */
    { "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nAnn: this is not base64!\n", "not base64",
      "Ann: this is not base64!" },
    /* base64 of binary in a text part (kept as it came: a line of one
     * long token, which the text reader takes for debris) */
    { "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQgAAECYmluYXJ5\n", "binary", NULL },
    /* a NUL in quoted-printable */
    { "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nAnn: a=00b\n", "binary", "Ann: a=00b" },
    /* an unknown charset */
    { "Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: 8bit\n\nAnn: caf\xe9\n",
      "x-no-such-charset", "Ann: caf" },
    /* a lone "=" at the end of the text and "=G1" */
    { "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nAnn: =G1 and =", "quoted-printable",
      "Ann: =G1 and" },
    /* only an attachment */
    { "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/png\n\niVBORw0KGgo=\n--b--\n",
      "no text part", NULL },
    /* a header and nothing else */
    { "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable", NULL, NULL },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *text = g_strconcat (HEAD, cases[k].body, NULL);
      NpDocument *doc = read_as ("bad.eml", NULL, text);
      g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes of the weekly sync");
      if (cases[k].warning && !warned (doc, cases[k].warning))
        g_error ("case %u: no warning \"%s\"", k, cases[k].warning);
      if (cases[k].kept && !any_item_holds (doc, cases[k].kept))
        g_error ("case %u: \"%s\" lost", k, cases[k].kept);
      np_document_unref (doc);
    }

  /* multiparts nested past any mail client's depth */
  GString *deep = g_string_new (HEAD);
  for (guint d = 0; d < 40; d++)
    g_string_append_printf (deep, "Content-Type: multipart/mixed; boundary=b%u\n\n--b%u\n", d, d);
  g_string_append (deep, "Content-Type: text/plain\n\nAnn: deep\n");
  NpDocument *doc = read_as ("deep.eml", NULL, deep->str);
  g_assert_true (warned (doc, "nested"));
  np_document_unref (doc);
  g_string_free (deep, TRUE);
}

/* A reply's quoted minutes: the quote's markers come off, so each quoted
 * turn is an item of its own; the reply's own text stays as written */
static void
test_mail_quoted_minutes (void)
{
  static const char reply[] = "From: Piotr Wasik <pwasik@example.org>\n"
                              "Subject: Re: [MINUTES] sync\n"
                              "\n"
                              "On Tue, Jun 4, 2024 at 7:12 PM Ines <ines@example.org> wrote:\n" /* 4 */
                              "> Lukas: the restart one is my fault. I'll mark\n"           /* 5 */
                              "> it disabled for now.\n"                                      /* 6 */
                              "> Piotr: please don't just disable it.\n"                      /* 7 */
                              "\n"
                              "I was fine with disabling it.\n"                               /* 9 */
                              "\n"
                              "> Lukas: fair.\n";                                             /* 11 */
  NpDocument *doc = read_as ("reply.txt", NULL, reply);
  g_assert_cmpint (np_document_get_line_role (doc, 4), ==, NP_LINE_META);
  g_assert_nonnull (item_with_text (doc, "Lukas: the restart one is my fault. I'll mark it disabled for now."));
  g_assert_nonnull (item_with_text (doc, "Piotr: please don't just disable it."));
  g_assert_nonnull (item_with_text (doc, "Lukas: fair."));
  np_document_unref (doc);
  /* formal minutes' valediction over the clerk's signature: metadata */
  doc = read_as ("council.txt", NULL,
                 "MINUTES\n\nMayor Torres: Attended the conference.\nThe meeting adjourned at 9 p.m.\n\n"
                 "Respectfully submitted,\n\nRobert Haas\nCity Clerk\n");
  g_assert_null (item_with_text (doc, "Robert Haas City Clerk"));
  g_assert_null (item_with_text (doc, "Robert Haas"));
  g_assert_cmpint (np_document_get_line_role (doc, 8), ==, NP_LINE_META);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/mail/quoted-printable", test_mail_quoted_printable);
  g_test_add_func ("/reader/mail/base64-charset", test_mail_base64_charset);
  g_test_add_func ("/reader/mail/flowed", test_mail_flowed);
  g_test_add_func ("/reader/mail/multipart", test_mail_multipart);
  g_test_add_func ("/reader/mail/html-only", test_mail_html_only);
  g_test_add_func ("/reader/mail/header-any-field-first", test_mail_header_any_field_first);
  g_test_add_func ("/reader/mail/forwarded-header", test_mail_forwarded_header);
  g_test_add_func ("/reader/mail/signature", test_mail_signature);
  g_test_add_func ("/reader/mail/encoded-subject", test_mail_encoded_subject);
  g_test_add_func ("/reader/mail/hostile", test_mail_hostile);
  g_test_add_func ("/reader/mail/quoted-minutes", test_mail_quoted_minutes);
  return g_test_run ();
}
