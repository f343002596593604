package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims catalogue: every documented behaviour the conformance suite checks, with its stable
 * id, in catalogue order.
 *
 * <p>The catalogue is the class path resource {@value #RESOURCE}, a JSON object whose
 * {@code claims} array contains objects with the text fields {@code id}, {@code group},
 * {@code statement} and {@code check}.
 */
public final class ClaimCatalogue {

    /** The class path resource that contains the catalogue. */
    public static final String RESOURCE = "io/github/s2ikit/conformance/claims.json";

    private static final String[] FIELDS = {"id", "group", "statement", "check"};

    private final Map<String, ClaimDefinition> claimsById;

    private ClaimCatalogue(Map<String, ClaimDefinition> claimsById) {
        this.claimsById = Collections.unmodifiableMap(claimsById);
    }

    /**
     * Loads the catalogue from the class path resource {@value #RESOURCE}.
     *
     * @throws IllegalStateException if the resource is missing, cannot be read or is not a valid
     *     catalogue
     */
    public static ClaimCatalogue load() {
        return load(RESOURCE, ClaimCatalogue.class.getClassLoader());
    }

    static ClaimCatalogue load(String resource, ClassLoader classLoader) {
        try (InputStream input = classLoader.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Claims catalogue not found: the class path has no resource "
                        + resource + ". Put the s2ikit-conformance-tests jar, or its target/classes folder, on "
                        + "the class path.");
            }
            return read(input, resource);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read the claims catalogue " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalogue from JSON.
     *
     * @param input the JSON text, which the caller closes
     * @param source the name of the input for error messages, such as a resource name or a path
     * @throws IllegalStateException if reading the input fails or it is not a valid catalogue
     */
    static ClaimCatalogue read(InputStream input, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(input);
        } catch (JacksonException e) {
            throw invalid(source, "it is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read the claims catalogue " + source + ": " + e.getMessage(), e);
        }

        JsonNode claims = root == null ? null : root.get("claims");
        if (claims == null || !claims.isArray()) {
            throw invalid(source, "expected a JSON object with a \"claims\" array");
        }
        if (claims.isEmpty()) {
            throw invalid(source, "the \"claims\" array is empty");
        }

        Map<String, ClaimDefinition> claimsById = new LinkedHashMap<>();
        for (int index = 0; index < claims.size(); index++) {
            ClaimDefinition claim = toClaim(claims.get(index), index, source);
            if (claimsById.putIfAbsent(claim.id(), claim) != null) {
                throw invalid(source, "claim id " + claim.id() + " appears more than once");
            }
        }
        return new ClaimCatalogue(claimsById);
    }

    private static ClaimDefinition toClaim(JsonNode node, int index, String source) {
        if (!node.isObject()) {
            throw invalid(source, "claims[" + index + "] is not a JSON object");
        }
        String[] values = new String[FIELDS.length];
        for (int field = 0; field < FIELDS.length; field++) {
            JsonNode value = node.get(FIELDS[field]);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw invalid(source, "claims[" + index + "] has no text field \"" + FIELDS[field] + "\"");
            }
            values[field] = value.asText().strip();
        }
        return new ClaimDefinition(values[0], values[1], values[2], values[3]);
    }

    private static IllegalStateException invalid(String source, String problem) {
        return new IllegalStateException("Invalid claims catalogue " + source + ": " + problem + ".");
    }

    /**
     * Returns every claim, in catalogue order.
     */
    public List<ClaimDefinition> claims() {
        return List.copyOf(claimsById.values());
    }

    /**
     * Finds the claim with the given id.
     *
     * @return the claim, or an empty {@code Optional} when the id is not in the catalogue
     */
    public Optional<ClaimDefinition> find(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    /**
     * Returns a catalogue of only the claims with the given ids, in catalogue order. Ids that are
     * not in this catalogue are ignored.
     *
     * @throws IllegalStateException if none of the ids is in this catalogue, because a catalogue
     *     is never empty
     */
    public ClaimCatalogue select(Collection<String> ids) {
        Map<String, ClaimDefinition> selected = new LinkedHashMap<>();
        for (ClaimDefinition claim : claimsById.values()) {
            if (ids.contains(claim.id())) {
                selected.put(claim.id(), claim);
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalStateException("None of the claim ids " + ids + " is in the claims catalogue, so the "
                    + "selection is empty. Select ids of " + RESOURCE + ".");
        }
        return new ClaimCatalogue(selected);
    }

    /**
     * Returns the group titles, in the order their first claim appears.
     */
    public List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (ClaimDefinition claim : claimsById.values()) {
            if (!groups.contains(claim.group())) {
                groups.add(claim.group());
            }
        }
        return groups;
    }
}
