package org.rempart.delivery.sms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SubmitResult;
import org.slf4j.LoggerFactory;

/**
 * End to end: a campaign of SMS submitted through the SMPP gateway to an SMSC in the same
 * process, over TCP on the loopback, as a dispatcher submits them (claimed batches of 1,000,
 * each submitted then awaited). Prints the submit_sm per second sustained over the run, its
 * slowest whole second, and the peak resident memory of the process (SMSC included).
 *
 * <pre>java -cp target/benchmarks.jar org.rempart.delivery.sms.SmsSubmitHarness [messages] [window]</pre>
 */
public final class SmsSubmitHarness {

    private static final int BATCH = 1_000;
    private static final int WARM_UP = 10_000;

    private SmsSubmitHarness() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try (InProcessSmsc smsc = InProcessSmsc.counting("rempart", "bench");
                SmppGateway gateway = new SmppGateway(
                        SmppSettingsBuilder.forSmsc(smsc).window(window).rate(1_000_000).build(), event -> { },
                        Clock.systemUTC())) {
            gateway.start();
            campaign(gateway, 0, WARM_UP);
            List<Long> perSecond = new CopyOnWriteArrayList<>();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            long[] last = {smsc.submits()};
            sampler.scheduleAtFixedRate(() -> {
                long now = smsc.submits();
                perSecond.add(now - last[0]);
                last[0] = now;
            }, 1, 1, TimeUnit.SECONDS);
            long before = smsc.submits();
            long start = System.nanoTime();
            campaign(gateway, WARM_UP, messages);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.SECONDS);
            long submitted = smsc.submits() - before;
            if (submitted != messages) {
                throw new IllegalStateException("The SMSC received " + submitted + " submit_sm for " + messages + " SMS");
            }
            System.out.printf("SMS submitted: %,d in %.2f s, window %d, 1 bind%n", messages, seconds, window);
            System.out.printf("submit_sm/s sustained: %,.0f%n", messages / seconds);
            System.out.printf("slowest whole second: %,d submit_sm%n",
                    perSecond.stream().mapToLong(Long::longValue).min().orElse(0));
            System.out.printf("peak RSS (VmHWM): %s%n", peakRss());
        }
    }

    /** Submits {@code count} one-part SMS in batches, each batch awaited, and fails on any that is not accepted. */
    private static void campaign(SmppGateway gateway, int first, int count) throws InterruptedException {
        SmsSender sender = new SmsSender("Rempart");
        for (int done = 0; done < count; done += BATCH) {
            List<CompletableFuture<SubmitResult>> batch = new ArrayList<>(BATCH);
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                int n = first + i;
                batch.add(gateway.submit(new OutgoingSms(sender, String.format("+336%08d", n), new SmsText(
                        "Rempart: -20% sur votre forfait ce week-end avec le code ETE" + (n % 100) + ". STOP au 36123"))));
            }
            for (CompletableFuture<SubmitResult> result : batch) {
                if (!(result.join() instanceof SubmitResult.Accepted)) {
                    throw new IllegalStateException("Not accepted: " + result.join());
                }
            }
        }
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).strip())
                .findFirst().orElse("unknown");
    }
}
