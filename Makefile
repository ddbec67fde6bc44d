# iA suite — developer and admin entry points.
#   make run    create the environment, the instance and the demo site, then serve it
#   make test   run the whole test suite
#   make bench  run the benchmarks and write a table to bench/results/
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
LOCK := requirements.lock
UV := $(shell command -v uv 2>/dev/null)

.PHONY: help
help: ## Show the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The environment is rebuilt when the lock or setup.py change.
$(VENV)/.installed: $(LOCK) setup.py | $(BIN)/python
	@if [ -n "$(UV)" ]; then \
	  $(UV) pip install --python $(BIN)/python -r $(LOCK); \
	else \
	  $(BIN)/python -m pip install -q --upgrade "pip" && \
	  $(BIN)/python -m pip install -r $(LOCK); \
	fi
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create the virtual environment from the lock file

.PHONY: lock
lock: ## Re-generate requirements.lock from requirements.in (needs uv)
	uv pip compile --python $(PYTHON) requirements.in -o $(LOCK) --no-header

# make test: four pytest runs (the fourth: the real-browser journeys of
# tests/browser on one live demo site, `make test-browser`), because zope layers that are siblings cannot
# be up in one process (docs/testing.md). The first two use every core
# (pytest-xdist; --dist loadfile gives a worker whole modules, so a module's
# layer and world set-up happen once; --no-loadscope-reorder hands modules
# out in collection order, so each worker sets layers up in the same order
# as one process would: core before the products). Every run is made and
# prints its summary line; the target fails if any of them failed.
PYTEST_WORKERS ?= auto
XDIST := -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder

.PHONY: test
test: install ## Run the whole test suite (on every core; every-product and one-product-alone modules in runs of their own)
	@status=0; \
	set -x; \
	$(BIN)/python tests/compile_catalogs.py || exit 1; \
	$(BIN)/pytest tests -m "not suite and not alone and not browser" $(XDIST) $(PYTEST_ARGS) || status=1; \
	$(BIN)/pytest tests -m suite $(XDIST) $(PYTEST_ARGS) || status=1; \
	$(BIN)/pytest tests -m alone $(PYTEST_ARGS) || status=1; \
	$(BIN)/pytest tests/browser -m browser $(PYTEST_ARGS) || status=1; \
	{ set +x; } 2>/dev/null; \
	exit $$status

.PHONY: test-browser
test-browser: install ## Run only the real-browser journeys (tests/browser; Playwright on /usr/bin/chromium; screenshots of failures in var/browser-shots/)
	$(BIN)/python tests/compile_catalogs.py
	$(BIN)/pytest tests/browser -m browser $(PYTEST_ARGS)

.PHONY: bench
bench: install ## Run the benchmarks on a throw-away site (IA_BENCH_N, IA_BENCH_SIZES); not part of make test
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Issue 10: each storage variant brought up in turn (throw-away folders, ports
# PORT..PORT+2): dashboard 1 vs 2 instances, 4 writers x 500 registrations,
# ingestion in process vs worker; table in bench/results/topology.md.
BENCH_STORAGES ?= zeo,relstorage
.PHONY: bench-topology
bench-topology: install ## Benchmarks of the deployment topology per storage (not part of make test)
	$(BIN)/python -m bench.topology --storages $(BENCH_STORAGES) --port $(PORT) $(BENCH_ARGS)

.PHONY: lint
lint: install ## ruff checks and the import contracts (pyproject.toml [tool.importlinter])
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/lint-imports

.PHONY: docs
docs: install ## Build the HTML documentation into docs/_build (installs Sphinx + MyST on demand)
	@$(BIN)/python -c "import sphinx, myst_parser" 2>/dev/null || \
	  { if [ -n "$(UV)" ]; then $(UV) pip install --python $(BIN)/python sphinx myst-parser; \
	    else $(BIN)/python -m pip install sphinx myst-parser; fi; }
	$(BIN)/sphinx-build -q -b html docs docs/_build/html

# --- Instance, municipality site and buildout (ia.policy; see docs/admin.md) ---
HOST ?= 127.0.0.1
PORT ?= 8080
PROFILE ?= profiles/demo.toml
ADMIN ?= admin:admin
BUILDOUT_CFG ?= profiles/demo.cfg
INSTANCE ?= instance
VAR ?= var
ZOPE_CONF := $(INSTANCE)/etc/zope.conf
export zope_i18n_compile_mo_files := true

.PHONY: versions
versions: install ## Generate the buildout pins (profiles/versions.cfg) from requirements.lock
	$(BIN)/python -m ia.policy.versions $(LOCK) profiles/versions.cfg

.PHONY: instance
instance: install ## Write $(INSTANCE)/etc/zope.conf + zope.ini (FileStorage and blobs in $(VAR)/)
	$(BIN)/python -m ia.policy.instance --dir $(INSTANCE) --var $(VAR) --host $(HOST) --port $(PORT)

.PHONY: site
site: instance ## Create the site of PROFILE, or run its upgrades and update it (idempotent)
	$(BIN)/ia-site --zope-conf $(ZOPE_CONF) --admin $(ADMIN) create-or-update $(PROFILE)

# --- Storage variants and the topology (issue 10; docs/admin.md) ---
# make run STORAGE=zeo|relstorage [INSTANCES=2]: the storage server, the
# site, INSTANCES instances behind HAProxy on PORT, the worker and LibreOffice,
# supervised (python -m ia.policy.topology). FileStorage (the default): one
# instance on PORT that runs the background jobs itself, and LibreOffice.
STORAGE ?= filestorage
INSTANCES ?= 2
BACKUPS ?= backups
CONF_DIR ?= instances
TOPOLOGY := $(BIN)/python -m ia.policy.topology --storage $(STORAGE) \
	--instances $(INSTANCES) --host $(HOST) --port $(PORT) --var $(VAR) \
	--dir $(CONF_DIR) \
	--instance-dir $(INSTANCE) --profile $(PROFILE) --admin $(ADMIN)

.PHONY: run
run: install ## Environment, storage (STORAGE=filestorage|zeo|relstorage), demo site, instances; serve on HOST:PORT
	@if [ "$(STORAGE)" = filestorage ]; then $(MAKE) --no-print-directory site; fi
	@$(BIN)/python -m ia.policy.banner $(PROFILE) --url http://$(HOST):$(PORT) --admin $(ADMIN)
	$(TOPOLOGY) $$( [ "$(STORAGE)" = filestorage ] && echo --no-site )

.PHONY: backup
backup: install ## Back up VAR for STORAGE into BACKUPS (repozo + blobs, or pg_dump)
	$(BIN)/ia-backup --storage $(STORAGE) --var $(VAR) --to $(BACKUPS)

.PHONY: restore
restore: install ## Restore VAR for STORAGE from BACKUPS (stop `make run` first)
	$(BIN)/ia-restore --storage $(STORAGE) --var $(VAR) --from $(BACKUPS)

.PHONY: smoke
smoke: install ## CI: the STORAGE variant end to end (balancer, worker, backup/restore)
	profiles/smoke.sh $(STORAGE) $(PORT)

.PHONY: buildout
buildout: install ## Run bin/buildout -c $(BUILDOUT_CFG) with the environment's distributions
	$(BIN)/buildout -c $(BUILDOUT_CFG)

.PHONY: check-buildout
check-buildout: install ## CI: buildout, ia-site, start the instance and check the site answers
	profiles/check-buildout.sh $(BUILDOUT_CFG) $(PORT)
