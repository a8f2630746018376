"""The Gradio face: a chat with inspectable citations, a search tab, and the `ask`/`search`
endpoints for gradio_client and MCP. Every piece of document text is escaped before display:
HTML, Markdown and links inside a report are shown as text, never rendered or followed."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from reportqa.assistant import Assistant, QuestionError
from reportqa.index import BuildSummary
from reportqa.ingest import IngestError
from reportqa.model import Answer, Citation, locator

EXAMPLES = [
    "How many consular establishments does Kazakhstan have?",
    "How many persons were officially stateless as of 1 January 2022?",
    "When was the Law on Migration adopted?",
    "What is the punishment for human trafficking?",
]
_MARKDOWN_CHARS = re.compile(r"[\\`*_{}\[\]()#+!|~<>&\"'=:-]")


def escape_text(text: str) -> str:
    """Escape text for a surface that renders HTML and Markdown: every special character
    becomes a numeric entity, so it shows as itself and nothing in it is interpreted."""
    return _MARKDOWN_CHARS.sub(lambda m: f"&#{ord(m.group())};", text)


def answer_html(answer: Answer, assistant: Assistant) -> str:
    """One chat reply: short answer, quotes with markers, and an openable context per citation."""
    if answer.refused:
        parts = [
            '<div class="rq-refusal"><strong>Not in the report.</strong> ',
            escape_text(answer.answer),
            "</div>",
            "<p>Related passages (not answers):</p><ul>",
        ]
        for p in answer.passages[:3]:
            parts.append(
                f"<li><em>{escape_text(locator(p.source, p.page, p.lines))}</em>: "
                f"{escape_text(p.chunk.text[:300])}…</li>"
            )
        return "".join(parts) + "</ul>"
    parts = ['<div class="rq-answer">']
    if answer.short_answer:
        parts.append(f"<p><strong>{escape_text(answer.short_answer)}</strong></p>")
    for c in answer.citations:
        # A context quote says what the answer refers to; it is shown, but quieter.
        style = ' class="rq-context"' if c.role == "context" else ""
        short = answer.short_answer if c.role == "answer" else None
        parts.append(f"<blockquote{style}>“{quote_html(c.quote, short)}” [{c.n}]</blockquote>")
    for c in answer.citations:
        parts.append(
            f"<details><summary>[{c.n}] {escape_text(locator(c.source, c.page, c.lines))}"
            f"</summary><p>{context_html(c, assistant)}</p></details>"
        )
    return "".join(parts) + "</div>"


def quote_html(quote: str, short: str | None) -> str:
    """The quote as text, with the short answer marked where it stands in it, so that the
    reader sees which of its figures or names was taken; marked only where it stands once."""
    found = list(re.finditer(rf"(?<![\w.,]){re.escape(short)}(?![\w])", quote)) if short else []
    if len(found) != 1:
        return escape_text(quote)
    a, b = found[0].span()
    marked = f'<mark class="rq-short">{escape_text(quote[a:b])}</mark>'
    return escape_text(quote[:a]) + marked + escape_text(quote[b:])


def context_html(citation: Citation, assistant: Assistant, *, window: int = 2) -> str:
    """The cited sentence with its neighbours, the cited one highlighted."""
    sentences = assistant.index.sentences
    hit = assistant.cited_sentence(citation.source, citation.start, citation.end)
    if hit is None:
        return f"<mark>{escape_text(citation.quote)}</mark>"
    around = [
        s
        for s in sentences[max(0, hit.id - window) : hit.id + window + 1]
        if s.doc_id == hit.doc_id
    ]
    return " ".join(
        f"<mark>{escape_text(s.text)}</mark>" if s.id == hit.id else escape_text(s.text)
        for s in around
    )


def citation_line(answer: Answer, assistant: Assistant) -> str:
    """A line to paste into an article: quote, the cited report's title, page or lines."""
    if answer.refused or not answer.citations:
        return ""
    c = next((c for c in answer.citations if c.role == "answer"), answer.citations[0])
    title = next(
        (d.title for d in assistant.index.documents.values() if d.name == c.source), c.source
    )
    where = (
        f"p. {c.page}"
        if c.page is not None
        else (
            f"line {c.lines[0]}" if c.lines[0] == c.lines[1] else f"lines {c.lines[0]}–{c.lines[1]}"
        )
    )
    return f"“{c.quote}” ({title}, {c.source}, {where})"


UPLOAD_TYPES = [".pdf", ".txt", ".md"]
# A refusal must not look like an answer: amber box and a plain "Not in the report".
CSS = """
.rq-refusal { border-left: 4px solid #d97706; background: #fffbeb; color: #78350f;
              padding: 0.5em 0.8em; }
.rq-answer blockquote { border-left: 4px solid #2563eb; margin: 0.4em 0; padding-left: 0.6em; }
.rq-answer mark { background: #fde68a; }
.rq-answer blockquote mark.rq-short { background: #dbeafe; font-weight: 600; }
.rq-answer blockquote.rq-context { border-left-color: #94a3b8; color: #475569; }
"""


