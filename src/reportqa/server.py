"""One ASGI app on one port: the Gradio UI at /, the JSON and OpenAI-compatible APIs, MCP."""

from __future__ import annotations

import logging
import time

from reportqa.assistant import Assistant
from reportqa.config import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, assistant: Assistant | None = None):  # type: ignore[no-untyped-def]
    """The FastAPI app with everything mounted; loads the model and index once."""
    import gradio as gr
    from fastapi import FastAPI

    from reportqa.api import build_router
    from reportqa.ui import CSS, build_ui

    live = {"assistant": assistant or Assistant.open(settings, progress=True)}

    def current() -> Assistant:
        return live["assistant"]

    app = FastAPI(
        title="reportqa", description="Answers about a report, quoted and cited.", docs_url="/docs"
    )
    app.include_router(build_router(current, api_key=settings.api_key))
    app.state.live = live
    demo = build_ui(current)
    demo.queue(default_concurrency_limit=2, max_size=64)
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        mcp_server=True,
        show_error=False,
        max_file_size=f"{int(settings.max_file_mb)}mb",
        css=CSS,
        footer_links=["api"],
    )


def serve(settings: Settings, *, started: float | None = None) -> None:
    import uvicorn

    app = create_app(settings)
    if started is not None:
        log.warning("ready in %.1f s", time.perf_counter() - started)
    print(
        f"reportqa: serving http://{settings.host}:{settings.port}/ (API docs at /docs)", flush=True
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
