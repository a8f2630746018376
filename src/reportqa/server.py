"""One ASGI app on one port: the Gradio UI at /, the JSON and OpenAI-compatible APIs, MCP."""

from __future__ import annotations

import logging
import time

from reportqa.assistant import Assistant, LiveAssistant
from reportqa.config import Settings

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, assistant: Assistant | None = None):  # type: ignore[no-untyped-def]
    """The FastAPI app with everything mounted; loads the model and index once."""
    import gradio as gr
    from fastapi import FastAPI

    from reportqa.admission import Admission
    from reportqa.api import build_router
    from reportqa.ui import CSS, build_ui

    live = LiveAssistant(assistant or Assistant.open(settings, progress=True), settings=settings)
    app = FastAPI(
        title="reportqa", description="Answers about a report, quoted and cited.", docs_url="/docs"
    )
    admission = Admission(max_concurrent=settings.max_concurrent, max_queue=settings.max_queue)
    app.include_router(build_router(live.current, api_key=settings.api_key, admission=admission))
    app.state.live = live
    demo = build_ui(live.current, add=live.add)
    demo.queue(default_concurrency_limit=settings.max_concurrent, max_size=settings.max_queue)
    # No allowed_paths: Gradio serves only its own upload cache; errors are not shown as traces.
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        mcp_server=True,
        show_error=False,
        max_file_size=f"{int(settings.max_file_mb)}mb",
        footer_links=["api"],
        css=CSS,
    )


def serve(settings: Settings, *, started: float | None = None) -> None:
    import uvicorn

    app = create_app(settings)
    if started is not None:
        log.warning("ready in %.1f s", time.perf_counter() - started)
    print(
        f"reportqa: serving http://{settings.host}:{settings.port}/ (API docs at /docs)",
        flush=True,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
