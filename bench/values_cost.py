"""Cost of finding and reading values on top of the spaCy parse, per 1,000 ECB+ sentences.
Usage: python bench/values_cost.py [CORPUS]"""

import sys
import time
from pathlib import Path

from claimcheck.claims import Extractor
from claimcheck.claims.mentions import find_mentions
from claimcheck.values import read_mentions

CORPUS = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[2] / "shared/corpora/ecbplus-dev"
)
ex = Extractor()
sents = [
    line.strip()
    for f in sorted(CORPUS.glob("*/*.txt"))
    for line in f.read_text(encoding="utf-8").splitlines()
    if line.strip()
][:3000]
t = time.perf_counter()
docs = list(ex.nlp.pipe(sents, batch_size=64))
parse = time.perf_counter() - t
t = time.perf_counter()
n = sum(
    len(read_mentions(list(find_mentions(d[:], d)), text=d.text, date="2025-06-02")) for d in docs
)
read = time.perf_counter() - t
print(
    f"{len(sents)} sentences: spaCy {parse / len(sents) * 1000:.2f} s/1000, values "
    f"{read / len(sents) * 1000:.2f} s/1000 "
    f"({100 * read / parse:.1f}% on top), {n} values"
)
