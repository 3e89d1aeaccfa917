package io.ugcbot.gateway.admin;

import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Tells the team that a provider model is gone or going: once per model, kind and UTC day however many instances and
 * failed calls report it (the day is part of each message's dedup key), again the next day while it lasts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ModelAlerts {

    private final TeamChat team;

    ModelAlerts(TeamChat team) {
        this.team = team;
    }

    public void alerted(ProviderModelAlert alert) {
        LocalDate day = LocalDate.ofInstant(alert.observedAt(), ZoneOffset.UTC);
        String cause = "model-alert:" + alert.kind() + ":" + alert.key() + ":" + day;
        String detail = alert.detail() == null ? "" : alert.detail();
        if (alert.kind() == ModelAlertKind.UNAVAILABLE) {
            team.tell(cause, "admin.model.unavailable", alert.service(), alert.provider(), alert.model(), detail);
        } else if (alert.kind() == ModelAlertKind.SHUTDOWN_SCHEDULED) {
            team.tell(cause, "admin.model.retiring", alert.service(), alert.provider(), alert.model(),
                    String.valueOf(alert.shutdownDate()), detail);
        }
    }
}
