package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import static java.util.Objects.requireNonNull;

/**
 * An OS or Python package installed in an image.
 *
 * @param name the package name as its package database spells it
 * @param version the installed version, in that database's format
 */
@JsonPropertyOrder({"name", "version"})
public record InstalledPackage(String name, String version) {

    /**
     * Creates an installed package.
     *
     * @throws NullPointerException if any component is {@code null}
     */
    public InstalledPackage {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
    }
}
