"""The JSON API (`/api/ask`, `/api/health`) and the OpenAI-compatible API (`/v1/...`).

Knows the Assistant facade only; nothing here touches FAISS, BM25 or the model directly.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from reportqa.admission import Admission, Busy
from reportqa.assistant import Assistant, QuestionError
from reportqa.model import Answer, locator

log = logging.getLogger(__name__)
MODEL_NAME = "reportqa"


class AskRequest(BaseModel):
    question: str = Field(..., description="A factual question about the report")
    k: int | None = Field(None, ge=1, le=50, description="passages to read (default: top_k)")


class ChatMessage(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    model: str = MODEL_NAME
    messages: list[ChatMessage]
    stream: bool = False


def api_key_guard(api_key: str | None) -> Callable[[Request], Any]:
    """A dependency that answers 401 unless `Authorization: Bearer <key>` matches (when set)."""

    async def guard(request: Request) -> None:  # async: no worker thread for a header check
        if not api_key:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), api_key):
            raise HTTPException(
                status_code=401,
                detail="missing or wrong API key: send 'Authorization: Bearer <REPORTQA_API_KEY>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    return guard


def build_router(
    assistant: Callable[[], Assistant],
    *,
    api_key: str | None,
    admission: Admission | None = None,
) -> APIRouter:
    """Routes over whichever Assistant `assistant()` returns (it may be swapped on re-index)."""
    router = APIRouter()
    admission = admission or Admission()

    def answer_in_slot(question: str, k: int | None) -> Answer:
        with admission.slot():
            return _ask(assistant(), question, k)

    async def answer(question: str, k: int | None) -> Answer:
        try:
            admission.enter()  # in the event loop: refused before it takes a worker thread
        except Busy as exc:
            raise HTTPException(503, detail=str(exc), headers={"Retry-After": "1"}) from exc
        try:
            return await run_in_threadpool(answer_in_slot, question, k)
        finally:
            admission.leave()

    guarded = [Depends(api_key_guard(api_key))]

    @router.get("/api/health", tags=["api"])
    def health() -> dict[str, Any]:
        current = assistant()
        return {
            "status": "ok",
            "index": current.index.path.name,
            "documents": [d.name for d in current.index.documents.values()],
            "sentences": len(current.index.sentences),
            "chunks": len(current.index.chunks),
        }

    @router.post("/api/ask", tags=["api"], dependencies=guarded)
    async def ask(body: AskRequest) -> JSONResponse:
        return JSONResponse((await answer(body.question, body.k)).to_json())

    @router.get("/v1/models", tags=["openai"], dependencies=guarded)
    def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [{"id": MODEL_NAME, "object": "model", "created": 0, "owned_by": "reportqa"}],
        }

    @router.post("/v1/chat/completions", tags=["openai"], dependencies=guarded)
    async def chat(body: ChatRequest):  # type: ignore[no-untyped-def]
        question = _last_user_message(body.messages)
        reply_answer = await answer(question, None)
        reply = chat_reply_text(reply_answer)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        extra = {"reportqa": reply_answer.to_json()}
        if body.stream:
            return StreamingResponse(
                _stream(completion_id, reply, extra), media_type="text/event-stream"
            )
        return {
            "id": completion_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": MODEL_NAME,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": reply},
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "citations": [c.to_json() for c in reply_answer.citations],
            **extra,
        }

    return router


def _ask(assistant: Assistant, question: str, k: int | None) -> Answer:
    try:
        return assistant.ask(question, k=k)
    except QuestionError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


def _last_user_message(messages: list[ChatMessage]) -> str:
    for message in reversed(messages):
        if message.role == "user":
            content = message.content
            if isinstance(content, list):  # the multi-part form: keep the text parts
                content = " ".join(p.get("text", "") for p in content if p.get("type") == "text")
            if content and content.strip():
                return content
    raise HTTPException(status_code=422, detail="no user message with text to answer")


def chat_reply_text(answer: Answer) -> str:
    """The cited answer followed by a Sources list, for chat clients that show plain text."""
    if answer.refused:
        lines = ["Not in the report: " + answer.answer, "", "Related passages:"]
        for p in answer.passages[:3]:
            lines.append(f"- {locator(p.source, p.page, p.lines)}: {p.chunk.text[:200]}…")
        return "\n".join(lines)
    lines = [f"**{answer.short_answer}**", ""] if answer.short_answer else []
    lines += [answer.answer, "", "Sources:"]
    for c in answer.citations:
        lines.append(f"[{c.n}] {locator(c.source, c.page, c.lines)}")
    return "\n".join(lines)


def _stream(completion_id: str, reply: str, extra: dict[str, Any]) -> Iterator[str]:
    created = int(time.time())

    def event(delta: dict[str, Any], finish: str | None, **more: Any) -> str:
        chunk = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": MODEL_NAME,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            **more,
        }
        return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""}, None)
    for start in range(0, len(reply), 80):
        yield event({"content": reply[start : start + 80]}, None)
    yield event({}, "stop", **extra)
    yield "data: [DONE]\n\n"
