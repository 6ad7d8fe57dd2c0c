package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.application.WriteReviewNotesCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The maker-checker rule reads the whole dossier's history: whoever created the application, attached
 * its papers, wrote its assessment or submitted it may not decide it, even when a colleague did the
 * other steps. And the approver's comment is kept on the approval in the case history.
 */
class DossierMakersIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    /** The commune chairman who also holds the officer's role. */
    private static final Actor CHAIRMAN_AND_OFFICER =
            new Actor("chairman.quyhop", "Lang Văn Tình", Set.of(Role.COMMUNE_OFFICER, Role.APPROVER), QUY_HOP);

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aChairmanWhoCreatedTheApplicationCannotApproveItThoughAColleagueSubmittedIt() {
        Person person = fx.person(QUY_HOP, "Vi Thị Lan", PartialDate.of(1982), Sex.FEMALE);
        String day = "2026-06-01T02:00:00Z";
        Application application = fx.run(
                CHAIRMAN_AND_OFFICER,
                day,
                () -> new OpenApplicationCommand(
                        person.id(),
                        QUY_HOP,
                        Category.DISABLED,
                        SEVERE,
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 6, 1)));
        StoredFile file =
                new StoredFile("%064d".formatted(System.nanoTime()), 1000, ScanMediaType.PDF, "giay-xac-nhan.pdf");
        fx.run(
                CHAIRMAN_AND_OFFICER,
                day,
                () -> new AttachDocumentCommand(application.id(), QUY_HOP, DocumentKind.APPLICATION_FORM, file));
        BenefitCase c =
                fx.run(OFFICER_QUY_HOP, "2026-06-01T03:00:00Z", () -> new SubmitCaseCommand(application.id(), QUY_HOP));

        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_AND_OFFICER,
                        "2026-06-02T03:00:00Z",
                        () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units(), "Đồng ý")))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.makerChecker.CREATED"));
        for (CaseTransition decision : new CaseTransition[] {CaseTransition.RETURN, CaseTransition.REJECT}) {
            assertThatThrownBy(() -> fx.run(
                            CHAIRMAN_AND_OFFICER,
                            "2026-06-02T03:00:00Z",
                            () -> new CaseTransitionCommand(c.id(), QUY_HOP, decision, "Thiếu giấy tờ", fx.units())))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(fx.jdbc().countOf("select count(*) from decision where case_id = ?", c.id()))
                .isZero();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where actor = 'chairman.quyhop' and outcome = 'DENIED'"
                                        + " and action in ('case.approve', 'case.return', 'case.reject') and reason like ?",
                                "case " + c.id() + ": case.error.makerChecker.CREATED%"))
                .isEqualTo(3);
    }

    @Test
    void whoeverAttachedOnePaperCannotDecideEither() {
        Person person = fx.person(QUY_HOP, "Lương Văn Dũng", PartialDate.of(1979), Sex.MALE);
        Application application = fx.application(person, Category.DISABLED, SEVERE, "2026-06-03T02:00:00Z");
        StoredFile file =
                new StoredFile("%064d".formatted(System.nanoTime()), 900, ScanMediaType.PDF, "so-ho-khau.pdf");
        fx.run(
                CHAIRMAN_AND_OFFICER,
                "2026-06-03T02:10:00Z",
                () -> new AttachDocumentCommand(application.id(), QUY_HOP, DocumentKind.APPLICATION_FORM, file));
        BenefitCase c =
                fx.run(OFFICER_QUY_HOP, "2026-06-03T03:00:00Z", () -> new SubmitCaseCommand(application.id(), QUY_HOP));

        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_AND_OFFICER,
                        "2026-06-04T03:00:00Z",
                        () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units())))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.makerChecker.DOCUMENT"));
    }

    @Test
    void anApproverWhoWroteTheAssessmentCannotDecideAnotherApproverCanAndHisCommentIsKept() {
        Person person = fx.person(QUY_HOP, "Hà Thị Nga", PartialDate.of(1990), Sex.FEMALE);
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, "2026-06-05T02:00:00Z");
        Actor viceChairman = new Actor("vice.quyhop", "Lô Văn Hùng", Set.of(Role.APPROVER), QUY_HOP);
        fx.run(
                viceChairman,
                "2026-06-05T03:00:00Z",
                () -> new WriteReviewNotesCommand(
                        c.id(),
                        QUY_HOP,
                        "Đủ điều kiện theo biên bản họp hội đồng xã",
                        fx.reload(c).version()));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from dossier_contribution where application_id = ? and kind = 'REVIEW_NOTES'"
                                        + " and actor = 'vice.quyhop'",
                                c.applicationId()))
                .isEqualTo(1);

        assertThatThrownBy(() -> fx.run(
                        viceChairman,
                        "2026-06-08T03:00:00Z",
                        () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units())))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("case.error.makerChecker.REVIEW_NOTES"));

        assertThatThrownBy(() -> fx.run(
                        CHAIRMAN_QUY_HOP,
                        "2026-06-08T03:00:00Z",
                        () -> new ApproveCaseCommand(
                                c.id(), QUY_HOP, fx.units(), "=HYPERLINK(\"http://evil.example\",\"x\")")))
                .as("a comment a spreadsheet would run")
                .isInstanceOf(CaseException.class)
                .hasMessage("text.error.formula");
        fx.run(
                CHAIRMAN_QUY_HOP,
                "2026-06-08T03:00:00Z",
                () -> new ApproveCaseCommand(c.id(), QUY_HOP, fx.units(), "  Đồng ý, chi trả từ tháng 6  "));
        assertThat(fx.jdbc()
                        .row("select note, actor from case_event where case_id = ? and transition = 'APPROVE'", c.id()))
                .containsEntry("note", "Đồng ý, chi trả từ tháng 6")
                .containsEntry("actor", CHAIRMAN_QUY_HOP.username());
    }
}
