"""The Gradio UI in headless Debian Chromium (Playwright sync API) against the live server:
an answer with its citation, a refusal, a hostile document shown as text, and the search tab.
Screenshots go to test-output/browser/ (git-ignored)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from server_fixture import HOSTILE_TITLE, SEED_NAME, LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "browser"
QUESTION = "How many consular establishments does Kazakhstan have?"
QUOTE = "There are currently 96 consular establishments in 70 countries around the world."
UNANSWERABLE = "What was Kazakhstan's GDP growth in 1999?"
TELESCOPES = "How many telescopes does the Zarnitsa observatory have?"
EXAMPLES = [
    "How many consular establishments does Kazakhstan have?",
    "How many persons were officially stateless as of 1 January 2022?",
    "When was the Law on Migration adopted?",
    "What is the punishment for human trafficking?",
]
WAIT_MS = 30_000


def _ensure_chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip(f"{CHROMIUM} is absent and cannot be installed (not root or no apt-get)")
    try:
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium"],
            check=True,
            capture_output=True,
            timeout=600,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"{CHROMIUM} is absent and `apt-get install chromium` failed: {exc}")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is still absent after `apt-get install chromium`")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _ensure_chromium()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(executable), args=CHROMIUM_ARGS, timeout=WAIT_MS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server: LiveServer):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(live_server.base_url + "/", wait_until="domcontentloaded", timeout=WAIT_MS)
    expect(page.locator("#rq-question textarea")).to_be_visible(timeout=WAIT_MS)
    yield page
    context.close()
    assert not [e for e in errors if "pwned" in e], errors


def ask(page, question: str) -> None:
    """Type a question, press Ask and wait until the reply bubble for it has arrived."""
    from playwright.sync_api import expect

    chat = page.locator("#rq-chat")
    before = chat.locator(".rq-answer, .rq-refusal").count()
    box = page.locator("#rq-question textarea")
    box.fill(question)
    page.locator("#rq-ask").click()
    expect(chat.locator(".rq-answer, .rq-refusal")).to_have_count(before + 1, timeout=WAIT_MS)
    expect(box).to_have_value("", timeout=WAIT_MS)  # the handler clears the box when done


def screenshot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    return path


def test_examples_fill_the_question(page) -> None:
    from playwright.sync_api import expect

    for example in EXAMPLES:
        # Gradio shortens long example labels ("... 1 January 2..."): match their beginning
        expect(page.get_by_role("button", name=example[:40])).to_have_count(1)
    page.get_by_role("button", name=EXAMPLES[2]).click()
    expect(page.locator("#rq-question textarea")).to_have_value(EXAMPLES[2])


def test_examples_are_on_the_first_screen(page) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1280, "height": 800})
    expect(page.locator("#rq-ask")).to_be_in_viewport(ratio=1, timeout=5_000)
    for example in EXAMPLES:
        button = page.get_by_role("button", name=example[:40])
        expect(button).to_be_in_viewport(ratio=1, timeout=5_000)


def test_answer_with_citation(page) -> None:
    from playwright.sync_api import expect

    ask(page, QUESTION)
    answer = page.locator("#rq-chat .rq-answer").last
    expect(answer.locator("strong").first).to_have_text("96")
    expect(answer.locator("blockquote").first).to_contain_text(QUOTE)
    expect(answer.get_by_text("96 consular establishments").first).to_be_visible()
    # The short answer is marked inside the quote it was taken from.
    expect(answer.locator("blockquote mark.rq-short").first).to_have_text("96")
    summary = answer.locator("details summary").first
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(SEED_NAME)
    expect(summary).to_contain_text("line")
    mark = answer.locator("details mark").first
    expect(mark).to_be_hidden()  # the context opens on demand
    summary.click()
    expect(mark).to_be_visible()
    expect(mark).to_have_text(QUOTE)
    expect(page.locator("#rq-cite textarea")).to_have_value(
        re.compile(r"^“" + re.escape(QUOTE) + r"” \(.+, line \d+\)$")
    )
    screenshot(page, "answer.png")


def test_refusal(page) -> None:
    from playwright.sync_api import expect

    ask(page, UNANSWERABLE)
    refusal = page.locator("#rq-chat .rq-refusal").last
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("Not in the report")
    expect(page.locator("#rq-chat .rq-answer")).to_have_count(0)
    expect(page.locator("#rq-cite textarea")).to_have_value("")
    screenshot(page, "refusal.png")


def test_hostile_document_is_shown_as_text(page) -> None:
    from playwright.sync_api import expect

    chat = page.locator("#rq-chat")
    # the user's own question is shown as typed, not rendered (its reply does not matter here)
    ask(page, 'Zarnitsa <img src=x onerror="window.__pwned=3"> <b>now</b>')
    expect(chat.get_by_text('<img src=x onerror="window.__pwned=3">').first).to_be_visible()
    expect(chat.get_by_text("<b>now</b>").first).to_be_visible()
    ask(page, TELESCOPES)
    answer = chat.locator(".rq-answer").last
    expect(answer.locator("strong").first).to_have_text("42")
    # The sentence may be quoted with the title it continues; the figure's quote is the last.
    quote = answer.locator("blockquote").last
    for literal in (
        "<script>window.__pwned = 1</script>",
        '<img src=x onerror="window.__pwned=2">',
        "[click here](http://evil.example/)",
        "**bold**",
    ):
        expect(quote).to_contain_text(literal)
    answer.locator("details summary").last.click()
    expect(answer.locator("details mark").last).to_contain_text("<script>")
    page.wait_for_timeout(500)  # give any injected handler a chance to run
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert chat.locator("a[href*='evil.example']").count() == 0
    assert chat.locator("img[onerror]").count() == 0
    assert chat.locator("script").count() == 0
    assert chat.locator("b", has_text="now").count() == 0
    screenshot(page, "hostile.png")


def test_citation_line_names_the_cited_document(page) -> None:
    from playwright.sync_api import expect

    ask(page, TELESCOPES)
    expect(page.locator("#rq-cite textarea")).to_have_value(
        re.compile(rf"\({HOSTILE_TITLE}, hostile\.md, line 3\)$"), timeout=5_000
    )


def test_search_tab(page) -> None:
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Search").click()
    term = page.locator("#rq-term textarea, #rq-term input").first
    expect(term).to_be_visible()
    term.fill("stateless")
    page.locator("#rq-find").click()
    results = page.locator("#rq-results")
    expect(results).to_contain_text("sentence(s) mention", timeout=WAIT_MS)
    rows = results.locator("tr").filter(has=page.locator("td"))
    expect(rows.first).to_be_visible()
    count = rows.count()
    assert count >= 3, count
    assert f"{count} sentence(s) mention" in results.inner_text()
    for i in range(count):
        cells = rows.nth(i).locator("td")
        assert re.fullmatch(rf"{SEED_NAME}, lines? \d+(–\d+)?", cells.nth(0).inner_text().strip())
        assert "stateless" in cells.nth(1).inner_text().lower()
    screenshot(page, "search.png")
