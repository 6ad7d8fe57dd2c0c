package vn.ansinh.shared.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @Schedule} method that runs on every node, without a {@link JobLease}, and why. Every other timer
 * method takes its lease first ({@code ScheduledJobsTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnEveryNode {

    /** Why this job's work is this node's own, or is already kept single another way. */
    String value();
}
