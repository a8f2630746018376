"""End to end against a real `reportqa serve` subprocess (see server_fixture.py): the JSON API,
the OpenAI-compatible API through the official client, the Gradio API through gradio_client,
the Gradio MCP server through the MCP SDK, and bearer auth."""

from __future__ import annotations

import asyncio
import json
import re
import socket
from typing import Any

import httpx
import pytest

from reportqa.model import normalize_quote
from server_fixture import (
    API_KEY,
    HOSTILE_NAME,
    HOSTILE_SENTENCE,
    SEED_NAME,
    LiveServer,
)

pytestmark = pytest.mark.slow

QUESTION = "How many consular establishments does Kazakhstan have?"
EVIDENCE = "96 consular establishments"
UNANSWERABLE = "What was Kazakhstan's GDP growth in 1999?"
TELESCOPES = "How many telescopes does the Zarnitsa observatory have?"
TIMEOUT = 60.0
MCP_PATH = "/gradio_api/mcp/"  # Gradio 6: streamable HTTP transport (SSE is /gradio_api/mcp/sse)


@pytest.fixture(scope="module")
def http(live_server: LiveServer):
    with httpx.Client(base_url=live_server.base_url, timeout=TIMEOUT, trust_env=False) as client:
        yield client


def source_text(server: LiveServer, name: str) -> str:
    """The file as reportqa should see it, read independently (bytes, no newline translation)."""
    return (server.seeds_dir / name).read_bytes().decode("utf-8-sig")


def file_line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_citations(server: LiveServer, answer: dict[str, Any]) -> None:
    """Every citation is an exact locator: quote == normalised source[start:end], right lines."""
    assert answer["citations"], answer
    for c in answer["citations"]:
        text = source_text(server, c["source"])
        assert 0 <= c["start"] < c["end"] <= len(text), c
        assert c["quote"] == normalize_quote(text[c["start"] : c["end"]]), c
        assert c["lines"] == [file_line(text, c["start"]), file_line(text, c["end"] - 1)], c
        assert c["page"] is None  # plain text files carry no pages
        assert f"[{c['n']}]" in answer["answer"]
        assert c["quote"] in answer["answer"]


# --- the JSON API over plain httpx -----------------------------------------------------------


def test_health_lists_both_documents(http: httpx.Client, live_server: LiveServer) -> None:
    r = http.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert sorted(body["documents"]) == sorted([SEED_NAME, HOSTILE_NAME])
    assert body["sentences"] > 100 and body["chunks"] > 10
    assert f"reportqa: serving {live_server.base_url}/" in live_server.log()


def test_docs_and_openapi(http: httpx.Client) -> None:
    r = http.get("/docs")
    assert r.status_code == 200
    assert "swagger" in r.text.lower()
    paths = http.get("/openapi.json").json()["paths"]
    for path in ("/api/ask", "/api/health", "/v1/models", "/v1/chat/completions"):
        assert path in paths


def test_api_ask_answerable_with_exact_citations(
    http: httpx.Client, live_server: LiveServer
) -> None:
    r = http.post("/api/ask", json={"question": QUESTION, "k": 8})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["question"] == QUESTION
    assert answer["refused"] is False
    assert "96" in answer["answer"]
    assert answer["short_answer"] == "96"
    check_citations(live_server, answer)
    assert any(EVIDENCE in c["quote"] for c in answer["citations"])
    assert any(answer["short_answer"] in c["quote"] for c in answer["citations"])
    # the answer is made only of the quotes and their markers
    rest = answer["answer"]
    for c in answer["citations"]:
        rest = rest.replace(c["quote"], "").replace(f"[{c['n']}]", "")
    assert re.fullmatch(r"[\s“”\"]*", rest), rest
    assert answer["passages"]
    assert set(answer["timings_ms"]) >= {"retrieve", "compose", "total"}


def test_api_ask_unanswerable_refuses(http: httpx.Client) -> None:
    r = http.post("/api/ask", json={"question": UNANSWERABLE})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["refused"] is True
    assert answer["citations"] == []
    assert answer["short_answer"] is None
    assert "does not answer" in answer["answer"]
    assert answer["passages"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"question": ""}, "empty"),
        ({"question": " \n\t "}, "empty"),
        ({"question": "\x00\x00"}, "empty"),
        ({"question": "why " * 600}, "2,000"),
        ({"question": QUESTION, "k": 0}, "greater than or equal to 1"),
        ({"question": QUESTION, "k": 51}, "less than or equal to 50"),
        ({}, "question"),
    ],
    ids=["empty", "blank", "nul", "too-long", "k0", "k51", "missing"],
)
def test_api_ask_rejects_bad_input_with_422(
    http: httpx.Client, body: dict[str, Any], needle: str
) -> None:
    r = http.post("/api/ask", json=body)
    assert r.status_code == 422, r.text
    assert needle in json.dumps(r.json()["detail"])


