package io.github.s2ikit.variant;

import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.ContextFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The source of an s2i app: its files, as an s2i user keeps them in a repository.
 *
 * @param name the app's name, for image names and messages
 * @param files the app's files, by path relative to the app's folder
 */
public record AppSource(String name, BuildContext files) {

    public AppSource {
        Objects.requireNonNull(name, "The app name should not be null");
        Objects.requireNonNull(files, "The app files should not be null");
        if (files.files().isEmpty()) {
            throw new IllegalArgumentException("The source of app '" + name + "' has no files");
        }
    }

    /**
     * Reads the app in the given folder; its name is the folder's name.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static AppSource fromFolder(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The app folder " + folder.toAbsolutePath()
                    + " does not exist or is not a folder");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new AppSource(name == null ? "app" : name.toString(), BuildContext.empty().withFolder("", folder));
    }

    /** Files that the s2i run script can start an app from, in the order it looks for them. */
    private static final List<String> ENTRY_FILES = List.of("app.sh", "app.py", "manage.py");

    /** Files that the s2i run script serves through gunicorn, so only when the app installs gunicorn. */
    private static final List<String> GUNICORN_ENTRY_FILES =
            List.of("gunicorn.conf.py", "wsgi.py", "setup.py", "setup.cfg", "pyproject.toml");

    /** Files that list what an app installs. */
    private static final List<String> DEPENDENCY_FILES =
            List.of("requirements.txt", "Pipfile", "setup.py", "setup.cfg", "pyproject.toml");

    /** Variables of {@code .s2i/environment} that name what the run script starts. */
    private static final List<String> ENTRY_VARIABLES = List.of("APP_MODULE", "APP_FILE", "APP_SCRIPT");

    /**
     * Returns what the s2i run script could start this app from: entry files in the app's top
     * folder and {@code APP_MODULE}, {@code APP_FILE} or {@code APP_SCRIPT} lines of
     * {@code .s2i/environment}. An empty list means {@code run} would find nothing to start.
     */
    public List<String> entryPoints() {
        List<String> found = new ArrayList<>();
        ENTRY_FILES.stream().filter(files::contains).forEach(found::add);
        if (installsGunicorn()) {
            GUNICORN_ENTRY_FILES.stream().filter(files::contains).forEach(found::add);
        }
        Map<String, String> env = s2iEnvironment();
        ENTRY_VARIABLES.stream().filter(env::containsKey).map(name -> name + "=" + env.get(name)).forEach(found::add);
        return found;
    }

    /**
     * Fails when the s2i run script would find nothing to start.
     *
     * @throws IllegalArgumentException naming the app and what the run script looks for
     */
    public AppSource requireEntryPoint() {
        if (entryPoints().isEmpty()) {
            throw new IllegalArgumentException("App '" + name + "' has no entry point: the s2i run script looks for "
                    + String.join(", ", ENTRY_FILES) + " in the app's folder, for " + String.join(", ", GUNICORN_ENTRY_FILES)
                    + " when the app installs gunicorn, or for " + String.join(", ", ENTRY_VARIABLES)
                    + " in .s2i/environment. Add one of them.");
        }
        return this;
    }

    private boolean installsGunicorn() {
        return DEPENDENCY_FILES.stream()
                .map(files.files()::get)
                .filter(java.util.Objects::nonNull)
                .anyMatch(file -> new String(file.content(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT)
                        .contains("gunicorn"));
    }

    /** Tells whether the app brings its own {@code .s2i/bin/assemble}. */
    public boolean hasOwnAssemble() {
        return files.contains(".s2i/bin/assemble");
    }

    /**
     * Reads {@code .s2i/environment}: {@code NAME=VALUE} lines; blank lines and comments are skipped.
     *
     * @throws IllegalArgumentException naming the app and the line when a line is not NAME=VALUE
     */
    public Map<String, String> s2iEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        ContextFile file = files.files().get(".s2i/environment");
        if (file == null) {
            return env;
        }
        for (String raw : new String(file.content(), StandardCharsets.UTF_8).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Invalid line in .s2i/environment of app '" + name + "': '"
                        + line + "'; expected NAME=VALUE");
            }
            env.put(line.substring(0, equals).strip(), line.substring(equals + 1));
        }
        return env;
    }

    /** Returns the name in the form image repositories accept. */
    String repositoryName() {
        String clean = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return clean.isEmpty() ? "app" : clean;
    }
}
