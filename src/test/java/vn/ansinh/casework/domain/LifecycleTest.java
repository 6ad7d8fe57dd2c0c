package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ansinh.shared.kernel.Programme;

/**
 * Every transition of every lifecycle from every status: the allowed ones lead where the procedure
 * says, every other one is refused with a message. The expected table below is the specification,
 * written out independently of {@link Lifecycle}.
 */
class LifecycleTest {

    private static final Map<Lifecycle, Map<CaseTransition, Edge>> EXPECTED = new EnumMap<>(Lifecycle.class);

    private record Edge(Set<CaseStatus> from, CaseStatus to) {}

    static {
        for (Lifecycle lifecycle : Lifecycle.values()) {
            Map<CaseTransition, Edge> edges = new EnumMap<>(CaseTransition.class);
            edges.put(CaseTransition.SUBMIT, edge(CaseStatus.SUBMITTED, CaseStatus.DRAFT, CaseStatus.RETURNED));
            edges.put(
                    CaseTransition.WITHDRAW,
                    edge(
                            CaseStatus.WITHDRAWN,
                            CaseStatus.DRAFT,
                            CaseStatus.RETURNED,
                            CaseStatus.SUBMITTED,
                            CaseStatus.POSTED));
            edges.put(CaseTransition.START_POSTING, edge(CaseStatus.POSTED, CaseStatus.SUBMITTED));
            edges.put(CaseTransition.RETURN, edge(CaseStatus.RETURNED, CaseStatus.SUBMITTED, CaseStatus.POSTED));
            edges.put(CaseTransition.APPROVE, edge(CaseStatus.APPROVED, CaseStatus.SUBMITTED, CaseStatus.POSTED));
            edges.put(CaseTransition.REJECT, edge(CaseStatus.REJECTED, CaseStatus.SUBMITTED, CaseStatus.POSTED));
            EXPECTED.put(lifecycle, edges);
        }
        Map<CaseTransition, Edge> allowance = EXPECTED.get(Lifecycle.MONTHLY_ALLOWANCE);
        allowance.put(CaseTransition.ACTIVATE, edge(CaseStatus.ACTIVE, CaseStatus.APPROVED));
        allowance.put(CaseTransition.ADJUST, edge(CaseStatus.ACTIVE, CaseStatus.ACTIVE));
        allowance.put(
                CaseTransition.PROPOSE_TERMINATION,
                edge(
                        CaseStatus.TERMINATION_PROPOSED,
                        CaseStatus.APPROVED,
                        CaseStatus.ACTIVE,
                        CaseStatus.SUSPENDED,
                        CaseStatus.SUSPENSION_PROPOSED,
                        CaseStatus.REINSTATEMENT_PROPOSED));
        allowance.put(CaseTransition.PROPOSE_SUSPENSION, edge(CaseStatus.SUSPENSION_PROPOSED, CaseStatus.ACTIVE));
        allowance.put(
                CaseTransition.PROPOSE_REINSTATEMENT, edge(CaseStatus.REINSTATEMENT_PROPOSED, CaseStatus.SUSPENDED));
        allowance.put(CaseTransition.SUSPEND, edge(CaseStatus.SUSPENDED, CaseStatus.SUSPENSION_PROPOSED));
        allowance.put(CaseTransition.REINSTATE, edge(CaseStatus.ACTIVE, CaseStatus.REINSTATEMENT_PROPOSED));
        allowance.put(CaseTransition.TERMINATE, edge(CaseStatus.TERMINATED, CaseStatus.TERMINATION_PROPOSED));
        // moved to another scheme by a signed list decision (the list decision is the decision)
        allowance.put(CaseTransition.RECLASSIFY, edge(CaseStatus.TERMINATED, CaseStatus.APPROVED, CaseStatus.ACTIVE));
        // back to where the proposal started: see aRejectedProposalRestoresTheStatusBeforeIt
        allowance.put(
                CaseTransition.REJECT_PROPOSAL,
                edge(
                        null,
                        CaseStatus.TERMINATION_PROPOSED,
                        CaseStatus.SUSPENSION_PROPOSED,
                        CaseStatus.REINSTATEMENT_PROPOSED));
        EXPECTED.get(Lifecycle.ONE_TIME_SUPPORT)
                .put(CaseTransition.CLOSE, edge(CaseStatus.CLOSED, CaseStatus.APPROVED));
        Map<CaseTransition, Edge> rehab = EXPECTED.get(Lifecycle.REHABILITATION);
        rehab.put(CaseTransition.START_REHABILITATION, edge(CaseStatus.IN_REHABILITATION, CaseStatus.APPROVED));
        rehab.put(CaseTransition.COMPLETE, edge(CaseStatus.COMPLETED, CaseStatus.IN_REHABILITATION));
        rehab.put(CaseTransition.RECORD_VIOLATION, edge(CaseStatus.VIOLATED, CaseStatus.IN_REHABILITATION));
        rehab.put(CaseTransition.BEGIN_AFTERCARE, edge(CaseStatus.AFTERCARE, CaseStatus.COMPLETED));
        rehab.put(
                CaseTransition.RELAPSE,
                edge(CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.VIOLATED, CaseStatus.CLOSED));
        rehab.put(
                CaseTransition.CLOSE,
                edge(CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.COMPLETED, CaseStatus.VIOLATED));
        Map<CaseTransition, Edge> poverty = EXPECTED.get(Lifecycle.POVERTY_RECOGNITION);
        poverty.put(CaseTransition.ACTIVATE, edge(CaseStatus.ACTIVE, CaseStatus.APPROVED));
        poverty.put(CaseTransition.ESCAPE, edge(CaseStatus.ESCAPED, CaseStatus.ACTIVE));
        poverty.put(CaseTransition.RECLASSIFY, edge(CaseStatus.RECLASSIFIED, CaseStatus.ACTIVE));
        poverty.put(CaseTransition.TERMINATE, edge(CaseStatus.TERMINATED, CaseStatus.APPROVED, CaseStatus.ACTIVE));
    }

