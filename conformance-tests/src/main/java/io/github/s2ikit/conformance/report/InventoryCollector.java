package io.github.s2ikit.conformance.report;

import io.github.s2ikit.container.ContainerRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the OS and Python packages of each reported image, with one short container per image
 * that runs as the image's user and is removed when it exits.
 *
 * <p>The container's shell script lists the installed OS packages with {@code dpkg-query}
 * (Debian) or {@code rpm} (CentOS Stream, RHEL). It lists the Python distributions that
 * {@code importlib.metadata} finds with the image's own {@code python3} (else {@code python}) on
 * {@code PATH}, so the image needs no pip. The script replaces the image's entrypoint, which may expect other arguments.
 */
final class InventoryCollector {

    /** How long one image's container may take. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** The environment variable that passes the Python code to the shell script. */
    static final String PYTHON_CODE_VARIABLE = "S2IKIT_INVENTORY_PYTHON";

    static final String PYTHON_CODE = String.join("\n",
            "import sys",
            "print('python', sys.version.split()[0])",
            "try:",
            "    import importlib.metadata as metadata",
            "except ImportError:",
            "    print('python-error importlib.metadata is missing, so this Python is older than 3.8')",
            "    raise SystemExit(0)",
            "for dist in metadata.distributions():",
            "    name = dist.metadata['Name']",
            "    if name:",
            "        print('py', name.replace(' ', '_'), dist.version)",
            "");

    // The dpkg-query and rpm formats are the tools' own, not shell variables: the script is one
    // argument of sh -c, which expands nothing inside single quotes.
    static final String SCRIPT = String.join("\n",
            "if command -v dpkg-query >/dev/null 2>&1; then",
            "  echo 'database dpkg'",
            "  dpkg-query -W -f='os ${db:Status-Status} ${Package} ${Version}\\n'",
            "elif command -v rpm >/dev/null 2>&1; then",
            "  echo 'database rpm'",
            "  rpm -qa --qf 'os installed %{NAME} %|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\n'",
            "else",
            "  echo 'database none'",
            "fi",
            "if command -v python3 >/dev/null 2>&1; then exec python3 -c \"$" + PYTHON_CODE_VARIABLE + "\"; fi",
            "if command -v python >/dev/null 2>&1; then exec python -c \"$" + PYTHON_CODE_VARIABLE + "\"; fi",
            "echo 'python none'",
            "");

    private static final Logger LOG = LoggerFactory.getLogger(InventoryCollector.class);

    private InventoryCollector() {
    }

    /**
     * Lists the packages of each image; an image that could not be inspected or whose container
     * fails gets a problem instead of packages.
     */
    static PackageInventory collect(List<ReportedImage> images) {
        List<ImagePackages> packages = new ArrayList<>();
        for (ReportedImage image : images) {
            packages.add(collect(image));
        }
        return new PackageInventory(true, null, packages);
    }

    private static ImagePackages collect(ReportedImage image) {
        if (image.problem() != null) {
            return ImagePackages.notCollected(image, "the image could not be inspected: " + image.problem());
        }
        // The image id names exactly the image the tests used, even if its tag has moved since.
        String reference = EngineDetails.exactReference(image);
        long start = System.nanoTime();
        try {
            ContainerRun.Result result = ContainerRun.of(reference)
                    .withEntrypoint("/bin/sh", "-c")
                    .withCommand(SCRIPT)
                    .withEnvironment(Map.of(PYTHON_CODE_VARIABLE, PYTHON_CODE))
                    .withTimeout(TIMEOUT)
                    .run();
            ImagePackages packages = InventoryOutput.parse(image, result.exitCode(), result.output());
            if (packages.problem() != null) {
                LOG.warn("The package inventory of the {} image {} is incomplete: {}", image.role(), image.name(),
                        packages.problem());
            }
            LOG.debug("Listed {} OS and {} Python packages of the {} image {} in {} ms", packages.osPackages().size(),
                    packages.pythonPackages().size(), image.role(), image.name(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            return packages;
        } catch (RuntimeException e) {
            LOG.warn("Failed to list the packages of the {} image {}, so the report has no inventory for it: {}",
                    image.role(), image.name(), e.getMessage());
            return ImagePackages.notCollected(image, "the inventory container failed: " + e.getMessage());
        }
    }
}
