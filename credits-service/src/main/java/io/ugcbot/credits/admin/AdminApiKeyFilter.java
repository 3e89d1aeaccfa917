package io.ugcbot.credits.admin;

import io.ugcbot.credits.CreditsProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets {@code /admin/**} through only with the right API key. Without a configured key the admin API is closed
 * entirely rather than open.
 */
@Component
class AdminApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Admin-Api-Key";

    private final byte[] expected;

    AdminApiKeyFilter(CreditsProperties properties) {
        String key = properties.adminApiKey();
        this.expected = key == null || key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "missing or wrong " + HEADER);
            return;
        }
        chain.doFilter(request, response);
    }
}
