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
 * @param extraUrl a second index pip also looks in ({@code PIP_EXTRA_INDEX_URL}), or empty
 * @param hostAddress the IP address of {@code trustedHost} on {@code network}, or empty; builds add
 *     it as a host entry, because Podman's builds join a network without resolving its aliases
 */
public record PipIndex(String url, String trustedHost, String network, String digest, String extraUrl,
        String hostAddress) {

    public PipIndex {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(trustedHost, "trustedHost");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(extraUrl, "extraUrl");
        Objects.requireNonNull(hostAddress, "hostAddress");
        if (url.isBlank()) {
            throw new IllegalArgumentException("The package index URL should not be blank");
        }
    }

    /**
     * Returns an index reached as it is, such as the public one or a mirror, with no network to
     * join. A plain-HTTP index's host becomes the trusted host, since pip ignores such an index
     * otherwise.
     *
     * <p>NOTE: the digest is empty, because what such an index serves is unknown; new files under
     * the same URL therefore do not rebuild images that installed from it.
     */
    public static PipIndex at(String url) {
        java.net.URI uri = java.net.URI.create(url.strip());
        String trusted = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null ? uri.getHost() : "";
        return new PipIndex(url.strip(), trusted, "", "", "", "");
    }

    /**
     * Returns an index served on the given network under the host name {@code trustedHost}, at the
     * given address, with nothing else to look in.
     */
    public static PipIndex onNetwork(String url, String trustedHost, String network, String digest,
            String hostAddress) {
        return new PipIndex(url, trustedHost, network, digest, "", hostAddress);
    }

    /** Returns a copy in which pip also looks in the given index, such as the public one. */
    public PipIndex withExtraUrl(String url) {
        return new PipIndex(this.url, trustedHost, network, digest, url, hostAddress);
    }
}
