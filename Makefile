# The README's two commands are `make run` and `make test`; `make install` only prepares .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen
export LANG ?= C.UTF-8

.PHONY: install run test lint typecheck imports forms forms-check bench installer clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: install
	QT_QPA_PLATFORM= $(BIN)/acudesk --demo

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: install
	$(BIN)/mypy

imports: install
	$(BIN)/lint-imports

# Regenerate src/acudesk/ui/forms/ui_*.py from forms/*.ui (committed; a test checks they are fresh).
forms: install
	$(PY) -m acudesk.ui.forms.build

test: install lint typecheck imports
	$(BIN)/pytest -p no:cacheprovider -q

bench: install
	$(BIN)/pytest -p no:cacheprovider -q -s tests/benchmarks --override-ini="addopts="

installer: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
