# slope: build, test, benchmark, install.
# `make` builds ./slope; `make check` runs every test; `make run` starts it.

PREFIX    ?= /usr/local
LOCALEDIR ?= $(PREFIX)/share/locale
BINDIR    ?= $(PREFIX)/bin
MANPREFIX ?= $(PREFIX)/share/man
MANDIR    ?= $(MANPREFIX)/man1
DESTDIR   ?=

CC         ?= cc
PKG_CONFIG ?= pkg-config
CLANG      ?= clang

# -ffp-contract=off: a fused multiply-add changes the book's numbers.
# -fno-builtin-pow: Python's ** is the C library's pow(), which is not
# correctly rounded; gcc would otherwise compute pow(x, 2.0) as x*x.
# Never -ffast-math or -Ofast.
WARNINGS = -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wundef
CFLAGS  ?= -O2 -g
# src/ is in layers, a folder each (src/README.md); a header is named by
# its file name alone, found through one -I per folder.
LAYERS   := base num draw fig tables dash term cmd
INCLUDES := $(LAYERS:%=-Isrc/%)
SLOPE_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE_EXTENDED \
               -ffp-contract=off -fno-builtin-pow $(WARNINGS) $(INCLUDES) \
               $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)
CURSES_LIBS = $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
LDLIBS   = $(CURSES_LIBS) -lm
CMOCKA_LIBS = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

VERSION := 0.1.0

# Everything but the entry point and the curses layer is a library that the
# unit tests link against.
APP_SRCS := src/cmd/main.c src/term/tui.c
LIB_SRCS := $(filter-out $(APP_SRCS),$(sort $(wildcard src/*/*.c)))
TESTS    := $(patsubst tests/%.c,%,$(sort $(wildcard tests/test_*.c)))

OBJ_DIR   := build/obj
ASAN_DIR  := build/asan
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_OBJS  := $(LIB_SRCS:src/%.c=$(OBJ_DIR)/%.o)
APP_OBJS  := $(wildcard $(APP_SRCS))
APP_OBJS  := $(APP_OBJS:src/%.c=$(OBJ_DIR)/%.o)
ASAN_OBJS := $(LIB_SRCS:src/%.c=$(ASAN_DIR)/%.o)

.SECONDARY:

.PHONY: all catalogues pot check check-run check-suites unit unit-asan cli-test export-test doc-test golden-test e2e-test \
        e2e-frame-test numfmt-table-test po-test tour-test readme-test deps run bench fuzz fuzz-check \
        fuzz-replay fuzz-brief golden install uninstall clean lint layers man-check mutants test-programs objects

all: slope catalogues

# The messages' catalogues: po/LANG.po compiled for an uninstalled ./slope
# (build/locale, found next to the executable) and for make install.
LANGUAGES := $(patsubst po/%.po,%,$(wildcard po/*.po))
CATALOGUES := $(LANGUAGES:%=build/locale/%/LC_MESSAGES/slope.mo)

catalogues: $(CATALOGUES)

build/locale/%/LC_MESSAGES/slope.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# Every marked string of src/, for translators: make pot, then
# msgmerge --no-wrap -U po/LANG.po po/slope.pot (tests/po.sh runs the same
# xgettext).
pot:
	xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --add-comments=TRANSLATORS: \
	  --package-name=slope --package-version=$(VERSION) --no-location --sort-output \
	  -o po/slope.pot src/*/*.c

slope: $(LIB_OBJS) $(APP_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# -MMD -MP: each object records the headers it includes (build/**/*.d), so
# a change to a header rebuilds exactly what includes it.
DEPFLAGS = -MMD -MP

$(OBJ_DIR)/%.o: src/%.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) -DSLOPE_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' $(CFLAGS) -c -o $@ $<

$(ASAN_DIR)/%.o: src/%.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) -DSLOPE_VERSION='"$(VERSION)"' -O1 -g $(SAN_FLAGS) -c -o $@ $<

# The unit tests: the modules as built above (-O2, or under the sanitizers at
# -O1), each with its test program compiled at -O0, which compiles in half
# the time and tests the same code. gold, where the compiler has it, links
# them in half the time of ld.bfd. A test's own object is kept apart from its
# link, so a change to a module relinks the tests without compiling them
# again (make mutants relinks them for every mutant).
TEST_LD := $(shell $(CC) -fuse-ld=gold -Wl,--version >/dev/null 2>&1 && echo -fuse-ld=gold)

build/test/%.o: tests/%.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) $(CFLAGS) -O0 -c -o $@ $<

build/test/%: build/test/%.o $(LIB_OBJS)
	$(CC) $(CFLAGS) $(TEST_LD) -o $@ $< $(LIB_OBJS) $(CMOCKA_LIBS) $(LDLIBS)

# test_numfmt reads numfmt alone: linked with numfmt.o alone, it is built
# (and its long comparison started) before the other objects are compiled.
# Its loops over 716,000 values run longer than it compiles: optimized.
build/test/test_numfmt: tests/test_numfmt.c $(OBJ_DIR)/base/numfmt.o Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) $(CFLAGS) $(TEST_LD) -o $@ $< $(OBJ_DIR)/base/numfmt.o $(CMOCKA_LIBS) -lm

