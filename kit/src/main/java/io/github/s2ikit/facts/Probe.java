package io.github.s2ikit.facts;

import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the static facts of a running container in one {@code exec} of one POSIX shell script.
 *
 * <p>One round trip for all facts is what keeps a check cheap: each claim then judges facts in
 * memory. The script needs only {@code sh}, {@code id}, {@code stat}, {@code find} and
 * {@code base64}, which both the minimal and the full image have. Every record the script prints is
 * one line, {@code key TAB value}; values that may hold newlines are base64-encoded.
 */
public final class Probe {

    /** How long the probe may take. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String PYTHON = String.join("\n",
            "import locale, platform, sys",
            "print(\"python.version\\t\" + platform.python_version())",
            "print(\"python.prefix\\t\" + sys.prefix)",
            "print(\"python.executable\\t\" + sys.executable)",
            "print(\"python.encoding\\t\" + locale.getpreferredencoding())",
            "try:",
            "    print(\"python.locale\\t\" + str(locale.setlocale(locale.LC_ALL, \"\")))",
            "except locale.Error as error:",
            "    print(\"python.locale_error\\t\" + str(error))");

    private Probe() {
    }

    /**
     * Runs the probe in a running container as the container's user.
     *
     * @param containerId the container
     * @param image the image's name, for messages
     * @param request what to look up besides the facts always read
     * @throws ProbeException when the script fails or prints nothing usable
     */
    public static ContainerFacts run(String containerId, String image, ProbeRequest request) {
        ExecResult result = Exec.in(containerId, List.of("/bin/sh", "-c", script(request)))
                .withTimeout(TIMEOUT)
                .run();
        if (!result.succeeded() || !result.stdout().contains("uid\t")) {
            throw new ProbeException("The fact probe failed in a container of image " + image + ": "
                    + result.tail(15) + "\nThe image needs /bin/sh, id, stat, find and base64.");
        }
        return parse(image, result.stdout());
    }

    /**
     * Returns the probe script for a request. The Python part sits between single quotes in the
     * script, so it uses only double quotes.
     */
    static String script(ProbeRequest request) {
        StringBuilder script = new StringBuilder();
        script.append("set +e\n");
        script.append("emit() { printf '%s\\t%s\\n' \"$1\" \"$2\"; }\n");
        script.append("b64() { base64 -w0 2>/dev/null || base64; }\n");
        script.append("emit uid \"$(id -u)\"\n");
        script.append("emit gid \"$(id -g)\"\n");
        // GNU id prints the number and fails when the uid has no passwd entry: that is no name.
        script.append("if name=$(id -un 2>/dev/null); then emit user \"$name\"; else emit user ''; fi\n");
        script.append("emit env \"$(b64 </proc/self/environ)\"\n");
        script.append("emit os \"$( (. /etc/os-release 2>/dev/null; printf %s \"$ID\") )\"\n");

        script.append("for name in ").append(quoted(request.executables())).append("; do\n");
        script.append("  emit which \"$name\t$(command -v \"$name\" 2>/dev/null)\"\n");
        script.append("  for dir in ").append(quoted(ProbeRequest.EXECUTABLE_DIRECTORIES)).append("; do\n");
        script.append("    if [ -e \"$dir/$name\" ] || [ -L \"$dir/$name\" ]; then emit at \"$name\t$dir/$name\"; fi\n");
        script.append("  done\n");
        script.append("done\n");

        // Packages install compilers as gcc-12 or x86_64-linux-gnu-gcc and add the plain name only
        // through another package, so one find lists the candidates and parse() keeps the exact forms.
        if (!request.executables().isEmpty()) {
            script.append("ifs=$IFS; IFS=:; set -- $PATH; IFS=$ifs\n");
            script.append("find \"$@\" ")
                    .append(String.join(" ", ProbeRequest.EXECUTABLE_DIRECTORIES))
                    .append(" -maxdepth 1 \\( ").append(variantPatterns(request.executables()))
                    .append(" \\) 2>/dev/null | while read -r path; do emit variant \"$path\"; done\n");
        }

        if (!request.paths().isEmpty()) {
            script.append("for path in ").append(quoted(request.paths())).append("; do\n");
            script.append("  if [ -e \"$path\" ] || [ -L \"$path\" ]; then\n");
            script.append("    emit stat \"$(stat -c '%n\t%a\t%u\t%g\t%F' \"$path\")\"\n");
            script.append("  else emit missing \"$path\"; fi\n");
            script.append("done\n");
        }

        if (!request.fileNames().isEmpty()) {
            script.append("for dir in ").append(quoted(request.searchDirectories())).append("; do\n");
            script.append("  [ -d \"$dir\" ] || continue\n");
            script.append("  for name in ").append(quoted(request.fileNames())).append("; do\n");
            script.append("    find \"$dir\" -name \"$name\" 2>/dev/null | while read -r found; do emit found \"$name\t$found\"; done\n");
            script.append("  done\n");
            script.append("done\n");
        }

        script.append("if command -v rpm >/dev/null 2>&1; then emit packages \"rpm\t$(rpm -qa 2>/dev/null | wc -l)\"\n");
        script.append("elif command -v dpkg-query >/dev/null 2>&1; then emit packages \"dpkg\t$(dpkg-query -f '.\\n' -W 2>/dev/null | wc -l)\"; fi\n");

        script.append("err=$(mktemp)\n");
        script.append("python -c '").append(PYTHON).append("' 2>\"$err\"\n");
        script.append("emit python.stderr \"$(b64 <\"$err\")\"\n");
        script.append("if command -v bash >/dev/null 2>&1; then\n");
        script.append("  emit bash \"$(bash -c 'printf \"%s\\t%s\\t%s\" \"$VIRTUAL_ENV\" \"$(command -v python)\" \"$(python --version 2>&1)\"' 2>\"$err\" | b64)\"\n");
        script.append("  emit bash.stderr \"$(b64 <\"$err\")\"\n");
        script.append("fi\n");
        script.append("rm -f \"$err\"\n");
        return script.toString();
    }

