package org.rempart.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV of generated French contacts, the way a spreadsheet exports it: {@code ;}, French
 * headers, national phone numbers with spaces, dd/mm/yyyy dates. Every row is valid and unique
 * (email and mobile derived from the row number), so that every row creates a contact.
 */
final class ContactFile {

    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Müller"};
    private static final String[] FIRST = {"Jeanne", "Louis", "Hélène", "Paul", "Chloé", "Hugo", "Léa", "Lucas",
        "Zoé", "Jules", "Inès", "Noé"};
    private static final String[] DOMAINS = {"orange.fr", "free.fr", "gmail.com", "sfr.fr", "laposte.net",
        "wanadoo.fr"};
    private static final String[] CARRIERS = {"Orange", "SFR", "Bouygues", "Free"};
    private static final String[] TIERS = {"bronze", "silver", "gold"};

    private ContactFile() {
    }

    static Path generate(Path file, int rows) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        var random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("Nom;Prénom;Courriel;Portable;Fixe;Date de naissance;Type;Consent_Email;Consent_SMS;"
                    + "Code postal;Opérateur;Fidélité;Canal préféré\r\n");
            for (int i = 0; i < rows; i++) {
                String last = LAST[random.nextInt(LAST.length)];
                String first = FIRST[random.nextInt(FIRST.length)];
                out.write(last);
                out.write(';');
                out.write(first);
                out.write(';');
                out.write(ascii(first) + "." + ascii(last) + "." + i + "@" + DOMAINS[i % DOMAINS.length]);
                out.write(';');
                out.write(i % 2 == 0 ? phone("06", 10_000_000 + i) : phone("07", 80_000_000 + i));
                out.write(';');
                out.write(i % 3 == 0 ? phone("01", 40_000_000 + i % 9_000_000) : "");
                out.write(';');
                out.write(String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                        1940 + random.nextInt(65)));
                out.write(';');
                out.write(random.nextInt(3) == 0 ? "prospect" : "client");
                out.write(';');
                out.write(random.nextBoolean() ? "oui" : "non");
                out.write(';');
                out.write(random.nextInt(4) == 0 ? "" : random.nextBoolean() ? "1" : "0");
                out.write(';');
                out.write(String.format("%05d", 1000 + random.nextInt(94_000)));
                out.write(';');
                out.write(CARRIERS[random.nextInt(CARRIERS.length)]);
                out.write(';');
                out.write(TIERS[random.nextInt(TIERS.length)]);
                out.write(';');
                out.write(random.nextBoolean() ? "email" : "sms");
                out.write("\r\n");
            }
        }
        Files.move(partial, file);
        return file;
    }

    private static String phone(String prefix, int number) {
        String digits = prefix + String.format("%08d", number % 100_000_000);
        return digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6, 8) + " " + digits.substring(8, 10);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
