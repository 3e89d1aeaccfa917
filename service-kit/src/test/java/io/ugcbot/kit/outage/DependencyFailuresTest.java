package io.ugcbot.kit.outage;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The failures seen when PostgreSQL or S3 went away in the outage drills, and some that are not outages. */
class DependencyFailuresTest {

    @Test
    void shouldTreatADatabaseThatCannotBeReachedAsAnOutage() {
        assertThat(DependencyFailures.isOutage(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(DependencyFailures.isOutage(new IllegalStateException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DependencyFailures.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void shouldTreatARollbackOnAConnectionTheOutageClosedAsAnOutage() {
        var rollbackFailure = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DependencyFailures.isOutage(rollbackFailure)).isTrue();
    }

    @Test
    void shouldTreatAnUnreachableOrOverloadedS3AsAnOutageButNotAMissingObject() {
        assertThat(DependencyFailures.isOutage(SdkClientException.create("Connect refused"))).isTrue();
        assertThat(DependencyFailures.isOutage(S3Exception.builder().statusCode(503).build())).isTrue();
        NoSuchKeyException missing = NoSuchKeyException.builder().statusCode(404).build();
        assertThat(DependencyFailures.isOutage(missing)).isFalse();
        assertThat(DependencyFailures.isMissingObject(new IllegalStateException(missing))).isTrue();
    }

    @Test
    void shouldNotTreatBugsOrRefusedDataAsAnOutage() {
        assertThat(DependencyFailures.isOutage(new NullPointerException())).isFalse();
        assertThat(DependencyFailures.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate", "23505")))).isFalse();
        assertThat(DependencyFailures.isOutage(S3Exception.builder().statusCode(403).build())).isFalse();
    }
}
