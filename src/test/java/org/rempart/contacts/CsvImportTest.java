package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class CsvImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    DataDirectory dataDirectory;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private ImportClient client;
    private String token;

    @BeforeEach
    void client() {
        token = fixtures.operator(Role.MARKETER).token();
        client = new ImportClient(port, token);
    }

    private static String unique() {
        return Long.toString(System.nanoTime());
    }

    private static List<Long> lines(JsonNode issues) {
        List<Long> lines = new ArrayList<>();
        issues.forEach(i -> lines.add(i.get("line").asLong()));
        return lines;
    }

    private JsonNode reveal(long id) {
        return client.api().json(client.api().post("/api/contacts/" + id + "/reveal", token,
                "{\"reason\":\"checking an import\"}"));
    }

    private long find(String email) {
        JsonNode found = client.api().json(client.api().post("/api/contacts/search", token,
                "{\"email\":\"" + email + "\"}"));
        assertThat(found.get("total").asLong()).as(email).isEqualTo(1);
        return found.get("items").get(0).get("id").asLong();
    }

    @Test
    void aFrenchSpreadsheetExportIsImportedRowByRowWithLinesForWhatIsRejected(CapturedOutput output) throws Exception {
        String u = unique();
        String helene = "helene." + u + "@exemple.fr";
        String grand = "grand." + u + "@exemple.fr";
        String formula = "formule." + u + "@exemple.fr";
        String mobile1 = UniqueNumbers.mobile();
        String mobile2 = UniqueNumbers.mobile().replace(" ", "");
        String csv = String.join("\r\n",
                "Nom;Prénom;Courriel;Portable;Fixe;Date de naissance;Type;Consent_Email;Code postal;Fidélité",
                "Dupont;Hélène;" + helene + ";" + mobile1 + ";01 45 67 89 12;15/03/1985;client;oui;75011;gold",
                "Faux;Jean;jean.faux@;;;;;;;",
                "\"Le \"\"Grand\"\"\nMartin; fils\";Zoé;" + grand + ";" + mobile2 + ";;1990-12-01;prospect;non;;",
                "Date;Impossible;impossible." + u + "@exemple.fr;;;31/02/1990;;;;",
                "Fixe;Mobile;mauvais." + u + "@exemple.fr;01 45 67 89 12;;;;;;",
                "Dupont;;" + helene.toUpperCase() + ";07 81 22 33 44;;;;;;",
                "=SUM(A1);Calc;" + formula + ";;;;;;;",
                "Court;Code;court." + u + "@exemple.fr;;;;;;7501;",
                "Sans;Adresse;;;01 45 67 89 12;;;;;",
                ";;" + helene + ";" + mobile2 + ";;;;;;") + "\r\n";

        JsonNode status = client.run(csv.getBytes(WINDOWS_1252), Map.of("source", "salon 2024"));

        assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("rowsRead").asLong()).isEqualTo(10);
        assertThat(status.get("created").asLong()).as(status.toString()).isEqualTo(3);
        assertThat(status.get("updated").asLong()).as(status.toString()).isEqualTo(2);
        assertThat(status.get("rejected").asLong()).isEqualTo(5);
        JsonNode errors = status.get("errors");
        assertThat(lines(errors)).containsExactly(3L, 6L, 7L, 10L, 11L);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("email");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("birth_date");
        assertThat(errors.get(2).get("field").asString()).isEqualTo("mobile");
        assertThat(errors.get(2).get("reason").asString()).isEqualTo("not a mobile number");
        assertThat(errors.get(3).get("field").asString()).isEqualTo("postcode");
        assertThat(errors.get(4).get("reason").asString()).contains("required");
        assertThat(lines(status.get("warnings"))).containsExactly(8L, 12L, 12L);
        assertThat(status.get("warnings").get(0).get("reason").asString()).contains("repeats line 2");
        assertThat(status.toString()).doesNotContain("jean.faux", "Impossible", "7501", u);

        JsonNode dupont = reveal(find(helene));
        assertThat(dupont.get("firstName").asString()).as("an empty cell never blanks").isEqualTo("Hélène");
        assertThat(dupont.get("mobile").asString()).as("line 8's: line 12's belongs to another contact")
                .isEqualTo("+33781223344");
        assertThat(status.get("warnings").valueStream().map(w -> w.get("reason").asString()))
                .anyMatch(reason -> reason.contains("without this line's mobile number"));
        assertThat(dupont.get("landline").asString()).isEqualTo("+33145678912");
        assertThat(dupont.get("kind").asString()).isEqualTo("CLIENT");
        assertThat(dupont.get("consents").get("EMAIL").asString()).isEqualTo("YES");
        assertThat(dupont.get("postcode").asString()).isEqualTo("75011");
        JsonNode martin = reveal(find(grand));
        assertThat(martin.get("lastName").asString()).isEqualTo("Le \"Grand\"\nMartin; fils");
        assertThat(martin.get("firstName").asString()).isEqualTo("Zoé");
        assertThat(martin.get("consents").get("EMAIL").asString()).isEqualTo("NO");
        assertThat(martin.get("mobile").asString()).isEqualTo("+33" + mobile2.substring(1));
        JsonNode byMobile = client.api().json(client.api().post("/api/contacts/search", token,
                "{\"mobile\":\"" + mobile2 + "\"}"));
        assertThat(byMobile.get("total").asLong()).as("one contact per mobile number").isEqualTo(1);
        assertThat(byMobile.get("items").get(0).get("id").asLong()).isEqualTo(find(grand));
        assertThat(reveal(find(formula)).get("lastName").asString()).isEqualTo("=SUM(A1)");

        JsonNode history = client.api().json(client.api().get("/api/contacts/" + find(helene) + "/consents", token));
        assertThat(history.get(0).get("source").asString()).isEqualTo("IMPORT");
        assertThat(history.get(0).get("line").asLong()).isEqualTo(2);
        assertThat(history.get(0).get("importJob").asLong()).isEqualTo(status.get("id").asLong());
        assertThat(history.get(0).get("fileSha256").asString()).hasSize(64);

        var report = client.api().get("/api/imports/" + status.get("id").asLong() + "/report", token);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(report.body()).startsWith("line;severity;field;reason").contains("3;ERROR;\"email\";")
                .contains("8;WARNING;;\"repeats line 2");

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'contacts.import' ORDER BY seq")
                .query(String.class).list()).anyMatch(detail -> detail.startsWith("job " + status.get("id").asLong() + ",")
                        && detail.endsWith(status.get("fileSha256").asString()));
        assertThat(output.getAll()).doesNotContain(helene, "Hélène", "jean.faux", "Grand");
        try (var files = Files.list(dataDirectory.resolve("tmp"))) {
            assertThat(files.toList()).as("the encrypted upload is deleted after the job").isEmpty();
        }
    }

    @Test
    void aUtf8FileWithABomAndCommasIsImportedAndAReImportUpdatesInsteadOfDuplicating() {
        String u = unique();
        String idn = "jean." + u + "@exämple.fr";
        String csv = "\uFEFFlast_name,first_name,email,mobile,consent_sms,kind,birth_date,loyalty\n"
                + "Weiß,Jürgen,\"" + idn + "\"," + UniqueNumbers.e164(UniqueNumbers.mobile()) + ",yes,,1975-06-30,silver\n"
                + "O'Brien,Seán,sean." + u + "@example.ie,00" + UniqueNumbers.e164(UniqueNumbers.mobile()).substring(1)
                + ",no,client,,\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        JsonNode first = client.run(bytes, Map.of("kind", "client"));
        assertThat(first.get("created").asLong()).as(first.toString()).isEqualTo(2);
        JsonNode weiss = reveal(find(idn));
        assertThat(weiss.get("lastName").asString()).isEqualTo("Weiß");
        assertThat(weiss.get("email").asString()).isEqualTo(idn);
        assertThat(weiss.get("kind").asString()).isEqualTo("CLIENT");

        JsonNode again = client.run(bytes, Map.of());
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isEqualTo(2);
        JsonNode history = client.api().json(client.api().get("/api/contacts/" + find(idn) + "/consents", token));
        assertThat(history).as("an unchanged consent is not recorded again").hasSize(1);
    }

    @Test
    void anUnreadableFileFailsTheJobWithAClearMessage() {
        JsonNode binary = client.run(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 9}, Map.of());
        assertThat(binary.get("status").asString()).isEqualTo("FAILED");
        assertThat(binary.get("failure").asString()).contains("binary");
        JsonNode noAddress = client.run("nom;prenom\nDupont;Jean\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(noAddress.get("status").asString()).isEqualTo("FAILED");
        assertThat(noAddress.get("failure").asString()).contains("no email or mobile column");
        JsonNode unclosed = client.run(("email\na@b.fr\n\"unclosed@b.fr\n").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(unclosed.get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void uploadsAboveTheDefaultBodyLimitAreAcceptedOnTheImportEndpoint() {
        String u = unique();
        StringBuilder csv = new StringBuilder("email;note\n");
        String padding = "x".repeat(400);
        int rows = 3000;
        for (int i = 0; i < rows; i++) {
            csv.append("big").append(i).append('.').append(u).append("@exemple.fr;").append(padding).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(1 << 20);
        JsonNode status = client.run(bytes, Map.of());
        assertThat(status.get("status").asString()).isEqualTo("DONE");
        assertThat(status.get("created").asLong()).isEqualTo(rows);
        assertThat(client.api().post("/api/contacts/search", token, "{\"email\":\"" + padding.repeat(3000) + "\"}")
                .statusCode()).as("other endpoints keep the 1 MB limit").isEqualTo(413);
    }

    @Test
    void badRequestsAreProblemsNotFailures() {
        var notMultipart = client.api().post("/api/imports", token, "{}");
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(notMultipart.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(client.upload("email\n".getBytes(StandardCharsets.UTF_8), Map.of("kind", "martian")).statusCode())
                .isEqualTo(400);
        assertThat(client.api().get("/api/imports/999999999", token).statusCode()).isEqualTo(404);
    }
}
