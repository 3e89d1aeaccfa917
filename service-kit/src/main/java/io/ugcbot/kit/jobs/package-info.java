/** Persisted jobs claimed with a lease: slow work taken out of consumers' transactions and resumed after a crash. */
package io.ugcbot.kit.jobs;
