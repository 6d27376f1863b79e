/* nicknames.c: the familiar forms of given names ("Bill" for William, "Liz"
 * for Elizabeth), for the roster's prefix tier (roster.c): a mark that is
 * no word of anybody's name may be the familiar form of one attendee's
 * first name.  Only forms the name does not begin with are listed, and
 * those of two letters: the prefix tier finds "Greg" for Gregory and
 * "Alex" for Alexandra by itself, but reads no prefix shorter than three
 * letters ("Ed" for Edward is listed, "No:" no Nora's).
 *
 * The list holds common hypocorisms of English given names and a few of
 * other languages' that notes in English keep (Sasha, Misha, Pepe; the
 * Polish Bartek, Kuba, Wojtek).  A form of several names ("Kate":
 * Katherine, Catherine, Kathryn) names
 * each; the roster then holds the candidates, and two attendees a form
 * fits are ambiguous, as any other alias two people share. */
#include <stdlib.h>
#include <string.h>

#include "speakers.h"

typedef struct
{
  const char *form;   /* folded: lower case, ASCII */
  const char *names;  /* the given names it stands for, folded, ' '-separated */
} Nickname;

/* sorted by form (bsearch) */
static const Nickname nicknames[] = {
  { "abby", "abigail" },
  { "al", "albert alan allan alfred alexander alistair" },
  { "andy", "andrew andreas" },
  { "bartek", "bartlomiej" },
  { "becca", "rebecca" },
  { "becky", "rebecca" },
  { "beppe", "giuseppe" },
  { "bert", "robert albert herbert" },
  { "beth", "elizabeth bethany" },
  { "betsy", "elizabeth" },
  { "betty", "elizabeth" },
  { "bill", "william" },
  { "billy", "william" },
  { "bob", "robert" },
  { "bobby", "robert" },
  { "cathy", "catherine cathleen" },
  { "charlie", "charles charlotte" },
  { "chip", "charles" },
  { "chuck", "charles" },
  { "cindy", "cynthia lucinda" },
  { "connie", "constance" },
  { "dave", "david" },
  { "davey", "david" },
  { "dick", "richard" },
  { "dima", "dmitry dmitri dmitrii" },
  { "dottie", "dorothy" },
  { "drew", "andrew" },
  { "ed", "edward edwin edmund edgar eduardo" },
  { "eddie", "edward edwin edmund" },
  { "ellie", "eleanor elena ellen elizabeth" },
  { "gabe", "gabriel" },
  { "gene", "eugene" },
  { "gigi", "luigi" },
  { "gosia", "malgorzata" },
  { "hal", "henry harold" },
  { "hank", "henry" },
  { "hannes", "johannes" },
  { "harry", "henry harold" },
  { "izzy", "isabel isabella isabelle isidore" },
  { "jack", "john jackson" },
  { "jake", "jacob" },
  { "jamie", "james" },
  { "jen", "jennifer" },
  { "jenny", "jennifer" },
  { "jerry", "gerald jerome jeremy" },
  { "jill", "gillian" },
  { "jim", "james" },
  { "jimmy", "james" },
  { "jo", "joanna johanna josephine jolene" },
  { "joe", "joseph josef" },
  { "joey", "joseph" },
  { "judy", "judith" },
  { "jurek", "jerzy" },
  { "kasia", "katarzyna" },
  { "kate", "katherine catherine kathryn kathleen katharina" },
  { "kathy", "katherine kathryn kathleen" },
  { "katie", "katherine catherine kathryn kathleen" },
  { "katy", "katherine catherine kathryn" },
  { "kenny", "kenneth" },
  { "kike", "enrique" },
  { "kuba", "jakub" },
  { "larry", "lawrence laurence" },
  { "lenny", "leonard" },
  { "liz", "elizabeth" },
  { "lizzie", "elizabeth" },
  { "lyosha", "alexey aleksei" },
  { "maggie", "margaret" },
  { "mandy", "amanda" },
  { "meg", "margaret megan" },
  { "mick", "michael" },
  { "mickey", "michael" },
  { "mike", "michael" },
  { "mikey", "michael" },
  { "misha", "mikhail michael" },
  { "nacho", "ignacio" },
  { "nate", "nathan nathaniel" },
  { "ned", "edward" },
  { "nick", "nicholas nicolas nikolaus nikolai" },
  { "nicky", "nicholas nicole" },
  { "ollie", "oliver olivia" },
  { "paco", "francisco" },
  { "pasha", "pavel" },
  { "patty", "patricia" },
  { "peggy", "margaret" },
  { "pepe", "jose" },
  { "reggie", "reginald" },
  { "rick", "richard" },
  { "ricky", "richard" },
  { "rob", "robert" },
  { "robbie", "robert" },
  { "ronnie", "ronald" },
  { "roz", "rosalind rosalyn" },
  { "sasha", "alexander alexandra aleksandr" },
  { "sepp", "josef joseph" },
  { "steve", "steven stephen" },
  { "stevie", "steven stephen" },
  { "sue", "susan suzanne" },
  { "susie", "susan suzanne" },
  { "ted", "edward theodore" },
  { "teddy", "edward theodore" },
  { "tess", "teresa theresa" },
  { "tom", "thomas" },
  { "tomek", "tomasz" },
  { "tommy", "thomas" },
  { "toni", "antonia" },
  { "tony", "anthony antonio" },
  { "trish", "patricia" },
  { "vicky", "victoria" },
  { "vova", "vladimir" },
  { "walt", "walter" },
  { "will", "william" },
  { "wojtek", "wojciech" },
  { "zach", "zachary" },
  { "zack", "zachary" },
  { "zosia", "zofia" },
};

static int
compare_form (const void *key, const void *entry)
{
  return strcmp (key, ((const Nickname *) entry)->form);
}

/* The given names the familiar form key (folded) stands for, ' '-separated,
 * or NULL */
const char *
sp_nickname_names (const char *key)
{
  const Nickname *n = bsearch (key, nicknames, G_N_ELEMENTS (nicknames), sizeof *nicknames, compare_form);
  return n ? n->names : NULL;
}

/* Is the table in bsearch's order?  (for the tests) */
gboolean
sp_nicknames_sorted (void)
{
  for (guint i = 1; i < G_N_ELEMENTS (nicknames); i++)
    if (strcmp (nicknames[i - 1].form, nicknames[i].form) >= 0)
      return FALSE;
  return TRUE;
}

/* Is first (a folded first name) one of names (sp_nickname_names())? */
gboolean
sp_nickname_fits (const char *names, const char *first)
{
  gsize n = strlen (first);
  for (const char *p = names; *p;)
    {
      const char *e = strchr (p, ' ');
      gsize len = e ? (gsize) (e - p) : strlen (p);
      if (len == n && memcmp (p, first, n) == 0)
        return TRUE;
      p += len + (e != NULL);
    }
  return FALSE;
}
