#!/usr/bin/python3
"""Reference for tests/bench/topics-bench.sh: scikit-learn's TF-IDF +
k-means (one initialisation, as the peers' figure) on a texts file.
Prints: wall CPU (seconds).  Reference measurement only; not part of
notepipe."""
import sys
import time

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

texts = open(sys.argv[1], encoding="utf-8").read().split("\n")
if texts and texts[-1] == "":
    texts.pop()
k = int(sys.argv[2])
wall, cpu = time.time(), time.process_time()
x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
KMeans(k, n_init=1, random_state=0).fit(x)
print("%.3f %.3f" % (time.time() - wall, time.process_time() - cpu))
