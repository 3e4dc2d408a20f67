# The two set-up commands of the README: `make dashboard` and `make test`.
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip

.PHONY: dashboard test install install-dev chromium lint bench

install:
	$(PIP) install -q -r requirements.txt

install-dev:
	$(PIP) install -q -r requirements-dev.txt

# Browser tests drive Debian's chromium (Playwright cannot download browsers here).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	  else echo "no apt-get: install Chromium at /usr/bin/chromium for the browser tests"; fi; \
	fi

dashboard: install
	$(PYTHON) -m streamlit run dashboard/app.py

test: install-dev chromium
	$(PYTHON) -m pytest

lint: install-dev
	$(PYTHON) -m ruff check .

bench: install-dev
	$(PYTHON) benchmarks/bench_pipeline.py
