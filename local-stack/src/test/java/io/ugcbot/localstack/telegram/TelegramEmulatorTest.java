package io.ugcbot.localstack.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator answers like the Bot API, limits and error shapes included. */
class TelegramEmulatorTest {

    private static final String TOKEN = "42:TEST";

    private final TelegramEmulator emulator = new TelegramEmulator(TOKEN, 0);
    private final HttpClient http = HttpClient.newHttpClient();

    TelegramEmulatorTest() throws Exception {
    }

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void shouldRefuseAWrongToken() throws Exception {
        HttpResponse<String> response = call("/bot41:WRONG/getMe", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"ok\":false", "\"error_code\":401", "Unauthorized");
    }

    @Test
    void shouldMatchMethodNamesCaseInsensitively() throws Exception {
        assertThat(call("/bot" + TOKEN + "/getme", "{}").body()).contains("\"is_bot\":true");
        assertThat(call("/bot" + TOKEN + "/getMe", "{}").body()).contains("\"is_bot\":true");
    }

    @Test
    void shouldRefuseTextLongerThan4096Characters() throws Exception {
        HttpResponse<String> response = call("/bot" + TOKEN + "/sendMessage",
                "{\"chat_id\":7,\"text\":\"" + "a".repeat(4097) + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bad Request: message is too long");
        assertThat(emulator.telegram().messages(7)).isEmpty();
    }

    @Test
    void shouldRefuseCallbackDataLongerThan64Bytes() throws Exception {
        String markup = "{\\\"inline_keyboard\\\":[[{\\\"text\\\":\\\"x\\\",\\\"callback_data\\\":\\\""
                + "d".repeat(65) + "\\\"}]]}";
        HttpResponse<String> response = call("/bot" + TOKEN + "/sendMessage",
                "{\"chat_id\":7,\"text\":\"hi\",\"reply_markup\":\"" + markup + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("BUTTON_DATA_INVALID");
    }

    @Test
    void shouldTellAnIdenticalEditFromARealOne() throws Exception {
        call("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":7,\"text\":\"one\"}");
        int id = emulator.telegram().messages(7).getFirst().messageId();

        HttpResponse<String> same = call("/bot" + TOKEN + "/editMessageText",
                "{\"chat_id\":7,\"message_id\":" + id + ",\"text\":\"one\"}");
        HttpResponse<String> changed = call("/bot" + TOKEN + "/editMessageText",
                "{\"chat_id\":7,\"message_id\":" + id + ",\"text\":\"two\"}");

        assertThat(same.body()).contains("message is not modified");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(emulator.telegram().messages(7).getFirst().text()).isEqualTo("two");
    }

    @Test
    void shouldDeliverAUsersMessageThroughGetUpdatesAndForgetItOnceConfirmed() throws Exception {
        emulator.telegram().userSendsText(7, "Anna", "ru", "/start");

        String first = call("/bot" + TOKEN + "/getUpdates", "{\"offset\":0,\"timeout\":1}").body();
        String afterConfirm = call("/bot" + TOKEN + "/getUpdates", "{\"offset\":2,\"timeout\":0}").body();

        assertThat(first).contains("\"update_id\":1", "\"text\":\"/start\"", "\"language_code\":\"ru\"");
        assertThat(afterConfirm).contains("\"result\":[]");
    }

    @Test
    void shouldRefuseGetUpdatesWhileAWebhookIsSet() throws Exception {
        call("/bot" + TOKEN + "/setWebhook", "{\"url\":\"http://127.0.0.1:1/hook\"}");

        HttpResponse<String> response = call("/bot" + TOKEN + "/getUpdates", "{}");

        assertThat(response.statusCode()).isEqualTo(409);
    }

    @Test
    void shouldTakeAStarsPaymentFromTheChatPageOnlyAfterTheBotSaysYesAndRefundItOnce() throws Exception {
        String bot = "/bot" + TOKEN;
        assertThat(call(bot + "/sendInvoice", "{\"chat_id\":7,\"title\":\"10 credits\",\"description\":\"d\","
                + "\"payload\":\"p\",\"currency\":\"USD\",\"prices\":\"[{\\\"label\\\":\\\"x\\\",\\\"amount\\\":50}]\"}")
                .body()).as("digital goods are sold in Stars only").contains("CURRENCY_INVALID");
        HttpResponse<String> invoice = call(bot + "/sendInvoice", "{\"chat_id\":7,\"title\":\"10 credits\","
                + "\"description\":\"d\",\"payload\":\"p\",\"currency\":\"XTR\","
                + "\"prices\":\"[{\\\"label\\\":\\\"x\\\",\\\"amount\\\":50}]\"}");
        assertThat(invoice.body()).contains("\"total_amount\":50", "\"currency\":\"XTR\"");
        int invoiceId = emulator.telegram().messages(7).getFirst().messageId();

        // the chat page's Pay button
        assertThat(call("/emulator/api/chats/7/payments", "{\"messageId\":" + invoiceId + "}").statusCode())
                .isEqualTo(200);
        String query = call(bot + "/getUpdates", "{}").body();
        assertThat(query).contains("pre_checkout_query", "\"total_amount\":50");
        assertThat(emulator.telegram().charges(7)).as("nothing charged before the bot answers").isEmpty();
        String queryId = query.replaceAll("(?s).*\"pre_checkout_query\":\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(call(bot + "/answerPreCheckoutQuery", "{\"pre_checkout_query_id\":\"" + queryId
                + "\",\"ok\":true}").statusCode()).isEqualTo(200);

        String charge = emulator.telegram().charges(7).getFirst().chargeId();
        assertThat(call(bot + "/getUpdates", "{}").body()).contains("successful_payment", charge);
        assertThat(call(bot + "/refundStarPayment", "{\"user_id\":7,\"telegram_payment_charge_id\":\"" + charge
                + "\"}").statusCode()).isEqualTo(200);
        assertThat(call(bot + "/refundStarPayment", "{\"user_id\":7,\"telegram_payment_charge_id\":\"" + charge
                + "\"}").body()).contains("CHARGE_ALREADY_REFUNDED");
    }

    private HttpResponse<String> call(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
