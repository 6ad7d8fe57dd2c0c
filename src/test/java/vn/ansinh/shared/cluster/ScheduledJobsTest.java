package vn.ansinh.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On several servers every node's timers fire: each {@code @Schedule} method in the application takes its
 * {@link JobLease} through {@link JobLeases#acquire} (a call in the method itself), unless it says with
 * {@link OnEveryNode} why it runs everywhere.
 */
class ScheduledJobsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ansinh");

    private static List<JavaMethod> scheduled() {
        return MAIN.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Schedule.class))
                .toList();
    }

    private static boolean takesTheLease(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(JobLeases.class)
                        && call.getName().equals("acquire"));
    }

    @Test
    void everyTimerTakesItsLeaseOrSaysWhyItRunsOnEveryNode() {
        List<String> unguarded = scheduled().stream()
                .filter(m -> !m.isAnnotatedWith(OnEveryNode.class) && !takesTheLease(m))
                .map(JavaMethod::getFullName)
                .toList();

        assertThat(scheduled()).hasSizeGreaterThanOrEqualTo(8); // the scan found the jobs
        assertThat(unguarded).as("@Schedule methods without a job lease").isEmpty();
    }

    @Test
    void eachJobHasALeaseOfItsOwnSoTwoJobsFiringTogetherDoNotShutEachOtherOut() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (Class<?> job :
                scheduled().stream().map(m -> m.getOwner().reflect()).distinct().toList()) {
            for (java.lang.reflect.Field field : job.getDeclaredFields()) {
                if (field.getType() == JobLease.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    names.add(((JobLease) field.get(null)).name());
                }
            }
        }

        // the anomaly checks and the access-log purge both fire at 02:30
        assertThat(names).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void anExemptionGivesAReasonAndIsNotAlsoLeased() {
        List<JavaMethod> exempt = scheduled().stream()
                .filter(m -> m.isAnnotatedWith(OnEveryNode.class))
                .toList();

        assertThat(exempt)
                .extracting(m -> m.getOwner().getSimpleName() + "." + m.getName())
                .containsExactlyInAnyOrder(
                        "AccessLogFlusher.flush", "SealJob.seal", "ReplicaHeartbeat.beat", "NodeHeartbeatTimer.beat");
        assertThat(exempt).allSatisfy(m -> {
            assertThat(m.getAnnotationOfType(OnEveryNode.class).value()).hasSizeGreaterThan(20);
            assertThat(takesTheLease(m)).as(m.getFullName()).isFalse();
        });
    }
}
