package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsOperationRefused;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerBookTest {

    private static final long USER = 7;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final LedgerBook book = new LedgerBook(List.of(), List.of(), List.of(), List.of(), Duration.ofMinutes(30));

    @Test
    void shouldApplyAGrantOnceAndIgnoreItsDuplicate() {
        UUID grant = UUID.randomUUID();

        Outcome first = book.apply(new Operation.Grant(grant, USER, 10, GrantKind.WELCOME_BONUS, "system"), NOW);
        Outcome again = book.apply(new Operation.Grant(grant, USER, 10, GrantKind.WELCOME_BONUS, "system"), NOW);

        assertThat(first.events()).containsExactly(new CreditsGranted(grant, USER, 10, GrantKind.WELCOME_BONUS, 10));
        assertThat(again.result()).isEqualTo(Outcome.Result.DUPLICATE);
        assertThat(again.events()).isEmpty();
        assertThat(available()).isEqualTo(10);
    }

    @Test
    void shouldRefuseTheSameGrantIdWithOtherParametersAndSayWhy() {
        UUID grant = UUID.randomUUID();
        book.apply(new Operation.Grant(grant, USER, 10, GrantKind.ADMIN_TOP_UP, "admin:1"), NOW);

        Outcome conflicting = book.apply(new Operation.Grant(grant, USER, 25, GrantKind.ADMIN_TOP_UP, "admin:1"), NOW);

        assertThat(conflicting.result()).isEqualTo(Outcome.Result.REFUSED);
        assertThat(conflicting.events()).singleElement().isInstanceOfSatisfying(CreditsOperationRefused.class,
                refused -> assertThat(refused.reason()).contains("already applied with other parameters"));
        assertThat(available()).isEqualTo(10);
    }

    @Test
    void shouldTakeBackWhatIsLeftOfARefundedPurchaseOnceAndLeaveAHeldVideoAlone() {
        grant(4);
        UUID purchase = UUID.randomUUID();
        book.apply(new Operation.Grant(purchase, USER, 10, GrantKind.PURCHASE, "telegram-stars:c1"), NOW);
        book.apply(new Operation.Reserve(UUID.randomUUID(), USER, 9), NOW);

        Outcome revoked = book.apply(new Operation.Revoke(purchase, USER, "admin:1"), NOW);
        Outcome again = book.apply(new Operation.Revoke(purchase, USER, "admin:1"), NOW);

        assertThat(revoked.events()).containsExactly(new CreditsRevoked(purchase, USER, 5, 0));
        assertThat(again.result()).isEqualTo(Outcome.Result.DUPLICATE);
        assertThat(account().pending()).isEqualTo(9);
        assertThat(book.entries()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(Entry.Kind.REVOKE);
            assertThat(entry.delta()).isEqualTo(-5);
        });
    }

    @Test
    void shouldRefuseToRevokeAGrantThatDoesNotExistOrIsAnotherUsers() {
        UUID purchase = UUID.randomUUID();
        book.apply(new Operation.Grant(purchase, USER, 10, GrantKind.PURCHASE, "telegram-stars:c1"), NOW);

        assertThat(book.apply(new Operation.Revoke(UUID.randomUUID(), USER, "admin:1"), NOW).result())
                .isEqualTo(Outcome.Result.REFUSED);
        assertThat(book.apply(new Operation.Revoke(purchase, USER + 1, "admin:1"), NOW).result())
                .isEqualTo(Outcome.Result.REFUSED);
        assertThat(available()).isEqualTo(10);
    }

    @Test
    void shouldRejectAReservationBeyondTheBalanceAndGiveTheSameAnswerToItsRepeat() {
        grant(1);
        UUID generation = UUID.randomUUID();

        Outcome first = book.apply(new Operation.Reserve(generation, USER, 2), NOW);
        grant(5);
        Outcome repeat = book.apply(new Operation.Reserve(generation, USER, 2), NOW);

        assertThat(first.events()).containsExactly(new CreditsRejected(generation, USER, 1, 2));
        assertThat(repeat.result()).isEqualTo(Outcome.Result.DUPLICATE);
        assertThat(available()).isEqualTo(6);
    }

    @Test
    void shouldHoldAReservationUntilItIsCaptured() {
        grant(10);
        UUID generation = UUID.randomUUID();

        Outcome reserved = book.apply(new Operation.Reserve(generation, USER, 3), NOW);
        Outcome captured = book.apply(new Operation.Capture(generation, USER, null), NOW);

        assertThat(reserved.events()).containsExactly(
                new CreditsReserved(generation, USER, 3, 7, NOW.plus(Duration.ofMinutes(30))));
        assertThat(captured.events()).containsExactly(new CreditsCaptured(generation, USER, 3, 7));
        assertThat(account().captured()).isEqualTo(3);
        assertThat(account().pending()).isZero();
    }

    @Test
    void shouldReturnWhatAPartialCaptureDidNotSpend() {
        grant(10);
        UUID generation = UUID.randomUUID();
        book.apply(new Operation.Reserve(generation, USER, 4), NOW);

        Outcome captured = book.apply(new Operation.Capture(generation, USER, 1), NOW);

        assertThat(captured.events()).containsExactly(new CreditsCaptured(generation, USER, 1, 9));
        assertThat(book.entries()).extracting(Entry::delta).containsExactly(10, -4, 3);
    }

    @Test
    void shouldNeverCaptureMoreThanWasReserved() {
        grant(10);
        UUID generation = UUID.randomUUID();
        book.apply(new Operation.Reserve(generation, USER, 2), NOW);

        assertThat(book.apply(new Operation.Capture(generation, USER, 3), NOW).result())
                .isEqualTo(Outcome.Result.REFUSED);
        assertThat(account().pending()).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyOneSettlementWinAndRefuseTheLoser() {
        grant(10);
        UUID generation = UUID.randomUUID();
        book.apply(new Operation.Reserve(generation, USER, 1), NOW);

        Outcome expired = book.apply(new Operation.Release(generation, USER, ReleaseReason.EXPIRED), NOW);
        Outcome lateCapture = book.apply(new Operation.Capture(generation, USER, null), NOW);

        assertThat(expired.events()).containsExactly(
                new CreditsReleased(generation, USER, 1, 10, ReleaseReason.EXPIRED));
        assertThat(lateCapture.events()).singleElement().isInstanceOfSatisfying(CreditsOperationRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("the reservation was already expired"));
        assertThat(account().captured()).isZero();
        assertThat(available()).isEqualTo(10);
    }

    @Test
    void shouldTreatARepeatedReleaseAsADuplicate() {
        grant(10);
        UUID generation = UUID.randomUUID();
        book.apply(new Operation.Reserve(generation, USER, 1), NOW);
        book.apply(new Operation.Release(generation, USER, ReleaseReason.FAILED), NOW);

        assertThat(book.apply(new Operation.Release(generation, USER, ReleaseReason.FAILED), NOW).result())
                .isEqualTo(Outcome.Result.DUPLICATE);
        assertThat(available()).isEqualTo(10);
    }

    private void grant(int amount) {
        book.apply(new Operation.Grant(UUID.randomUUID(), USER, amount, GrantKind.ADMIN_TOP_UP, "admin:1"), NOW);
    }

    private Account account() {
        return book.accounts().stream().filter(a -> a.userId() == USER).findFirst().orElseThrow();
    }

    private long available() {
        return account().available();
    }
}
