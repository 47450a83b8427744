# SMTP Desk — two commands set everything up on a fresh machine:
#   make run    practice mode with sample data (window, or headless run without a display)
#   make test   lint, type-check and run the whole test suite headless
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest screenshot bench bundle bundle-check clean translations \
	translations-update

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SMTP Desk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The window's languages: Qt Linguist sources (.ts, kept in the repository) compiled to the
# catalogues the program loads (.qm, built here and bundled, never committed).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
LANGUAGES := mr hi

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing what the window says: every translate()/QT_TRANSLATE_NOOP text into the .ts
# sources (new ones unfinished, gone ones dropped), ready for the translators.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py smtp_desk \
		$(foreach l,$(LANGUAGES),-ts resources/translations/smtp_desk_$(l).ts)

# Practice mode with the sample society: the window, or a headless run without a display.
run: $(STAMP) translations
	$(BIN)/smtp-desk demo

lint: $(STAMP)
	$(BIN)/ruff check smtp_desk resources tests
	$(BIN)/ruff format --check smtp_desk resources tests

typecheck: $(STAMP)
	$(BIN)/mypy

# Tests run in parallel, one worker per core (TEST_WORKERS=0 runs them in this process).
TEST_WORKERS ?= auto
pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS)

test: lint typecheck pytest

# The README's pictures of the screens (needs an X display, e.g. Xvfb).
screenshot: $(STAMP) translations
	$(BIN)/python -m smtp_desk.gui.snapshot docs/screenshots/email-credentials.png
	$(BIN)/python -m smtp_desk.gui.snapshot docs/screenshots/society-profile.png --page society
	$(BIN)/python -m smtp_desk.gui.snapshot docs/screenshots/practice-run.png --page practice
	$(BIN)/python -m smtp_desk.gui.snapshot docs/screenshots/window-marathi-home.png --page home --language mr
	$(BIN)/python -m smtp_desk.gui.snapshot docs/screenshots/window-marathi-wording.png --page wording --language mr

# Benchmarks: medians and ratios against a baseline measured in the same run.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -o addopts= -q -s

# The installable program: dist/smtp-desk/ (one folder; SMTP_DESK_ONEFILE=1 for one file).
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

# The bundle's own checks (--version, self-test with a real password store), size, start time.
bundle-check: bundle
	$(BIN)/python -m tests.support.bundle_check

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache *.egg-info $(QM)
