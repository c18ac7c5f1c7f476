package org.rempart.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.SubmitResult;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.delivery.internal.SendOutcome;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Without SMTP and SMPP servers, messages land in the outbox, where operators see them masked. */
@StorageTest
class OutboxPagesTest {

    @Autowired
    EmailTransport email;
    @Autowired
    SmsGateway sms;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void capturedEmailsAreListedMaskedAndShownWithTheirHtmlSandboxed() throws Exception {
        var message = new OutgoingEmail(41, "d41.c3@envoi.rempart-test.fr", new Mailbox("Rempart", "offres@envoi.rempart-test.fr"),
                "jeanne.martin@orange.fr", "Vos offres d'été", "<p>Bonjour <b>Jeanne</b></p><script>alert(1)</script>",
                "Bonjour Jeanne", "https://rempart.example/u/T41", "mailto:u+41@envoi.rempart-test.fr",
                "bounce+41@envoi.rempart-test.fr");
        assertThat(email).isInstanceOf(CaptureEmailTransport.class);
        var outcome = email.send(message);
        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        long id = Long.parseLong(((SendOutcome.Sent) outcome).providerId().substring("outbox-".length()));

        String list = page("/outbox", Role.MARKETER).getContentAsString();
        assertThat(list).contains("Emails are not really sent", "SMS are not really sent", "j***@o*****.fr",
                "Vos offres d&#39;été").doesNotContain("jeanne.martin");

        String view = page("/outbox/" + id, Role.MARKETER).getContentAsString();
        assertThat(view).contains("DKIM-Signature", "List-Unsubscribe-Post", "&lt;d41.c3@envoi.rempart-test.fr&gt;",
                "j***@o*****.fr", "Bonjour Jeanne", "sandbox=\"\"", "/outbox/" + id + "/html")
                .doesNotContain("jeanne.martin");

        MockHttpServletResponse html = page("/outbox/" + id + "/html", Role.ADMIN);
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString()).isEqualTo(message.html());
        assertThat(html.getHeader("Content-Security-Policy")).isEqualTo(org.rempart.platform.SandboxedHtml.POLICY).startsWith("sandbox;");
        assertThat(html.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void capturedSmsAreShownWithTheNumberMasked() throws Exception {
        var result = sms.submit(new OutgoingSms(new SmsSender("Rempart"), "+33612345642",
                new SmsText("Soldes d'été -20 % STOP au 36123"))).get();
        String messageId = ((SubmitResult.Accepted) result).messageIds().getFirst();
        long id = Long.parseLong(messageId.split("-")[1]);

        assertThat(page("/outbox", Role.ADMIN).getContentAsString()).contains("+33 6 ** ** ** 42")
                .doesNotContain("612345642");
        String view = page("/outbox/" + id, Role.MARKETER).getContentAsString();
        assertThat(view).contains("+33 6 ** ** ** 42", "Soldes d&#39;été -20 % STOP au 36123", "GSM_7")
                .doesNotContain("612345642");
        assertThat(page("/outbox/" + id + "/html", Role.MARKETER).getStatus()).isEqualTo(404);
    }

    @Test
    void aMessageThatIsNoLongerHeldIsNotFound() throws Exception {
        assertThat(page("/outbox/987654321", Role.MARKETER).getStatus()).isEqualTo(404);
        assertThat(page("/outbox/abc", Role.MARKETER).getStatus()).isEqualTo(400);
    }

    private MockHttpServletResponse page(String path, Role role) throws Exception {
        var operator = role.requiresMfa() ? fixtures.operatorWithMfa(role) : fixtures.operator(role);
        return mvc.perform(get(path).with(authentication(fixtures.signedIn(operator)))).andReturn().getResponse();
    }
}
