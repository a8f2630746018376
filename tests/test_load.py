"""Bounded load against the real server on loopback: no errors at 32 clients, overload shed
with 503 and flat memory, and Gradio's file route closed outside its upload folder."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from reportqa.loadtest import run_load

pytestmark = pytest.mark.slow


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.parametrize("target", ["api", "gradio"])
def test_32_clients_get_answers_without_errors(live_server, target):
    result = run_load(live_server.base_url, target=target, clients=32, seconds=6, max_requests=2000)
    summary = result.summary()
    assert result.errors == 0, summary
    assert result.shed == 0, summary  # 32 clients fit in the default queue of 64
    assert result.ok >= 32, summary
    assert summary["p95_ms"] is not None


def test_overload_beyond_the_queue_is_shed_with_503(overload_server):
    pid = overload_server.process.pid
    before = _rss_mb(pid)
    result = run_load(
        overload_server.base_url, target="api", clients=32, seconds=5, max_requests=3000
    )
    summary = result.summary()
    assert result.errors == 0, summary
    assert result.shed > 0, summary
    assert result.ok > 0, summary
    assert _rss_mb(pid) - before < 300, (before, _rss_mb(pid))
    # What a shed client is told: a clear "busy" and when to come back.
    assert "busy" in result.shed_sample.lower(), result.shed_sample
    assert "retry-after: 1" in result.shed_sample.lower(), result.shed_sample
    with httpx.Client(base_url=overload_server.base_url, trust_env=False, timeout=30) as client:
        for _ in range(3):
            response = client.post("/api/ask", json={"question": "How many consulates?"})
            assert response.status_code == 200  # alone again, it answers


@pytest.mark.parametrize(
    "path",
    [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/proc/self/environ",
        str(Path(__file__).resolve()),
    ],
)
def test_gradio_file_route_cannot_read_outside_its_uploads(live_server, path):
    with httpx.Client(base_url=live_server.base_url, trust_env=False, timeout=10) as client:
        for route in (f"/gradio_api/file={path}", f"/file={path}"):
            response = client.get(route)
            assert response.status_code in (403, 404), (route, response.status_code)
            assert "root:" not in response.text and "REPORTQA" not in response.text
