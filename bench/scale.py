"""Scale benchmark: the shipped fact base plus 1,000 / 10,000 / 100,000 generated statements.

    python bench/scale.py [--sizes 1000 10000 100000] [--seed 7] [--baseline-up-to 10000]

For each size, in a fresh subprocess (so that peak memory is that size's own):
the shipped YAML files are copied to a temporary folder beside one generated
file of N statements (random sentences of 15-40 words from the source texts'
vocabulary, seeded so every run builds the same base, citing a source with no
local text, as curators' facts from reports we hold no copy of would), then
it measures

    load + index   loading and validating the YAML and building the matcher, wall
                   clock (the target), with the process's CPU seconds beside it:
                   on a shared machine the wall clock also counts other work
    p50 / p99      per question (the median of 5 timed answers each), through
                   `answer_json`, over the benchmark questions (the development set,
                   the team's phrasings, the question grammar)
    peak memory    the process's maximum resident set size
    kept build     the time to write the build to the build cache (bot/buildcache.py),
                   and, in another fresh process, the time to read it back: what a
                   restart, `ask` or a reload of files already built pays; its
                   answers to every benchmark question must be the fresh build's

and, as the baseline in the same run, the same questions answered by a full
scan (`Matcher(full_scan=True)`) where N <= --baseline-up-to. Last, on the
shipped fact base, the JSON of every benchmark question is compared between the
index and the full scan: it must be byte-for-byte the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402

from bot.answering import Answerer  # noqa: E402
from bot.buildcache import BuildCache  # noqa: E402
from bot.cli import answer_json  # noqa: E402
from bot.matcher import Matcher  # noqa: E402
from knowledge import DEFAULT_DIR  # noqa: E402

__all__ = ["bench_questions", "generate_factbase"]

GENERATED_SOURCE = "generated-reports"
PER_FILE = 5_000


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for path in (DEFAULT_DIR / "sources").glob("*"):
        text = path.read_text(encoding="utf-8")
        if "---- text ----" in text:
            text = text.split("---- text ----", 1)[1]
        words.update(w for w in re.findall(r"[A-Za-zА-Яа-яЁё]{3,}", text))
    return sorted(words)


def generate_factbase(size: int, folder: Path, seed: int = 7) -> Path:
    """Copy the shipped fact base into `folder` and add `size` generated statements."""
    shutil.copytree(DEFAULT_DIR, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    speakers = [s["id"] for f in sorted(DEFAULT_DIR.glob("*.yaml"))
                for s in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("speakers", [])]
    statements = []
    for index in range(size):
        words = rng.choices(vocabulary, k=rng.randint(15, 40))
        statements.append({
            "id": f"generated-{index}", "speaker": rng.choice(speakers),
            "quote": " ".join(words).capitalize() + ".", "source": GENERATED_SOURCE, "added": "2024-01-01",
        })
    source = {"id": GENERATED_SOURCE, "publisher": "Generated", "title": "Generated statements",
              "url": "https://example.org/generated", "published": "2024-01-01"}
    # files of at most PER_FILE statements (about 2 MB), under the loader's 5 MB limit per file
    for part, start in enumerate(range(0, max(size, 1), PER_FILE)):
        document: dict[str, object] = {"statements": statements[start:start + PER_FILE]}
        if part == 0:
            document = {"sources": [source], **document}
        (folder / f"generated-{part:03d}.yaml").write_text(
            yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def bench_questions() -> list[str]:
    """The development set, the team's phrasings and the question grammar (never the holdout)."""
    from question_grammar import generate

    from bot.loader import load_factbase

    questions: list[str] = []
    for path in (ROOT.parent / "shared" / "eval" / "dev-questions.yaml", ROOT / "bench" / "paraphrases.yaml"):
        if path.is_file():
            questions += [c["q"] for c in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    questions += [c.q for c in generate(load_factbase(DEFAULT_DIR))]
    return questions


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def _timings(answerer: Answerer, questions: list[str], rounds: int = 5) -> list[float]:
    """Per question, the median of `rounds` timed answers (after a warm-up pass: word caches,
    as in a running bot), so that one scheduling hiccup on a shared machine is not a p99."""
    for question in questions:
        answer_json(answerer, question)
    per_question: list[list[float]] = [[] for _ in questions]
    for _ in range(rounds):
        for index, question in enumerate(questions):
            start = time.perf_counter()
            answer_json(answerer, question)
            per_question[index].append(1000 * (time.perf_counter() - start))
    return [statistics.median(times) for times in per_question]


def _answers_digest(answerer: Answerer, questions: list[str]) -> str:
    digest = hashlib.sha256()
    for question in questions:
        digest.update(json.dumps(answer_json(answerer, question), ensure_ascii=False).encode())
    return digest.hexdigest()


def measure(folder: Path, cache: Path, baseline: bool) -> dict[str, object]:
    """One fact base, in this process: build (no kept build), time, report, then keep it."""
    questions = bench_questions()
    start, cpu = time.perf_counter(), time.process_time()
    answerer = Answerer.from_directory(folder)
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    ms = _timings(answerer, questions)
    row: dict[str, object] = {
        "facts": sum(answerer.factbase.counts().values()), "load": load, "load_cpu": load_cpu,
        "p50": statistics.median(ms), "p99": _percentile(ms, 99),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "answers": _answers_digest(answerer, questions),
    }
    start = time.perf_counter()
    BuildCache(cache, folder).store(answerer, answerer.factbase.read_files)
    row["store"] = time.perf_counter() - start
    if baseline:
        answerer.matcher = Matcher(answerer.factbase, full_scan=True)
        full = _timings(answerer, questions)
        row.update(full_p50=statistics.median(full), full_p99=_percentile(full, 99))
    return row


def measure_warm(folder: Path, cache: Path) -> dict[str, object]:
    """A fresh process that finds the build kept: what a restart, `ask` or a reload pays."""
    start, cpu = time.perf_counter(), time.process_time()
    answerer = Answerer.from_directory(folder, cache_dir=cache)
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"load": load, "load_cpu": load_cpu,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "answers": _answers_digest(answerer, bench_questions())}