def test_hostile_document_is_quoted_verbatim(http: httpx.Client, live_server: LiveServer) -> None:
    r = http.post("/api/ask", json={"question": TELESCOPES})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["refused"] is False
    assert answer["short_answer"] == "42"
    check_citations(live_server, answer)
    quotes = [c["quote"] for c in answer["citations"] if c["source"] == HOSTILE_NAME]
    assert quotes == [HOSTILE_SENTENCE]
    assert "<script>window.__pwned = 1</script>" in quotes[0]
    assert "[click here](http://evil.example/)" in quotes[0]


# --- the OpenAI-compatible API --------------------------------------------------------------


@pytest.fixture(scope="module")
def openai_client(live_server: LiveServer):
    from openai import OpenAI

    http_client = httpx.Client(trust_env=False, timeout=TIMEOUT)
    client = OpenAI(
        base_url=live_server.base_url + "/v1",
        api_key="x",
        max_retries=0,
        timeout=TIMEOUT,
        http_client=http_client,
    )
    yield client
    http_client.close()


def test_openai_models_list(openai_client) -> None:
    assert "reportqa" in [m.id for m in openai_client.models.list()]


def test_openai_chat_completion(openai_client) -> None:
    completion = openai_client.chat.completions.create(
        model="reportqa",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "Where is Kazakhstan?"},
            {"role": "assistant", "content": "In Central Asia."},
            {"role": "user", "content": QUESTION},
        ],
    )
    text = completion.choices[0].message.content
    assert completion.choices[0].finish_reason == "stop"
    assert EVIDENCE in text
    assert "Sources:" in text
    assert re.search(r"^\[1\] 000_297a8c00ba7ed4e2\.txt, lines? \d+", text, re.M), text
    extra = completion.model_dump()
    assert extra["citations"] and EVIDENCE in extra["citations"][0]["quote"]
    assert extra["reportqa"]["question"] == QUESTION
    assert extra["reportqa"]["refused"] is False


def test_openai_chat_completion_stream(openai_client) -> None:
    stream = openai_client.chat.completions.create(
        model="reportqa", messages=[{"role": "user", "content": QUESTION}], stream=True
    )
    parts, finish, last = [], None, None
    for chunk in stream:
        if chunk.choices:
            parts.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
        last = chunk
    text = "".join(parts)
    assert EVIDENCE in text
    assert "Sources:" in text
    assert finish == "stop"
    assert last is not None and last.model_dump()["reportqa"]["refused"] is False


def test_openai_refusal_says_not_in_report(openai_client) -> None:
    completion = openai_client.chat.completions.create(
        model="reportqa", messages=[{"role": "user", "content": UNANSWERABLE}]
    )
    text = completion.choices[0].message.content
    assert text.startswith("Not in the report")
    assert "Sources:" not in text
    assert completion.model_dump()["citations"] == []


def test_chat_stream_is_well_formed_sse(http: httpx.Client) -> None:
    body = {
        "model": "reportqa",
        "stream": True,
        "messages": [{"role": "user", "content": QUESTION}],
    }
    with http.stream("POST", "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line[6:] for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1


def test_chat_without_user_text_is_422(http: httpx.Client) -> None:
    r = http.post(
        "/v1/chat/completions",
        json={"model": "reportqa", "messages": [{"role": "system", "content": "hi"}]},
    )
    assert r.status_code == 422
    assert "no user message" in r.text


def test_chat_accepts_multipart_content(http: httpx.Client) -> None:
    content = [{"type": "text", "text": QUESTION}]
    r = http.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": content}]})
    assert r.status_code == 200, r.text
    assert EVIDENCE in r.json()["choices"][0]["message"]["content"]


# --- the Gradio API through gradio_client ---------------------------------------------------


@pytest.fixture(scope="module")
def gradio(live_server: LiveServer):
    from gradio_client import Client

    return Client(live_server.base_url, verbose=False, download_files=False)


def test_gradio_client_ask(gradio, live_server: LiveServer) -> None:
    result = gradio.submit(QUESTION, 8, api_name="/ask").result(timeout=TIMEOUT)
    assert isinstance(result, dict)
    assert result["refused"] is False
    assert "96" in result["answer"]
    check_citations(live_server, result)
    assert any(EVIDENCE in c["quote"] for c in result["citations"])
    assert all(c["quote"] and len(c["lines"]) == 2 for c in result["citations"])


def test_gradio_client_search(gradio, live_server: LiveServer) -> None:
    rows = gradio.submit("stateless", api_name="/search").result(timeout=TIMEOUT)
    assert isinstance(rows, list) and len(rows) >= 3
    text = source_text(live_server, SEED_NAME)
    for row in rows:
        assert "stateless" in row["text"].lower()
        assert row["source"] == SEED_NAME
        first, last = row["lines"]
        span = "\n".join(text.split("\n")[first - 1 : last])
        assert normalize_quote(span).find(row["text"]) >= 0, row


def test_gradio_client_ask_empty_question_is_an_error(gradio) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="empty"):
        gradio.submit("   ", 8, api_name="/ask").result(timeout=TIMEOUT)


