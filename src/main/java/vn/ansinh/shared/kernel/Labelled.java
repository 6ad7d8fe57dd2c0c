package vn.ansinh.shared.kernel;

/**
 * A thing with a name in the bundles (a programme's field, say). Given as an argument of a refusal's message, it is
 * shown by that name in the user's language ("Mức độ khuyết tật"), never as its code.
 */
public interface Labelled {

    /** The bundle key of its name. */
    String labelKey();
}