def unchanged_on_shipped() -> tuple[int, int]:
    """(questions, JSON answers that differ) between the index and a full scan on the shipped base."""
    indexed = Answerer.from_directory(DEFAULT_DIR)
    scanning = Answerer(indexed.factbase)
    scanning.matcher = Matcher(indexed.factbase, full_scan=True)
    questions = bench_questions()
    holdout = ROOT / "bench" / "holdout.yaml"
    if holdout.is_file():  # compared, not scored: the index must not change any answer
        questions += [c["q"] for c in yaml.safe_load(holdout.read_text(encoding="utf-8"))]
    differ = sum(json.dumps(answer_json(indexed, q), ensure_ascii=False)
                 != json.dumps(answer_json(scanning, q), ensure_ascii=False) for q in questions)
    return len(questions), differ


def _run(*args: object) -> dict[str, object]:
    """One measurement in a fresh process (so that peak memory and the start are its own)."""
    out = subprocess.run([sys.executable, __file__, *map(str, args)], capture_output=True, text=True, check=True)
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline-up-to", type=int, default=10000)
    parser.add_argument("--one", type=Path, nargs=2, help=argparse.SUPPRESS)  # internal: FOLDER CACHE, cold
    parser.add_argument("--warm", type=Path, nargs=2, help=argparse.SUPPRESS)  # internal: FOLDER CACHE, kept
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(*args.one, args.baseline)))
        return 0
    if args.warm is not None:
        print(json.dumps(measure_warm(*args.warm)))
        return 0
    print(f"{len(bench_questions())} benchmark questions a size; seed {args.seed}")
    print("| statements added | facts | load + index (CPU) | p50 / question | p99 / question | "
          "full scan p50 / p99 | peak memory | kept build: written / read back (CPU), peak |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    same = True
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = generate_factbase(size, Path(tmp) / "kb", args.seed) if size else DEFAULT_DIR
            cache = Path(tmp) / "cache"
            row = _run("--one", folder, cache, *(["--baseline"] if size <= args.baseline_up_to else []))
            warm = _run("--warm", folder, cache)
        same = same and warm["answers"] == row["answers"]
        full = (f"{row['full_p50']:.2f} / {row['full_p99']:.2f} ms" if "full_p50" in row else "—")
        print(f"| {size or 'shipped only'} | {row['facts']} | {row['load']:.2f} s ({row['load_cpu']:.2f} s) | "
              f"{row['p50']:.3f} ms | "
              f"{row['p99']:.3f} ms | {full} | {row['peak_mb']:.0f} MB | {row['store']:.2f} s / "
              f"{warm['load']:.2f} s ({warm['load_cpu']:.2f} s), {warm['peak_mb']:.0f} MB"
              f"{'' if warm['answers'] == row['answers'] else ' ANSWERS DIFFER'} |", flush=True)
    print(f"kept builds read back: {'every answer the same as the fresh build' if same else 'ANSWERS DIFFER'}")
    total, differ = unchanged_on_shipped()
    print(f"shipped fact base: {total} questions, {differ} JSON answers differ between the index and a full scan")
    return 0 if differ == 0 and same else 1


if __name__ == "__main__":
    sys.exit(main())
