# Makefile: the short commands the README names; CMake does the real work.
#   make play   install dependencies, build the program only, start worksim on its home screen
#   make test   install dependencies, build with sanitizers and -Werror (and the program as make play
#               does, for the catalog), run every test
#   make check  make test, then make package (what CI runs)
#   make bench  build optimised and run the benchmarks in tests/bench
#   make soak   build optimised, kill a run after each of its events and resume it (tests/soak)
#   make package  build the Debian package (build-pkg/worksim_VERSION_ARCH.deb) and check it
BUILD ?= build
PLAY_BUILD ?= build-play
TEST_BUILD ?= build-test
PKG_BUILD ?= build-pkg
JOBS ?= $(shell nproc)

.PHONY: deps build play test check bench soak package clean

deps:
	./scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# Only what playing needs: no tests or benchmarks (a quarter of the targets).
play: deps
	cmake -S . -B $(PLAY_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWORKSIM_TESTS=OFF >/dev/null
	cmake --build $(PLAY_BUILD) -j $(JOBS)
	./$(PLAY_BUILD)/engine/worksim play

# The catalog's verify (half of the suite's CPU) runs the program as `make play` builds it:
# its 1,200 runs judge the scenarios, and under the sanitizers each costs 22-40 % more; every
# other test runs the sanitized build.
test: deps
	cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DWORKSIM_SANITIZE=ON -DWORKSIM_WERROR=ON >/dev/null
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cmake -S . -B $(PLAY_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWORKSIM_TESTS=OFF >/dev/null
	cmake --build $(PLAY_BUILD) -j $(JOBS) --target worksim
	cd $(TEST_BUILD) && WORKSIM_CATALOG_BINARY=$(CURDIR)/$(PLAY_BUILD)/engine/worksim \
	  ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

check: test package

# A Release build installed under /usr, without tests; CPack writes the .deb, then
# scripts/check-package.sh installs it into a throwaway root and runs it from there.
package: deps
	cmake -S . -B $(PKG_BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
	  -DWORKSIM_PACKAGE=ON -DWORKSIM_TESTS=OFF >/dev/null
	cmake --build $(PKG_BUILD) -j $(JOBS)
	cd $(PKG_BUILD) && cpack -G DEB >/dev/null
	./scripts/check-package.sh $(PKG_BUILD)/worksim_*.deb

bench: build
	./scripts/run-benchmarks.sh $(BUILD)

soak: build
	python3 tests/soak/resume_soak.py --binary ./$(BUILD)/engine/worksim $(SOAK_ARGS)

clean:
	rm -rf $(BUILD) $(PLAY_BUILD) $(TEST_BUILD) $(PKG_BUILD)
