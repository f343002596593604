package io.github.s2ikit.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the claims of a report by their catalogue section.
 */
final class ClaimGroups {

    /** The group of the claims whose ids are not in the catalogue. */
    static final String UNKNOWN_GROUP = "Claims not in the catalogue";

    private ClaimGroups() {
    }

    /**
     * Returns the claims by group title, the groups in the order of their first claim. The report
     * lists claims in catalogue order, in which each group's claims are adjacent.
     */
    static Map<String, List<ClaimResult>> byGroup(List<ClaimResult> claims) {
        Map<String, List<ClaimResult>> groups = new LinkedHashMap<>();
        for (ClaimResult claim : claims) {
            String group = claim.group() == null ? UNKNOWN_GROUP : claim.group();
            groups.computeIfAbsent(group, title -> new ArrayList<>()).add(claim);
        }
        return groups;
    }
}
