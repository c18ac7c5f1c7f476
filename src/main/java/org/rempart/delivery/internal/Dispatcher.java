package org.rempart.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The dispatch engine of this node: for each channel, the workers its sender asks for, each
 * looping over claim, send, record; and a heartbeat that keeps this node counted in the shared
 * limits, cancels what the ranges of cancelled campaigns still hold once nobody sends them, and
 * takes over the writing of audiences whose writer stopped.
 * Workers are virtual threads where the JDK no longer pins them inside {@code synchronized}
 * (Angus Mail's transport, for one), platform threads before that.
 */
public final class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final BatchProcessor processor;
    private final List<ChannelSender> senders;
    private final NodeShare share;
    private final DispatchSignal signal;
    private final DispatchSettings settings;
    private final List<Thread> workers = new ArrayList<>();
    private ScheduledExecutorService heartbeat;
    private volatile boolean running;

    Dispatcher(BatchProcessor processor, List<ChannelSender> senders, NodeShare share, DispatchSignal signal,
            DispatchSettings settings) {
        this.processor = processor;
        this.senders = List.copyOf(senders);
        this.share = share;
        this.signal = signal;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        share.beat();
        heartbeat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("dispatch-heartbeat")
                .factory());
        long period = settings.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
        running = true;
        Thread.Builder threads = Runtime.version().feature() >= 24 ? Thread.ofVirtual() : Thread.ofPlatform();
        for (ChannelSender sender : senders) {
            for (int i = 0; i < sender.workers(); i++) {
                int index = i;
                workers.add(threads.name("dispatch-" + sender.channel().name().toLowerCase() + "-" + i)
                        .start(() -> work(sender, index)));
            }
        }
        log.info("Dispatch engine started on node {}: {}", share.node(), senders.stream()
                .map(s -> s.channel() + " x" + s.workers()).toList());
    }

    /** A worker's loop; beyond the sender's active workers, it waits without claiming. */
    private void work(ChannelSender sender, int index) {
        while (running) {
            try {
                if (index >= sender.activeWorkers()) {
                    Thread.sleep(settings.poll());
                    continue;
                }
                long mark = signal.mark();
                if (!processor.processOne(sender)) {
                    signal.awaitAfter(mark, settings.poll());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Dispatch worker error ({}), retrying after the poll interval", e.getClass().getSimpleName());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.poll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void beat() {
        try {
            share.beat();
            processor.sweepCancelled();
            processor.resumeAbandonedAudiences();
        } catch (RuntimeException e) {
            log.warn("Dispatch heartbeat failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Stops claiming and lets the batches in flight finish; a worker still busy after the grace
     * period is interrupted and its batch given back to the queue.
     */
    @Override
    public synchronized void stop() {
        running = false;
        signal.wake();
        for (Thread worker : workers) {
            try {
                if (!worker.join(settings.lease().dividedBy(4))) {
                    worker.interrupt();
                    worker.join(settings.poll().multipliedBy(4));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        heartbeat.shutdownNow();
        try {
            // A beat still running would write this node's heartbeat again after it left.
            heartbeat.awaitTermination(settings.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        share.leave();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