    /**
     * Parses the probe's output into facts.
     */
    static ContainerFacts parse(String image, String output) {
        Map<String, String> single = new HashMap<>();
        Map<String, List<String>> executables = new LinkedHashMap<>();
        Map<String, FileStat> files = new LinkedHashMap<>();
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> variantPaths = new ArrayList<>();

        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String key = line.substring(0, tab);
            String value = line.substring(tab + 1);
            switch (key) {
                case "which" -> {
                    String[] parts = value.split("\t", -1);
                    List<String> places = executables.computeIfAbsent(parts[0], name -> new ArrayList<>());
                    if (parts.length > 1 && !parts[1].isEmpty()) {
                        places.add(0, parts[1]);
                    }
                }
                case "at" -> {
                    String[] parts = value.split("\t", 2);
                    List<String> places = executables.computeIfAbsent(parts[0], name -> new ArrayList<>());
                    if (!places.contains(parts[1])) {
                        places.add(parts[1]);
                    }
                }
                case "stat" -> {
                    String[] parts = value.split("\t");
                    files.put(parts[0], new FileStat(parts[0], true, Integer.parseInt(parts[1], 8),
                            Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), parts[4]));
                }
                case "variant" -> variantPaths.add(value);
                case "missing" -> files.put(value, FileStat.missing(value));
                case "found" -> {
                    String[] parts = value.split("\t", 2);
                    found.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(parts[1]);
                }
                default -> single.put(key, value);
            }
        }

        OptionalInt packageCount = OptionalInt.empty();
        Optional<String> packageDatabase = Optional.empty();
        String packages = single.get("packages");
        if (packages != null) {
            String[] parts = packages.split("\t");
            packageDatabase = Optional.of(parts[0]);
            packageCount = OptionalInt.of(Integer.parseInt(parts[1].strip()));
        }

        String localeError = single.get("python.locale_error");
        ContainerFacts.PythonFacts python = new ContainerFacts.PythonFacts(
                single.getOrDefault("python.version", ""),
                single.getOrDefault("python.prefix", ""),
                single.getOrDefault("python.executable", ""),
                single.getOrDefault("python.encoding", ""),
                localeError != null ? localeError : single.getOrDefault("python.locale", ""),
                localeError == null && single.containsKey("python.locale"),
                decode(single.get("python.stderr")));

        String[] bash = decode(single.get("bash")).split("\t", -1);
        ContainerFacts.ShellFacts shell = new ContainerFacts.ShellFacts(
                bash.length > 0 ? bash[0] : "",
                bash.length > 1 ? bash[1] : "",
                bash.length > 2 ? bash[2].strip() : "",
                decode(single.get("bash.stderr")));

        String user = single.getOrDefault("user", "");
        return new ContainerFacts(
                image,
                Integer.parseInt(single.getOrDefault("uid", "-1").strip()),
                Integer.parseInt(single.getOrDefault("gid", "-1").strip()),
                user.isEmpty() ? Optional.empty() : Optional.of(user),
                parseEnvironment(decode(single.get("env"))),
                single.getOrDefault("os", ""),
                executables,
                variants(executables.keySet(), variantPaths),
                files,
                found,
                packageDatabase,
                packageCount,
                python,
                shell);
    }

    /**
     * Returns the find predicates that match the names with a version suffix, a target prefix or
     * both. They also match other tools, such as {@code gcc-ar-12}, so {@link #variants} keeps
     * only the exact forms.
     */
    private static String variantPatterns(List<String> names) {
        return names.stream()
                .map(name -> "-name '*-" + name + "' -o -name '" + name + "-[0-9]*' -o -name '*-" + name + "-[0-9]*'")
                .collect(Collectors.joining(" -o "));
    }

    /**
     * Sorts the candidate paths by the name they carry. A program name counts as a form of a name
     * when it is target prefixes, the name, then an optional version, as in
     * {@code x86_64-linux-gnu-gcc-12}. Tools named after a program, such as {@code gcc-ar-12} or
     * {@code c++filt}, do not count.
     */
    static Map<String, List<String>> variants(Collection<String> names, List<String> paths) {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String name : names) {
            Pattern form = Pattern.compile("([A-Za-z0-9_.]+-)*" + Pattern.quote(name) + "(-[0-9][0-9.]*)?");
            List<String> matches = paths.stream()
                    .filter(path -> {
                        String fileName = path.substring(path.lastIndexOf('/') + 1);
                        return !fileName.equals(name) && form.matcher(fileName).matches();
                    })
                    .distinct()
                    .sorted()
                    .toList();
            if (!matches.isEmpty()) {
                variants.put(name, matches);
            }
        }
        return variants;
    }

    private static Map<String, String> parseEnvironment(String environ) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : environ.split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                env.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return env;
    }

    private static String decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return "";
        }
        return new String(Base64.getMimeDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(" "));
    }
}
