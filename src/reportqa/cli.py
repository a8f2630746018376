"""`reportqa index | search | ask | eval | serve`: a thin layer over the Assistant."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from reportqa.config import Settings

log = logging.getLogger("reportqa")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("sentence_transformers", "transformers", "httpx", "faiss", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    from reportqa.assistant import QuestionError
    from reportqa.embed import ModelUnavailable
    from reportqa.index import IndexUnavailable
    from reportqa.ingest import IngestError

    try:
        return int(args.run(args) or 0)
    except (IngestError, IndexUnavailable, QuestionError, ModelUnavailable) as exc:
        print(f"reportqa: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # an internal error: logged with its trace, shown as one line
        log.exception("internal error")
        print("reportqa: internal error (run with -v for details)", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    parser.add_argument("--index-dir", type=Path, help="index folder (REPORTQA_INDEX_DIR)")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("index", help="build the index of seeds/ (+ added files), or add files")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders to add to the collection")
    p.set_defaults(run=_index)

    p = sub.add_parser("search", help="list the top passages for a query")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=None, help="how many passages (REPORTQA_TOP_K)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_search)

    p = sub.add_parser("ask", help="answer a question with quotes and citations")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=None, help="passages to read (REPORTQA_TOP_K)")
    p.add_argument("--json", action="store_true", help="print the Answer JSON")
    p.add_argument(
        "--explain",
        action="store_true",
        help="also list the scored candidates and why the closest other sentences were rejected",
    )
    p.set_defaults(run=_ask)

    p = sub.add_parser("eval", help="score the assistant and the baseline on a question set")
    p.add_argument("--dataset", type=Path, default=Path("eval/questions.jsonl"))
    p.add_argument("--out", type=Path, default=Path("eval/results.jsonl"))
    p.add_argument("--report", type=Path, default=Path("eval/report.md"))
    p.add_argument("--no-baseline", action="store_true", help="skip the LangChain baseline")
    p.add_argument(
        "--calibrate",
        action="store_true",
        help="sweep the refusal threshold on the dev split and print the best",
    )
    p.add_argument(
        "--fit-confidence",
        action="store_true",
        help="fit the confidence check on every split but test and test_v1, and save it",
    )
    p.set_defaults(run=_eval)

    p = sub.add_parser("serve", help="serve the UI and the HTTP API")
    p.add_argument("--host", default=None, help="REPORTQA_HOST (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="REPORTQA_PORT (default 7860)")
    p.set_defaults(run=_serve)
    return parser


def _settings(args: argparse.Namespace, **extra: object) -> Settings:
    return Settings.from_env(index_dir=args.index_dir, **extra)


def _index(args: argparse.Namespace) -> int:
    from reportqa.collection import add_documents, collection_sources
    from reportqa.embed import embedder_for
    from reportqa.index import build_index, source_files

    settings = _settings(args)
    embedder = embedder_for(settings)
    if args.paths:
        files = source_files(args.paths)
        summary = add_documents(files, settings=settings, embedder=embedder, progress=True)
    else:
        sources = collection_sources(settings)
        summary = build_index(sources, settings=settings, embedder=embedder, progress=True)
    print(summary.line())
    return 0


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from reportqa.assistant import Assistant

    return Assistant.open(_settings(args), progress=True)


def _search(args: argparse.Namespace) -> int:
    passages = _open(args).search(args.query, k=args.k)
    if args.json:
        print(json.dumps([p.to_json() for p in passages], indent=2, ensure_ascii=False))
        return 0
    for rank, p in enumerate(passages, start=1):
        where = _locator(p.source, p.page, p.lines)
        print(
            f"{rank:>2}. {where}  fused={p.score:.4f} dense#{p.dense_rank} sparse#{p.sparse_rank}"
        )
        print(f"    {p.chunk.text[:300]}{'…' if len(p.chunk.text) > 300 else ''}")
    return 0


def _ask(args: argparse.Namespace) -> int:
    assistant = _open(args)
    answer = assistant.ask(args.question, k=args.k)
    if args.json:
        print(json.dumps(answer.to_json(), indent=2, ensure_ascii=False))
        return 0
    if args.explain:
        _print_explanation(assistant.explain(args.question, k=args.k))
    if answer.refused:
        print("Not in the report. " + answer.answer)
        for p in answer.passages[:3]:
            print(f"  related: {_locator(p.source, p.page, p.lines)}  {p.chunk.text[:160]}…")
        return 0
    if answer.short_answer:
        print(f"Short answer: {answer.short_answer}")
    print(answer.answer)
    for c in answer.citations:
        print(f"  [{c.n}] {_locator(c.source, c.page, c.lines)}, chars {c.start}-{c.end}")
    return 0


def _print_explanation(explanation, *, limit: int = 8) -> None:  # type: ignore[no-untyped-def]
    print(f"Answer type asked: {explanation.kind or 'any'}; min_score {explanation.min_score}")
    print("Candidates (score, cosine, word overlap):")
    for c in explanation.candidates[:limit]:
        numbers = f"{c.score:.3f} {c.semantic:.3f} {c.overlap:.2f}"
        print(f"  {numbers}  #{c.sentence.id} {c.sentence.text[:100]}")
    if not explanation.candidates:
        print("  none")
    if explanation.confidence is not None:
        p, threshold = explanation.confidence
        verdict = "answers" if p >= threshold else "refuses"
        print(f"Confidence check: {p:.2f} against a threshold of {threshold:.2f}: {verdict}")
    print("Rejected (cosine, reason):")
    for r in explanation.rejected[:limit]:
        print(f"  {r.semantic:.3f} {r.reason}  #{r.sentence.id} {r.sentence.text[:90]}")
    print()


def _eval(args: argparse.Namespace) -> int:
    from reportqa.evaluate import run_eval

    return run_eval(
        _settings(args),
        dataset=args.dataset,
        out=args.out,
        report=args.report,
        baseline=not args.no_baseline,
        calibrate=args.calibrate,
        fit=args.fit_confidence,
    )


def _serve(args: argparse.Namespace) -> int:
    from reportqa.server import serve

    settings = _settings(args, host=args.host, port=args.port)
    started = time.perf_counter()
    serve(settings, started=started)
    return 0


def _locator(source: str, page: int | None, lines: tuple[int, int] | list[int]) -> str:
    first, last = lines
    span = f"line {first}" if first == last else f"lines {first}-{last}"
    return f"{source}, p. {page}, {span}" if page is not None else f"{source}, {span}"
