package org.rempart.delivery.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.rempart.delivery.MessageComposer;
import org.rempart.delivery.SmsGateway;
import org.rempart.vault.Vault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires this node's engine: a node id of its own (for leases and the node count), the channels
 * that have a transport, and the campaigns' composer. {@code rempart.dispatch.enabled=false} runs
 * a node that serves the UI and the API but sends nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchSettings.class)
class DispatchConfiguration {

    @Bean
    @ConditionalOnProperty(name = "rempart.dispatch.enabled", matchIfMissing = true)
    Dispatcher dispatcher(DeliveryRepository deliveries, TransactionTemplate transactions, Vault vault,
            MessageComposer composer, JdbcDispatch dispatch, DispatchSignal signal, DispatchSettings settings,
            ObjectProvider<EmailTransport> email, ObjectProvider<SmsGateway> sms,
            @Value("${rempart.smtp.rate:0}") double emailRate, ApplicationEventPublisher events, Clock clock) {
        if (emailRate < 0) {
            throw new IllegalArgumentException("REMPART_SMTP_RATE must be 0 (unlimited) or a positive number");
        }
        String node = UUID.randomUUID().toString();
        Optional<EmailTransport> emailTransport = Optional.ofNullable(email.getIfAvailable());
        NodeShare share = new NodeShare(node, deliveries, settings, emailRate, emailTransport, clock);
        List<ChannelSender> senders = new ArrayList<>();
        emailTransport.ifPresent(transport -> senders.add(new EmailChannelSender(transport, share, settings.retryMin(),
                clock)));
        sms.ifAvailable(gateway -> senders.add(new SmsChannelSender(gateway, settings.smsWorkers(), clock)));
        var retries = new RetryPolicy(settings, RandomGenerator.getDefault());
        var processor = new BatchProcessor(deliveries, new SentRecords(deliveries, clock), transactions, vault,
                composer, dispatch, retries, settings, node, events, clock);
        return new Dispatcher(processor, senders, share, signal, settings);
    }
}
