# Thin wrapper: CMake does the building. `make demo` and `make test` work on
# a fresh Debian 12 machine (they install missing packages first: building
# needs only the compiler, CMake and two libraries; the tests add cmocka,
# Python, Chromium, Node.js and Clang, which building never installs).
BUILD     ?= build
SAN_BUILD ?= build-san
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps test-deps build test demo bench cost clean install
PREFIX ?= /usr/local

all: build

deps:
	@./scripts/deps.sh build

test-deps:
	@./scripts/deps.sh test

# Release build, optimised with a profile of atscope's own run over the bundled
# and a generated capture (scripts/pgo.sh, GCC; PGO=0 to skip).
PGO ?= 1
build: deps
	@if [ "$(PGO)" = 1 ]; then \
	    data=$$(scripts/pgo.sh $(BUILD)) && \
	    cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
	        -DATS_LTO=ON -DATS_PGO=use -DATS_PGO_DATA="$$data" -DCMAKE_INSTALL_PREFIX="$(PREFIX)" >/dev/null; \
	else \
	    cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DATS_LTO=ON -DATS_PGO= \
	        -DCMAKE_INSTALL_PREFIX="$(PREFIX)" >/dev/null; \
	fi
	@cmake --build $(BUILD) -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
# A new build directory is made with Ninja where it is installed (test-deps
# installs it: less CPU than Make's per-object steps); an existing one keeps
# the generator it was made with.
SAN_GEN = $(if $(wildcard $(SAN_BUILD)/CMakeCache.txt),,$(if $(shell command -v ninja 2>/dev/null),-G Ninja))
test: test-deps
	@cmake -S . -B $(SAN_BUILD) $(SAN_GEN) -DCMAKE_BUILD_TYPE=Debug -DATS_SANITIZE=address,undefined \
	    -DATS_WERROR=ON >/dev/null
	@cmake --build $(SAN_BUILD) -j $(JOBS)
	@cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure --no-tests=error -j $(JOBS)

demo: build
	@echo "== atscope parse: the vendor guide's TCP log (section 3.3), one line per record"
	@$(BUILD)/atscope parse --format text captures/guide-3.3-tcp-udp.log | head -n 40
	@echo "   ... (JSON Lines for scripts: atscope parse FILE | jq .)"
	@echo
	@echo "== atscope check: a session that queries the socket while AT+MIPOPEN still waits"
	@$(BUILD)/atscope check --format text captures/l610-async-overlap.log; \
	    echo "(exit status $$?: 1 means violations at or above --fail-on, as a CI gate reads it)"
	@echo
	@echo "== a host library's trace pasted into a ticket: Mbed OS ATHandler under Arduino stamps in a quote"
	@$(BUILD)/atscope check --format text captures/traces/layered-quote-arduino-mbed.log | \
	    grep -v '^[a-z-]* *[a-z]* *\(pass\|not-evaluable\|disabled\) '; true

# Throughput and peak memory beside wc -l and grep -c on generated captures of
# 64 MB, 256 MB and 1 GB (BENCH_SIZES to change), then bounded memory on
# hostile inputs made on the fly.
BENCH_SIZES ?= 64 256 1024
bench: build
	@BENCH_SIZES="$(BENCH_SIZES)" bench/run.sh $(BUILD)/atscope
	@echo
	@echo "## bounded memory on hostile inputs"
	@bench/limits.sh $(BUILD)/atscope
	@echo
	@echo "## many captures: check --jobs"
	@bench/jobs.sh $(BUILD)/atscope

# Per-line cost guard (a developer's tool, not part of `make test`; needs valgrind, which
# neither deps nor test-deps installs): instructions per input line of parse and check on
# small generated captures, counted by callgrind on a RelWithDebInfo build, against
# bench/cost-baseline.txt. Fails when a figure grew more than 3 %; COST_UPDATE=1 make cost
# rewrites the baseline. See bench/README.md.
COST_BUILD  ?= build-dev
COST_UPDATE ?= 0
cost:
	@command -v valgrind >/dev/null 2>&1 || { \
	    echo "make cost: needs valgrind (callgrind counts the instructions): apt-get install valgrind" >&2; exit 2; }
	@cmake -S . -B $(COST_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATS_WERROR=ON \
	    -DATS_SANITIZE= -DATS_LTO=OFF -DATS_PGO= >/dev/null
	@cmake --build $(COST_BUILD) -j $(JOBS) --target atscope_cli >/dev/null
	@COST_UPDATE="$(COST_UPDATE)" bench/cost.sh $(COST_BUILD)/atscope

# Binary, man page, library, header, pkg-config file, profiles, format
# definitions and the documents (share/doc/atscope) under PREFIX.
install: build
	@cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(BUILD)-pgo-gen $(BUILD)-pgo-data

# ---- fuzzing ---------------------------------------------------------------
# libFuzzer targets (fuzz/README.md). Needs clang and libFuzzer: Debian
# packages clang and libclang-rt-14-dev. Each target runs FUZZ_SECONDS, two at
# a time; new inputs go to $(FUZZ_BUILD)/fuzz-new/, findings to
# $(FUZZ_BUILD)/fuzz-artifacts/. FUZZ_MERGE=1 merges new coverage into
# fuzz/corpus/ (to commit). `make test` replays fuzz/corpus/ under ASan/UBSan.
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_MERGE   ?= 0
FUZZ_TARGETS ?= input framer builder differential profile formatdef

.PHONY: fuzz
fuzz: deps
	@ATS_DEPS_EXTRA="clang libclang-rt-14-dev" ./scripts/deps.sh build
	@CC=clang cmake -S . -B $(FUZZ_BUILD) -DATS_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers >/dev/null
	@fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) 2 $(FUZZ_MERGE) $(FUZZ_TARGETS)
