# smartcity_qgis — build, test, demo and package the QGIS plugin.
# `make demo` and `make test` install everything they need on a fresh Debian machine.
SHELL := /bin/bash
PLUGIN := smartcity_qgis
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
# The local SensorThings API server needs a newer Django than Debian ships: its own venv.
STA_VENV := .venv-sta
STA_REQUIREMENTS := tools/sensorthings_server/requirements.txt
# The Khronos glTF validator for the 3D Tiles tests (npm; Node.js from Debian when missing).
NODE_TOOLS := build/node
GLTF_VALIDATOR := gltf-validator@2.0.0-dev.3.10
# CesiumJS, the viewer the exported 3D Tiles are checked and pictured in (headless Chromium).
CESIUM := cesium@1.145.0
PY := $(abspath $(VENV))/bin/python
BUILD := $(abspath build)
STAGE := $(BUILD)/plugins/$(PLUGIN)
PROFILE := $(BUILD)/profile
TEST_HOME := $(BUILD)/home
DIST := dist/$(PLUGIN)-$(VERSION).zip
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers qgis-plugin-grass python3-venv python3-pandas \
	python3-shapely python3-scipy python3-numba python3-pyproj python3-lxml python3-requests python3-owslib \
	qttools5-dev-tools pyqt5-dev-tools zip chromium
# Debian suites whose QGIS the matrix tests besides the host's: trixie 3.40 LTR, forky 3.44.
QGIS_MATRIX := trixie forky
TS := $(PLUGIN)/i18n/$(PLUGIN)_de.ts
QM := $(TS:.ts=.qm)
RESOURCES := $(PLUGIN)/resources_rc.py

export QT_QPA_PLATFORM := offscreen
# qgis_process.bin directly: Debian's qgis_process wrapper adds --noversioncheck, which 3.22 rejects.
QGIS_PROCESS := env QGIS_PLUGINPATH=$(BUILD)/plugins QGIS_CUSTOM_CONFIG_PATH=$(PROFILE) qgis_process.bin
PYTEST_ENV := env HOME=$(TEST_HOME) XDG_RUNTIME_DIR=$(TEST_HOME)/run QGIS_PROCESS_PLUGINPATH=$(BUILD)/plugins

.PHONY: all setup system-packages venv sta-venv node-tools comparators build enable demo test test-host test-matrix lint unit \
	qgis-tests e2e package \
	screenshots example-data styles translations benchmarks clean

all: build

setup: system-packages venv

system-packages:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
		echo "Installing Debian packages: $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); }

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt | system-packages
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

sta-venv: $(STA_VENV)/.installed

node-tools: $(NODE_TOOLS)/node_modules/gltf-validator/package.json $(NODE_TOOLS)/node_modules/cesium/package.json

$(NODE_TOOLS)/node_modules/cesium/package.json: | $(NODE_TOOLS)/node_modules/gltf-validator/package.json
	npm install --silent --no-audit --no-fund --prefix $(NODE_TOOLS) $(CESIUM)

$(NODE_TOOLS)/node_modules/gltf-validator/package.json:
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	mkdir -p $(NODE_TOOLS)
	npm install --silent --no-audit --no-fund --prefix $(NODE_TOOLS) $(GLTF_VALIDATOR)

$(STA_VENV)/.installed: $(STA_REQUIREMENTS) | system-packages
	/usr/bin/python3 -m venv $(STA_VENV)
	$(STA_VENV)/bin/pip install -q --disable-pip-version-check -r $(STA_REQUIREMENTS)
	touch $@

$(QM): $(TS)
	lrelease -silent $< -qm $@

# compiled with pyrcc5, imported through qgis.PyQt so the module also loads under Qt 6
$(RESOURCES): resources.qrc $(PLUGIN)/icons/icon.svg
	pyrcc5 -o $@ resources.qrc
	sed -i 's/^from PyQt5 import QtCore$$/from qgis.PyQt import QtCore/' $@

# Stage exactly what the plugin zip contains: package + metadata + LICENSE + compiled files.
build: setup $(QM) $(RESOURCES)
	rm -rf $(STAGE) && mkdir -p $(STAGE)
	cp -r $(PLUGIN)/. $(STAGE)/
	find $(STAGE) \( -name '__pycache__' -o -name '*.pyc' -o -name '*.ts' -o -name '*.aux.xml' \) -prune -exec rm -rf {} +
	cp metadata.txt LICENSE $(STAGE)/

