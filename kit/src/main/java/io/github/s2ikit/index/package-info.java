/**
 * A local Python package index, and the packages it serves, for machines where the public index
 * is out of reach.
 *
 * <ul>
 *   <li>{@link io.github.s2ikit.index.SimpleIndex} lays out distribution files as a PEP 503
 *       "simple" index, and {@link io.github.s2ikit.index.PackageIndex} serves that layout from a
 *       container on a network of its own.</li>
 *   <li>{@link io.github.s2ikit.index.DebianSourceDistributions} makes uWSGI, mod_wsgi, gunicorn
 *       and their build dependencies from Debian's package archive.</li>
 *   <li>{@link io.github.s2ikit.index.SamplePackageBuilds} builds source distributions and
 *       binary wheels of the sample packages in the full image.</li>
 * </ul>
 */
package io.github.s2ikit.index;
