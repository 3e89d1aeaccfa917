package io.ugcbot.credits.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    @Test
    void shouldHoldReservedCreditsOutOfTheAvailableBalance() {
        Account account = new Account(1);
        account.grant(10);
        account.reserve(3);

        assertThat(account.available()).isEqualTo(7);
    }

    @Test
    void shouldKeepTheBalanceWhenAReservationIsCapturedAndRestoreItWhenReleased() {
        Account account = new Account(1);
        account.grant(10);
        account.reserve(1);
        account.capture(1);
        account.reserve(2);
        account.release(2);

        assertThat(account.available()).isEqualTo(9);
    }

    @Test
    void shouldNeverReserveMoreThanIsAvailable() {
        Account account = new Account(1);
        account.grant(1);

        assertThat(account.canReserve(2)).isFalse();
        assertThatThrownBy(() -> account.reserve(2)).isInstanceOf(IllegalStateException.class);
        assertThat(account.available()).isEqualTo(1);
    }
}
