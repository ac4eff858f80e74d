"""Copies the sample of trafilatura's evaluation used by ExtractionBenchmark (run once, from the
repository root): python3 src/test/resources/bench/extraction/trafilatura/sample.py TRAFILATURA_GIT_DIR

Pages are chosen by the SHA-256 of their file name (3 in 10), and split by another part of the
same hash into development and held-out halves, so the choice never depends on how we score.
"""
import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

source = sys.argv[1]
target = Path(__file__).parent


def show(path):
    return subprocess.run(["git", "-C", source, "show", "HEAD:" + path], check=True, capture_output=True).stdout


evaldata = json.loads(show("tests/evaldata.json"))
tree = subprocess.run(["git", "-C", source, "ls-tree", "-r", "--name-only", "-z", "HEAD", "tests/eval", "tests/cache"],
                      check=True, capture_output=True).stdout.decode("utf-8").split("\0")
present = {}
for path in tree:
    if path:
        # evaluate.py looks in cache/ first, then in eval/
        name = path.split("/", 2)[2]
        if name not in present or path.startswith("tests/cache/"):
            present[name] = path

sample = {}
held_out = []
for url in sorted(evaldata):
    item = evaldata[url]
    digest = hashlib.sha256(item["file"].encode("utf-8")).hexdigest()
    if int(digest[:8], 16) % 10 >= 3 or item["file"] not in present:
        continue
    stored = re.sub(r"[^A-Za-z0-9._-]", "_", item["file"])
    (target / "pages").mkdir(exist_ok=True)
    with gzip.GzipFile(target / "pages" / (stored + ".gz"), "wb", mtime=0) as out:
        out.write(show(present[item["file"]]))
    sample[url] = {"file": stored, "with": item["with"], "without": item["without"]}
    if int(digest[8:16], 16) % 2 == 1:
        held_out.append(stored)

(target / "evaldata.json").write_text(json.dumps(sample, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                      encoding="utf-8")
(target / "held-out.txt").write_text("".join(name + "\n" for name in sorted(held_out)), encoding="utf-8")
(target / "LICENSE").write_bytes(show("LICENSE"))
print(len(sample), "pages,", len(held_out), "held out")
