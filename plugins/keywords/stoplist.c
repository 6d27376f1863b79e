/* stoplist.c: words that never start or end a keyphrase, on top of the
 * core's function words (NP_TOKEN_STOPWORD).
 *
 * The core's list holds function words only.  A keyphrase extractor also
 * needs to keep general-purpose words off the edges of phrases: reporting
 * and light verbs ("said", "make", "using"), sentence adverbs, number
 * words, ordinals, honorifics and the fillers of spoken discussion
 * ("things", "right", "well") that meeting notes transcribe.  They stay usable inside a phrase
 * ("state of the art" is not cut by "of").  Adjectives that commonly start
 * technical terms or names ("new", "high", "real", "general") are left out
 * on purpose.  The list is general English, not tuned to any data set;
 * users add their own words with stopwords=FILE.
 *
 * Kept sorted (C locale) so that it reads like a dictionary; the unit test
 * checks the order.  Instances copy it into a hash set with the user's
 * words. */
#include <string.h>

#include "keywords.h"

static const char *const words[] = {
  "ability", "able", "according", "accordingly", "actually", "additionally", "ago", "ahead", "aim", "aims",
  "allow", "allowed", "allowing", "allows", "alongside", "alright", "anymore", "anyway", "apart",
  "apparently", "appear", "appeared", "appears", "applied", "approximately", "arguably", "aside", "ask",
  "asked", "asking", "asks", "away", "based", "basically", "became", "began", "begin", "begins", "believe",
  "believed", "billion", "bit", "briefly", "bring", "brings", "brought", "came", "can't", "certain",
  "certainly", "clearly", "come", "comes", "coming", "consider", "considered", "considering", "considers",
  "contain", "contained", "containing", "contains", "could've", "currently", "definitely", "describe",
  "described", "describes", "describing", "designed", "despite", "develop", "developed", "develops", "did",
  "different", "directly", "discuss", "discussed", "discusses", "dozen", "dr", "due", "e.g", "e.g.",
  "easily", "eg", "eight", "eighteen", "eighth", "eighty", "eleven", "else", "especially", "essentially",
  "et", "eventually", "everyday", "exactly", "example", "examples", "extremely", "fairly", "far", "feel",
  "feels", "felt", "fifteen", "fifth", "fifty", "finally", "find", "finding", "finds", "first", "five",
  "forty", "found", "four", "fourteen", "fourth", "frequently", "fully", "generally", "get", "gets",
  "getting", "give", "given", "gives", "giving", "go", "goes", "going", "gone", "got", "gotten", "greatly",
  "hardly", "held", "hello", "help", "helped", "helps", "highly", "hopefully", "hundred", "i.e", "i.e.",
  "immediately", "include", "included", "includes", "including", "increasingly", "indicate", "indicated",
  "indicates", "initially", "introduce", "introduced", "introduces", "investigate", "investigated",
  "investigates", "involve", "involved", "involves", "involving", "keep", "keeps", "kept", "kind", "kinds",
  "knew", "know", "known", "knows", "largely", "last", "lastly", "later", "least", "less", "let", "lets",
  "like", "liked", "likely", "likes", "lot", "lots", "mainly", "make", "makes", "making", "many", "may've",
  "meant", "merely", "might've", "million", "moreover", "mr", "mrs", "ms", "must've", "nearly",
  "necessarily", "need", "needed", "needs", "newly", "nine", "nineteen", "ninety", "ninth", "normally",
  "notably", "obtain", "obtained", "obtaining", "obtains", "obviously", "occasionally", "ok", "okay",
  "one", "overall", "paper", "particular", "particularly", "perhaps", "please", "possibly", "potentially",
  "presented", "presents", "presumably", "previously", "primarily", "probably", "prof", "promptly",
  "properly", "propose", "proposed", "proposes", "provide", "provided", "provides", "providing", "put",
  "puts", "quickly", "rarely", "readily", "recently", "regarding", "regardless", "relatively",
  "reportedly", "respectively", "right", "said", "saw", "say", "saying", "says", "second", "see", "seeing",
  "seem", "seemed", "seeming", "seems", "seen", "seven", "seventeen", "seventh", "seventy", "shall",
  "show", "showed", "showing", "shown", "shows", "significantly", "similarly", "simply", "sir", "six",
  "sixteen", "sixth", "sixty", "slightly", "somewhat", "soon", "specifically", "strongly", "studied",
  "stuff", "subsequently", "successfully", "suddenly", "sure", "surely", "take", "taken", "takes",
  "taking", "tell", "telling", "tells", "ten", "tenth", "thank", "thanks", "thing", "things", "think",
  "thinking", "thinks", "third", "thirteen", "thirty", "thoroughly", "thousand", "three", "today",
  "together", "told", "tomorrow", "tonight", "took", "totally", "tried", "tries", "truly", "try", "trying",
  "twelve", "twenty", "twice", "two", "typically", "ultimately", "unable", "unfortunately", "unlike",
  "unlikely", "use", "used", "uses", "using", "usually", "various", "viz", "vs", "want", "wanted",
  "wanting", "wants", "way", "ways", "well", "went", "whatsoever", "widely", "wish", "would've", "yeah",
  "yesterday",
};

void
kw_stoplist_add_to (GHashTable *set)
{
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    g_hash_table_add (set, g_strdup (words[i]));
}

/* For the unit test: is the table sorted? */
gboolean kw_stoplist_check_sorted (void);

gboolean
kw_stoplist_check_sorted (void)
{
  for (gsize i = 1; i < G_N_ELEMENTS (words); i++)
    if (strcmp (words[i - 1], words[i]) >= 0)
      return FALSE;
  return TRUE;
}
