package io.ugcbot.gateway.telegram;

import io.ugcbot.events.AssetRef;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.MessageKind;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.logging.SecretMasker;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.methods.payments.RefundStarPayment;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaAudio;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/** The Bot API calls the gateway makes, with failures classified for the sender. Files are read from S3 and uploaded. */
public class BotApi {

    /** What Telegram returned for a sent message: its id (to edit it later) and the file id of its media, if any. */
    public record Delivery(Integer messageId, String fileId) {
    }

    @FunctionalInterface
    private interface Call<T extends Serializable> {
        T execute() throws TelegramApiException;
    }

    private final TelegramClient client;
    private final AssetStore assets;
    private final SecretMasker masker;

    /** Telegram Stars' currency code. */
    public static final String STARS = "XTR";

    public BotApi(TelegramClient client, AssetStore assets, SecretMasker masker) {
        this.client = client;
        this.assets = assets;
        this.masker = masker;
    }

    public Delivery sendText(long chatId, String text, List<List<Button>> buttons) throws BotApiException {
        Message sent = call(() -> client.execute(SendMessage.builder().chatId(chatId).text(text)
                .replyMarkup(keyboard(buttons)).build()));
        return new Delivery(sent.getMessageId(), null);
    }

    /** New text for a sent message; {@code buttons} replace its keyboard (empty: the message keeps none). */
    public Delivery editText(long chatId, int messageId, String text, List<List<Button>> buttons)
            throws BotApiException {
        try {
            call(() -> client.execute(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text)
                    .replyMarkup(keyboard(buttons)).build()));
        } catch (BotApiException e) {
            // the progress message already says this; Telegram treats an identical edit as an error
            if (!e.getMessage().contains("message is not modified")) {
                throw e;
            }
        }
        return new Delivery(messageId, null);
    }

    /** Sends by {@code uploadedFileId} when Telegram already has the file, otherwise uploads it from S3. */
    public Delivery sendMedia(long chatId, MessageKind kind, AssetRef asset, String uploadedFileId, String caption,
                              List<List<Button>> buttons) throws BotApiException {
        InputFile file = uploadedFileId != null ? new InputFile(uploadedFileId)
                : new InputFile(new ByteArrayInputStream(assets.read(asset)), fileName(asset));
        InlineKeyboardMarkup markup = keyboard(buttons);
        Message sent = switch (kind) {
            case PHOTO -> call(() -> client.execute(SendPhoto.builder().chatId(chatId).photo(file).caption(caption)
                    .replyMarkup(markup).build()));
            case AUDIO -> call(() -> client.execute(SendAudio.builder().chatId(chatId).audio(file).caption(caption)
                    .replyMarkup(markup).build()));
            case VIDEO -> call(() -> client.execute(SendVideo.builder().chatId(chatId).video(file).caption(caption)
                    .supportsStreaming(true).replyMarkup(markup).build()));
            default -> throw new IllegalArgumentException(kind + " is not media");
        };
        return new Delivery(sent.getMessageId(), fileIdOf(sent));
    }

    /**
     * Replaces the photo or audio of a sent message, with its caption and buttons: a gallery turning its page in
     * place. By {@code uploadedFileId} when Telegram has the file, otherwise uploaded from S3.
     */
    public Delivery editMedia(long chatId, int messageId, MessageKind kind, AssetRef asset, String uploadedFileId,
                              String caption, List<List<Button>> buttons) throws BotApiException {
        InputMedia media = switch (kind) {
            case EDIT_PHOTO -> uploadedFileId != null ? new InputMediaPhoto(uploadedFileId)
                    : new InputMediaPhoto(new ByteArrayInputStream(assets.read(asset)), fileName(asset));
            case EDIT_AUDIO -> uploadedFileId != null ? new InputMediaAudio(uploadedFileId)
                    : new InputMediaAudio(new ByteArrayInputStream(assets.read(asset)), fileName(asset));
            default -> throw new IllegalArgumentException(kind + " is not a media edit");
        };
        media.setCaption(caption);
        try {
            Serializable edited = call(() -> client.execute(EditMessageMedia.builder().chatId(chatId)
                    .messageId(messageId).media(media).replyMarkup(keyboard(buttons)).build()));
            return new Delivery(messageId, edited instanceof Message message ? fileIdOf(message) : null);
        } catch (BotApiException e) {
            // a double tap on the same arrow: the page already shows it
            if (e.getMessage().contains("message is not modified")) {
                return new Delivery(messageId, uploadedFileId);
            }
            throw e;
        }
    }

    /** An invoice in Stars ({@code XTR}: no provider token, exactly one price). */
    public Delivery sendInvoice(long chatId, Invoice invoice) throws BotApiException {
        Message sent = call(() -> client.execute(SendInvoice.builder().chatId(chatId).title(invoice.title())
                .description(invoice.description()).payload(invoice.payload()).providerToken("").currency(STARS)
                .price(new LabeledPrice(invoice.priceLabel(), invoice.stars())).build()));
        return new Delivery(sent.getMessageId(), null);
    }

    /**
     * Telegram cancels a checkout not answered within 10 seconds, so this is called from the update's own handling,
     * never queued; {@code error} is shown to the user when the answer is no.
     */
    public void answerPreCheckout(String queryId, String error) throws BotApiException {
        call(() -> client.execute(AnswerPreCheckoutQuery.builder().preCheckoutQueryId(queryId).ok(error == null)
                .errorMessage(error).build()));
    }

    /** Gives a Stars payment back to the user. */
    public void refundStarPayment(long userId, String chargeId) throws BotApiException {
        call(() -> client.execute(RefundStarPayment.builder().userId(userId).telegramPaymentChargeId(chargeId)
                .build()));
    }

    /** The command menu for users whose Telegram is in {@code languageCode} (null: everyone else). */
    public void setCommands(String languageCode, List<BotCommand> commands) throws BotApiException {
        call(() -> client.execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build()));
    }

    /** Stops the client's spinner on a tapped button; failure only costs the spinner, so it is not retried. */
    public void answerCallback(String callbackQueryId) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (TelegramApiException e) {
            // the user saw a spinner a little longer; nothing else depends on it
        }
    }

    public String mask(String text) {
        return masker.mask(text);
    }

    private <T extends Serializable> T call(Call<T> call) throws BotApiException {
        try {
            return call.execute();
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            boolean permanent = code != null && code >= 400 && code < 500 && code != 429;
            throw new BotApiException(masker.mask(e.getMessage()), permanent,
                    retryAfter == null ? null : Duration.ofSeconds(retryAfter), code);
        } catch (TelegramApiException e) {
            throw new BotApiException(masker.mask(String.valueOf(e.getMessage())), false, null, null);
        }
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> buttons) {
        if (buttons == null || buttons.isEmpty()) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(buttons.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.callbackData()).build())
                        .toList()))
                .toList()).build();
    }

    private static String fileName(AssetRef asset) {
        return asset.key().substring(asset.key().lastIndexOf('/') + 1);
    }

    private static String fileIdOf(Message message) {
        if (message.hasVideo()) {
            return message.getVideo().getFileId();
        }
        if (message.hasAudio()) {
            return message.getAudio().getFileId();
        }
        if (message.hasPhoto()) {
            return message.getPhoto().getLast().getFileId();
        }
        return null;
    }
}
