package io.github.s2ikit.conformance.runner;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs a piece of work with system properties set, and restores their earlier values afterwards.
 *
 * <p>The kit reads the image under test and the platform from system properties, so a launcher
 * run against other images sets them. Restoring them keeps later runs in the same JVM, such as
 * the next mutant's or test's, on their own settings. The properties are global to the JVM, so
 * two such runs must not overlap.
 */
public final class SystemPropertyScope {

    private SystemPropertyScope() {
    }

    /**
     * Sets the properties, runs the work and restores each property's earlier value, or clears
     * it when it had none, even when the work throws.
     */
    public static void runWith(Map<String, String> properties, Runnable work) {
        Map<String, String> saved = new HashMap<>();
        properties.keySet().forEach(name -> saved.put(name, System.getProperty(name)));
        try {
            properties.forEach(System::setProperty);
            work.run();
        } finally {
            saved.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}
