package io.ugcbot.credits.admin;

import io.ugcbot.credits.CreditsProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request reach an {@link AdminApi} handler only with the right {@code X-Admin-Api-Key}. It decides on the
 * handler the framework matched, not on the request's path: a string test on the raw URI was passed by
 * {@code /admin;x/totals} and {@code /%61dmin/totals}, which Spring MVC normalises to the admin handlers. Without a
 * configured key the admin API is closed entirely rather than open.
 */
@Component
class AdminApiKeyGuard implements HandlerInterceptor, WebMvcConfigurer {

    static final String HEADER = "X-Admin-Api-Key";

    private final byte[] expected;

    AdminApiKeyGuard(CreditsProperties properties) {
        String key = properties.adminApiKey();
        this.expected = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // every path: which requests are admin ones is decided by the matched handler in preHandle
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().isAnnotationPresent(AdminApi.class)) {
            return true;
        }
        if (authorised(request.getHeader(HEADER))) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "missing or wrong " + HEADER);
        return false;
    }

    private boolean authorised(String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
