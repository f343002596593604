package io.github.s2ikit.conformance.runner;

import java.util.List;

/**
 * The runner's options as given on the command line, before {@link Preflight} checks them.
 *
 * @param platform the value of {@code --platform}, or {@code null} when it was not given
 * @param minimalImage the value of {@code --minimal-image}, or {@code null}
 * @param fullImage the value of {@code --full-image}, or {@code null}
 * @param report the value of {@code --report}, or its default
 * @param claims the ids and globs of {@code --claims}, empty when it was not given
 * @param baseline the value of {@code --baseline}, or {@code null}
 */
record RunnerOptions(String platform, String minimalImage, String fullImage, String report, List<String> claims,
        String baseline) {

    RunnerOptions {
        claims = List.copyOf(claims);
    }
}
