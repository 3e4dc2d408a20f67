# The README's set-up commands, `make dashboard` and `make test`.  Both work in the project's own
# virtual environment (.venv, made from `python3 -m venv` when missing and reused after), so they run
# the same on a stock Debian/Ubuntu Python, which refuses pip installs (externally-managed-environment),
# as under pyenv or conda.  The project itself is installed there in editable mode: `analysis` and the
# `tension-tracker` command then work from any folder, and edits take effect without reinstalling.
PYTHON ?= python3
VENV ?= .venv
LOWEST_VENV ?= .venv-lowest
ADDRESS ?= 127.0.0.1
PORT ?= 8501
# Where the dashboard reads: CORPUS="news/ more.jsonl" (folders or files) or DB=data/tension.duckdb.
CORPUS ?=
DB ?=

PY := $(VENV)/bin/python
LOWEST_PY := $(LOWEST_VENV)/bin/python
DASHBOARD_ARGS := $(if $(strip $(CORPUS)),--corpus $(CORPUS)) $(if $(strip $(DB)),--db $(DB))

.PHONY: dashboard test test-lowest lint types install install-dev chromium bench clean-venv

# A stamp per installed set: changing a requirements file or pyproject.toml reinstalls on the next run.
$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-runtime: requirements.txt pyproject.toml | $(PY)
	$(PY) -m pip install -q -r requirements.txt -e .
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt pyproject.toml | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt -e .
	touch $@ $(VENV)/.installed-runtime

# The oldest releases requirements admit (constraints-lowest.txt), in a venv of their own.
$(LOWEST_PY):
	$(PYTHON) -m venv $(LOWEST_VENV)

$(LOWEST_VENV)/.installed-dev: requirements.txt requirements-dev.txt constraints-lowest.txt pyproject.toml | $(LOWEST_PY)
	$(LOWEST_PY) -m pip install -q -r requirements-dev.txt -c constraints-lowest.txt -e .
	touch $@

install: $(VENV)/.installed-runtime
install-dev: $(VENV)/.installed-dev

dashboard: install
	@host=$(ADDRESS); [ "$$host" != 0.0.0.0 ] || host=localhost; \
	  echo "Tension Tracker: open http://$$host:$(PORT) (serving on $(ADDRESS):$(PORT); Ctrl-C stops it)"
	$(PY) -m streamlit run dashboard/app.py --server.address=$(ADDRESS) --server.port=$(PORT) \
	  --server.headless=true $(if $(strip $(DASHBOARD_ARGS)),-- $(DASHBOARD_ARGS))

# Browser tests drive Debian's chromium (Playwright cannot download browsers here).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    echo "installing Debian's chromium for the browser tests (apt-get install chromium)"; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	  else echo "no apt-get: install Chromium at /usr/bin/chromium for the browser tests"; fi; \
	fi

lint: install-dev
	$(PY) -m ruff check .

types: install-dev
	$(PY) -m mypy

# Lint, types, then the whole suite on the newest releases.  Under CI=true (as .ci/run runs it) the
# suite runs a second time on the lowest releases requirements admit, so one command is all of CI.
# pytest's exit code passes through: 5 (no test collected) fails like any other failure.
test: lint types chromium
	$(PY) -m pytest -p no:cacheprovider
	@if [ "$$CI" = true ]; then $(MAKE) --no-print-directory test-lowest; fi

test-lowest: $(LOWEST_VENV)/.installed-dev chromium
	$(LOWEST_PY) -m pip list --format=freeze 2>/dev/null | grep -iE '^(streamlit|pandas|numpy|pyarrow|duckdb|plotly)=='
	$(LOWEST_PY) -m pytest -p no:cacheprovider

bench: install-dev
	$(PY) -m benchmarks.bench_pipeline

clean-venv:
	rm -rf $(VENV) $(LOWEST_VENV)
