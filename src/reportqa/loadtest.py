"""A bounded load test of a running server: N concurrent clients for S seconds (or R requests)
on `/api/ask` or the Gradio `ask` endpoint; loopback only, and it stops by itself.

    python -m reportqa.loadtest --url http://127.0.0.1:7860 --clients 32 --seconds 30
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

QUESTIONS = [
    "How many consular establishments does Kazakhstan have?",
    "How many persons were officially stateless as of 1 January 2022?",
    "When was the Law On Migration adopted?",
    "What is the punishment for human trafficking?",
    "How many Honorary Consuls of Kazakhstan work abroad?",
    "What was Kazakhstan's GDP growth in 1999?",
]


@dataclass
class LoadResult:
    target: str
    clients: int
    seconds: float
    requests: int = 0
    ok: int = 0
    shed: int = 0  # 503 busy: load shed on purpose
    errors: int = 0  # anything else: a defect
    error_samples: list[str] = field(default_factory=list)
    shed_sample: str = ""  # the first 503 seen: status line, Retry-After and body
    latencies_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        lat = sorted(self.latencies_ms)
        pct = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else lat * 99
        data = {k: v for k, v in asdict(self).items() if k != "latencies_ms"}
        data.update(
            p50_ms=round(pct[49], 1) if lat else None,
            p95_ms=round(pct[94], 1) if lat else None,
            throughput_rps=round(self.ok / self.seconds, 2) if self.seconds else None,
        )
        return data


def _check_loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.") or host == "::1"):
        raise SystemExit(f"refusing to load-test {host!r}: only loopback addresses are allowed")


def run_load(
    url: str,
    *,
    target: str = "api",
    clients: int = 32,
    seconds: float = 30.0,
    max_requests: int = 5000,
    api_key: str | None = None,
) -> LoadResult:
    """Hammer the server from `clients` threads until `seconds` pass or `max_requests` are sent."""
    _check_loopback(url)
    result = LoadResult(target=target, clients=clients, seconds=seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    budget = iter(range(max_requests))

    def take() -> bool:
        with lock:
            return time.monotonic() < deadline and next(budget, None) is not None

    def record(status: str, ms: float, detail: str = "") -> None:
        with lock:
            result.requests += 1
            if status == "ok":
                result.ok += 1
                result.latencies_ms.append(ms)
            elif status == "shed":
                result.shed += 1
                result.shed_sample = result.shed_sample or detail[:300]
            else:
                result.errors += 1
                if len(result.error_samples) < 5:
                    result.error_samples.append(detail[:200])

    worker = _api_worker if target == "api" else _gradio_worker
    threads = [
        threading.Thread(target=worker, args=(url, i, take, record, api_key), daemon=True)
        for i in range(clients)
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    result.seconds = round(time.monotonic() - started, 2)
    return result


def _api_worker(url, i, take, record, api_key) -> None:  # type: ignore[no-untyped-def]
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    with httpx.Client(base_url=url, timeout=60, headers=headers) as client:
        n = i
        while take():
            question = QUESTIONS[n % len(QUESTIONS)]
            n += 1
            began = time.perf_counter()
            try:
                response = client.post("/api/ask", json={"question": question})
            except httpx.HTTPError as exc:
                record("error", 0, repr(exc))
                continue
            ms = (time.perf_counter() - began) * 1000
            if response.status_code == 200 and "refused" in response.json():
                record("ok", ms)
            elif response.status_code == 503:
                retry = response.headers.get("retry-after", "")
                record("shed", ms, f"503 retry-after: {retry} {response.text}")
            else:
                record("error", ms, f"{response.status_code} {response.text}")


def _gradio_worker(url, i, take, record, api_key) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:
        record("error", 0, f"connect: {exc!r}")
        return
    n = i
    while take():
        question = QUESTIONS[n % len(QUESTIONS)]
        n += 1
        began = time.perf_counter()
        try:
            answer = client.predict(question, 8, api_name="/ask")
        except Exception as exc:
            text = repr(exc)
            record("shed" if "queue is full" in text.lower() else "error", 0, text)
            continue
        ms = (time.perf_counter() - began) * 1000
        record(
            "ok" if isinstance(answer, dict) and "refused" in answer else "error", ms, repr(answer)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reportqa.loadtest", description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:7860")
    parser.add_argument("--target", choices=["api", "gradio"], default="api")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=5000)
    parser.add_argument("--api-key", default=None)
    parser.add_argument("--out", type=Path, default=None, help="write the summary as JSON")
    args = parser.parse_args(argv)
    result = run_load(
        args.url,
        target=args.target,
        clients=args.clients,
        seconds=args.seconds,
        max_requests=args.max_requests,
        api_key=args.api_key,
    )
    summary = result.summary()
    print(json.dumps(summary, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=2))
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
