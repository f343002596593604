package io.github.s2ikit.docker;

import java.util.Map;
import java.util.UUID;

/**
 * Labels on everything the kit creates in the engine, so its own cleanup can find it.
 *
 * <p>Containers and networks carry the session label and are removed at the end of the run.
 * Images built from hashed inputs carry the cache label instead and are kept on purpose, so a
 * second run builds nothing; {@code docker image prune -a --filter label=io.github.s2ikit.cache}
 * removes them.
 */
public final class KitLabels {

    /** Marks every container, network and image the kit created. */
    public static final String KIT = "io.github.s2ikit";

    /** The id of the JVM run that created a container or network. */
    public static final String SESSION = "io.github.s2ikit.session";

    /** Marks an image kept as a build cache; the value is the hash of its inputs. */
    public static final String CACHE = "io.github.s2ikit.cache";

    /** This JVM's session id. */
    public static final String SESSION_ID = UUID.randomUUID().toString();

    private KitLabels() {
    }

    /**
     * Returns the labels of a container or network this session creates.
     */
    public static Map<String, String> session() {
        return Map.of(KIT, "true", SESSION, SESSION_ID);
    }
}
