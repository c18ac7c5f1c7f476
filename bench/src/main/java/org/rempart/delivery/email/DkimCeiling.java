package org.rempart.delivery.email;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The ceiling of the email benchmark with in-app DKIM: how many RSA-2048 SHA-256 signatures per
 * second the JVM produces on all cores, one signing thread per core.
 *
 * <pre>java -cp target/benchmarks.jar org.rempart.delivery.email.DkimCeiling [seconds]</pre>
 */
public final class DkimCeiling {

    private DkimCeiling() {
    }

    /** Signatures per second over {@code duration}, after a short warm-up. */
    public static double signaturesPerSecond(Duration duration) throws GeneralSecurityException, InterruptedException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        sign(key, Duration.ofSeconds(5)); // warm-up: the JIT compiles the big-integer arithmetic
        return sign(key, duration) / (duration.toNanos() / 1e9);
    }

    private static long sign(PrivateKey key, Duration duration) throws InterruptedException {
        var signed = new LongAdder();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int core = 0; core < Runtime.getRuntime().availableProcessors(); core++) {
            threads.add(Thread.ofPlatform().name("dkim-ceiling-" + core).start(() -> {
                try {
                    var signature = Signature.getInstance("SHA256withRSA");
                    byte[] headers = ("from:Rempart <offres@bench.rempart.example>\r\nsubject:Bonjour\r\n"
                            + "dkim-signature:v=1; a=rsa-sha256; c=relaxed/relaxed; d=bench.rempart.example; b=")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    while (System.nanoTime() < end) {
                        signature.initSign(key);
                        signature.update(headers);
                        signature.sign();
                        signed.increment();
                    }
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return signed.sum();
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf("DKIM ceiling: %,.0f RSA-2048 signatures/s on %d cores%n",
                signaturesPerSecond(Duration.ofSeconds(seconds)), Runtime.getRuntime().availableProcessors());
    }
}
