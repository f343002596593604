package io.github.s2ikit.variant;

import java.util.Objects;

/**
 * A Python package index that image builds install from, instead of the public index.
 *
 * <p>Builds pass it to {@code assemble} as the build arguments {@code PIP_INDEX_URL} and
 * {@code PIP_TRUSTED_HOST}, so it applies while the image is built and stays out of the image's
 * environment. The digest of what it serves is part of each build's input hash, so a changed
 * index rebuilds the images that installed from it.
 *
 * @param url the simple index URL as the build reaches it, for example {@code http://s2ikit-index:8080/simple/}
 * @param trustedHost the host pip may reach over plain HTTP, or empty when the URL uses HTTPS
 * @param network the network the build must join to reach the index, or empty for the default one
 * @param digest a digest of the files the index serves, or empty when unknown (a public index)
 */
public record PipIndex(String url, String trustedHost, String network, String digest) {

    public PipIndex {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(trustedHost, "trustedHost");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(digest, "digest");
        if (url.isBlank()) {
            throw new IllegalArgumentException("The package index URL should not be blank");
        }
    }

    /** Returns an index reached as it is, such as the public one, with nothing to trust or join. */
    public static PipIndex at(String url) {
        return new PipIndex(url, "", "", "");
    }
}
