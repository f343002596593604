package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims a run selected with {@value ConformanceReportListener#SELECTED_CLAIMS_PROPERTY}, so
 * that a report of a few claims does not read like a report of the whole catalogue.
 *
 * @param claims the selected ids that are in the catalogue, in catalogue order
 * @param catalogueClaims the number of claims in the whole catalogue
 * @param ignoredIds the selected ids that are not in the catalogue, in the order given, which the
 *     report leaves out
 */
@JsonPropertyOrder({"claims", "catalogueClaims", "ignoredIds"})
public record SelectedClaims(List<String> claims, int catalogueClaims, List<String> ignoredIds) {


    /**
     * Creates a selection.
     *
     * @throws NullPointerException if {@code claims} or {@code ignoredIds} is {@code null}
     */
    public SelectedClaims {
        claims = List.copyOf(claims);
        ignoredIds = List.copyOf(ignoredIds);
    }

    /**
     * Returns the selection of the given ids from the whole catalogue.
     */
    static SelectedClaims of(ClaimCatalogue catalogue, List<String> ids) {
        List<String> selected = new ArrayList<>();
        for (ClaimDefinition claim : catalogue.claims()) {
            if (ids.contains(claim.id())) {
                selected.add(claim.id());
            }
        }
        List<String> ignored = ids.stream().filter(id -> catalogue.find(id).isEmpty()).distinct().toList();
        return new SelectedClaims(selected, catalogue.claims().size(), ignored);
    }

    /**
     * Returns how many claims were checked, such as
     * {@code Only 2 of the catalogue's 34 claims were checked}.
     */
    @JsonIgnore
    String headline() {
        String verb = claims.size() == 1 ? " was checked" : " were checked";
        String count = claims.size() + " of the catalogue's " + Counts.of(catalogueClaims, "claim");
        return (claims.size() < catalogueClaims ? "Only " : "") + count + verb;
    }

    /**
     * Returns what the reader needs to know beyond the headline and the ids: how the claims were
     * selected, that the others have no verdict, and which ids are not in the catalogue.
     */
    @JsonIgnore
    String explanation() {
        StringBuilder text = new StringBuilder("They were selected with the configuration parameter "
                + ConformanceReportListener.SELECTED_CLAIMS_PROPERTY + ", which the runner's --claims option sets");
        text.append(claims.size() < catalogueClaims ? ", so the other claims have no verdict in this report." : ".");
        if (ignoredIds.size() == 1) {
            text.append(" The selected id ").append(ignoredIds.get(0)).append(" is not in the catalogue, so the report "
                    + "leaves it out.");
        } else if (!ignoredIds.isEmpty()) {
            text.append(" The selected ids ").append(String.join(", ", ignoredIds)).append(" are not in the "
                    + "catalogue, so the report leaves them out.");
        }
        return text.toString();
    }

    /**
     * Returns the selection as a phrase for a summary line, such as
     * {@code a selection of 2 of the catalogue's 34 claims}.
     */
    @JsonIgnore
    String phrase() {
        return "a selection of " + claims.size() + " of the catalogue's " + Counts.of(catalogueClaims, "claim");
    }
}