    private static Edge edge(CaseStatus to, CaseStatus first, CaseStatus... more) {
        return new Edge(EnumSet.of(first, more), to);
    }

    static Stream<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>();
        EXPECTED.forEach((lifecycle, edges) -> edges.forEach((transition, edge) -> edge.from().stream()
                .filter(from -> edge.to() != null)
                .forEach(from -> cases.add(Arguments.of(lifecycle, transition, from, edge.to())))));
        return cases.stream();
    }

    static Stream<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>();
        for (Lifecycle lifecycle : Lifecycle.values()) {
            for (CaseTransition transition : CaseTransition.values()) {
                Edge edge = EXPECTED.get(lifecycle).get(transition);
                for (CaseStatus from : CaseStatus.values()) {
                    if (edge == null || !edge.from().contains(from)) {
                        cases.add(Arguments.of(lifecycle, transition, from));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} from {2} leads to {3}")
    @MethodSource("allowed")
    void anAllowedTransitionLeadsWhereTheProcedureSays(
            Lifecycle lifecycle, CaseTransition transition, CaseStatus from, CaseStatus to) {
        assertThat(lifecycle.allows(transition, from)).isTrue();
        assertThat(lifecycle.target(transition, from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}: {1} from {2} is refused")
    @MethodSource("refused")
    void anyOtherTransitionIsRefusedWithAMessage(Lifecycle lifecycle, CaseTransition transition, CaseStatus from) {
        assertThat(lifecycle.allows(transition, from)).isFalse();
        assertThatThrownBy(() -> lifecycle.target(transition, from)).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("case.error.transition");
            assertThat(e.arguments()).hasSize(2);
        });
    }

    @Test
    void theTableCoversExactlyTheTransitionsEachLifecycleKnows() {
        EXPECTED.forEach(
                (lifecycle, edges) -> assertThat(lifecycle.transitions().keySet())
                        .as(lifecycle.name())
                        .isEqualTo(edges.keySet()));
    }

    @Test
    void aRejectedProposalRestoresTheStatusBeforeIt() {
        Lifecycle allowance = Lifecycle.MONTHLY_ALLOWANCE;
        assertThat(allowance.restore(CaseStatus.TERMINATION_PROPOSED, CaseStatus.ACTIVE))
                .isEqualTo(CaseStatus.ACTIVE);
        assertThat(allowance.restore(CaseStatus.TERMINATION_PROPOSED, CaseStatus.SUSPENDED))
                .isEqualTo(CaseStatus.SUSPENDED);
        assertThat(allowance.restore(CaseStatus.TERMINATION_PROPOSED, CaseStatus.APPROVED))
                .isEqualTo(CaseStatus.APPROVED);
        assertThat(allowance.restore(CaseStatus.SUSPENSION_PROPOSED, CaseStatus.ACTIVE))
                .isEqualTo(CaseStatus.ACTIVE);
        assertThat(allowance.restore(CaseStatus.REINSTATEMENT_PROPOSED, CaseStatus.SUSPENDED))
                .isEqualTo(CaseStatus.SUSPENDED);
        assertThatThrownBy(() -> allowance.restore(CaseStatus.SUSPENSION_PROPOSED, CaseStatus.SUSPENDED))
                .as("a suspension is never proposed from a suspended case")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> allowance.restore(CaseStatus.ACTIVE, CaseStatus.ACTIVE))
                .isInstanceOf(CaseException.class);
        assertThatThrownBy(() -> allowance.target(CaseTransition.REJECT_PROPOSAL, CaseStatus.TERMINATION_PROPOSED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void programmesDifferWhereTheLawDoes() {
        assertThat(Lifecycle.of(Programme.SOCIAL_ASSISTANCE)).isEqualTo(Lifecycle.MONTHLY_ALLOWANCE);
        assertThat(Lifecycle.of(Programme.MERITORIOUS_PERSON)).isEqualTo(Lifecycle.MONTHLY_ALLOWANCE);
        assertThat(Lifecycle.of(Programme.DRUG_REHABILITATION)).isEqualTo(Lifecycle.REHABILITATION);
        assertThat(Lifecycle.of(Programme.POOR_HOUSEHOLD_SUPPORT)).isEqualTo(Lifecycle.POVERTY_RECOGNITION);
        assertThat(Lifecycle.of(Programme.FUNERAL_SUPPORT)).isEqualTo(Lifecycle.ONE_TIME_SUPPORT);
        assertThat(Lifecycle.REHABILITATION.allows(CaseTransition.ADJUST, CaseStatus.ACTIVE))
                .as("a rehabilitation has no allowance to adjust")
                .isFalse();
    }
}
