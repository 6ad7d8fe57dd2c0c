package vn.ansinh.it;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration-test classes (Failsafe's {@code junit.jupiter.testclass.order.default}):
 * the classes that need only the database first, then those that drive the running app through a
 * {@link BrowserSession}, each group in the order it came in. When the run has any of the latter, Keycloak and
 * Payara Micro begin to start in the background right away ({@link TestStack#startAppInBackground()}), so the
 * stack boots while the data-layer tests run instead of before the first browser test. The order changes
 * only when what runs, never what a test sees: every class still starts from its own data.
 */
public final class AppTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        if (classes.stream().anyMatch(c -> drivesTheApp(c.getTestClass()))) {
            TestStack.startAppInBackground();
        }
        classes.sort(Comparator.comparing(c -> drivesTheApp(c.getTestClass())));
    }

    /** A class with a {@link BrowserSession}, an instance or a static one. */
    static boolean drivesTheApp(Class<?> testClass) {
        return Stream.of(testClass.getDeclaredFields()).anyMatch(f -> f.getType() == BrowserSession.class);
    }
}
