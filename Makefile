# xunshi — one entry point for dev commands. `make help` lists them.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export XUNSHI_DATA_DIR ?= $(CURDIR)/var
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help venv run init seed serve test test-sqlite test-postgres lint typecheck bench system-deps clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/xunshi: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/xunshi

venv: $(BIN)/xunshi ## create the virtualenv and install xunshi with its dev tools

init: venv ## create or migrate the embedded SQLite database; creates the first administrator
	$(BIN)/xunshi init

seed: init ## load the seed round and its demo copy (period starting today) with demo accounts
	$(BIN)/xunshi round load-seed --demo
	$(BIN)/xunshi demo-accounts

run: seed ## set everything up and serve the portal and workbench on 127.0.0.1:8000 (with the job queue worker)
	$(BIN)/xunshi worker & wpid=$$!; trap 'kill $$wpid 2>/dev/null; wait $$wpid 2>/dev/null' EXIT INT TERM; \
	$(BIN)/xunshi serve --host $(HOST) --port $(PORT)

test: venv ## the whole suite (SQLite; also PostgreSQL when DATABASE_URL points at it)
	$(BIN)/ruff check xunshi tests
	$(BIN)/mypy xunshi
	XUNSHI_DATA_DIR=$$(mktemp -d) $(BIN)/pytest -q
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
	  echo "== PostgreSQL: $$TEST_DATABASE_URL"; \
	  XUNSHI_DATA_DIR=$$(mktemp -d) DATABASE_URL=$$TEST_DATABASE_URL $(BIN)/pytest -q; fi

lint: venv ## ruff
	$(BIN)/ruff check xunshi tests

typecheck: venv ## mypy
	$(BIN)/mypy xunshi

bench: venv ## the benchmarks, each figure beside its limit measured in the same run
	$(BIN)/xunshi bench

system-deps: ## Debian packages the integration and browser tests need (run as root)
	.ci/system-deps

clean: ## remove the virtualenv and local data
	rm -rf $(VENV) var
