package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.junit.ReportEntryKeys;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects what the listener learns about one execution of a test plan: which tests verify which
 * claim, their evidence and outcomes, the failures of containers, the images, the platform and the
 * mutants of the mutation self-test.
 *
 * <p>Tests may run in parallel, so every method may be called from any thread at any time.
 */
final class ResultCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ResultCollector.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPlan plan;
    private final AtomicLong nextOrder = new AtomicLong();
    private final Map<String, TestRecord> recordsByUniqueId = new ConcurrentHashMap<>();
    private final Map<String, String> containerProblemsByUniqueId = new ConcurrentHashMap<>();
    private final Map<String, List<String>> containerEvidenceByUniqueId = new ConcurrentHashMap<>();
    private final Map<String, ReportedImage> imagesByRole = new ConcurrentHashMap<>();
    private final AtomicReference<String> platform = new AtomicReference<>();
    private final Map<String, MutantResult> mutantsById = Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * Creates a collector and records every test of the plan whose method has a {@code @Claim}.
     */
    ResultCollector(TestPlan plan) {
        this.plan = plan;
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier identifier : plan.getDescendants(root)) {
                // A test template, such as a parameterized test, is a container whose source is the
                // claim's method. It represents the claim until its invocations register.
                ClaimAnnotations.claimIdOf(identifier).ifPresent(claimId -> addRecord(identifier, claimId));
            }
        }
    }

    private TestRecord addRecord(TestIdentifier identifier, String claimId) {
        return recordsByUniqueId.computeIfAbsent(identifier.getUniqueId(),
                uniqueId -> new TestRecord(identifier, identifier.getDisplayName(), nextOrder.getAndIncrement(),
                        claimId));
    }

    /**
     * Records a test added during the run, such as an invocation of a parameterized test or a
     * dynamic test of a test factory, when it or an enclosing test template verifies a claim.
     */
    void dynamicTestRegistered(TestIdentifier identifier) {
        if (!identifier.isTest()) {
            return;
        }
        Optional<TestRecord> template = findEnclosingRecord(identifier);
        Optional<String> claimId = ClaimAnnotations.claimIdOf(identifier)
                .or(() -> template.map(TestRecord::claimId));
        if (claimId.isEmpty()) {
            return;
        }

        // An invocation's display name, such as "[1] 12345", means little without its template's.
        String name = template.map(t -> t.name() + " " + identifier.getDisplayName())
                .orElse(identifier.getDisplayName());
        recordsByUniqueId.computeIfAbsent(identifier.getUniqueId(),
                uniqueId -> new TestRecord(identifier, name, nextOrder.getAndIncrement(), claimId.get()));
        template.ifPresent(TestRecord::markDynamicChildren);
    }

    private Optional<TestRecord> findEnclosingRecord(TestIdentifier identifier) {
        Optional<TestIdentifier> parent = plan.getParent(identifier);
        while (parent.isPresent()) {
            TestRecord record = recordsByUniqueId.get(parent.get().getUniqueId());
            if (record != null && record.claimId() != null) {
                return Optional.of(record);
            }
            parent = plan.getParent(parent.get());
        }
        return Optional.empty();
    }

    /**
     * Records the start time of a test or of a test template that verifies a claim.
     */
    void executionStarted(TestIdentifier identifier) {
        // Every test gets a record, because a test without @Claim may still publish a claim id.
        TestRecord record = identifier.isTest()
                ? recordFor(identifier)
                : recordsByUniqueId.get(identifier.getUniqueId());
        if (record != null) {
            record.started();
        }
    }

    private TestRecord recordFor(TestIdentifier identifier) {
        return recordsByUniqueId.computeIfAbsent(identifier.getUniqueId(),
                uniqueId -> new TestRecord(identifier, identifier.getDisplayName(), nextOrder.getAndIncrement(),
                        null));
    }

    /**
     * Records that a test or container was skipped and why.
     */
    void executionSkipped(TestIdentifier identifier, String reason) {
        String because = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        TestRecord record = recordsByUniqueId.get(identifier.getUniqueId());
        if (record != null) {
            record.notRun("skipped: " + because);
        }
        if (identifier.isContainer()) {
            containerProblemsByUniqueId.put(identifier.getUniqueId(),
                    "its container " + identifier.getDisplayName() + " was skipped: " + because);
        }
    }

    /**
     * Records the outcome of a test, or the failure of a container so that the tests it never
     * started can be reported with the reason.
     */
    void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        TestRecord record = recordsByUniqueId.get(identifier.getUniqueId());
        if (record != null) {
            Verdict verdict = Outcomes.verdictOf(result);
            Outcomes.evidenceOf(result).ifPresent(record::addEvidence);
            record.finished(verdict);
        }
        if (identifier.isContainer() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            String problem = "its container " + identifier.getDisplayName() + " " + Outcomes.problemOf(result);
            List<String> evidence = containerEvidenceByUniqueId.getOrDefault(identifier.getUniqueId(), List.of());
            if (!evidence.isEmpty()) {
                problem += "\n" + String.join("\n", evidence);
            }
            containerProblemsByUniqueId.put(identifier.getUniqueId(), problem);
        }
    }

    /**
     * Reads the report entries of the kit and of the mutation self-test, and ignores entries with
     * other keys.
     */
    void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        for (Map.Entry<String, String> pair : entry.getKeyValuePairs().entrySet()) {
            String value = pair.getValue();
            switch (pair.getKey()) {
                case ReportEntryKeys.CLAIM -> claimPublished(identifier, value.strip());
                case ReportEntryKeys.EVIDENCE -> evidencePublished(identifier, value);
                case ReportEntryKeys.IMAGE -> imagePublished(identifier, value);
                case ReportEntryKeys.PLATFORM -> platform.set(value.strip());
                case SuiteReportKeys.MUTANT -> mutantPublished(identifier, value);
                default -> {
                    // Other keys belong to other extensions or to TestReporter.publishEntry(String).
                }
            }
        }
    }

    private void claimPublished(TestIdentifier identifier, String claimId) {
        if (!identifier.isTest()) {
            LOG.warn("Ignored the report entry {}={} of container {}: only a test can verify a claim",
                    ReportEntryKeys.CLAIM, claimId, identifier.getUniqueId());
            return;
        }
        String effective = recordFor(identifier).claimIfUnset(claimId);
        if (!effective.equals(claimId)) {
            LOG.warn("Ignored the report entry {}={} of test {}: the test already verifies claim {}, and a test "
                    + "verifies at most one claim", ReportEntryKeys.CLAIM, claimId, identifier.getUniqueId(), effective);
        }
    }

    private void evidencePublished(TestIdentifier identifier, String evidence) {
        if (identifier.isTest()) {
            recordFor(identifier).addEvidence(evidence);
        } else {
            // Kept to explain why the container's tests never started, should the container fail.
            containerEvidenceByUniqueId
                    .computeIfAbsent(identifier.getUniqueId(), uniqueId -> new CopyOnWriteArrayList<>())
                    .add(evidence);
        }
    }

    private void imagePublished(TestIdentifier identifier, String value) {
        try {
            JsonNode node = JSON.readTree(value);
            String role = textField(node, "role");
            String name = textField(node, "name");
            if (role == null || name == null) {
                LOG.warn("Ignored the report entry {} of {}: expected a JSON object with the text fields role "
                        + "and name, and optionally id, got {}", ReportEntryKeys.IMAGE, identifier.getUniqueId(), value);
                return;
            }
            // One image per role: a later entry replaces an earlier one.
            imagesByRole.put(role, new ReportedImage(role, name, textField(node, "id")));
        } catch (JacksonException e) {
            LOG.warn("Ignored the report entry {} of {}: it is not valid JSON ({}): {}",
                    ReportEntryKeys.IMAGE, identifier.getUniqueId(), e.getOriginalMessage(), value);
        }
    }

    private void mutantPublished(TestIdentifier identifier, String value) {
        MutantResult mutant;
        try {
            mutant = JSON.readValue(value, MutantResult.class);
        } catch (JacksonException e) {
            LOG.warn("Ignored the report entry {} of {}: expected a JSON object with the fields id, description, "
                    + "role, targets, caught, failedClaims and unexpectedFailures ({}): {}",
                    SuiteReportKeys.MUTANT, identifier.getUniqueId(), e.getOriginalMessage(), value);
            return;
        }
        // A mutant whose test ran again, as in a rerun of failed tests, keeps its place with the newer outcome.
        mutantsById.put(mutant.id(), mutant);
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /**
     * Gives the verdict {@code error}, with the reason as evidence, to every claim test that has no
     * verdict yet. The reason for a test that never started is the problem of the nearest enclosing
     * container that did not succeed. A test template that passed without running any test also
     * becomes {@code error}.
     */
    void resolveUnfinished() {
        for (TestRecord record : claimRecords()) {
            if (record.verdict() == null && record.hasStarted()) {
                record.notRun("did not finish: the test run ended while it was running");
            } else if (record.verdict() == null) {
                record.notRun("never started because " + findContainerProblem(record.identifier())
                        .orElse("the test run ended before it started"));
            } else if (record.identifier().isContainer() && record.verdict() == Verdict.PASSED) {
                // Only templates without invocations reach this point, because templates with
                // invocations are left out of claimRecords().
                record.notRun("ran no tests: the test template produced no invocations");
            }
        }
    }

    private Optional<String> findContainerProblem(TestIdentifier identifier) {
        Optional<TestIdentifier> parent = plan.getParent(identifier);
        while (parent.isPresent()) {
            String problem = containerProblemsByUniqueId.get(parent.get().getUniqueId());
            if (problem != null) {
                return Optional.of(problem);
            }
            parent = plan.getParent(parent.get());
        }
        return Optional.empty();
    }

    /**
     * Returns the records of tests that verify a claim, in discovery order, leaving out test
     * templates whose invocations have records of their own.
     */
    List<TestRecord> claimRecords() {
        List<TestRecord> records = new ArrayList<>();
        for (TestRecord record : recordsByUniqueId.values()) {
            if (record.claimId() != null && !record.hasDynamicChildren()) {
                records.add(record);
            }
        }
        records.sort(Comparator.comparingLong(TestRecord::order));
        return records;
    }

    /**
     * Returns the reported images, one per role, sorted by role.
     */
    List<ReportedImage> images() {
        List<ReportedImage> images = new ArrayList<>(imagesByRole.values());
        images.sort(Comparator.comparing(ReportedImage::role));
        return images;
    }

    /**
     * Returns the reported mutants in the order they were first reported, the last outcome of each.
     */
    List<MutantResult> mutants() {
        synchronized (mutantsById) {
            return List.copyOf(mutantsById.values());
        }
    }

    /**
     * Returns the last reported platform id, or {@code null} when none was reported.
     */
    String platform() {
        return platform.get();
    }
}
