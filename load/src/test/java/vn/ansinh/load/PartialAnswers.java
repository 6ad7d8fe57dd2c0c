package vn.ansinh.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the app's answer to an ajax postback (a JSF partial response) says that the postback failed, as PrimeFaces'
 * exception handler writes it: it sends the browser to one of web.xml's error pages, all under {@code /errors/}
 * ({@code <redirect url="/errors/expired.xhtml">} for an expired view, {@code /errors/500.xhtml} for a crash).
 *
 * <p>Not the word "ViewExpired" anywhere in the answer, as the simulation checked until run 8: an expired view's
 * answer never contains it (only the redirect to the page), while every successful answer that re-renders the whole
 * page ({@code update="@all"}, as approving on the decision page does) contains it in the head's
 * {@code PrimeFaces.settings}, which lists the error pages by exception type. That check failed every approval and
 * missed every expired view.
 */
final class PartialAnswers {

    /** A redirect to an error page; the page's address is group 1 (shown in Gatling's error message). */
    static final String ERROR_PAGE_REDIRECT = "<redirect url=\"([^\"]*/errors/[^\"]*)\"";

    private static final Pattern ERROR_PAGE = Pattern.compile(ERROR_PAGE_REDIRECT);

    private PartialAnswers() {}

    /** The error page the answer sends the browser to, if it does. */
    static Optional<String> errorPage(String answer) {
        Matcher m = ERROR_PAGE.matcher(answer);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
