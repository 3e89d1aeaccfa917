package io.ugcbot.kit;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.health.KafkaHealthIndicator;
import io.ugcbot.kit.inbox.Inbox;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.kit.jobs.JobQueueMetrics;
import io.ugcbot.kit.jobs.JobTable;
import io.ugcbot.kit.logging.ConfiguredSecrets;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.kit.messaging.RecordFailureHandling;
import io.ugcbot.kit.models.ModelCatalog;
import io.ugcbot.kit.models.ModelLifecycleCheck;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.models.ProviderModels;
import io.micrometer.core.instrument.MeterRegistry;
import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.ReplayEndpoint;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.SubjectsEndpoint;
import io.ugcbot.kit.outbox.OutboxRelay;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.kit.retention.PruneRule;
import io.ugcbot.kit.retention.RecordRetention;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Wires the shared pieces into every service. Defaults come first so a service's own file can override any of them. */
@AutoConfiguration
@EnableConfigurationProperties(KitProperties.class)
@PropertySource("classpath:ugc-kit-defaults.properties")
public class ServiceKitAutoConfiguration {

    /** Every configured secret is masked in every log line, in every service (not only the gateway), from the start. */
    ServiceKitAutoConfiguration(Environment environment) {
        ConfiguredSecrets.registerAll(environment);
    }

    /** Time comes from a bean so tests can drive expiries and leases with a controllable clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                            KitProperties properties, MeterRegistry meters) {
        return new OutboxRelay(jdbc, transactions, kafka, properties.outbox(), properties.schema(), meters);
    }

    @Bean
    OutboxWriter outboxWriter(NamedParameterJdbcTemplate jdbc, MessageCodec codec, OutboxRelay relay,
                              @Value("${spring.application.name}") String source) {
        return new OutboxWriter(jdbc, codec, relay, source);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }

    /** The inbox remembers applied events for as long as a replay may bring them again, no longer. */
    @Bean
    PruneRule inboxRetention() {
        return new PruneRule("processed_message", "t.processed_at < :cutoff");
    }

    @Bean
    RecordRetention recordRetention(JdbcClient jdbc, List<PruneRule> rules, KitProperties properties, Clock clock) {
        return new RecordRetention(jdbc, rules, properties.retention().records(), clock);
    }

    @Bean
    CommandJobs.Factory commandJobs(JdbcClient jdbc, TransactionTemplate transactions, OutboxWriter outbox,
                                    MessageCodec codec, Clock clock) {
        return new CommandJobs.Factory(jdbc, transactions, outbox, codec, clock);
    }

    @Bean
    IdempotentReceiver idempotentReceiver(Inbox inbox, MessageCodec codec, MeterRegistry meters) {
        return new IdempotentReceiver(inbox, codec, meters);
    }

    /**
     * Every topic and its dead-letter twin; creating them is idempotent, so every service declares them all. Each also
     * declares its own replay topic, which only it reads.
     */
    @Bean
    KafkaAdmin.NewTopics ugcTopics(KitProperties properties, @Value("${spring.application.name}") String consumer) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Spec spec : Topics.ALL) {
            NewTopic topic = new NewTopic(spec.name(), properties.kafka().partitions(),
                    properties.kafka().replicationFactor());
            if (spec.compacted()) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(topic);
            topics.add(new NewTopic(spec.deadLetterTopic(), properties.kafka().partitions(),
                    properties.kafka().replicationFactor()));
        }
        String replay = Topics.replayTopic(consumer);
        topics.add(new NewTopic(replay, properties.kafka().partitions(), properties.kafka().replicationFactor()));
        topics.add(new NewTopic(replay + Topics.DEAD_LETTER_SUFFIX, properties.kafka().partitions(),
                properties.kafka().replicationFactor()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** Poison records to {@code <topic>.dlt} alone; every other failure retried until it passes (see the class). */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, KitProperties properties,
                                          MeterRegistry meters, @Value("${spring.application.name}") String consumer) {
        return RecordFailureHandling.errorHandler(kafka, properties.kafka(), meters, consumer);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin);
    }

    /** The provider models this service calls: health, a gauge and the admins' alerts (see the package). */
    @Bean
    ProviderModels providerModels(OutboxWriter outbox, TransactionTemplate transactions, MeterRegistry meters,
                                  @Value("${spring.application.name}") String service, Clock clock) {
        return new ProviderModels(alert -> transactions.executeWithoutResult(status -> outbox.append(alert)), meters,
                service, clock);
    }

    @Bean
    ProviderCalls providerCalls(MeterRegistry meters) {
        return new ProviderCalls(meters);
    }

    @Bean
    JobQueueMetrics jobQueueMetrics(List<JobTable> tables, JdbcClient jdbc, MeterRegistry meters) {
        return new JobQueueMetrics(tables, jdbc, meters);
    }

    @Bean
    ModelLifecycleCheck modelLifecycleCheck(List<ModelCatalog> catalogs, ProviderModels models,
                                            KitProperties properties, Clock clock) {
        return new ModelLifecycleCheck(catalogs, models, properties.models().shutdownWarningDays(), clock);
    }

    /** A service that declares no effects acts on no record a replay could bring (none does today). */
    @Bean
    @ConditionalOnMissingBean
    RecordEffects recordEffects() {
        return new RecordEffects();
    }

    @Bean
    ReplayEndpoint replayEndpoint(JdbcClient jdbc, RecordEffects effects, KitProperties properties,
                                  @Value("${spring.application.name}") String consumer) {
        return new ReplayEndpoint(jdbc, effects, consumer, properties.retention().records());
    }

    @Bean
    SubjectsEndpoint subjectsEndpoint(List<SubjectState> states) {
        return new SubjectsEndpoint(states);
    }

    @Bean
    AssetStore assetStore(KitProperties properties) {
        return AssetStore.create(properties.s3());
    }
}
