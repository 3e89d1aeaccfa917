/**
 * Buying credits with Telegram Stars: the packages under "Top up", the invoice ({@code XTR}), the pre-checkout answer
 * within Telegram's 10 seconds, the payment granted once per {@code telegram_payment_charge_id} (a
 * {@code StarsPaymentReceived} for the ledger, which grants it as a {@code PURCHASE}), and an admin's {@code /refund},
 * after which the ledger takes back what is left of that purchase. Without packages configured, "Top up" asks the
 * team instead (credits' {@code TopUpRequests}).
 */
package io.ugcbot.gateway.payments;
