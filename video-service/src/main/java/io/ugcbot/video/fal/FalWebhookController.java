package io.ugcbot.video.fal;

import io.ugcbot.kit.web.BoundedBody;
import io.ugcbot.video.VideoProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /fal/webhook?token=…}: fal calls it when a request ends. Mapped only when fal and a public URL are
 * configured. The token (see {@link FalWebhookToken}) is checked before a byte of the body is read, and a body larger
 * than fal's small status notice is refused unread. It only wakes the job waiting on that request, which then asks fal
 * itself, so the body is never trusted as a result. Unknown request ids are ignored.
 */
@RestController
@ConditionalOnExpression("!'${video.fal.webhook-base-url:}'.isBlank() && !'${video.fal.key:}'.isBlank()")
class FalWebhookController {

    /** fal's notice names the request and its status, with the payload or an error: kilobytes. */
    static final int MAX_NOTICE_BYTES = 256 * 1024;

    private final String falKey;
    private final FalRequests requests;
    private final FalWakeUps wakeUps;
    private final ObjectMapper json;

    FalWebhookController(VideoProperties properties, FalRequests requests, FalWakeUps wakeUps, ObjectMapper json) {
        this.falKey = properties.fal().key();
        this.requests = requests;
        this.wakeUps = wakeUps;
        this.json = json;
    }

    @PostMapping("/fal/webhook")
    void ended(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // from the query string itself: getParameter could parse a form body, which is what must not be read yet
        String token = UriComponentsBuilder.newInstance().query(request.getQueryString()).build()
                .getQueryParams().getFirst("token");
        if (!FalWebhookToken.matches(token, falKey)) {
            BoundedBody.refuse(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<byte[]> body = BoundedBody.read(request, MAX_NOTICE_BYTES);
        if (body.isEmpty()) {
            BoundedBody.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        JsonNode notice;
        try {
            notice = json.readTree(body.get());
        } catch (RuntimeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        requests.generationOf(notice.path("request_id").asString("")).ifPresent(wakeUps::wake);
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
