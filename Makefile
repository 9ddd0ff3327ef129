# attune: PGXS build, plus the project's own targets:
#   make test    install what is missing, build, install, run every suite
#   make demo    the same set-up, then a walk-through in a throwaway cluster
#   make bench   the same set-up, then the benchmarks (never part of make test);
#                BENCH="contact_summary trigger" runs only those, BENCH_RUNS=N
#                sets the paired runs of each comparison (contact_summary 5,
#                trigger 15)
#   make bench-instructions  the same set-up, then the instructions a row of
#                contact_summary and of the trigger, each with its baselines,
#                counted by callgrind
#   make valgrind  the same set-up, then the pg_regress suite under valgrind (slow)
#   make ubsan   the same set-up, then the pg_regress suite against a build with
#                UndefinedBehaviorSanitizer (installs the normal build afterwards)
#   make compat  make test for PostgreSQL 13, 15 and 17 (PG_MAJORS="..."), each in
#                a new Debian root of the release that packages it (root, slow)
#   make dist    attune-VERSION.zip for PGXN: the tracked files of HEAD, META.json,
#                and the install script
#   make pgxn-check  the same set-up, then make dist, installs the archive with
#                Debian's pgxnclient and runs its installcheck in a throwaway cluster
#   make deb-check   the same set-up, then builds the Debian package (debian/,
#                pg_buildext), installs it and runs the installcheck against it

EXTENSION  = attune
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = $(EXTENSION)
OBJS       = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# Released install scripts (attune--X.Y.Z.sql) and the upgrade scripts
# (attune--A--B.sql, written by hand) are committed and installed as they
# are: a released script never changes (test/released.sh checks them against
# test/released.sha256).  The install script of a version not yet released
# is made from src/sql/ into build/.
DATA = $(wildcard $(EXTENSION)--*.sql)
GENERATED_SCRIPT = build/$(EXTENSION)--$(EXTVERSION).sql
ifeq ($(wildcard $(EXTENSION)--$(EXTVERSION).sql),)
DATA_built = $(GENERATED_SCRIPT)
endif
EXTRA_CLEAN = build

# pg_regress tests: sql/NAME.sql against expected/NAME.out, in name order.
REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# Strict warnings; WERROR= turns the last one off for a compiler that is
# newer than this code.  Unused parameters are allowed: the server's own
# headers (lib/ilist.h, reached from commands/trigger.h) have them.
WERROR    ?= -Werror
PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter $(WERROR)

