package org.rempart.campaigns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.outbox.CaptureOutbox;
import org.rempart.delivery.outbox.CapturedMessage;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.SandboxedHtml;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The campaign pages as an operator uses them, on real storage and the capture outbox. */
@StorageTest
class CampaignsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    CaptureOutbox outbox;

    private IdentityFixtures.Account marketer;
    private RequestPostProcessor session;

    private void signIn() {
        marketer = fixtures.operator(Role.MARKETER);
        session = authentication(fixtures.signedIn(marketer));
    }

    @Test
    void anEmailCampaignIsWrittenInTheFormRefusedWithItsReasonAndNothingTypedLost() throws Exception {
        signIn();
        String segment = segmentOfOneContact();
        var refused = submit(emailForm("/campaigns", "Soldes d'hiver", "pas-une-adresse", segment));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("fromAddress is not a valid email address",
                "value=\"pas-une-adresse\"", "Les soldes, {{first_name}}", "Bonjour {{first_name}}")
                .containsPattern("<option value=\"" + segment + "\"\\s+selected");

        var unknownField = submit(emailForm("/campaigns", "Soldes", "offres@envoi.rempart-test.fr", segment)
                .param("html", "<p>Bonjour {{prenom_inconnu}}</p>"));
        assertThat(unknownField.getContentAsString()).contains("prenom_inconnu");

        String id = created(submit(emailForm("/campaigns", "Soldes d'hiver", "offres@envoi.rempart-test.fr",
                segment)));
        String page = mvc.perform(get("/campaigns/" + id).with(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Soldes d&#39;hiver", "draft", "Les soldes, Camille", "sandbox=\"\"",
                "/campaigns/" + id + "/preview", "id=\"send\"", "id=\"test-send\"");
        String list = mvc.perform(get("/campaigns").with(authentication(fixtures.signedIn(
                fixtures.operator(Role.ANALYST))))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Soldes d&#39;hiver").doesNotContain("id=\"new-email\"");
    }

    @Test
    void thePreviewIsServedSandboxedAndATestSendLandsInTheOutboxWithoutEchoingTheAddress() throws Exception {
        signIn();
        String id = created(submit(emailForm("/campaigns", "Test envoi", "offres@envoi.rempart-test.fr",
                segmentOfOneContact())));
        var preview = mvc.perform(get("/campaigns/" + id + "/preview").with(session)).andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getHeader("Content-Security-Policy")).isEqualTo(SandboxedHtml.POLICY).startsWith("sandbox;");
        assertThat(preview.getContentAsString()).contains("Bonjour Camille");

        String address = "essai." + System.nanoTime() + "@exemple.fr";
        var refused = mvc.perform(post("/campaigns/" + id + "/test").with(session).with(csrf())
                .param("address", "pas une adresse")).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("The test address is not a valid email address");
        var sent = mvc.perform(post("/campaigns/" + id + "/test").with(session).with(csrf()).param("address", address))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains("The test message was accepted.").doesNotContain(address);
        Optional<CapturedMessage.Email> captured = outbox.newestFirst().stream()
                .filter(m -> m instanceof CapturedMessage.Email e && e.email().to().equals(address))
                .map(CapturedMessage.Email.class::cast).findFirst();
        assertThat(captured).isPresent();
        assertThat(captured.get().email().messageId()).startsWith("rempart-test.").endsWith("@envoi.rempart-test.fr");
        assertThat(captured.get().email().subject()).isEqualTo("Les soldes, Camille");
        assertThat(captured.get().email().bounceAddress()).isEqualTo("offres@envoi.rempart-test.fr");

        var api = mvc.perform(post("/api/campaigns/" + id + "/test").header("Authorization", "Bearer "
                + marketer.token()).contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"" + address
                + "\"}")).andReturn().getResponse();
        assertThat(api.getContentAsString()).contains("\"accepted\":true");
        var badApi = mvc.perform(post("/api/campaigns/" + id + "/test").header("Authorization", "Bearer "
                + marketer.token()).contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"x\"}"))
                .andReturn().getResponse();
        assertThat(badApi.getStatus()).isEqualTo(400);
    }

    @Test
    void sendingNeedsAConfirmationAndClosesTheEditor() throws Exception {
        signIn();
        String segment = segmentOfOneContact();
        String id = created(submit(emailForm("/campaigns", "Fermeture", "offres@envoi.rempart-test.fr",
                segment)));
        assertThat(mvc.perform(get("/campaigns/" + id + "/edit").with(session)).andReturn().getResponse()
                .getContentAsString()).contains("value=\"Fermeture\"");

        var unconfirmed = mvc.perform(post("/campaigns/" + id + "/send").with(session).with(csrf())).andReturn()
                .getResponse();
        assertThat(unconfirmed.getContentAsString()).contains("Tick &quot;I confirm&quot; first.", "draft");
        var sent = mvc.perform(post("/campaigns/" + id + "/send").with(session).with(csrf()).param("confirm", "true"))
                .andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/campaigns/" + id);

        assertThat(mvc.perform(get("/campaigns/" + id + "/edit").with(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/campaigns/" + id + "?closed");
        var late = submit(emailForm("/campaigns/" + id, "Fermeture bis", "offres@envoi.rempart-test.fr", segment));
        assertThat(late.getContentAsString()).contains("it can no longer be edited", "value=\"Fermeture bis\"");

        var stats = mvc.perform(get("/api/campaigns/" + id + "/stats").header("Authorization", "Bearer "
                + fixtures.operator(Role.ANALYST).token())).andReturn().getResponse();
        assertThat(stats.getStatus()).isEqualTo(200);
        assertThat(stats.getContentAsString()).contains("\"sentPerHour\"", "\"feedbackPerHour\"", "\"topLinks\"");
    }

    @Test
    void theSmsCounterNamesTheEncodingTheCulpritsAndTheMissingStopMention() throws Exception {
        signIn();
        var curly = mvc.perform(post("/campaigns/sms-check").with(session).with(csrf())
                .param("text", "C’est l’heure des soldes")).andReturn().getResponse().getContentAsString();
        assertThat(curly).contains("UCS-2", "data-replacement=\"&#39;\"", "id=\"append-stop\"", "STOP au 36123");

        var plain = mvc.perform(post("/campaigns/sms-check").with(session).with(csrf())
                .param("text", "Soldes -20% ce week-end. STOP au 36123")).andReturn().getResponse()
                .getContentAsString();
        assertThat(plain).contains("GSM-7", "1 segment").doesNotContain("id=\"append-stop\"", "id=\"culprits\"");

        var editor = mvc.perform(get("/campaigns/new?channel=SMS").with(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(editor).contains("hx-post=\"/campaigns/sms-check\"", "/js/sms-editor.js");
    }

    @Test
    void anSmsCampaignIsWrittenInTheFormAndATestGoesToTheTypedNumberInE164AuditedWithoutIt() throws Exception {
        signIn();
        String missingStop = submit(post("/campaigns").param("channel", "SMS").param("name", "Flash")
                .param("sender", "REMPART").param("text", "Flash -20% ce soir").param("audience", ""))
                .getContentAsString();
        assertThat(missingStop).contains("STOP mention", "Flash -20% ce soir", "id=\"append-stop\"");
        String id = created(submit(post("/campaigns").param("channel", "SMS").param("name", "Flash")
                .param("sender", "REMPART").param("text", "Flash -20% ce soir {{first_name}}. STOP au 36123")
                .param("audience", "")));
        String page = mvc.perform(get("/campaigns/" + id).with(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("REMPART", "GSM-7", "type=\"tel\"").doesNotContain("/campaigns/" + id + "/preview");

        long national = 612000000L + System.nanoTime() % 1_000_000L;
        String typed = "0" + national;
        var sent = mvc.perform(post("/campaigns/" + id + "/test").with(session).with(csrf()).param("address", typed))
                .andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("The test message was accepted.").doesNotContain(typed);
        assertThat(outbox.newestFirst().stream().filter(m -> m instanceof CapturedMessage.Sms sms
                && sms.sms().destination().equals("+33" + national)
                && sms.sms().text().text().equals("Flash -20% ce soir Camille. STOP au 36123"))).hasSize(1);
        assertThat(mvc.perform(post("/campaigns/" + id + "/test").with(session).with(csrf()).param("address", "12"))
                .andReturn().getResponse().getContentAsString()).contains("The test number is not a valid phone number");

        String audit = mvc.perform(get("/api/audit?action=campaigns.test-send").header("Authorization", "Bearer "
                + fixtures.operator(Role.ADMIN).token())).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("campaign " + id + ", SMS, accepted").doesNotContain(String.valueOf(national));
    }

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form.with(session).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder emailForm(String url, String name, String from, String segment) {
        return post(url).param("channel", "EMAIL").param("name", name).param("fromName", "Rempart Offres")
                .param("fromAddress", from).param("subject", "Les soldes, {{first_name}}")
                .param("html", "<p>Bonjour {{first_name}}, <a href=\"https://www.exemple.fr/soldes\">les soldes</a>"
                        + "</p>")
                .param("audience", segment).param("utmSource", "rempart");
    }

    private static String created(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString().replaceAll("(?s).*id=\"form-error\">([^<]*).*", "$1"))
                .isEqualTo(302);
        return response.getRedirectedUrl().replaceAll("\\D+", "");
    }

    /** A saved segment holding one new contact with email consent. */
    private String segmentOfOneContact() throws Exception {
        String run = "r" + System.nanoTime();
        mvc.perform(post("/api/contacts").header("Authorization", "Bearer " + marketer.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"client\",\"firstName\":\"Ysolde\","
                        + "\"email\":\"" + run + "@exemple.fr\",\"consents\":{\"EMAIL\":\"yes\"},\"attributes\":"
                        + "{\"run\":\"" + run + "\"}}"));
        String made = mvc.perform(post("/api/segments").header("Authorization", "Bearer " + marketer.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + run + "\",\"filter\":{\"field\":"
                        + "\"attributes.run\",\"op\":\"eq\",\"value\":\"" + run + "\"}}"))
                .andReturn().getResponse().getContentAsString();
        return made.replaceAll("\\D+", "");
    }
}
