package org.rempart.bench;

import java.util.Arrays;

/**
 * The benchmarks' entry point: {@code import} (end-to-end CSV import and segment counts against a
 * running Rempart), {@code campaign} (an email or SMS campaign end to end) or {@code jmh} (JMH micro-benchmarks, JMH's own options follow).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (command) {
            case "import" -> ImportBench.main(rest);
            case "campaign" -> CampaignBench.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("""
                        usage: java -jar rempart-bench.jar import [--rows N] [--db h2|postgres] [--counts N]
                               java -jar rempart-bench.jar campaign [--channel email|sms] [--contacts N] [--db h2|postgres]
                                   [--dkim true|false] [--connections N] [--window N]
                               java -jar rempart-bench.jar jmh [JMH options]""");
                System.exit(2);
            }
        }
    }
}
