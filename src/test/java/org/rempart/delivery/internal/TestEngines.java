package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rempart.contacts.ImportClient;
import org.rempart.delivery.MessageComposer;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.outbox.CaptureOutbox;
import org.rempart.delivery.outbox.CapturedMessage;
import org.rempart.vault.Vault;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Engines of their own on the test's database, as other Rempart nodes would run them, and the
 * contacts and outbox figures the engine tests need.
 */
@Component
class TestEngines {

    private final DeliveryRepository deliveries;
    private final TransactionTemplate transactions;
    private final Vault vault;
    private final MessageComposer composer;
    private final JdbcDispatch dispatch;
    private final DispatchSignal signal;
    private final DispatchSettings settings;
    private final CaptureOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<Dispatcher> started = new ArrayList<>();

    TestEngines(DeliveryRepository deliveries, TransactionTemplate transactions, Vault vault, MessageComposer composer,
            JdbcDispatch dispatch, DispatchSignal signal, DispatchSettings settings, CaptureOutbox outbox,
            ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.vault = vault;
        this.composer = composer;
        this.dispatch = dispatch;
        this.signal = signal;
        this.settings = settings;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Starts an engine with its own node id and workers, sending email through {@code transport}. */
    Dispatcher start(EmailTransport transport) {
        var beans = new StaticListableBeanFactory(Map.of("transport", transport));
        Dispatcher engine = new DispatchConfiguration().dispatcher(deliveries, transactions, vault, composer, dispatch,
                signal, settings, beans.getBeanProvider(EmailTransport.class),
                new StaticListableBeanFactory().getBeanProvider(SmsGateway.class), 0, events, clock);
        engine.start();
        started.add(engine);
        return engine;
    }

    /** {@code next} over two connections, running {@code beforeEachMessage} as each message is let through. */
    static EmailTransport after(EmailTransport next, Runnable beforeEachMessage) {
        return new EmailTransport() {
            @Override
            public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
                return next.send(emails, new SendGate() {
                    @Override
                    public boolean enter(OutgoingEmail email) {
                        beforeEachMessage.run();
                        return gate.enter(email);
                    }

                    @Override
                    public void leave(OutgoingEmail email) {
                        gate.leave(email);
                    }

                    @Override
                    public void stop() {
                        gate.stop();
                    }
                });
            }

            @Override
            public int connections() {
                return 2;
            }
        };
    }

    void stopAll() {
        started.forEach(Dispatcher::stop);
        started.clear();
    }

    /** Imports {@code count} client contacts with an attribute naming their batch, and returns the batch. */
    static String contacts(int port, String token, int count) {
        String lot = "lot" + System.nanoTime();
        var csv = new StringBuilder("prenom;courriel;type;lot\n");
        for (int i = 0; i < count; i++) {
            csv.append("Léa;").append(lot).append('.').append(i).append("@destinataires.example;client;").append(lot)
                    .append('\n');
        }
        var job = new ImportClient(port, token).run(csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(count);
        return lot;
    }

    static String campaign(String lot) {
        return """
                {"name":"Partagée","channel":"EMAIL","fromAddress":"offres@rempart-test.fr","subject":"Bonjour",
                 "html":"<p>Bonjour {{first_name}}</p>","filter":{"field":"attributes.lot","op":"eq","value":"%s"}}"""
                .formatted(lot);
    }

    /** How many times each Message-ID of the campaign reached the outbox. */
    Map<String, Long> messageIdsOf(long campaignId) {
        return outbox.newestFirst().stream().filter(m -> m instanceof CapturedMessage.Email)
                .map(m -> ((CapturedMessage.Email) m).email().messageId())
                .filter(id -> id.contains("." + campaignId + "@"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