build/test-asan/%.o: tests/%.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) -O0 -g $(SAN_FLAGS) -c -o $@ $<

build/test-asan/%: build/test-asan/%.o $(ASAN_OBJS)
	$(CC) -g $(SAN_FLAGS) $(TEST_LD) -o $@ $< $(ASAN_OBJS) $(CMOCKA_LIBS) $(LDLIBS)

-include $(wildcard build/obj/*/*.d build/asan/*/*.d build/test/*.d build/test-asan/*.d)

# LOCALEDIR is compiled into language.o: `make install PREFIX=/opt` after a
# plain `make` rebuilds it, so the installed slope reads its catalogue.
# build/localedir holds the LOCALEDIR language.o was built with. It is
# brought up to date while the Makefile is read, not by a recipe: a recipe
# that runs every time made every target above language.o (slope, and all
# the suites that run it) wait in make check while the unit programs took
# the job slots.
$(shell mkdir -p build && { echo '$(LOCALEDIR)' | cmp -s - build/localedir || echo '$(LOCALEDIR)' >build/localedir; })
$(OBJ_DIR)/base/language.o: build/localedir

# Runs a command and tells an exit from a death by a signal (tests/e2e.sh).
build/test/wstatus: tests/wstatus.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(CFLAGS) -o $@ $<

# Measures a printed screen in terminal columns with wcwidth (tests/tour.sh).
build/test/columns: tests/columns.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(CFLAGS) -o $@ $<

# The tour's page contract as lines (tests/tour.sh).
build/test/tourcontract: tests/tourcontract.c src/tables/tour.c src/tables/tour.h Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(CFLAGS) -o $@ tests/tourcontract.c src/tables/tour.c

# make check first makes sure the packages the tests need are there, then
# runs everything in a fresh make so pkg-config sees what was installed.
# The suites run side by side, JOBS at a time: by default one per core and
# two more, for the two tmux suites, which mostly wait. --output-sync
# prints each suite's output whole, when it ends.
# JOBS is computed once, here, and handed down.
JOBS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 2 )))
check: deps
	@$(MAKE) --no-print-directory -j$(JOBS) JOBS=$(JOBS) --output-sync=target check-run

deps:
	@sh tests/ensure-deps.sh

# Two passes, since make starts a target's recipe only once it has started
# every job it can find before it: first slope, its catalogues and the
# longest unit program; then the suites in this order, so the longest runs
# and the tmux suites (which mostly wait) go on beside the rest of the
# build, and the sanitizers' build and runs come last.
check-run:
	@$(MAKE) --no-print-directory slope catalogues build/test/wstatus build/test/columns \
	  build/test/test_numfmt
	@$(MAKE) --no-print-directory check-suites
	@echo "check: all passed"

check-suites: fuzz-brief run/unit/test_numfmt e2e-test e2e-frame-test tour-test cli-test export-test \
              doc-test golden-test readme-test po-test unit unit-asan fuzz-replay numfmt-table-test \
              man-check lint layers

# Everything the suites run (make mutants builds it in each scratch copy).
test-programs: slope catalogues $(TESTS:%=build/test/%) $(TESTS:%=build/test-asan/%) \
               build/test/wstatus build/test/columns build/fuzz/replay

# Every object of slope compiled, nothing linked: make mutants compiles a
# mutant with it (a mutant that does not compile is an error of the list).
objects: $(LIB_OBJS) $(APP_OBJS)

# Plants each deliberate bug of tests/mutants.txt in a scratch copy, runs
# the suites of check on it, and fails unless every bug is caught. Minutes,
# so not part of check; run it before and after changing the tests.
mutants:
	@sh tests/mutants.sh

# Each unit program runs as soon as it is built, beside the compiles still
# going on, the slowest first; its output is printed whole when it ends.
# (run/... are never files: phony, so the programs run every time, and
# not intermediate, which make would only get to once nothing else is left.)
UNIT_SLOWEST := test_numfmt test_numpyfmt test_figures test_layout test_scene
UNIT_ORDER   := $(foreach t,$(UNIT_SLOWEST),$(filter $(t),$(TESTS))) \
                $(filter-out $(UNIT_SLOWEST),$(TESTS))

.PHONY: $(TESTS:%=run/unit/%) $(TESTS:%=run/unit-asan/%)

unit: $(UNIT_ORDER:%=run/unit/%)
	@echo "unit: $(words $(TESTS)) of $(words $(TESTS)) programs passed"

$(TESTS:%=run/unit/%): run/unit/%: build/test/%
	@echo "---- unit: $*"; $< || { echo "FAILED: $<"; exit 1; }

unit-asan: $(UNIT_ORDER:%=run/unit-asan/%)
	@echo "unit-asan (ASan+UBSan): $(words $(TESTS)) of $(words $(TESTS)) programs passed"

$(TESTS:%=run/unit-asan/%): run/unit-asan/%: build/test-asan/%
	@echo "---- unit-asan (ASan+UBSan): $*"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $< || { echo "FAILED: $<"; exit 1; }

# The suites that run ./slope also read its catalogues (build/locale).
cli-test: slope catalogues
	@sh tests/cli.sh ./slope

# slope export's scripts run with Debian's python3 and NumPy (skipped, and
# said so, without them).
export-test: slope catalogues
	@sh tests/export.sh ./slope

# What README.md, man/slope.1 and slope help promise (tests/COVERAGE.md).
doc-test: slope catalogues
	@sh tests/doc.sh ./slope

golden-test: slope catalogues
	@sh tests/golden.sh ./slope

e2e-test: slope catalogues build/test/wstatus
	@sh tests/e2e.sh ./slope build/test/wstatus

e2e-frame-test: slope catalogues
	@sh tests/e2e-frame.sh ./slope

readme-test: slope catalogues
	@sh tests/readme.sh ./slope README.md

# The catalogues are complete and match the strings of src/.
po-test:
	@sh tests/po.sh

# Every tour page in both languages at three sizes, measured in columns.
tour-test: slope catalogues build/test/columns build/test/tourcontract
	@sh tests/tour.sh ./slope build/test/columns build/test/tourcontract

numfmt-table-test:
	@sh tests/numfmt-table.sh

man-check:
	@out=$$(groff -man -ww -z man/slope.1 2>&1); \
	  if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; echo "man: groff -ww clean"

run: slope
	./slope

bench: slope
	@sh bench/run.sh ./slope

golden: slope catalogues
	@sh tests/golden.sh ./slope --update

# libFuzzer harness for the expression parser and evaluator (clang only).
# New corpus entries go to build/fuzz/work; the seeds stay as committed.
build/fuzz/fuzz_expr: tests/fuzz/fuzz_expr.c src/num/expr.c src/num/expr.h src/num/pypow.c src/num/pypow.h
	@mkdir -p build/fuzz/work
	$(CLANG) -std=c11 -D_POSIX_C_SOURCE=200809L -ffp-contract=off -fno-builtin-pow -g -O1 \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(INCLUDES) \
	  -o $@ tests/fuzz/fuzz_expr.c src/num/expr.c src/num/pypow.c -lm

fuzz: build/fuzz/fuzz_expr
	build/fuzz/fuzz_expr -max_total_time=$${FUZZ_SECONDS:-60} -max_len=5000 \
	  -artifact_prefix=build/fuzz/ build/fuzz/work tests/fuzz/corpus

# The same harness without libFuzzer: a main that replays files, built with
# $(CC) under the sanitizers. make check replays the committed corpus, then,
# where clang has libFuzzer, fuzzes for FUZZ_CHECK_SECONDS.
FUZZ_CHECK_SECONDS ?= 3
# The harness reads expr alone, so it links expr.o (and its pow) alone.
build/fuzz/replay: tests/fuzz/replay.c tests/fuzz/fuzz_expr.c $(ASAN_DIR)/num/expr.o $(ASAN_DIR)/num/pypow.o
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) -O1 -g $(SAN_FLAGS) -o $@ tests/fuzz/replay.c \
	  tests/fuzz/fuzz_expr.c $(ASAN_DIR)/num/expr.o $(ASAN_DIR)/num/pypow.o -lm

fuzz-check: fuzz-replay fuzz-brief

fuzz-replay: build/fuzz/replay
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build/fuzz/replay tests/fuzz/corpus

fuzz-brief:
	@if sh tests/fuzz/has-libfuzzer.sh "$(CLANG)"; then \
	  $(MAKE) -s --no-print-directory build/fuzz/fuzz_expr && \
	  sh tests/fuzz/brief.sh build/fuzz/fuzz_expr $(FUZZ_CHECK_SECONDS); \
	else echo "fuzz: SKIP: no $(CLANG) with libFuzzer here; the corpus was replayed only"; fi

# Each #include runs down the layers of src/ (tests/layers.sh says which).
layers:
	@sh tests/layers.sh

# --cppcheck-build-dir: cppcheck keeps each file's analysis, keyed by a hash
# of the file and what it includes, and analyses again only what changed
# (7 s from nothing, 0.5 s on a built tree).
lint:
	@echo "lint: cppcheck"
	@mkdir -p build/cppcheck
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr --cppcheck-build-dir=build/cppcheck $(INCLUDES) src tests

install: slope catalogues
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	install -m 755 slope $(DESTDIR)$(BINDIR)/slope
	install -m 644 man/slope.1 $(DESTDIR)$(MANDIR)/slope.1
	for l in $(LANGUAGES); do \
	  install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	  install -m 644 build/locale/$$l/LC_MESSAGES/slope.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/slope.mo; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/slope $(DESTDIR)$(MANDIR)/slope.1
	for l in $(LANGUAGES); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/slope.mo; done

clean:
	rm -rf build slope
