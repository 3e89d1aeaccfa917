package io.ugcbot.video.fal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /fal/webhook}: fal calls it when a request ends. It only wakes the job waiting on that request, which
 * then asks fal itself, so the body is never trusted as a result. Unknown request ids are ignored.
 */
@RestController
class FalWebhookController {

    private final FalRequests requests;
    private final FalWakeUps wakeUps;

    FalWebhookController(FalRequests requests, FalWakeUps wakeUps) {
        this.requests = requests;
        this.wakeUps = wakeUps;
    }

    @PostMapping("/fal/webhook")
    ResponseEntity<Void> ended(@RequestBody JsonNode body) {
        requests.generationOf(body.path("request_id").asString("")).ifPresent(wakeUps::wake);
        return ResponseEntity.ok().build();
    }
}
