package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.conformance.report.ClaimDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The claims a run checks: every claim of the catalogue, or those that the {@code --claims} ids
 * and globs match.
 *
 * <p>A glob is an id with {@code *} for any run of characters and {@code ?} for one character,
 * such as {@code MIN-*}. Ids and globs match regardless of case.
 */
final class ClaimSelection {

    private final Set<String> ids;
    private final boolean all;
    private final int catalogueSize;

    private ClaimSelection(Set<String> ids, boolean all, int catalogueSize) {
        this.ids = ids;
        this.all = all;
        this.catalogueSize = catalogueSize;
    }

    /**
     * Selects every claim of the catalogue.
     */
    static ClaimSelection all(ClaimCatalogue catalogue) {
        Set<String> ids = new LinkedHashSet<>();
        for (ClaimDefinition claim : catalogue.claims()) {
            ids.add(claim.id());
        }
        return new ClaimSelection(ids, true, ids.size());
    }

    /**
     * Selects the claims that match any of the ids and globs.
     *
     * @param patterns the ids and globs, as given after {@code --claims}
     * @throws PreflightException when a pattern is blank or matches no claim of the catalogue
     */
    static ClaimSelection of(List<String> patterns, ClaimCatalogue catalogue) {
        List<String> catalogueIds = new ArrayList<>();
        for (ClaimDefinition claim : catalogue.claims()) {
            catalogueIds.add(claim.id());
        }

        Set<String> matched = new LinkedHashSet<>();
        for (String raw : patterns) {
            String pattern = raw.strip();
            if (pattern.isEmpty()) {
                throw new PreflightException("Invalid --claims: it has an empty entry. Give claim ids or globs "
                        + "separated by commas, such as --claims 'MIN-*,IMG-LABELS'.");
            }
            List<String> hits = catalogueIds.stream().filter(globMatcher(pattern)).toList();
            if (hits.isEmpty()) {
                throw new PreflightException("Unknown claim '" + pattern + "' in --claims: it matches no claim of "
                        + "the catalogue. Valid ids: " + String.join(", ", catalogueIds)
                        + " (--list-claims prints them with their statements).");
            }
            matched.addAll(hits);
        }

        // Catalogue order, whatever the order of the patterns.
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : catalogueIds) {
            if (matched.contains(id)) {
                ordered.add(id);
            }
        }
        return new ClaimSelection(ordered, false, catalogueIds.size());
    }

    private static Predicate<String> globMatcher(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char character : glob.toCharArray()) {
            switch (character) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return id -> pattern.matcher(id).matches();
    }

    /**
     * Returns the selected claim ids in catalogue order.
     */
    Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Tells whether every claim of the catalogue is selected because {@code --claims} was not given.
     */
    boolean isAll() {
        return all;
    }

    /**
     * Returns the number of claims in the catalogue, selected or not.
     */
    int catalogueSize() {
        return catalogueSize;
    }

    /**
     * Tells whether the claim with this id, spelled as in the catalogue, is selected.
     */
    boolean includes(String id) {
        return ids.contains(id);
    }
}
