# cloudsync: the two set-up commands are `make demo` and `make test` (see README.md).
MVN ?= mvn -B -q
JAR := target/cloudsync.jar

.PHONY: build test demo golden bench emulator fmt clean

build: ## the runnable shaded jar at target/cloudsync.jar
	$(MVN) -DskipTests package

test: ## every test, plus the enforcer and architecture rules
	mvn -B verify

demo: build ## plan, apply, plan again and drift on the embedded Graph emulator
	bash scripts/demo.sh

golden: ## regenerate the golden files under src/test/resources/golden
	mvn -B -q test -Dgolden.update=true -Dtest='Golden*,*Golden*' -Dsurefire.failIfNoSpecifiedTests=false

bench: build ## benchmarks (never part of make test)
	@echo "make bench: not implemented yet" >&2; exit 1

emulator: build ## a local Graph emulator on 127.0.0.1:8080
	java -jar $(JAR) emulator --port $${PORT:-8080}

fmt: ## format the Java sources (palantir-java-format)
	$(MVN) spotless:apply

clean:
	$(MVN) clean
