# Thin wrapper: CMake does the building. `make demo` and `make test` work on
# a fresh Debian 12 machine (they install missing packages first).
BUILD     ?= build
SAN_BUILD ?= build-san
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build test demo bench clean

all: build

deps:
	@./scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test: deps
	@cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DATS_SANITIZE=address,undefined >/dev/null
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

bench: build
	@bench/run.sh $(BUILD)/atscope

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
