package io.ugcbot.kit.outage;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/**
 * Which failures are a dependency being away, and which an object that is gone. A database that cannot be reached
 * (no connection, connection lost, server shutting down or overloaded) or an S3 server that cannot be reached or
 * answers 5xx/429 is an outage: the same work succeeds once it is back, so it must not count against the work's
 * attempts. An S3 object that does not exist will not appear by waiting.
 */
public final class DependencyFailures {

    /**
     * What HikariCP says, with no SQL state, when a transaction ends on a connection the outage broke (the rollback's
     * failure then replaces the first one: "Unable to rollback against JDBC Connection").
     */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DependencyFailures() {
    }

    /** True when the failure, or anything under it, is a database or S3 outage. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NoSuchKeyException) {
                return false;
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException || cause instanceof TransientDataAccessException
                    || cause instanceof TransactionSystemException || cause instanceof SQLTransientException
                    || cause instanceof SdkClientException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || HIKARI_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
            if (cause instanceof S3Exception s3 && (s3.statusCode() >= 500 || s3.statusCode() == 429)) {
                return true;
            }
        }
        return false;
    }

    /** True when the failure is an S3 object that does not exist (deleted, expired, never written). */
    public static boolean isMissingObject(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NoSuchKeyException
                    || cause instanceof S3Exception s3 && s3.statusCode() == 404) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's connection exceptions (class 08), admin or crash shutdown and "cannot connect now" (57P01–57P03),
     * too many connections (53300).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}
