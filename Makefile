# The README's two commands are `make run` and `make test`; `make install` only prepares .venv.
# All of them first check the Debian packages they need (.ci/system-packages) and install the
# missing ones: as root, with sudo when it needs no password, else they print the command.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen
export LANG ?= C.UTF-8
# Options for the app under `make run`, e.g. ARGS=--smoke (paint the main window once, exit).
ARGS ?=
# Package groups of .ci/system-packages for the goals asked for; Qt's runtime and python3-venv
# always.
SYSTEM_GROUPS := $(filter run test,$(MAKECMDGOALS)) $(if $(filter installer,$(MAKECMDGOALS)),build)

.PHONY: system install run test lint typecheck imports forms forms-check bench installer clean

system:
	@PYTHON='$(PYTHON)' .ci/system-packages $(SYSTEM_GROUPS)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt | system
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# A real window (QT_QPA_PLATFORM unset); with no display at all, an unseen one under Xvfb.
run: system install
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && command -v xvfb-run >/dev/null; then \
		echo "No display: running the app under xvfb-run -a (its window is not shown)"; \
		QT_QPA_PLATFORM= xvfb-run -a $(BIN)/acudesk --demo $(ARGS); \
	else \
		QT_QPA_PLATFORM= $(BIN)/acudesk --demo $(ARGS); \
	fi

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

test: system install lint typecheck imports
	$(BIN)/pytest -p no:cacheprovider -q

bench: install
	$(BIN)/pytest -p no:cacheprovider -q -s tests/benchmarks --override-ini="addopts="

installer: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
