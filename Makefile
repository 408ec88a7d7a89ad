# Set-up and everyday commands.  `make run` and `make test` do all the set-up on a fresh
# Debian/Ubuntu machine: system libraries for Qt (when root), .venv/, pinned packages.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots translations clean-venv

$(STAMP): pyproject.toml requirements.lock packaging/scripts/bootstrap.sh
	PYTHON=$(PYTHON) sh packaging/scripts/bootstrap.sh
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python -m app $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n 2 -q $(PYTEST_ARGS)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check app tests bench migrations packaging
	$(VENV)/bin/mypy

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests bench migrations packaging
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(VENV)/bin/python bench/store.py

translations: $(STAMP)
	$(VENV)/bin/python packaging/scripts/build_translations.py

screenshots: $(STAMP)
	sh packaging/scripts/screenshots.sh

clean-venv:
	rm -rf $(VENV)
