package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.TravellingClock;
import org.rempart.delivery.Mailbox;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.vault.SecretBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator prepares a sending domain and reads the DNS records to publish, or gives the
 * domain a signing key of its own.
 */
@StorageTest
class EmailSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DkimKeys keys;
    @Autowired
    WireMessages wireMessages;
    @Autowired
    DkimKeyRepository repository;
    @Autowired
    SecretBox secrets;
    @LocalServerPort
    int port;

    @Test
    void aTypedDomainGetsItsKeyAndItsDnsRecords() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        var added = mvc.perform(post("/settings/email/domains").param("domain", " Boutique.Exemple.FR ").with(csrf())
                .with(authentication(fixtures.signedIn(admin)))).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/settings/email#boutique.exemple.fr");

        String page = mvc.perform(get("/settings/email").with(authentication(fixtures.signedIn(admin))))
                .andReturn().getResponse().getContentAsString();
        String publicKey = keys.publicKey("boutique.exemple.fr").publicKey();
        assertThat(page).contains("rempart._domainkey.boutique.exemple.fr. IN TXT ( &quot;v=DKIM1; k=rsa; p=",
                publicKey.substring(0, 200), "v=spf1", "_dmarc.boutique.exemple.fr. IN TXT &quot;v=DMARC1; p=none");

        var json = new HttpApi(port).json(new HttpApi(port).get("/api/settings/dkim", admin.token()));
        assertThat(json.get("enabled").asBoolean()).isTrue();
        assertThat(json.get("selector").asString()).isEqualTo("rempart");
        var domain = json.get("domains").valueStream().filter(d -> d.get("domain").asString().equals("boutique.exemple.fr"))
                .findFirst().orElseThrow();
        assertThat(domain.get("dkimName").asString()).isEqualTo("rempart._domainkey.boutique.exemple.fr");
        assertThat(domain.get("dkimValue").asString()).isEqualTo("v=DKIM1; k=rsa; p=" + publicKey);
    }

    @Test
    void theStoredPrivateKeyIsSealed() {
        keys.signingKey("scelle.exemple.fr");
        String stored = jdbc.sql("SELECT private_key FROM dkim_key WHERE domain = 'scelle.exemple.fr'")
                .query(String.class).single();
        assertThatThrownBy(() -> KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored))))
                .isInstanceOf(Exception.class);
        assertThat(stored).doesNotStartWith("MII");
        assertThat(keys.signingKey("SCELLE.exemple.fr").key().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void anAdministratorsOwnKeyReplacesTheGeneratedOneAndSignsTheDomainsMailUnderItsSelector() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        String generated = keys.publicKey("propre.exemple.fr").publicKey();
        KeyPair own = keyPair(3072);

        var imported = importKey("Propre.Exemple.FR", pem(own), "Cle2026", admin.token());

        String publicKey = Base64.getEncoder().encodeToString(own.getPublic().getEncoded());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var records = new HttpApi(port).json(imported);
        assertThat(records.get("dkimName").asString()).isEqualTo("cle2026._domainkey.propre.exemple.fr");
        assertThat(records.get("dkimValue").asString()).isEqualTo("v=DKIM1; k=rsa; p=" + publicKey);
        assertThat(publicKey).isNotEqualTo(generated);
        byte[] signed = wireMessages.build(TestEmails.from(new Mailbox("Propre", "offres@propre.exemple.fr"),
                "client@destinataires.example")).bytes();
        var verified = DkimVerifier.verify(signed, publicKey);
        assertThat(verified.bodyHashMatches()).isTrue();
        assertThat(verified.signatureValid()).as("signed with the imported key").isTrue();
        assertThat(verified.tags()).containsEntry("s", "cle2026").containsEntry("d", "propre.exemple.fr");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'dkim.key.import'"
                + " AND detail = 'domain propre.exemple.fr'").query(Long.class).single()).isOne();
    }

    @Test
    void aKeyImportedOnAnotherNodeSignsHereWithinAMinute() throws Exception {
        var clock = new TravellingClock(Instant.parse("2026-11-30T09:00:00Z"));
        var here = new DkimKeys(repository, secrets, clock);
        var elsewhere = new DkimKeys(repository, secrets, clock);
        var before = here.signingKey("noeuds.exemple.fr").key();
        KeyPair own = keyPair(2048);

        elsewhere.importKey("noeuds.exemple.fr", pem(own), null);

        assertThat(here.signingKey("noeuds.exemple.fr").key()).as("still the key read a moment ago").isEqualTo(before);
        clock.travelTo(Instant.parse("2026-11-30T09:01:01Z"));
        assertThat(here.signingKey("noeuds.exemple.fr").key().getModulus())
                .isEqualTo(((RSAPublicKey) own.getPublic()).getModulus());
    }

    @Test
    void keysThatCannotSignAreRefusedClearlyAndChangeNothing() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        String before = keys.publicKey("inchange.exemple.fr").publicKey();
        String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        String garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----";

        assertRefused(importKey("inchange.exemple.fr", pkcs1, null, admin.token()), "PKCS#1");
        assertRefused(importKey("inchange.exemple.fr", garbage, null, admin.token()), "not a readable RSA private key");
        assertRefused(importKey("inchange.exemple.fr", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", null, admin.token()),
                "Expected a PEM private key");
        assertRefused(importKey("inchange.exemple.fr", pem(keyPair(1024)), null, admin.token()),
                "2048 to 3072 bits; this one has 1024");
        assertRefused(importKey("inchange.exemple.fr", pem(keyPair(2048)), "sélecteur", admin.token()),
                "A selector is a DNS label");
        assertRefused(importKey("pas un domaine", pem(keyPair(2048)), null, admin.token()), "Not a domain name");
        var marketer = fixtures.operatorWithMfa(Role.MARKETER);
        assertThat(importKey("inchange.exemple.fr", pem(keyPair(2048)), null, marketer.token()).statusCode())
                .isEqualTo(403);

        assertThat(keys.publicKey("inchange.exemple.fr").publicKey()).isEqualTo(before);
    }

    @Test
    void theSettingsPageTakesADomainsKeyAndSaysWhyItRefusesOne() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        keys.publicKey("page.exemple.fr");
        KeyPair own = keyPair(2048);

        var refused = mvc.perform(post("/settings/email/domains/page.exemple.fr/key").param("privateKey", "pas une clé")
                .with(csrf()).with(authentication(fixtures.signedIn(admin)))).andReturn().getResponse();
        var imported = mvc.perform(post("/settings/email/domains/page.exemple.fr/key").param("privateKey", pem(own))
                .with(csrf()).with(authentication(fixtures.signedIn(admin)))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Expected a PEM private key");
        assertThat(imported.getStatus()).isEqualTo(302);
        assertThat(imported.getRedirectedUrl()).isEqualTo("/settings/email#page.exemple.fr");
        assertThat(keys.publicKey("page.exemple.fr").publicKey())
                .isEqualTo(Base64.getEncoder().encodeToString(own.getPublic().getEncoded()));
        String page = mvc.perform(get("/settings/email").with(authentication(fixtures.signedIn(admin))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("no selector given: the configured one").contains("rempart._domainkey.page.exemple.fr");
    }

    private HttpResponse<String> importKey(String domain, String pem, String selector, String token) {
        var api = new HttpApi(port);
        String body = "{\"privateKey\":\"" + pem.replace("\n", "\\n") + "\""
                + (selector == null ? "" : ",\"selector\":\"" + selector + "\"") + "}";
        return api.send(api.request("/api/settings/dkim/keys/" + domain.replace(" ", "%20"), token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(reason).doesNotContain("MII");
    }

    private static KeyPair keyPair(int bits) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void somethingThatIsNotADomainIsRefusedClearly() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        var refused = mvc.perform(post("/settings/email/domains").param("domain", "pas un domaine").with(csrf())
                .with(authentication(fixtures.signedIn(admin)))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("This is not a domain name");
    }
}
