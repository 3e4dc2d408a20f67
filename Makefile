# The two set-up commands of the README: `make dashboard` and `make test`.
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip

.PHONY: dashboard test install install-dev lint bench

install:
	$(PIP) install -q -r requirements.txt

install-dev:
	$(PIP) install -q -r requirements-dev.txt

dashboard: install
	$(PYTHON) -m streamlit run dashboard/app.py

test: install-dev
	$(PYTHON) -m pytest

lint: install-dev
	$(PYTHON) -m ruff check .

bench: install-dev
	$(PYTHON) benchmarks/bench_pipeline.py
