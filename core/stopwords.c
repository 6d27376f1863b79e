/* stopwords.c: the English stopword list behind NP_TOKEN_STOPWORD.
 *
 * Function words only (articles, pronouns, auxiliaries, prepositions,
 * conjunctions, common adverbs and contractions).  Content words are left
 * out on purpose: a plugin that wants a longer list adds its own (the
 * keywords plugin takes stopwords=FILE).  Looked up once per distinct form
 * per document, so a sorted array with bsearch is fast enough. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tokenize.h"

static const char *const words[] = {
  "'d", "'ll", "'m", "'re", "'s", "'t", "'ve", "a", "about", "above", "across", "after", "afterwards",
  "again", "against", "ain't", "all", "almost", "alone", "along", "already", "also", "although", "always",
  "am", "among", "amongst", "an", "and", "another", "any", "anybody", "anyhow", "anyone", "anything",
  "anyway", "anywhere", "are", "aren't", "around", "as", "at", "be", "became", "because", "become",
  "becomes", "becoming", "been", "before", "beforehand", "behind", "being", "below", "beside", "besides",
  "between", "beyond", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't",
  "do", "does", "doesn't", "doing", "don't", "done", "down", "during", "each", "either", "else",
  "elsewhere", "enough", "etc", "even", "ever", "every", "everybody", "everyone", "everything",
  "everywhere", "except", "few", "for", "from", "further", "furthermore", "had", "hadn't", "has",
  "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "hence", "her", "here",
  "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "however", "i", "i'd", "i'll",
  "i'm", "i've", "ie", "if", "in", "indeed", "instead", "into", "is", "isn't", "it", "it'd", "it'll",
  "it's", "its", "itself", "just", "let's", "may", "maybe", "me", "meanwhile", "might", "mine", "more",
  "moreover", "most", "mostly", "much", "must", "mustn't", "my", "myself", "namely", "neither", "never",
  "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "nowhere", "of", "off",
  "often", "on", "once", "one's", "only", "onto", "or", "other", "others", "otherwise", "ought", "our",
  "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "really", "same",
  "several", "shall", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "since", "so",
  "some", "somebody", "somehow", "someone", "something", "sometime", "sometimes", "somewhat",
  "somewhere", "still", "such", "than", "that", "that's", "the", "their", "theirs", "them",
  "themselves", "then", "thence", "there", "there's", "thereafter", "thereby", "therefore", "therein",
  "thereupon", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "though",
  "through", "throughout", "thru", "thus", "to", "together", "too", "toward", "towards", "under",
  "unless", "until", "up", "upon", "us", "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're",
  "we've", "were", "weren't", "what", "what's", "whatever", "when", "when's", "whence", "whenever",
  "where", "where's", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which",
  "while", "whither", "who", "who's", "whoever", "whole", "whom", "whose", "why", "why's", "will", "with",
  "within", "without", "won't", "would", "wouldn't", "yes", "yet", "you", "you'd", "you'll", "you're",
  "you've", "your", "yours", "yourself", "yourselves",
};

static int
compare (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

gboolean
np_is_stopword (const char *norm)
{
  return bsearch (&norm, words, G_N_ELEMENTS (words), sizeof words[0], compare) != NULL;
}

const char *const *
np_stopword_list (guint *n)
{
  *n = G_N_ELEMENTS (words);
  return words;
}