def build_ui(
    assistant: Callable[[], Assistant],
    *,
    add: Callable[..., BuildSummary] | None = None,
) -> gr.Blocks:
    def ask(question: str, k: int = 8) -> dict[str, Any]:
        """Answer a factual question about the report with verbatim quotes and exact citations
        (file, page, lines), or refuse when the report does not answer it.

        Args:
            question: a factual question about the report
            k: how many passages to read (1-50)
        """
        try:
            return assistant().ask(question, k=int(k)).to_json()
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc

    def search(term: str) -> list[dict[str, Any]]:
        """Every sentence of the report that mentions a term, with its file, page and lines.

        Args:
            term: a word or phrase to look for (case-insensitive)
        """
        try:
            found = assistant().mentions(term)
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        return [
            {"source": m.source, "page": m.page, "lines": list(m.lines), "text": m.text}
            for m in found
        ]

    def chat(question: str, history: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str, str]:
        current = assistant()
        try:
            answer = current.ask(question)
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        history = [
            *history,
            {"role": "user", "content": escape_text(question)},
            {"role": "assistant", "content": answer_html(answer, current)},
        ]
        return history, "", citation_line(answer, current)

    def search_table(term: str) -> str:
        rows = search(term)
        if not rows:
            return f"<p>No sentence mentions “{escape_text(term)}”.</p>"
        body = "".join(
            f"<tr><td>{escape_text(locator(r['source'], r['page'], r['lines']))}</td>"
            f"<td>{escape_text(r['text'])}</td></tr>"
            for r in rows
        )
        return (
            f"<p>{len(rows)} sentence(s) mention “{escape_text(term)}”.</p>"
            f"<table><tr><th>where</th><th>sentence</th></tr>{body}</table>"
        )

    with gr.Blocks(title="reportqa") as demo:
        gr.Markdown(
            "## reportqa — ask the report\nAnswers are verbatim quotes with exact "
            "citations, or a plain “Not in the report”."
        )
        with gr.Tab("Ask"):
            # Question, button and examples first: all on the first screen of a laptop.
            with gr.Row(equal_height=True):
                question = gr.Textbox(
                    label="Question",
                    placeholder="Ask a factual question…",
                    elem_id="rq-question",
                    scale=5,
                )
                send = gr.Button("Ask", variant="primary", elem_id="rq-ask", scale=1)
            gr.Examples(EXAMPLES, inputs=question, label="Example questions")
            chatbot = gr.Chatbot(
                label="Answers",
                height=420,
                elem_id="rq-chat",
                sanitize_html=True,
                feedback_options=None,
            )
            cite = gr.Textbox(
                label="Citation line (copy into your article)",
                buttons=["copy"],
                interactive=False,
                elem_id="rq-cite",
            )
            for trigger in (send.click, question.submit):
                trigger(
                    chat, [question, chatbot], [chatbot, question, cite], api_visibility="private"
                )
        with gr.Tab("Search"):
            term = gr.Textbox(label="Term", elem_id="rq-term")
            find = gr.Button("Find every mention", elem_id="rq-find")
            results = gr.HTML(elem_id="rq-results")
            for trigger in (find.click, term.submit):
                trigger(search_table, term, results, api_visibility="private")
        if add is not None:
            with gr.Tab("Add documents"):
                files = gr.File(
                    label="PDF, .txt or .md",
                    file_types=UPLOAD_TYPES,
                    file_count="multiple",
                    elem_id="rq-upload",
                )
                add_button = gr.Button("Add to the collection", elem_id="rq-add")
                status = gr.Markdown(elem_id="rq-add-status")
                add_button.click(
                    lambda paths: upload(add, paths), files, status, api_visibility="private"
                )
        gr.api(ask, api_name="ask")
        gr.api(search, api_name="search")
    return demo


def upload(add: Callable[..., BuildSummary], paths: list[str] | None) -> str:
    """Add uploaded files; a bad file gets its own message and nothing is indexed."""
    if not paths:
        return "Choose one or more PDF, .txt or .md files first."
    files = [Path(p) for p in paths]
    if bad := [f.name for f in files if f.suffix.lower() not in UPLOAD_TYPES]:
        return escape_text(f"Not added: {', '.join(bad)} — only PDF, .txt and .md files.")
    try:
        summary = add(files, names=[f.name for f in files])
    except IngestError as exc:
        return escape_text(f"Not added: {exc}. The collection is unchanged.")
    return escape_text(
        f"Added {', '.join(f.name for f in files)}. The collection now has {summary.documents} "
        f"document(s), {summary.sentences} sentences."
    )
