package io.github.s2ikit.conformance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses what the inventory script of {@link InventoryCollector} prints. Each line it reads is
 * one of these, with fields separated by spaces (no package name or version contains one):
 * <ul>
 *   <li>{@code database dpkg}, {@code database rpm} or {@code database none};</li>
 *   <li>{@code os STATUS NAME VERSION}, one per OS package, of which only the status
 *       {@code installed} counts;</li>
 *   <li>{@code python VERSION} or {@code python none}, and {@code python-error MESSAGE} when the
 *       Python packages cannot be listed;</li>
 *   <li>{@code py NAME VERSION}, one per Python distribution, in the order Python finds them.</li>
 * </ul>
 * Any other line, such as a warning on standard error, is ignored.
 */
final class InventoryOutput {

    /** How many lines of unexpected output a problem shows. */
    private static final int SHOWN_LINES = 10;

    private InventoryOutput() {
    }

    /**
     * Returns the packages that the output lists, with a problem for each part that is missing.
     *
     * @param image the image the script ran in
     * @param exitCode the container's exit status
     * @param output what the container printed
     */
    static ImagePackages parse(ReportedImage image, int exitCode, String output) {
        String database = null;
        String pythonVersion = null;
        List<String> problems = new ArrayList<>();
        Map<String, InstalledPackage> osPackages = new LinkedHashMap<>();
        Map<String, InstalledPackage> pythonPackages = new LinkedHashMap<>();
        boolean databaseLine = false;
        boolean pythonLine = false;

        for (String line : output.split("\r?\n")) {
            String[] fields = line.strip().split(" +");
            switch (fields[0]) {
                case "database" -> {
                    databaseLine = true;
                    if (fields.length > 1 && !fields[1].equals("none")) {
                        database = fields[1];
                    } else {
                        problems.add("the image has neither dpkg-query nor rpm, so its OS packages are not listed");
                    }
                }
                case "os" -> {
                    if (fields.length == 4 && fields[1].equals("installed")) {
                        osPackages.putIfAbsent(fields[2], new InstalledPackage(fields[2], fields[3]));
                    }
                }
                case "python" -> {
                    pythonLine = true;
                    if (fields.length > 1 && !fields[1].equals("none")) {
                        pythonVersion = fields[1];
                    } else {
                        problems.add("the image has no python3 or python on PATH, so its Python packages are not listed");
                    }
                }
                case "python-error" -> problems.add("the Python packages could not be listed: "
                        + line.strip().substring("python-error".length()).strip());
                case "py" -> {
                    // Python imports the first distribution of a name on sys.path, so a later
                    // one of the same normalized name is shadowed and left out.
                    if (fields.length == 3) {
                        pythonPackages.putIfAbsent(normalizePythonName(fields[1]),
                                new InstalledPackage(fields[1], fields[2]));
                    }
                }
                default -> {
                    // Output of the tools on standard error, such as warnings.
                }
            }
        }

        if (!databaseLine || !pythonLine) {
            problems.add("the inventory script ended early with exit status " + exitCode + "; its last output:\n"
                    + lastLines(output));
        }
        return new ImagePackages(image.role(), image.name(), database, pythonVersion, sorted(osPackages),
                sorted(pythonPackages), problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * Returns the name as PEP 503 normalizes it: lower case, with each run of {@code -}, {@code _}
     * and {@code .} replaced by one {@code -}, so that {@code Foo_Bar} and {@code foo-bar} match.
     */
    static String normalizePythonName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static List<InstalledPackage> sorted(Map<String, InstalledPackage> packages) {
        List<InstalledPackage> list = new ArrayList<>(packages.values());
        list.sort(Comparator.comparing((InstalledPackage p) -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(InstalledPackage::name));
        return list;
    }

    private static String lastLines(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - SHOWN_LINES), lines.size()));
    }
}
