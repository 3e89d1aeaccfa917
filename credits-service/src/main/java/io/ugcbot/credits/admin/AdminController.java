package io.ugcbot.credits.admin;

import io.ugcbot.credits.ledger.Operation;
import io.ugcbot.credits.ledger.Outcome;
import io.ugcbot.credits.application.LedgerService;
import io.ugcbot.events.credits.CreditsEvent;
import io.ugcbot.events.credits.GrantKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@AdminApi
@RequestMapping("/admin")
class AdminController {

    /**
     * @param grantId the idempotency key: the same grant sent twice is applied once
     * @param adminId who granted, recorded in the history
     */
    record GrantRequest(@NotNull UUID grantId, @Min(1) @Max(1_000_000) int amount, long adminId, String reason) {
    }

    record GrantResponse(String result, List<CreditsEvent> events, AdminQueries.Balance balance) {
    }

    private final LedgerService ledger;
    private final AdminQueries queries;

    AdminController(LedgerService ledger, AdminQueries queries) {
        this.ledger = ledger;
        this.queries = queries;
    }

    @GetMapping("/users/{userId}/balance")
    AdminQueries.Balance balance(@PathVariable long userId) {
        return queries.balance(userId);
    }

    @GetMapping("/users/{userId}/history")
    List<AdminQueries.HistoryRow> history(@PathVariable long userId,
                                          @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return queries.history(userId, limit);
    }

    @PostMapping("/users/{userId}/grants")
    ResponseEntity<GrantResponse> grant(@PathVariable long userId, @Valid @RequestBody GrantRequest request) {
        Outcome outcome = ledger.apply(new Operation.Grant(request.grantId(), userId, request.amount(),
                GrantKind.ADMIN_TOP_UP, "admin:" + request.adminId()));
        HttpStatus status = switch (outcome.result()) {
            case APPLIED -> HttpStatus.CREATED;
            case DUPLICATE -> HttpStatus.OK;
            case REJECTED, REFUSED -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status)
                .body(new GrantResponse(outcome.result().name(), outcome.events(), queries.balance(userId)));
    }

    @GetMapping("/totals")
    AdminQueries.Totals totals() {
        return queries.totals();
    }
}
