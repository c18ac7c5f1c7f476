package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class ContactsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String marketer;
    private String analyst;

    @BeforeEach
    void operators() {
        marketer = fixtures.operator(Role.MARKETER).token();
        analyst = fixtures.operator(Role.ANALYST).token();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String body)
            throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private long create(String body) throws Exception {
        var response = call(post("/api/contacts"), marketer, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return body(response).get("id").asLong();
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    @Test
    void aContactIsStoredEncryptedShownMaskedAndRevealedForAReason(CapturedOutput output) throws Exception {
        String email = unique("jeanne.martin") + "@orange.fr";
        String mobile = UniqueNumbers.mobile();
        long id = create("""
                {"kind":"client","lastName":"Quinzorbe","firstName":"Jeanne","email":"%s","mobile":"%s",
                 "landline":"01 45 67 89 12","birthDate":"29/02/1980","postcode":"75011","carrier":"Orange",
                 "consents":{"EMAIL":"oui","SMS":"non"},"attributes":{"Fidélité":"gold"},"tags":["vip"],
                 "consentWording":"J'accepte de recevoir des offres"}""".formatted(email, mobile));

        JsonNode masked = body(call(get("/api/contacts/" + id), analyst, null));
        assertThat(masked.get("lastName").asString()).isEqualTo("Q***");
        assertThat(masked.get("email").asString()).isEqualTo("j***@o*****.fr");
        assertThat(masked.get("mobile").asString()).isEqualTo("+33 6 ** ** ** " + mobile.substring(12));
        assertThat(masked.get("birthYear").asInt()).isEqualTo(1980);
        assertThat(masked.get("kind").asString()).isEqualTo("CLIENT");
        assertThat(masked.get("consents").get("EMAIL").asString()).isEqualTo("YES");
        assertThat(masked.get("consents").get("SMS").asString()).isEqualTo("NO");
        assertThat(masked.get("carrier").asString()).isEqualTo("Orange");
        assertThat(masked.toString()).doesNotContain("Quinzorbe", email, UniqueNumbers.e164(mobile).substring(3));

        assertThat(call(post("/api/contacts/" + id + "/reveal"), analyst, "{\"reason\":\"curious\"}").getStatus())
                .isEqualTo(403);
        var refused = call(post("/api/contacts/" + id + "/reveal"), marketer, "{\"reason\":\" \"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");

        JsonNode clear = body(call(post("/api/contacts/" + id + "/reveal"), marketer,
                "{\"reason\":\"customer called about an order\"}"));
        assertThat(clear.get("lastName").asString()).isEqualTo("Quinzorbe");
        assertThat(clear.get("email").asString()).isEqualTo(email);
        assertThat(clear.get("mobile").asString()).isEqualTo(UniqueNumbers.e164(mobile));
        assertThat(clear.get("landline").asString()).isEqualTo("+33145678912");
        assertThat(clear.get("birthDate").asString()).isEqualTo("1980-02-29");
        assertThat(jdbc.sql("SELECT reason FROM audit_entry WHERE action = 'vault.reveal' AND subjects = ? "
                + "ORDER BY seq DESC").param(Long.toString(id)).query(String.class).list())
                .first().isEqualTo("customer called about an order");

        JsonNode history = body(call(get("/api/contacts/" + id + "/consents"), analyst, null));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("source").asString()).isEqualTo("API");
        assertThat(history.get(0).get("wording").asString()).isEqualTo("J'accepte de recevoir des offres");
        JsonNode details = body(call(get("/api/contacts/" + id + "/details"), analyst, null));
        assertThat(details.get("attributes").get("fidelite").asString()).isEqualTo("gold");
        assertThat(details.get("tags").get(0).asString()).isEqualTo("vip");
        assertThat(output.getAll()).doesNotContain("Quinzorbe", email, UniqueNumbers.e164(mobile));
    }

    @Test
    void invalidFieldsAreRefusedByNameWithoutEchoingTheValue() throws Exception {
        var response = call(post("/api/contacts"), marketer, """
                {"lastName":"Zorglub","email":"zorglub@","mobile":"0612345678"}""");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(body(response).get("detail").asString()).isEqualTo("email: not a valid email address")
                .doesNotContain("zorglub");
        assertThat(body(call(post("/api/contacts"), marketer, "{\"mobile\":\"01 45 67 89 12\"}")).get("detail")
                .asString()).isEqualTo("mobile: not a mobile number");
        assertThat(body(call(post("/api/contacts"), marketer, "{\"lastName\":\"Seul\"}")).get("detail").asString())
                .isEqualTo("email: an email address or a mobile number is required");
        assertThat(body(call(post("/api/contacts"), marketer, "{\"email\":\"a@b.fr\",\"shoeSize\":\"42\"}"))
                .get("detail").asString()).isEqualTo("Unknown field 'shoeSize'");
        assertThat(body(call(post("/api/contacts"), marketer,
                "{\"email\":\"a@b.fr\",\"birthDate\":\"2999-01-01\"}")).get("detail").asString())
                .isEqualTo("birth_date: a birth date cannot be in the future");
        assertThat(call(post("/api/contacts"), analyst, "{\"email\":\"a@b.fr\"}").getStatus()).isEqualTo(403);
    }

    @Test
    void exactMatchSearchGoesThroughTheBodyAndFindsTheSameAddressWrittenDifferently() throws Exception {
        String email = unique("search.me") + "@exemple.fr";
        String mobile = UniqueNumbers.mobile();
        long id = create("{\"email\":\"%s\",\"mobile\":\"%s\"}".formatted(email, mobile));
        JsonNode found = body(call(post("/api/contacts/search"), analyst,
                "{\"email\":\"  %s \"}".formatted(email.toUpperCase())));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        JsonNode byMobile = body(call(post("/api/contacts/search"), analyst, "{\"mobile\":\"00" + UniqueNumbers.e164(mobile).substring(1) + "\"}"));
        assertThat(byMobile.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(body(call(post("/api/contacts/search"), analyst, "{\"email\":\"nobody-" + email + "\"}"))
                .get("total").asLong()).isZero();
        assertThat(call(post("/api/contacts/search"), analyst, "{}").getStatus()).isEqualTo(400);
        assertThat(call(post("/api/contacts"), marketer, "{\"email\":\"%s\"}".formatted(email)).getStatus())
                .isEqualTo(409);
    }

    @Test
    void aChangeKeepsWhatItLeavesEmptyAndRecordsConsentChanges() throws Exception {
        long id = create("{\"lastName\":\"Avant\",\"email\":\"%s\",\"consents\":{\"SMS\":\"yes\"}}"
                .formatted(unique("change") + "@exemple.fr"));
        String mobile = UniqueNumbers.mobile();
        var response = call(patch("/api/contacts/" + id), marketer,
                "{\"firstName\":\"Paul\",\"mobile\":\"" + mobile + "\",\"consents\":{\"SMS\":\"no\"}}");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode clear = body(call(post("/api/contacts/" + id + "/reveal"), marketer, "{\"reason\":\"check\"}"));
        assertThat(clear.get("lastName").asString()).isEqualTo("Avant");
        assertThat(clear.get("firstName").asString()).isEqualTo("Paul");
        assertThat(clear.get("mobile").asString()).isEqualTo(UniqueNumbers.e164(mobile));
        JsonNode history = body(call(get("/api/contacts/" + id + "/consents"), analyst, null));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("status").asString()).isEqualTo("NO");
        assertThat(call(patch("/api/contacts/999999999"), marketer, "{\"firstName\":\"X\"}").getStatus())
                .isEqualTo(404);
    }

    @Test
    void erasureShredsTheIdentityAndSuppressesTheAddresses() throws Exception {
        String email = unique("erase.me") + "@exemple.fr";
        long id = create("{\"email\":\"%s\",\"mobile\":\"%s\"}".formatted(email, UniqueNumbers.mobile()));
        assertThat(call(delete("/api/contacts/" + id), analyst, null).getStatus()).isEqualTo(403);
        assertThat(call(delete("/api/contacts/" + id), marketer, null).getStatus()).isEqualTo(204);
        assertThat(call(get("/api/contacts/" + id), analyst, null).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM suppression WHERE reason = 'ERASED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subjects = ? ORDER BY seq")
                .param(Long.toString(id)).query(String.class).list()).contains("vault.shred", "contacts.erase");
        assertThat(body(call(post("/api/contacts/search"), analyst, "{\"email\":\"%s\"}".formatted(email)))
                .get("total").asLong()).isZero();
    }

    @Test
    void listsArePagedAndMasked() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("{\"email\":\"%s\"}".formatted(unique("page" + i) + "@exemple.fr"));
        }
        JsonNode page = body(call(get("/api/contacts?page=0&size=2"), analyst, null));
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items").get(0).get("email").asString()).matches("p\\*\\*\\*@e\\*+\\.fr");
        assertThat(call(get("/api/contacts?size=100000"), analyst, null).getStatus()).isEqualTo(400);
    }
}
