/* given-names.c: common given names, for minutes where each person speaks
 * once and no list names them ("Alice: ...", "Bob: ...", "Carol: ..." in a
 * standup): a run of single words before colons is a run of people only
 * when every word is a given name (evidence.c), since a run of labels is
 * written the same way ("Context:", "Decision:", "Consequences:"; a list
 * of products, "Firefox:", "Chrome:", "Safari:").
 *
 * The list holds given names common among the people of open-source and
 * standards meetings, of many languages, folded as sp_key() folds them
 * (lower case, ASCII, letters only: "jurgen" for Jürgen).  Names that are
 * also common words or labels of notes are left out ("Will", "Mark",
 * "Grant", "Frank", "May", "June", "Grace", "Hope", "Rich", "Max"), and so
 * are names of programming languages and products ("Ruby", "Julia", "Ada",
 * "Alexa"): for them the notes must give other evidence. */
#include <string.h>

#include "speakers.h"

/* sorted (sp_given_names_sorted(): the tests keep it so, for whoever edits it) */
static const char *const given_names[] = {
    "aaron", "abdul", "abdullah", "abel", "abhishek", "abigail", "abraham", "adam", "adel", "adil", "aditi", "aditya",
    "adnan", "adrian", "adriana", "adrien", "agnes", "agnieszka", "ahmad", "ahmed", "aiden", "aisha", "akash",
    "akiko", "akira", "alejandra", "alejandro", "aleksandr", "aleksandra", "aleksei", "alessandra", "alessandro",
    "alex", "alexander", "alexandra", "alexandre", "alexei", "alexis", "alfonso", "alfred", "alfredo", "ali", "alice",
    "alicia", "alina", "alison", "alistair", "allison", "alma", "alvaro", "amanda", "amelia", "amina", "amir", "amit",
    "amy", "ana", "anders", "andre", "andrea", "andreas", "andrei", "andres", "andreu", "andrew", "andrzej", "andy",
    "aneta", "angela", "angelica", "angelika", "angelo", "anil", "anita", "anja", "anjali", "ankit", "ann", "anna",
    "annabel", "anne", "anneke", "annette", "annika", "anthony", "antoine", "anton", "antonia", "antonio", "anuj",
    "anya", "arjun", "arnaud", "arne", "aron", "arthur", "arturo", "arun", "asha", "ashley", "ashok", "astrid",
    "atsushi", "aurelien", "austin", "axel", "ayesha", "ayumi", "barbara", "barry", "bart", "bartosz", "basil",
    "beatrice", "beatriz", "ben", "benedikt", "benjamin", "bernard", "bernardo", "bernd", "bert", "bertrand", "beth",
    "bethany", "bianca", "bjorn", "blake", "bob", "bogdan", "boris", "brad", "bradley", "brandon", "brenda",
    "brendan", "brian", "bridget", "brigitte", "britta", "bruce", "bruno", "bryan", "bryce", "caitlin", "camila",
    "camille", "carl", "carla", "carlo", "carlos", "carmen", "carol", "carolina", "caroline", "carolyn", "carsten",
    "casey", "catalina", "catherine", "cecile", "cecilia", "cedric", "celine", "cesar", "chandra", "charles",
    "charlie", "charlotte", "chen", "chiara", "chloe", "chris", "christian", "christina", "christine", "christoph",
    "christophe", "christopher", "cindy", "claire", "clara", "clarissa", "claudia", "claudio", "colin", "connor",
    "constantin", "corinna", "craig", "cristina", "cyril", "dagmar", "daisuke", "damian", "dan", "dana", "daniel",
    "daniela", "daniele", "danielle", "danny", "dario", "darius", "darren", "darshan", "dave", "david", "dawid",
    "debbie", "deborah", "deepa", "deepak", "denis", "denise", "dennis", "derek", "diana", "diane", "diego", "dieter",
    "dimitri", "dimitris", "dinesh", "dmitri", "dmitry", "dominic", "dominik", "dominique", "donald", "donna",
    "doris", "dorota", "duncan", "dylan", "eduardo", "edward", "edwin", "eemeli", "eileen", "elena", "eleni", "eli",
    "elias", "elif", "elijah", "elisa", "elisabeth", "elise", "eliza", "elizabeth", "ella", "ellen", "elliot", "emil",
    "emilia", "emily", "emma", "emmanuel", "emre", "enrico", "enrique", "eric", "erik", "erika", "erin", "ernesto",
    "esra", "esther", "ethan", "eugene", "eva", "evan", "evelyn", "fabian", "fabio", "fahad", "farah", "farid",
    "fatima", "federico", "felipe", "felix", "fernando", "filip", "filippo", "fiona", "florian", "francesca",
    "francesco", "francis", "francisco", "franco", "franz", "frederic", "frederik", "fumiko", "gabriel", "gabriela",
    "gabriele", "gareth", "gary", "gaurav", "geoffrey", "georg", "george", "gerald", "gerard", "gerhard", "gianluca",
    "gilbert", "gilles", "giorgio", "giovanni", "gireesh", "giulia", "giuseppe", "gloria", "gonzalo", "gordon",
    "graham", "greg", "gregor", "gregory", "guillaume", "gunnar", "gus", "gustavo", "hadley", "hamza", "hana",
    "hannah", "hans", "harald", "hari", "haruka", "haruto", "harvey", "hassan", "heidi", "heike", "heinz", "helen",
    "helena", "helga", "hendrik", "henrik", "henry", "herbert", "hiroki", "hiroshi", "hitoshi", "holger", "hugo",
    "hussein", "ian", "ibrahim", "ignacio", "igor", "ilya", "ines", "inga", "ingrid", "irene", "irina", "isaac",
    "isabel", "isabella", "isabelle", "ishaan", "ismail", "istvan", "ivan", "ivana", "jack", "jacob", "jacqueline",
    "jakob", "jakub", "james", "jamie", "jan", "jana", "jane", "janet", "janice", "janina", "jarek", "jaroslav",
    "jason", "javier", "jay", "jean", "jeff", "jeffrey", "jennifer", "jenny", "jens", "jeremy", "jerome", "jesper",
    "jesse", "jessica", "jesus", "jill", "jim", "jimmy", "joachim", "joan", "joanna", "joao", "joaquin", "jochen",
    "joe", "joel", "johan", "johann", "johanna", "johannes", "john", "jon", "jonas", "jonathan", "jordan", "jorge",
    "jose", "josef", "joseph", "josh", "joshua", "joyce", "juan", "judith", "julian", "juliana", "julie", "julien",
    "julio", "jun", "jurgen", "justin", "kai", "kamal", "kamil", "karan", "karen", "karim", "karin", "karina", "karl",
    "karol", "kasia", "kasper", "katarina", "katarzyna", "kate", "katharina", "katherine", "kathleen", "kathryn",
    "kathy", "katie", "katja", "katrin", "kay", "keiko", "keisuke", "keith", "ken", "kenji", "kenneth", "kevin",
    "khalid", "kim", "kimberly", "klaus", "konrad", "kostas", "kris", "krishna", "kristen", "kristian", "kristina",
    "krzysztof", "kurt", "kyle", "lakshmi", "lars", "laura", "lauren", "laurent", "lea", "leah", "lena", "leo",
    "leon", "leonardo", "leonie", "leslie", "liam", "lina", "linda", "lisa", "livia", "liz", "lorenzo", "louis",
    "louise", "luc", "luca", "lucas", "lucia", "luciano", "lucy", "luis", "luisa", "lukas", "lukasz", "luke", "lydia",
    "madeleine", "madhu", "magda", "magdalena", "magnus", "mahmoud", "maja", "malik", "manoj", "manuel", "manuela",
    "marc", "marcel", "marcelo", "marcin", "marco", "marcos", "marcus", "margaret", "margarita", "maria", "mariana",
    "marianne", "marie", "marina", "mario", "marion", "marisa", "marius", "marjorie", "markus", "marta", "martha",
    "martin", "martina", "marty", "mary", "masahiro", "masato", "mateo", "mateusz", "mathias", "mathieu", "matt",
    "matteo", "matthew", "matthias", "mattias", "maurice", "mauricio", "mauro", "maxim", "maxime", "maximilian",
    "megan", "mehmet", "melanie", "melissa", "meng", "mia", "michael", "michaela", "michal", "michel", "michele",
    "michelle", "miguel", "mihai", "mika", "mikael", "mike", "mikhail", "mila", "miriam", "mohamed", "mohammad",
    "mohammed", "monica", "monika", "morgan", "moritz", "moshe", "mustafa", "myles", "nadia", "nadine", "naoki",
    "naomi", "natalia", "natalie", "natasha", "nate", "nathalie", "nathan", "neha", "neil", "nicholas", "nico",
    "nicola", "nicolas", "nicole", "nicolo", "niels", "nikhil", "nikita", "niklas", "niko", "nikolai", "nikolaos",
    "nils", "nina", "noah", "noor", "nora", "norbert", "olaf", "oleg", "olga", "oliver", "olivia", "olivier", "omar",
    "oscar", "oskar", "otto", "owen", "pablo", "pamela", "paola", "paolo", "pascale", "patricia", "patrick", "paul",
    "paula", "paulina", "paulo", "pavel", "pawel", "pedro", "pete", "peter", "petr", "petra", "phil", "philip",
    "philipp", "philippe", "pierre", "pietro", "piotr", "pooja", "prakash", "pranav", "prashant", "priya", "priyanka",
    "rachel", "radek", "rafael", "rafal", "rahul", "raj", "rajesh", "rakesh", "ralf", "ralph", "ramon", "randy",
    "raphael", "rashid", "raul", "ravi", "rebecca", "reinhard", "remi", "renata", "rene", "renee", "ricardo",
    "riccardo", "richard", "rick", "rita", "rob", "robert", "roberta", "roberto", "robin", "rodrigo", "roger",
    "rohan", "roland", "rolf", "roman", "romulo", "ron", "ronald", "rosa", "ross", "ruben", "rudolf", "rui", "rupert",
    "russell", "ruth", "ryan", "ryo", "sabine", "sabrina", "sachin", "sahil", "sakura", "salma", "salvatore", "sam",
    "samantha", "samina", "samir", "samuel", "sandeep", "sandra", "sanjay", "sara", "sarah", "sascha", "satoshi",
    "saurabh", "scott", "sean", "sebastian", "sebastien", "serena", "sergei", "sergey", "sergio", "seth", "shane",
    "shanti", "sharon", "shaun", "shawn", "sheila", "shinji", "shirley", "shreya", "shu", "silvia", "simon", "simone",
    "sofia", "sonia", "sophia", "sophie", "stanislav", "stefan", "stefanie", "stefano", "steffen", "stephan",
    "stephanie", "stephen", "steve", "steven", "suresh", "susan", "susanne", "sven", "svetlana", "sylvain", "sylvia",
    "takashi", "takeshi", "tamara", "tanja", "tanya", "tatiana", "taylor", "ted", "teresa", "thomas", "thorsten",
    "tiago", "tierney", "tim", "timothy", "tina", "tobias", "todd", "tom", "tomas", "tomasz", "tommy", "toni", "tony",
    "tooru", "torsten", "tracy", "travis", "trevor", "tristan", "troy", "tyler", "ujjwal", "ulises", "ulrich",
    "ursula", "uwe", "valentin", "valentina", "valerie", "vanessa", "varun", "vasily", "vera", "veronica", "veronika",
    "victor", "vijay", "vikram", "viktor", "viktoria", "vincent", "vincenzo", "vinod", "vivek", "vladimir",
    "waldemar", "walter", "wei", "wendy", "werner", "wes", "wesley", "wiktor", "wilhelm", "william", "wojciech",
    "wolfgang", "xavier", "xin", "yan", "yang", "yannick", "yasmin", "yuki", "yuko", "yulia", "yuri", "yusuf",
    "yusuke", "yves", "zach", "zachary", "zainab", "zoe", "zofia", "zoltan",
};

