package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator prepares a sending domain and reads the DNS records to publish. */
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
        keys.privateKey("scelle.exemple.fr");
        String stored = jdbc.sql("SELECT private_key FROM dkim_key WHERE domain = 'scelle.exemple.fr'")
                .query(String.class).single();
        assertThatThrownBy(() -> KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored))))
                .isInstanceOf(Exception.class);
        assertThat(stored).doesNotStartWith("MII");
        assertThat(keys.privateKey("SCELLE.exemple.fr").getModulus().bitLength()).isEqualTo(2048);
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
