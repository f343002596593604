#!/usr/bin/env bash
# Runs the benchmark of the conformance suite on the reference platform: the cold and the warm
# run of the whole suite, the cost of its static claims, and the same static checks done by
# pytest-testinfra's docker backend. It prints the figures and the targets as tables and writes
# conformance-tests/target/benchmark/benchmark.json. docs/benchmarks.md explains the figures.
#
# The cold run removes every image labelled io.github.s2ikit.cache except the reference images
# and debian:bookworm-slim, so the suite builds all its variants again. It takes 20 minutes or more.
#
# Usage: scripts/benchmark.sh [--skip-setup] [--runs N] [--skip-suite]
#   --skip-setup  leave the engine alone, as -Dsetup.skip does for Maven
#   --runs N      timed runs of each side of the testinfra comparison (default 5)
#   --skip-suite  leave out the cold and the warm run of the whole suite, for a quick check
#
# Needs Java 17, a Docker engine, and Debian's python3-testinfra and python3-pytest for
# /usr/bin/python3, which it installs with apt-get when they are missing.
set -euo pipefail

readonly REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly PYTHON=/usr/bin/python3

step() { printf 'benchmark: %s\n' "$*"; }
fail() {
    printf 'benchmark: FAILED: %s\n' "$1" >&2
    [[ $# -gt 1 ]] && printf 'benchmark: next: %s\n' "$2" >&2
    exit 1
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

setup=true
args=()
for arg in "$@"; do
    case "$arg" in
        --skip-setup) setup=false ;;
        *) args+=("$arg") ;;
    esac
done

cd "$REPO"

# The same step as the validate phase of the Maven build.
if [[ $setup == true ]]; then
    bash scripts/setup-docker.sh
fi

# testinfra is used as Debian packages it, with Debian's Python; a pyenv python3 on PATH would not
# see it, hence the full path.
if ! "$PYTHON" -c 'import pytest, testinfra' >/dev/null 2>&1; then
    step "installing python3-testinfra and python3-pytest"
    as_root apt-get update -qq || fail "apt-get update failed" "check the apt sources in /etc/apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        python3-testinfra python3-pytest >/dev/null \
        || fail "apt-get install python3-testinfra python3-pytest failed" \
            "run 'apt-get install python3-testinfra python3-pytest' by hand to see why"
fi

step "compiling, and writing the test classpath of conformance-tests"
./mvnw -q -Dsetup.skip -pl conformance-tests -am -Pbenchmark process-test-classes \
    || fail "the Maven build failed" "run './mvnw -Dsetup.skip -pl conformance-tests -am test-compile' to see why"

# The settings that the Maven build gives the suite's test JVMs (see the parent pom.xml).
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"

cd conformance-tests
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$(cat target/benchmark/classpath.txt)" \
    io.github.s2ikit.conformance.benchmark.Benchmark --python "$PYTHON" "${args[@]}"
