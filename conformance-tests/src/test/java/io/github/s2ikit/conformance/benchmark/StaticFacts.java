package io.github.s2ikit.conformance.benchmark;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ProbeRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The static facts of the reference minimal image that the benchmark checks on both sides of its
 * comparison with pytest-testinfra: here with the kit's assertions on the facts of one probe, and
 * in {@code src/benchmark/test_static_claims.py} with testinfra's modules. Both name the same 29
 * facts in the same order, one test function (or parametrized case) per fact there.
 *
 * <p>The facts come from the static claims of the suite: IMG-USER-1001 (uid and gid), the
 * environment of IMG-LOCALE and IMG-APP-ROOT, MIN-NO-COMPILERS, MIN-NO-NODE, MIN-NO-HEADERS,
 * MIN-PACKAGE-MANAGER, IMG-PYTHON-VERSION, the Python prefix of IMG-APP-ROOT, IMG-S2I-SCRIPTS and
 * the fix-permissions part of IMG-FIX-PERMISSIONS. The expected values are the reference
 * platform's.
 */
final class StaticFacts {

    /** The variables of IMG-LOCALE and IMG-APP-ROOT that a command in the container must see. */
    static final Map<String, String> ENVIRONMENT = orderedMap(
            "PYTHONUNBUFFERED", "1",
            "PYTHONIOENCODING", "UTF-8",
            "LC_ALL", "en_US.UTF-8",
            "LANG", "en_US.UTF-8",
            "APP_ROOT", "/opt/app-root",
            "HOME", "/opt/app-root/src");

    /** The s2i scripts and the fix-permissions helper, each an executable file. */
    static final List<String> EXECUTABLE_FILES = List.of(
            "/usr/libexec/s2i/assemble", "/usr/libexec/s2i/run", "/usr/libexec/s2i/usage", "/usr/bin/fix-permissions");

    /**
     * One fact and the assertion that checks it.
     *
     * @param id the id of the test that checks the same fact in the testinfra module, without
     *     the host: {@code test_executable_absent[gcc]} for pytest's
     *     {@code test_executable_absent[docker://ID-gcc]}
     * @param assertion throws {@link AssertionError} when the facts break it
     */
    record Check(String id, Consumer<ContainerFacts> assertion) {
    }

    private StaticFacts() {
    }

    /** Returns what the probe must look up for these checks: the suite's standard request. */
    static ProbeRequest request() {
        return ProbeRequest.standard();
    }

    /** Returns the 29 checks, in the order of the testinfra module. */
    static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("test_uid", facts -> assertThat(facts).runsAsUid(1001)));
        checks.add(new Check("test_gid", facts -> assertThat(facts).runsAsGid(0)));
        ENVIRONMENT.forEach((variable, value) -> checks.add(new Check("test_environment[" + variable + "]",
                facts -> assertThat(facts).hasEnv(variable, value))));
        for (String name : concat(ProbeRequest.COMPILERS, ProbeRequest.NODE)) {
            checks.add(new Check("test_executable_absent[" + name + "]",
                    facts -> assertThat(facts).hasNoExecutables(name)));
        }
        checks.add(new Check("test_no_python_header", facts -> assertThat(facts).hasNoFileNamed("Python.h")));
        checks.add(new Check("test_no_c_header", facts -> assertThat(facts).doesNotHaveFile("/usr/include/stdio.h")));
        checks.add(new Check("test_package_manager_present", facts -> assertThat(facts).hasExecutables("apt-get")));
        for (String name : List.of("yum", "dnf")) {
            checks.add(new Check("test_full_package_manager_absent[" + name + "]",
                    facts -> assertThat(facts).hasNoExecutables(name)));
        }
        checks.add(new Check("test_python_version", facts -> assertThat(facts).hasPythonVersion("3.11")));
        checks.add(new Check("test_python_prefix", facts -> assertThat(facts).hasPythonPrefix("/opt/app-root")));
        for (String path : EXECUTABLE_FILES) {
            checks.add(new Check("test_executable_file[" + path + "]", facts -> assertThat(facts).hasExecutableFile(path)));
        }
        return List.copyOf(checks);
    }

    /**
     * Runs every check and returns, for each one that failed, its id and the assertion's message;
     * an empty map means all passed.
     */
    static Map<String, String> failures(ContainerFacts facts) {
        Map<String, String> failures = new LinkedHashMap<>();
        for (Check check : checks()) {
            try {
                check.assertion().accept(facts);
            } catch (AssertionError e) {
                failures.put(check.id(), e.getMessage().strip());
            }
        }
        return failures;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
