# Makefile: the short commands the README names; CMake does the real work.
#   make play   install dependencies, build, start worksim on the default scenario
#   make test   install dependencies, build with sanitizers and -Werror, run every test
#   make bench  build optimised and run the benchmarks in tests/bench
BUILD ?= build
TEST_BUILD ?= build-test
JOBS ?= $(shell nproc)

.PHONY: deps build play test bench clean

deps:
	./scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

play: build
	./$(BUILD)/engine/worksim play

test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DWORKSIM_SANITIZE=ON -DWORKSIM_WERROR=ON >/dev/null
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

bench: build
	./scripts/run-benchmarks.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