# The PostgreSQL major version that make test and make demo set up.
PG_MAJOR  ?= 15
PG_CONFIG ?= pg_config
PGXS      := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# Isolation tests (installcheck runs them after pg_regress):
# test/isolation/specs/NAME.spec against test/isolation/expected/NAME.out.
# Debian packages PostgreSQL's isolation tester from 14 on; where it is
# missing the suite is left out, and installcheck says so (below).
ISOLATION_TESTER = $(dir $(PGXS))../../src/test/isolation/pg_isolation_regress
ifneq ($(wildcard $(ISOLATION_TESTER)),)
ISOLATION      = $(patsubst test/isolation/specs/%.spec,%,$(sort $(wildcard test/isolation/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test/isolation --load-extension=$(EXTENSION)
endif

ifneq ($(PGXS),)
include $(PGXS)
else ifeq ($(filter test demo bench bench-instructions valgrind ubsan compat dist pgxn-check deb-check,$(MAKECMDGOALS)),)
$(error pg_config not found: install postgresql-server-dev-$(PG_MAJOR), set PG_CONFIG, or run make test / make demo, which install it)
endif

LABEL_TYPES = rel_stage trust_level jbp_mode contact_channel org_level
SQL_PARTS   = src/sql/head.sql src/sql/label_type.sql.in src/sql/label_comments.sql \
              src/sql/scoring.sql src/sql/aggregates.sql src/sql/contact_summary.sql \
              src/sql/risk.sql

$(GENERATED_SCRIPT): $(SQL_PARTS) $(EXTENSION).control Makefile
	@mkdir -p build
	{ cat src/sql/head.sql; \
	  for type in $(LABEL_TYPES); do sed "s/@TYPE@/$$type/g" src/sql/label_type.sql.in; done; \
	  cat $(filter-out src/sql/head.sql src/sql/label_type.sql.in,$(SQL_PARTS)); } > $@

$(OBJS): src/json_build.h src/attune.h src/contact_summary.h src/person_key.h src/risk.h src/row_tail.h

.PHONY: test demo report bench bench-instructions valgrind ubsan compat dist pgxn-check deb-check

# Where the isolation tester is missing, installcheck says so before pg_regress.
ifneq ($(PGXS),)
ifeq ($(ISOLATION),)
installcheck: isolation-left-out
isolation-left-out:
	@echo "isolation suite left out: this PostgreSQL's packages have no pg_isolation_regress"
.PHONY: isolation-left-out
endif
endif

TEST_SUMMARY = results/summary.txt

# make test's cluster starts without pg_cron: test/cron/run.sh sets it up as
# the tutorial says, restarting the server, and schedules a refresh.
# The real clients test/clients/run.sh drives (JDBC, psqlODBC from Python).
CLIENT_PACKAGES = libpostgresql-jdbc-java default-jdk-headless odbc-postgresql unixodbc python3-pyodbc

test:
	test/setup.sh $(PG_MAJOR) postgresql-$(PG_MAJOR)-cron chromium $(CLIENT_PACKAGES)
	@mkdir -p results && rm -f $(TEST_SUMMARY)
	@pg_virtualenv -t -v $(PG_MAJOR) test/run-suites.sh --summary $(TEST_SUMMARY); status=$$?; \
	  echo; cat $(TEST_SUMMARY) 2>/dev/null || echo "0 passed, 1 failed"; exit $$status

demo:
	test/setup.sh $(PG_MAJOR)
	pg_virtualenv -t -v $(PG_MAJOR) examples/demo.sh

# The demo writes the report as a page too (attune-report.html).
report: demo

bench:
	test/setup.sh $(PG_MAJOR) postgresql-$(PG_MAJOR)-hll
	pg_virtualenv -t -v $(PG_MAJOR) -o shared_buffers=1GB -o work_mem=256MB \
	  -o max_wal_size=8GB -o checkpoint_timeout=1h test/bench/run.sh $(BENCH)

bench-instructions:
	test/setup.sh $(PG_MAJOR) valgrind
	test/bench/instructions.sh $(PG_MAJOR)

valgrind:
	test/setup.sh $(PG_MAJOR) valgrind
	test/valgrind.sh $(PG_MAJOR)

ubsan:
	test/setup.sh $(PG_MAJOR)
	test/ubsan.sh $(PG_MAJOR)

compat:
	test/compat.sh $(PG_MAJORS)

# The archive PGXN takes: what git tracks at HEAD (a released version's
# install script with it; an unreleased one's is made from src/sql/ and
# added).  META.json's and debian/changelog's versions must be the control
# file's.
DIST = $(EXTENSION)-$(EXTVERSION).zip
dist: $(DATA_built)
	@grep -q '"version": "$(EXTVERSION)"' META.json || { echo "META.json does not give version $(EXTVERSION)" >&2; exit 1; }
	@head -n 1 debian/changelog | grep -q '($(EXTVERSION))' || { echo "debian/changelog does not start with version $(EXTVERSION)" >&2; exit 1; }
	git archive --format zip --prefix=$(EXTENSION)-$(EXTVERSION)/ \
	  $(addprefix --add-file=,$(DATA_built)) -o $(DIST) HEAD
	@echo "made $(DIST)"

pgxn-check:
	test/setup.sh $(PG_MAJOR) pgxnclient
	test/pgxn.sh $(PG_MAJOR)

deb-check:
	test/setup.sh $(PG_MAJOR) build-essential debhelper dpkg-dev postgresql-server-dev-all
	test/deb.sh $(PG_MAJOR)
