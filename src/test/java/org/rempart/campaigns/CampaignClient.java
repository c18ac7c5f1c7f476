package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Contacts and campaigns through the API, as an integration would drive them. */
public final class CampaignClient {

    private final MockMvc mvc;
    private final String token;
    private final JsonMapper json = JsonMapper.builder().build();

    public CampaignClient(MockMvc mvc, String token) {
        this.mvc = mvc;
        this.token = token;
    }

    public MockHttpServletResponse call(MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    public JsonNode ok(MockHttpServletRequestBuilder request, String body) throws Exception {
        var response = call(request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        return json.readTree(response.getContentAsString());
    }

    public long contact(String body) throws Exception {
        return ok(post("/api/contacts"), body).get("id").asLong();
    }

    /** {@code count} clients named {@code firstName}, tagged {@code tag}, each at an address of its own. */
    public void emailClients(String firstName, String tag, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            contact("""
                    {"kind":"client","firstName":"%s","email":"%s.%d@destinataires.example","tags":["%s"]}"""
                    .formatted(firstName, tag, i, tag));
        }
    }

    public long campaign(String body) throws Exception {
        return ok(post("/api/campaigns"), body).get("id").asLong();
    }

    /** The body of a plain email campaign named {@code name}, to the contacts tagged {@code tag}. */
    public static String emailToTag(String name, String tag) {
        return emailToTag(name, tag, null);
    }

    /** The same, scheduled for {@code scheduledAt} unless null. */
    public static String emailToTag(String name, String tag, Instant scheduledAt) {
        String schedule = scheduledAt == null ? "" : ",\"scheduledAt\":\"" + scheduledAt + "\"";
        return """
                {"name":"%s","channel":"EMAIL","fromName":"Rempart Télécom","fromAddress":"offres@rempart-test.fr",
                 "subject":"Nos offres","html":"<p>Bonjour</p>","filter":{"field":"tag","op":"eq","value":"%s"}%s}"""
                .formatted(name, tag, schedule);
    }

    public JsonNode campaign(long id) throws Exception {
        return ok(get("/api/campaigns/" + id), null);
    }

    /** Sends the campaign and waits until it is SENT, failing with its last state after {@code limit}. */
    public JsonNode sendAndWait(long id, Duration limit) throws Exception {
        ok(post("/api/campaigns/" + id + "/send"), null);
        return awaitStatus(id, "SENT", limit);
    }

    public JsonNode awaitStatus(long id, String status, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        JsonNode state = campaign(id);
        while (!state.get("status").asString().equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            state = campaign(id);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo(status);
        return state;
    }
}
