"""`make bench`: index build, cold start, warm latency (in-process and over HTTP) beside the
naive LangChain baseline in the same run, and a scaling curve over synthetic corpora.

    python -m reportqa.bench [--sizes 1,10,100,1000] [--rounds 3] [--out bench]

Heavy steps run in child processes so that peak memory and cold start are measured cleanly.
Results: a table on stdout, bench/results.json, bench/report.md, bench/scaling.png.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from reportqa.config import PROJECT_ROOT, Settings


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _pct(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(sorted(values), n=100, method="inclusive")[p - 1]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _env(index_dir: Path, seeds_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(
        REPORTQA_INDEX_DIR=str(index_dir),
        REPORTQA_SEEDS_DIR=str(seeds_dir),
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    return env


def _child(args: list[str], index_dir: Path, seeds_dir: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "reportqa.bench", *args],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(index_dir, seeds_dir),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- child processes


def child_build(index_dir: Path, seeds_dir: Path) -> dict:
    from reportqa.embed import embedder_for
    from reportqa.index import build_index, source_files

    settings = Settings.from_env(index_dir=index_dir, seeds_dir=seeds_dir)
    embedder = embedder_for(settings)
    summary = build_index(
        source_files([seeds_dir]), settings=settings, embedder=embedder, progress=True
    )
    size = sum(p.stat().st_size for p in summary.path.rglob("*") if p.is_file())
    return {
        "seconds": summary.seconds,
        "documents": summary.documents,
        "sentences": summary.sentences,
        "chunks": summary.chunks,
        "sentences_per_s": summary.sentences / summary.seconds,
        "chunks_per_s": summary.chunks / summary.seconds,
        "index_mb": size / 1e6,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_query(index_dir: Path, questions: Path) -> dict:
    """Load (never build), then time every answerable question and score hit@5."""
    import numpy as np

    from reportqa.assistant import Assistant
    from reportqa.embed import embedder_for
    from reportqa.evaluate import load_dataset
    from reportqa.index import load_index
    from reportqa.metrics import evidence_rank

    started = time.perf_counter()
    settings = Settings.from_env(index_dir=index_dir)
    embedder = embedder_for(settings)
    assistant = Assistant(index=load_index(index_dir), embedder=embedder)
    loaded = time.perf_counter() - started
    rows = [q for q in load_dataset(questions) if q["answerable"]]
    sources = {d.name: d.source_text for d in assistant.index.documents.values()}
    assistant.ask(rows[0]["question"])  # warm-up
    latencies, hits, content_hits = [], 0, 0
    for q in rows:
        answer = assistant.ask(q["question"])
        latencies.append(answer.timings_ms["total"])
        hits += bool(evidence_rank(answer.passages[:5], q["evidence"], sources))
        # The same content with other figures (a perturbed copy) also counts here: it tells
        # retrieval quality apart from the ambiguity of 1,000 reports quoting other numbers.
        content_hits += any(
            _digits_masked(q["evidence"]) in _digits_masked(p.chunk.text)
            for p in answer.passages[:5]
        )
    result = {
        "load_seconds": loaded,
        "p50_ms": _pct(latencies, 50),
        "p95_ms": _pct(latencies, 95),
        "hit@5": hits / len(rows),
        "hit@5_any_copy": content_hits / len(rows),
        "dense_index": assistant.index.manifest.get("dense_index"),
        "rss_mb": _current_rss_mb(),
    }
    vectors = np.asarray(assistant.index.vectors)
    result["vectors"] = len(vectors)
    if len(vectors) >= 1000:  # how HNSW would do here, against exact search
        from reportqa.vectors import build_hnsw

        dense = assistant.index.dense
        hnsw = dense if type(dense).__name__ != "IndexFlatIP" else build_hnsw(vectors)
        queries = embedder.encode([q["question"] for q in rows])
        _, approx = hnsw.search(queries, 50)
        exact = np.argsort(-(queries @ vectors.T), axis=1)[:, :50]
        result["dense_recall@50"] = float(
            np.mean([len(set(a) & set(e)) / 50 for a, e in zip(approx, exact, strict=True)])
        )
    return result


def _digits_masked(text: str) -> str:
    import re

    from reportqa.metrics import matchable

    return re.sub(r"\d", "#", matchable(text))


def _current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# ---------------------------------------------------------------- parent measurements


def cold_start_ask(index_dir: Path, seeds_dir: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "reportqa",
            "ask",
            "--json",
            "How many consular establishments does Kazakhstan have?",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(index_dir, seeds_dir),
    )
    return time.perf_counter() - started


def serve_and_measure(index_dir: Path, seeds_dir: Path, questions: list[str]) -> dict:
    """Seconds from process start to accepting requests, then /api/ask latency over HTTP."""
    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "reportqa", "serve", "--port", str(port)],
        env=_env(index_dir, seeds_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
            while time.perf_counter() - started < 180:
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            ready = time.perf_counter() - started
            client.post("/api/ask", json={"question": questions[0]})
            latencies = []
            for q in questions:
                began = time.perf_counter()
                client.post("/api/ask", json={"question": q}).raise_for_status()
                latencies.append((time.perf_counter() - began) * 1000)
    finally:
        server.terminate()
        server.wait(20)
    return {"ready_seconds": ready, "p50_ms": _pct(latencies, 50), "p95_ms": _pct(latencies, 95)}


def warm_in_process(index_dir: Path, seeds: list[Path], questions: list[str], rounds: int) -> dict:
    """Our stages and the naive baseline, the same questions, the same process and model."""
    from reportqa.assistant import Assistant
    from reportqa.baseline import NaiveBaseline
    from reportqa.embed import embedder_for, shared_embedder
    from reportqa.index import load_index

    settings = Settings.from_env(index_dir=index_dir)
    embedder = embedder_for(settings)
    ours = Assistant(index=load_index(index_dir), embedder=embedder)
    # The tutorial pipeline runs the model through sentence-transformers' torch backend.
    naive = NaiveBaseline(seeds, embedder=shared_embedder(model=settings.model, backend="torch"))
    stages: dict[str, list[float]] = {"retrieve": [], "compose": [], "total": [], "baseline": []}
    for system in (ours, naive):
        system.ask(questions[0])  # warm-up
    for _ in range(rounds):
        # Whole blocks per system, alternating: interleaving question by question let one
        # runtime's worker threads (still spinning) slow the other's next query.
        for q in questions:
            answer = ours.ask(q)
            for key in ("retrieve", "compose", "total"):
                stages[key].append(answer.timings_ms[key])
        for q in questions:
            stages["baseline"].append(naive.ask(q).timings_ms["total"])
    return {k: {"p50_ms": _pct(v, 50), "p95_ms": _pct(v, 95)} for k, v in stages.items()}


# ---------------------------------------------------------------- orchestration


def run_bench(*, sizes: list[int], rounds: int, out: Path, questions_file: Path) -> dict:
    from reportqa.bench_report import write_outputs
    from reportqa.corpus import write_corpus
    from reportqa.evaluate import load_dataset

    settings = Settings.from_env()
    seed_files = sorted(p for p in settings.seeds_dir.iterdir() if p.is_file())
    questions = [q["question"] for q in load_dataset(questions_file)]
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    seeds_dir = work / "seeds"
    seeds_dir.mkdir(parents=True)
    for f in seed_files:
        shutil.copy2(f, seeds_dir / f.name)
    index_dir = work / "seed-index"
    results: dict = {"machine": {"cpus": os.cpu_count()}, "questions": len(questions)}

    _log("building the seed index (child process)")
    results["build"] = _child(["child-build", str(index_dir), str(seeds_dir)], index_dir, seeds_dir)
    _log("cold start: process start to first answer")
    results["cold_ask_seconds"] = statistics.median(
        cold_start_ask(index_dir, seeds_dir) for _ in range(3)
    )
    _log("cold start of the server, then latency over HTTP")
    results["http"] = serve_and_measure(index_dir, seeds_dir, questions)
    _log(f"warm in-process latency, {rounds} round(s) of {len(questions)} questions")
    results["warm"] = warm_in_process(
        index_dir, [seeds_dir / f.name for f in seed_files], questions, rounds
    )
    results["scaling"] = []
    for size in sizes:
        _log(f"scaling: {size}x the report")
        corpus = work / f"corpus-{size}"
        write_corpus(seed_files[0], corpus, copies=size)
        scaled_index = work / f"index-{size}"
        build = _child(["child-build", str(scaled_index), str(corpus)], scaled_index, corpus)
        query = _child(
            ["child-query", str(scaled_index), str(questions_file)], scaled_index, corpus
        )
        results["scaling"].append({"size": size, "build": build, "query": query})
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(scaled_index, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    write_outputs(results, out)
    return results


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "child-build":
        print(json.dumps(child_build(Path(argv[1]), Path(argv[2]))))
        return 0
    if argv and argv[0] == "child-query":
        print(json.dumps(child_query(Path(argv[1]), Path(argv[2]))))
        return 0
    parser = argparse.ArgumentParser(prog="python -m reportqa.bench", description=__doc__)
    parser.add_argument(
        "--sizes",
        default=os.environ.get("REPORTQA_BENCH_SIZES", "1,10,100,1000"),
        help="corpus sizes in multiples of the report",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench")
    parser.add_argument("--questions", type=Path, default=PROJECT_ROOT / "eval/questions.jsonl")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    run_bench(sizes=sizes, rounds=args.rounds, out=args.out, questions_file=args.questions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
