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
# Never -ffast-math or -Ofast.
WARNINGS = -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wundef
CFLAGS  ?= -O2 -g
SLOPE_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE_EXTENDED \
               -ffp-contract=off $(WARNINGS) \
               $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)
CURSES_LIBS = $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
LDLIBS   = $(CURSES_LIBS) -lm
CMOCKA_LIBS = $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

VERSION := 0.1.0

# Everything but the entry point and the curses layer is a library that the
# unit tests link against.
APP_SRCS := src/main.c src/tui.c
LIB_SRCS := $(filter-out $(APP_SRCS),$(sort $(wildcard src/*.c)))
TESTS    := $(patsubst tests/%.c,%,$(sort $(wildcard tests/test_*.c)))

OBJ_DIR   := build/obj
ASAN_DIR  := build/asan
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

LIB_OBJS  := $(LIB_SRCS:src/%.c=$(OBJ_DIR)/%.o)
APP_OBJS  := $(wildcard $(APP_SRCS))
APP_OBJS  := $(APP_OBJS:src/%.c=$(OBJ_DIR)/%.o)
ASAN_OBJS := $(LIB_SRCS:src/%.c=$(ASAN_DIR)/%.o)

.SECONDARY:

.PHONY: all catalogues pot check check-run unit unit-asan cli-test golden-test e2e-test e2e-frame-test \
        numfmt-table-test po-test tour-test readme-test deps run bench fuzz fuzz-check golden install uninstall \
        clean lint man-check mutants test-programs

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
	  -o po/slope.pot src/*.c

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

build/test/%: tests/%.c $(LIB_OBJS) Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(LIB_OBJS) $(CMOCKA_LIBS) $(LDLIBS)

build/test-asan/%: tests/%.c $(ASAN_OBJS) Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(DEPFLAGS) -O1 -g $(SAN_FLAGS) -Isrc -o $@ $< $(ASAN_OBJS) $(CMOCKA_LIBS) $(LDLIBS)

-include $(wildcard build/obj/*.d build/asan/*.d build/test/*.d build/test-asan/*.d)

# LOCALEDIR is compiled into language.o: `make install PREFIX=/opt` after a
# plain `make` rebuilds it, so the installed slope reads its catalogue.
build/localedir: FORCE
	@mkdir -p $(@D)
	@echo '$(LOCALEDIR)' | cmp -s - $@ || echo '$(LOCALEDIR)' >$@
$(OBJ_DIR)/language.o: build/localedir

.PHONY: FORCE
FORCE:

# Runs a command and tells an exit from a death by a signal (tests/e2e.sh).
build/test/wstatus: tests/wstatus.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(CFLAGS) -o $@ $<

# Measures a printed screen in terminal columns with wcwidth (tests/tour.sh).
build/test/columns: tests/columns.c Makefile
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) $(CFLAGS) -o $@ $<

# make check first makes sure the packages the tests need are there, then
# runs everything in a fresh make so pkg-config sees what was installed.
# The suites run side by side (JOBS at a time, one per core by default);
# --output-sync prints each suite's output whole, when it ends.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
check: deps
	@$(MAKE) --no-print-directory -j$(JOBS) --output-sync=target check-run

deps:
	@sh tests/ensure-deps.sh

# unit first: its exhaustive numfmt comparison is the longest suite.
check-run: unit unit-asan cli-test golden-test e2e-test e2e-frame-test fuzz-check \
           numfmt-table-test po-test tour-test readme-test man-check lint
	@echo "check: all passed"

# Everything the suites run (make mutants builds it in each scratch copy).
test-programs: slope catalogues $(TESTS:%=build/test/%) $(TESTS:%=build/test-asan/%) \
               build/test/wstatus build/test/columns build/fuzz/replay

# Plants each deliberate bug of tests/mutants.txt in a scratch copy, runs
# the suites of check on it, and fails unless every bug is caught. Minutes,
# so not part of check; run it before and after changing the tests.
mutants:
	@sh tests/mutants.sh

unit: $(TESTS:%=build/test/%)
	@sh tests/run-unit.sh unit build/test $(TESTS)

unit-asan: $(TESTS:%=build/test-asan/%)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/run-unit.sh "unit-asan (ASan+UBSan)" build/test-asan $(TESTS)

# The suites that run ./slope also read its catalogues (build/locale).
cli-test: slope catalogues
	@sh tests/cli.sh ./slope

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
tour-test: slope catalogues build/test/columns
	@sh tests/tour.sh ./slope build/test/columns

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
build/fuzz/fuzz_expr: tests/fuzz/fuzz_expr.c src/expr.c $(HDRS)
	@mkdir -p build/fuzz/work
	$(CLANG) -std=c11 -D_POSIX_C_SOURCE=200809L -ffp-contract=off -g -O1 \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc \
	  -o $@ tests/fuzz/fuzz_expr.c src/expr.c -lm

fuzz: build/fuzz/fuzz_expr
	build/fuzz/fuzz_expr -max_total_time=$${FUZZ_SECONDS:-60} -max_len=5000 \
	  -artifact_prefix=build/fuzz/ build/fuzz/work tests/fuzz/corpus

# The same harness without libFuzzer: a main that replays files, built with
# $(CC) under the sanitizers. make check replays the committed corpus, then,
# where clang has libFuzzer, fuzzes for FUZZ_CHECK_SECONDS.
FUZZ_CHECK_SECONDS ?= 5
build/fuzz/replay: tests/fuzz/replay.c tests/fuzz/fuzz_expr.c $(ASAN_OBJS)
	@mkdir -p $(@D)
	$(CC) $(SLOPE_CFLAGS) -O1 -g $(SAN_FLAGS) -Isrc -o $@ tests/fuzz/replay.c \
	  tests/fuzz/fuzz_expr.c $(ASAN_OBJS) $(LDLIBS)

fuzz-check: build/fuzz/replay
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  build/fuzz/replay tests/fuzz/corpus
	@if sh tests/fuzz/has-libfuzzer.sh "$(CLANG)"; then \
	  $(MAKE) -s --no-print-directory build/fuzz/fuzz_expr && \
	  sh tests/fuzz/brief.sh build/fuzz/fuzz_expr $(FUZZ_CHECK_SECONDS); \
	else echo "fuzz: SKIP: no $(CLANG) with libFuzzer here; the corpus was replayed only"; fi

lint:
	@echo "lint: cppcheck"
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --inline-suppr -Isrc src tests

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