# --- the Gradio MCP server through the MCP SDK ----------------------------------------------


async def _mcp_session(url: str) -> tuple[list[str], Any]:
    from mcp import ClientSession
    from mcp.client.streamable_http import streamablehttp_client

    async with (
        streamablehttp_client(url, timeout=TIMEOUT) as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        tools = [t.name for t in (await session.list_tools()).tools]
        result = await session.call_tool("ask", {"question": QUESTION, "k": 8})
        return tools, result


def test_mcp_lists_and_calls_ask(live_server: LiveServer) -> None:
    url = live_server.base_url + MCP_PATH
    tools, result = asyncio.run(asyncio.wait_for(_mcp_session(url), timeout=TIMEOUT))
    assert "ask" in tools and "search" in tools
    assert not result.isError
    text = " ".join(getattr(part, "text", "") for part in result.content)
    assert "96" in text
    assert EVIDENCE in text


# --- bearer auth ----------------------------------------------------------------------------

ASK = ("/api/ask", {"question": QUESTION})
CHAT = ("/v1/chat/completions", {"messages": [{"role": "user", "content": QUESTION}]})


@pytest.fixture(scope="module")
def keyed(api_key_server: LiveServer):
    with httpx.Client(base_url=api_key_server.base_url, timeout=TIMEOUT, trust_env=False) as client:
        yield client


@pytest.mark.parametrize(("path", "body"), [ASK, CHAT], ids=["api-ask", "chat"])
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": f"Basic {API_KEY}"},
        {"Authorization": f"Bearer {API_KEY}x"},
    ],
    ids=["none", "wrong", "basic", "prefix"],
)
def test_api_key_rejects(
    keyed: httpx.Client, path: str, body: dict[str, Any], headers: dict[str, str]
) -> None:
    r = keyed.post(path, json=body, headers=headers)
    assert r.status_code == 401, r.text
    assert r.headers.get("www-authenticate") == "Bearer"
    assert "API key" in r.json()["detail"]


@pytest.mark.parametrize(("path", "body"), [ASK, CHAT], ids=["api-ask", "chat"])
def test_api_key_accepts_bearer(keyed: httpx.Client, path: str, body: dict[str, Any]) -> None:
    r = keyed.post(path, json=body, headers={"Authorization": f"Bearer {API_KEY}"})
    assert r.status_code == 200, r.text
    assert EVIDENCE in r.text


def test_api_key_guards_models_but_not_health(keyed: httpx.Client) -> None:
    assert keyed.get("/v1/models").status_code == 401
    ok = keyed.get("/v1/models", headers={"Authorization": f"Bearer {API_KEY}"})
    assert ok.status_code == 200
    assert keyed.get("/api/health").status_code == 200


def test_api_key_works_with_openai_client(api_key_server: LiveServer) -> None:
    from openai import AuthenticationError, OpenAI

    with httpx.Client(trust_env=False, timeout=TIMEOUT) as http_client:
        base = api_key_server.base_url + "/v1"
        good = OpenAI(base_url=base, api_key=API_KEY, max_retries=0, http_client=http_client)
        assert "reportqa" in [m.id for m in good.models.list()]
        bad = OpenAI(base_url=base, api_key="nope", max_retries=0, http_client=http_client)
        with pytest.raises(AuthenticationError):
            bad.models.list()


def _non_loopback_ipv4() -> str | None:
    """This machine's outward IPv4 address (a UDP connect picks the route; nothing is sent)."""
    for target in ("10.255.255.255", "192.0.2.1", "8.8.8.8"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((target, 9))
                address = sock.getsockname()[0]
            except OSError:
                continue
        if not address.startswith("127.") and address != "0.0.0.0":
            return address
    return None


def test_server_listens_on_loopback_only(live_server: LiveServer) -> None:
    assert live_server.base_url.startswith("http://127.0.0.1:")
    address = _non_loopback_ipv4()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to probe")
    port = int(live_server.base_url.rsplit(":", 1)[1])
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(3)
        assert sock.connect_ex((address, port)) != 0, f"the server answers on {address}:{port}"
