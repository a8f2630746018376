"""Live-server fixtures for the end-to-end tests: the real `reportqa serve` in a subprocess.

`conftest.py` re-exports the fixtures at its end, so every test module shares one session-wide
server (a module that imports fixtures itself would get its own copy and start another).

- `hostile_seeds`: a tmp seeds folder with the seed report and `hostile.md`, a document whose
  answering sentence is full of HTML, an event handler and a Markdown link.
- `live_server`: the server over those seeds, no API key; builds the index in a tmp folder.
- `api_key_server`: a second server over the same (already built) index with REPORTQA_API_KEY.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_297a8c00ba7ed4e2.txt"
HOSTILE_NAME = "hostile.md"
HOSTILE_TITLE = "Zarnitsa Observatory Annual Report"
HOSTILE_SENTENCE = (
    "The Zarnitsa observatory report says: <script>window.__pwned = 1</script> and "
    '<img src=x onerror="window.__pwned=2"> and a [click here](http://evil.example/) link and '
    "**bold** text, and the Zarnitsa observatory has 42 telescopes."
)
# One sentence on purpose: the quote is the sentence that answers, so the hostile markup has
# to be in the same sentence as the fact for it to reach the quote (and the chat) verbatim.
HOSTILE_TEXT = f"# {HOSTILE_TITLE}\n\n{HOSTILE_SENTENCE}\n"
API_KEY = "test-key-5f1c9a0e"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    seeds_dir: Path
    index_dir: Path
    api_key: str | None = None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(
    *,
    seeds: Path,
    index: Path,
    log_path: Path,
    api_key: str | None,
    extra_env: dict[str, str] | None = None,
) -> Iterator[LiveServer]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(
        REPORTQA_INDEX_DIR=str(index),
        REPORTQA_SEEDS_DIR=str(seeds),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        GRADIO_ANALYTICS_ENABLED="False",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
    )
    if api_key:
        env["REPORTQA_API_KEY"] = api_key
    env.update(extra_env or {})
    cmd = [sys.executable, "-m", "reportqa", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            cmd, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    server = LiveServer(
        base_url=f"http://127.0.0.1:{port}",
        process=process,
        log_path=log_path,
        seeds_dir=seeds,
        index_dir=index,
        api_key=api_key,
    )
    try:
        _wait_healthy(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT_S)


def _wait_healthy(server: LiveServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with httpx.Client(trust_env=False, timeout=5.0) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                pytest.fail(
                    f"reportqa serve exited with {server.process.returncode} before it was "
                    f"healthy; log:\n{server.log()[-4000:]}"
                )
            try:
                if client.get(server.base_url + "/api/health").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
    pytest.fail(
        f"reportqa serve was not healthy within {START_TIMEOUT_S:.0f} s; "
        f"log:\n{server.log()[-4000:]}"
    )


@pytest.fixture(scope="session")
def hostile_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seed = PROJECT_ROOT / "seeds" / SEED_NAME
    if not seed.is_file():
        pytest.skip(f"the seed report {seed} is missing")
    seeds = tmp_path_factory.mktemp("e2e") / "seeds"
    seeds.mkdir()
    shutil.copy2(seed, seeds / SEED_NAME)
    (seeds / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    return seeds


@pytest.fixture(scope="session")
def live_server(hostile_seeds: Path) -> Iterator[LiveServer]:
    """`reportqa serve` without an API key; it builds its own index with the real model."""
    root = hostile_seeds.parent
    yield from _start(
        seeds=hostile_seeds, index=root / "index", log_path=root / "server.log", api_key=None
    )


@pytest.fixture(scope="session")
def api_key_server(live_server: LiveServer) -> Iterator[LiveServer]:
    """A second server with REPORTQA_API_KEY, over the index the first one already built."""
    root = live_server.seeds_dir.parent
    yield from _start(
        seeds=live_server.seeds_dir,
        index=live_server.index_dir,
        log_path=root / "server-key.log",
        api_key=API_KEY,
    )


@pytest.fixture(scope="session")
def overload_server(live_server: LiveServer) -> Iterator[LiveServer]:
    """A server that answers one question at a time with room for two waiting: load beyond
    that must be shed with 503, not queued without bound."""
    root = live_server.seeds_dir.parent
    yield from _start(
        seeds=live_server.seeds_dir,
        index=live_server.index_dir,
        log_path=root / "server-overload.log",
        api_key=None,
        extra_env={"REPORTQA_MAX_CONCURRENT": "1", "REPORTQA_MAX_QUEUE": "2"},
    )