# HOME and runtime folder of the test runs, apart from the user's own QGIS profile.
$(TEST_HOME)/run:
	mkdir -p -m 700 $@

# A fresh isolated QGIS profile in which only our plugin (and QGIS's own) is enabled.
enable: build
	rm -rf $(PROFILE) && mkdir -p $(PROFILE)
	$(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1

demo: enable sta-venv | $(TEST_HOME)/run
	XDG_RUNTIME_DIR=$(TEST_HOME)/run $(PY) demo/run_demo.py --plugin-path $(BUILD)/plugins --profile $(PROFILE) --output demo-output

lint: venv
	$(VENV)/bin/ruff check .
	$(PY) tools/i18n.py check

unit: venv node-tools comparators
	$(PY) -m pytest -p no:qgis -q tests/unit

# ANUGA, the independent 2D solver the rain simulation is compared with, in its own venv.
ANUGA_VENV := $(BUILD)/anuga-venv
comparators: $(ANUGA_VENV)/.installed
$(ANUGA_VENV)/.installed: tests/comparators/requirements-anuga.txt | system-packages
	/usr/bin/python3 -m venv $(ANUGA_VENV)
	$(ANUGA_VENV)/bin/pip install -q --disable-pip-version-check -r $<
	touch $@

qgis-tests: build sta-venv | $(TEST_HOME)/run
	$(PYTEST_ENV) $(PY) -m pytest -q tests/qgis

e2e: enable sta-venv | $(TEST_HOME)/run
	$(PYTEST_ENV) QGIS_PROCESS_PROFILE=$(PROFILE) $(PY) -m pytest -p no:qgis -q tests/e2e

# The whole suite on every supported QGIS: the host's (3.22), then Debian 13 "trixie" (3.40 LTR)
# and Debian "forky" (3.44) in root file systems under build/rootfs/ (tools/qgis_rootfs.sh).
test: test-host test-matrix

# lint, then one pytest run over all three layers (unit tests are also run alone without the
# QGIS plugin by `make unit`, which proves they need no QGIS).
test-host: lint enable package sta-venv node-tools comparators | $(TEST_HOME)/run
	$(PY) -m pytest -p no:qgis -q tests/unit
	$(PYTEST_ENV) QGIS_PROCESS_PROFILE=$(PROFILE) $(PY) -m pytest -q tests

# Every leg runs; the failed ones are named at the end.
test-matrix: build node-tools
	@failed=""; for suite in $(QGIS_MATRIX); do \
		$(SUDO) bash tools/qgis_rootfs.sh test $$suite || failed="$$failed $$suite"; done; \
	if [ -n "$$failed" ]; then echo "Test matrix failed on:$$failed"; exit 1; fi

package: build
	mkdir -p dist && rm -f $(DIST)
	cd $(BUILD)/plugins && zip -q -r -X $(abspath $(DIST)) $(PLUGIN)
	@echo "Built $(DIST) ($$(du -h $(DIST) | cut -f1))"

# Rewrite the synthetic layers of the demo town in the plugin's example folder from their seeds.
example-data: venv
	$(PY) demo/example_data.py

screenshots: demo | $(TEST_HOME)/run
	$(PYTEST_ENV) $(PY) tools/screenshots.py docs

styles: venv
	QT_QPA_PLATFORM=offscreen QT_HASH_SEED=0 $(PY) tools/make_styles.py  # fixed seed: same attribute order

translations:
	$(PY) tools/i18n.py update
	@echo "Now translate the unfinished entries in $(TS) (Qt Linguist or any editor)."

BENCH_VENV := $(BUILD)/bench-venv
VERDICTS := $(BUILD)/benchmark-verdicts.jsonl

$(BENCH_VENV)/.installed: benchmarks/requirements-own-venv.txt | system-packages
	/usr/bin/python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q --disable-pip-version-check -r $<
	touch $@

benchmarks: enable sta-venv comparators $(BENCH_VENV)/.installed
	$(VENV)/bin/pip install -q --disable-pip-version-check -r benchmarks/requirements.txt
	rm -f $(VERDICTS)
	@for bench in benchmarks/bench_*.py; do BENCH_VERDICTS=$(VERDICTS) $(PY) $$bench || exit 1; done
	@$(PY) benchmarks/summary.py $(VERDICTS)

clean:
	rm -rf build dist demo-output $(QM) $(RESOURCES)
