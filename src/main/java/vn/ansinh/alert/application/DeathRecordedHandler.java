package vn.ansinh.alert.application;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.EventHandler;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The officer recorded the death of a person the population database reported dead: the {@link
 * AlertKind#PERSON_DECEASED} alerts of the stopped case are done, by that officer at that moment, in the same command.
 */
public class DeathRecordedHandler implements EventHandler {

    @Override
    public void handle(Object event, CommandContext context) {
        if (event instanceof BenefitStopped stopped && EndReason.DEATH.name().equals(stopped.reason())) {
            context.em()
                    .createNativeQuery("UPDATE case_alert SET resolved_at = ?1, resolved_by = ?2 WHERE kind = "
                            + SqlEnums.literal(AlertKind.PERSON_DECEASED)
                            + " AND case_id = ?3 AND resolved_at IS NULL")
                    .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC)))
                    .setParameter(2, context.actor().username())
                    .setParameter(3, stopped.caseId())
                    .executeUpdate();
        }
    }
}
