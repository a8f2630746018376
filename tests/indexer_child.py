"""Run by test_faults.py as a child process: rebuild an index over and over with the fake
embedder, alternating chunk sizes, until it is killed."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import FakeEmbedder
from reportqa.config import Settings
from reportqa.index import build_index, source_files


def main() -> None:
    index_dir, seeds_dir = Path(sys.argv[1]), Path(sys.argv[2])
    settings = Settings(index_dir=index_dir, seeds_dir=seeds_dir, model=FakeEmbedder.model_id)
    sources = source_files([seeds_dir])
    embedder = FakeEmbedder()
    size = 500
    while True:
        size = 900 if size == 500 else 500
        build_index(
            sources, settings=replace(settings, chunk_size=size), embedder=embedder, progress=False
        )
        print("built", size, flush=True)


if __name__ == "__main__":
    main()
