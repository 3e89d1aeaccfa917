package io.ugcbot.kit.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    @AfterEach
    void clear() {
        TraceContext.clear();
    }

    @Test
    void shouldContinueTheTraceOfTheMessageBeingHandled() {
        TraceContext.set("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        String child = TraceContext.childOfCurrent();

        assertThat(child).startsWith("00-0af7651916cd43dd8448eb211c80319c-").endsWith("-01");
        assertThat(child).doesNotContain("b7ad6b7169203331");
    }

    @Test
    void shouldStartANewTraceWhenNothingIsBeingHandled() {
        assertThat(TraceContext.childOfCurrent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
