"""Text extraction from PDF bytes with pypdf, with a clear message for every known failure."""

from __future__ import annotations

import io
import logging
import multiprocessing
import resource

from reportqa.ingest import IngestError

# pypdf logs a warning per odd font or object; they say nothing a user can act on.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# Below this many letters per page on average a PDF is scanned images (a stray "Background"
# label is not a text layer); the shortest real text page in our test set has 27.
MIN_LETTERS_PER_PAGE = 16


def read_pdf_pages(data: bytes, *, name: str, max_pages: int) -> tuple[list[str], list[str | None]]:
    """Page texts and printed page labels (None where the PDF defines no labels)."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if b"%PDF-" not in data[:1024]:
        raise IngestError(f"{name}: not a PDF (the file does not start with %PDF-)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts_with_empty_password(reader):
            raise IngestError(
                f"{name}: the PDF is encrypted (password-protected); save an unencrypted copy "
                "and index that"
            )
        count = len(reader.pages)
        if count > max_pages:
            raise IngestError(
                f"{name}: {count:,} pages is over the {max_pages:,}-page limit "
                "(set REPORTQA_MAX_PAGES to raise it)"
            )
        texts = [(page.extract_text() or "").replace("\f", "\n") for page in reader.pages]
        labels = _page_labels(reader, count)
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError(f"{name}: the PDF is encrypted (password-protected)") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(f"{name}: the PDF is damaged and cannot be read ({exc})") from exc
    letters = sum(ch.isalnum() for text in texts for ch in text)
    if letters < MIN_LETTERS_PER_PAGE * len(texts):
        found = "no extractable text" if letters == 0 else f"almost no text ({letters} letters)"
        raise IngestError(
            f"{name}: {found} in {len(texts)} page(s): the pages are images without a text "
            "layer; run OCR on it first, then index the OCR'd PDF"
        )
    return texts, labels


def _decrypts_with_empty_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:
        return False


def _page_labels(reader: object, count: int) -> list[str | None]:
    root = reader.trailer["/Root"]  # type: ignore[attr-defined]
    if "/PageLabels" not in root:
        return [None] * count
    labels = list(reader.page_labels)  # type: ignore[attr-defined]
    return [labels[i] if i < len(labels) else None for i in range(count)]


def read_pdf_isolated(
    data: bytes, *, name: str, max_pages: int, timeout_s: float = 60.0, memory_mb: int = 1024
) -> tuple[list[str], list[str | None]]:
    """read_pdf_pages in a child process with a wall-clock timeout and an address-space limit:
    a PDF that makes pypdf hang or blow up kills the child, never the caller."""
    context = multiprocessing.get_context("spawn")  # no inherited threads, locks or model
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(send, data, name, max_pages, memory_mb), daemon=True
    )
    child.start()
    send.close()
    try:
        if not receive.poll(timeout_s):
            raise IngestError(
                f"{name}: reading the PDF took longer than {timeout_s:g} s and was stopped "
                "(set REPORTQA_PDF_TIMEOUT_S to allow longer)"
            )
        status, payload = receive.recv()
    except EOFError as exc:  # the child died without a word: killed by the memory limit
        raise IngestError(
            f"{name}: reading the PDF exceeded the {memory_mb} MB memory limit and was stopped "
            "(set REPORTQA_PDF_MEMORY_MB to allow more)"
        ) from exc
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if status == "ok":
        return payload
    raise IngestError(payload)


def _child(send, data: bytes, name: str, max_pages: int, memory_mb: int) -> None:  # type: ignore[no-untyped-def]
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = ("ok", read_pdf_pages(data, name=name, max_pages=max_pages))
    except IngestError as exc:
        result = ("error", str(exc))
    except MemoryError:
        result = ("error", f"{name}: reading the PDF exceeded the {memory_mb} MB memory limit")
    except RecursionError:
        result = ("error", f"{name}: the PDF is damaged (its structure nests without end)")
    except Exception as exc:  # pypdf raises many kinds of errors on broken files
        result = ("error", f"{name}: the PDF is damaged and cannot be read ({type(exc).__name__})")
    send.send(result)
    send.close()