/* The list as a set, built once a process: asked of thousands of
 * section titles and marks a pass, most of them no name, where a
 * bisection compares ten strings */
static GHashTable *
given_name_set (void)
{
  static gsize once = 0;
  static GHashTable *set;
  if (g_once_init_enter (&once))
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (gsize i = 0; i < G_N_ELEMENTS (given_names); i++)
        g_hash_table_add (set, (gpointer) given_names[i]);
      g_once_init_leave (&once, 1);
    }
  return set;
}

gboolean
sp_is_given_name (const char *key)
{
  return g_hash_table_contains (given_name_set (), key);
}

gboolean
sp_opens_with_given_name (const char *name)
{
  char buf[64];
  char *key = sp_key_buf (NULL, name, strcspn (name, " "), buf, sizeof buf);
  gboolean given = sp_is_given_name (key);
  sp_key_buf_free (key, buf);
  return given;
}

gboolean
sp_is_given_name_handle (const char *word)
{
  gsize n = strlen (word);
  char key[24];
  if (n < 4 || n >= sizeof key)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_islower (word[k]))
      return FALSE;
  /* the initial a consonant: a name and a vowel spells words ("time",
   * "same", "dane") */
  if (strchr ("aeiouy", word[n - 1]))
    return FALSE;
  memcpy (key, word, n - 1);
  key[n - 1] = '\0';
  return sp_is_given_name (key);
}

/* Is the table in bsearch's order?  (for the tests) */
gboolean
sp_given_names_sorted (void)
{
  return sp_sorted_strictly (given_names, G_N_ELEMENTS (given_names));
}
