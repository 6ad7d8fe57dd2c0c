package vn.ansinh.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The simulation's reading of ajax answers, on answers the app gave on the benchmark database (4 Dec 2026, captured
 * with curl as the simulation posts them): an approval that re-renders the whole page, a submitted dossier that sends
 * the browser to its new case, and a postback whose view had expired.
 */
class PartialAnswersTest {

    @Test
    void anApprovalThatReRendersThePageIsNoErrorAlthoughItsHeadNamesTheExpiredViewPage() {
        String answer = answer("decision-approved.xml");

        assertEquals(Optional.empty(), PartialAnswers.errorPage(answer));
        assertTrue(answer.contains("id=\"decisionPdf\""), "the signed decision's link");
        // why the check of runs 7 and 8 failed every approval: PrimeFaces.settings lists the error pages by exception
        assertTrue(answer.contains("ViewExpired"), "the head's PrimeFaces.settings");
    }

    @Test
    void aDossierSubmittedAndSentToItsCaseIsNoError() {
        assertEquals(Optional.empty(), PartialAnswers.errorPage(answer("dossier-submitted.xml")));
    }

    @Test
    void anExpiredViewIsAnErrorAlthoughTheAnswerNeverSaysViewExpired() {
        String answer = answer("expired-view.xml");

        assertEquals(Optional.of("/errors/expired.xhtml"), PartialAnswers.errorPage(answer));
        assertFalse(answer.contains("ViewExpired"), "the old check could not see it");
    }

    @Test
    void aCrashSentToTheErrorPageIsAnError() {
        String answer = "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<partial-response><redirect url=\"/errors/500.xhtml\"></redirect></partial-response>";

        assertEquals(Optional.of("/errors/500.xhtml"), PartialAnswers.errorPage(answer));
    }

    private static String answer(String name) {
        try (InputStream in = PartialAnswersTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
