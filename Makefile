# The README's two commands are `make run` and `make test`; `make install` only prepares .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen
export LANG ?= C.UTF-8

.PHONY: install run test test-timeshift lint typecheck imports forms forms-check bench installer clean

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

# The suite with the machine's clock moved (libfaketime: `apt-get install faketime`): a year
# and more ahead, a year back, and across midnight into 1 March of a leap year. Nothing may
# depend on the date; `make test` does not need faketime.
test-timeshift: install
	@command -v faketime >/dev/null || { echo "test-timeshift needs faketime (apt-get install faketime)" >&2; exit 1; }
	faketime -f '+400d' $(BIN)/pytest -p no:cacheprovider -q
	faketime -f '-400d' $(BIN)/pytest -p no:cacheprovider -q
	faketime '2028-02-29 23:59:30' $(BIN)/pytest -p no:cacheprovider -q

bench: install
	$(BIN)/pytest -p no:cacheprovider -q -s tests/benchmarks --override-ini="addopts="

installer: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
