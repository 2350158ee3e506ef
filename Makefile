# Wirefeed: raw news text -> Markdown -> Pelican site -> feeds.
# `make html` sets everything up on a fresh machine; `make test` runs the suite.

PY ?= python3
VENV ?= $(CURDIR)/.venv
VPY := $(VENV)/bin/python
PELICAN ?= $(VENV)/bin/pelican
PELICANOPTS ?=

BASEDIR = $(CURDIR)
INPUTDIR = $(BASEDIR)/content
OUTPUTDIR = $(BASEDIR)/output
CONFFILE = $(BASEDIR)/pelicanconf.py
PUBLISHCONF = $(BASEDIR)/publishconf.py
LOCKFILE = $(BASEDIR)/requirements.lock

DEBUG ?= 0
ifeq ($(DEBUG), 1)
	PELICANOPTS += -D
endif

RELATIVE ?= 0
ifeq ($(RELATIVE), 1)
	PELICANOPTS += --relative-urls
endif

STRICT ?= 0
export WIREFEED_STRICT := $(STRICT)

PORT ?= 8000
SERVER ?= 127.0.0.1

STAMP := $(VENV)/.wirefeed-installed

help:
	@echo 'Wirefeed'
	@echo ''
	@echo '  make html          set up .venv, convert seeds/, build output/ and the feeds'
	@echo '  make test          run the whole test suite'
	@echo '  make convert       convert seeds/ into content/ only (FORCE=1, CHECK=1, STRICT=1)'
	@echo '  make clean         remove output/'
	@echo '  make regenerate    rebuild on every change to content/'
	@echo '  make serve         serve output/ on http://$(SERVER):$(PORT)'
	@echo '  make devserver     rebuild on changes and serve output/'
	@echo '  make publish       production build with publishconf.py'
	@echo '  make lint          ruff over plugins/ and tests/'
	@echo '  make lock          re-resolve pyproject.toml into requirements.lock'
	@echo ''
	@echo 'Switches: DEBUG=1, RELATIVE=1, STRICT=1 (bad seeds fail the build), PORT=8000'

$(STAMP): $(LOCKFILE)
	test -x $(VPY) || $(PY) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCKFILE)
	touch $@

venv: $(STAMP)

html: $(STAMP)
	"$(PELICAN)" "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS)

convert: $(STAMP)
	PYTHONPATH=plugins "$(VPY)" -m news_import --seeds seeds --content "$(INPUTDIR)" \
		$(if $(filter 1,$(FORCE)),--force) $(if $(filter 1,$(CHECK)),--check) \
		$(if $(filter 1,$(STRICT)),--strict)

test: $(STAMP)
	"$(VPY)" -m pytest -n auto

lint: $(STAMP)
	"$(VENV)/bin/ruff" check plugins tests pelicanconf.py publishconf.py

clean:
	[ ! -d "$(OUTPUTDIR)" ] || rm -rf "$(OUTPUTDIR)"

regenerate: $(STAMP)
	"$(PELICAN)" -r "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS)

serve: $(STAMP)
	"$(PELICAN)" -l "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b $(SERVER)

serve-global: $(STAMP)
	"$(PELICAN)" -l "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b 0.0.0.0

devserver: $(STAMP)
	"$(PELICAN)" -lr "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b $(SERVER)

devserver-global: $(STAMP)
	"$(PELICAN)" -lr "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS) -p $(PORT) -b 0.0.0.0

publish: $(STAMP)
	"$(PELICAN)" "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(PUBLISHCONF)" $(PELICANOPTS)

lock:
	$(PY) -m venv $(BASEDIR)/.lock-venv
	$(BASEDIR)/.lock-venv/bin/pip install --quiet uv
	$(BASEDIR)/.lock-venv/bin/uv pip compile pyproject.toml --group dev --generate-hashes \
		--python-version 3.11 --universal -o $(LOCKFILE)

.PHONY: help venv html convert test lint clean regenerate serve serve-global devserver \
	devserver-global publish lock
