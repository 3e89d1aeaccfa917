package io.ugcbot.gateway.payments;

import io.ugcbot.gateway.GatewayProperties.StarPackage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StarsPayloadTest {

    @Test
    void shouldCarryThePackageAndTheUserThroughTheInvoice() {
        StarsPayload payload = new StarsPayload(new StarPackage(30, 135), 4_200_000_001L);

        String encoded = payload.encode();

        assertThat(StarsPayload.decode(encoded)).contains(payload);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8).length).as("Telegram allows 128 bytes").isLessThan(128);
    }

    @Test
    void shouldReadNothingFromAPayloadItDidNotWrite() {
        assertThat(StarsPayload.decode(null)).isEmpty();
        assertThat(StarsPayload.decode("order-17")).isEmpty();
        assertThat(StarsPayload.decode("stars:30:135")).isEmpty();
        assertThat(StarsPayload.decode("stars:thirty:135:7")).isEmpty();
        assertThat(StarsPayload.decode("stars:0:135:7")).as("a package of nothing").isEmpty();
    }

    @Test
    void shouldReadPackagesAsOperatorsWriteThem() {
        assertThat(StarPackage.parse(" 10:50 ")).isEqualTo(new StarPackage(10, 50));
        assertThat(new StarPackage(10, 50).id()).isEqualTo("10x50");
    }
}
