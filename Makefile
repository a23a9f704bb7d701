# cloudsync: the two set-up commands are `make demo` and `make test` (see README.md).
MVN ?= mvn -B -q
JAR := target/cloudsync.jar

.PHONY: build test demo golden bench emulator fmt clean dist dist-test image image-test check-examples

build: ## the runnable shaded jar at target/cloudsync.jar, and the start-up cache for this JDK (bin/cloudsync uses it)
	$(MVN) -DskipTests package
	bash scripts/startup-cache.sh

test: ## every test, plus the enforcer and architecture rules
	mvn -B verify

demo: build ## plan, apply, plan again and drift on the embedded Graph emulator
	bash scripts/demo.sh

golden: ## regenerate the golden files under src/test/resources/golden and the bad-profile goldens (src/test/resources/bad-profiles/*.expected)
	mvn -B -q test -Dgolden.update=true -Dtest='Golden*,*Golden*,BadProfilesTest' -Dsurefire.failIfNoSpecifiedTests=false

BENCH_CP = target/test-classes:target/classes:$$(cat target/test-cp.txt)
JDK25_HOME ?= /usr/lib/jvm/temurin-25-jdk-amd64

bench: build ## benchmarks (never part of make test): prints a table, writes bench/results.json (see bench/README.md)
	[ ! -x $(JDK25_HOME)/bin/java ] || JAVA_HOME=$(JDK25_HOME) bash scripts/startup-cache.sh
	$(MVN) -DskipTests test-compile
	$(MVN) dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
	mkdir -p target/bench
	java -cp "$(BENCH_CP)" io.github.cloudsync.bench.RoundTripsBenchmark target/bench/roundtrips.json
	java -cp "$(BENCH_CP)" org.openjdk.jmh.Main SchemaWorkBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s \
		-jvmArgs -Xmx256m -rf json -rff target/bench/jmh.json
	JDK25_HOME=$(JDK25_HOME) bash bench/startup.sh > target/bench/startup.json
	bash bench/side-by-side.sh > target/bench/side-by-side.json
	java -cp "$(BENCH_CP)" io.github.cloudsync.bench.FleetDriftBenchmark target/bench/fleet.json
	# the client runs in this JVM, with the flags bin/cloudsync gives drift (figure 7)
	java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
		-cp "$(BENCH_CP)" io.github.cloudsync.bench.FleetScaleBenchmark target/bench/fleet-scale.json
	java -cp "$(BENCH_CP)" io.github.cloudsync.bench.ResultsBenchmark

emulator: build ## a local Graph emulator on 127.0.0.1:8080
	java -jar $(JAR) emulator --port $${PORT:-8080}

dist: ## target/dist/cloudsync-VERSION.tar.gz, its CycloneDX SBOM and SHA256SUMS (see README, Install)
	$(MVN) -DskipTests package org.cyclonedx:cyclonedx-maven-plugin:makeBom
	bash scripts/dist.sh

dist-test: dist ## unpack the archive into a new folder and run version, validate, plan, apply, drift from it
	bash scripts/dist-test.sh

image: ## target/image/cloudsync-VERSION.oci.tar: an OCI image (Debian's JRE 17, non-root, read-only root), no daemon; needs root
	$(MVN) -DskipTests package
	bash scripts/image.sh

image-test: image ## unpack the image's layers and run cloudsync in its root file system, read-only, as its user
	bash scripts/image-test.sh

check-examples: ## action.yml and examples/github through @action-validator/cli (npm); examples/kubernetes through the Kubernetes API types
	bash scripts/check-examples.sh

fmt: ## format the Java sources (palantir-java-format)
	$(MVN) spotless:apply

clean:
	$(MVN) clean
