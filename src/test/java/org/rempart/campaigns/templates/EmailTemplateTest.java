package org.rempart.campaigns.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rempart.delivery.Mailbox;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.ContactIdentity;
import org.springframework.http.HttpStatus;

class EmailTemplateTest {

    private static final Set<String> ATTRIBUTES = Set.of("fidelite", "ville");
    private static final Sender SENDER = new Sender(new Mailbox("Rempart Mobile", "offres@rempart.test"), "1 rue de la Paix, 75002 Paris");

    private final FakeTrackingLinks tracking = new FakeTrackingLinks();

    private static MergeValues contact(String firstName, String lastName, Map<String, String> attributes) {
        return MergeValues.of(new ContactIdentity(lastName, firstName, "someone@example.test", "+33612345678", null, null),
                attributes);
    }

    private static PreparedEmail prepared(String subject, String html, String text) {
        return EmailTemplate.compile(new EmailContent(subject, html, text), ATTRIBUTES).prepare(Utm.NONE, SENDER);
    }

    private static String rejection(String subject, String html, String text) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(RequestRejectedException.class,
                () -> EmailTemplate.compile(new EmailContent(subject, html, text), ATTRIBUTES));
        assertThat(thrown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return thrown.getReason();
    }

    @Test
    void valuesAreEscapedInTheHtmlOnly() {
        PreparedEmail email = prepared("Pour {{first_name}}", "<p>Bonjour {{first_name}} {{ville}}</p>{{unsubscribe_url}}",
                "Bonjour {{first_name}} {{unsubscribe_url}}");
        RenderedEmail rendered = email.render(7, contact("<b>Tom & \"Jo\"</b>", "Martin", Map.of("ville", "L'Haÿ")), tracking);
        assertThat(rendered.subject()).isEqualTo("Pour <b>Tom & \"Jo\"</b>");
        assertThat(rendered.html()).startsWith("<p>Bonjour &lt;b&gt;Tom &amp; &quot;Jo&quot;&lt;/b&gt; L&#39;Haÿ</p>");
        assertThat(rendered.text()).isEqualTo("Bonjour <b>Tom & \"Jo\"</b> https://t.test/u/7");
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPartAndLines() {
        String reason = rejection("{{civilite}} {{first_name}}", "<p>{{email}}</p>\n<p>{{#mobile}}x{{/mobile}} {{email}}</p>",
                "{{ville}} {{birth_date}}");
        assertThat(reason)
                .contains("subject: unknown merge fields civilite (line 1)")
                .contains("html: unknown merge fields email (line 1, 2), mobile (line 2)")
                .contains("text: unknown merge fields birth_date (line 1)")
                .contains("the merge fields are fidelite, first_name, last_name, unsubscribe_url, ville")
                .doesNotContain("ville (line");
    }

    @Test
    void aSubjectAndAnHtmlBodyAreRequired() {
        assertThat(rejection(" ", null, null)).isEqualTo("subject: is empty; html: is empty");
    }

    @Test
    void syntaxErrorsGiveTheirLine() {
        assertThat(rejection("Offre", "<p>Bonjour</p>\n<p>{{#first_name}}Bonjour</p>\n", null))
                .isEqualTo("html, line 2: Section missing close tag 'first_name'");
        assertThat(rejection("Offre", "<p>a</p>\n{{#first_name}}\n{{/last_name}}", null))
                .startsWith("html, line 3: Section close tag with mismatched open tag 'last_name' != 'first_name'");
        assertThat(rejection("Offre", "<p>a</p>\n\n<p>{{first_name</p>", null))
                .isEqualTo("html, line 3: a tag opened with {{ is not closed");
    }

    @Test
    void inclusionsDelimitersAndUnescapedHtmlAreRefused() {
        assertThat(rejection("Offre", "<p>{{> footer}}</p>\n{{<layout}}{{/layout}}", null))
                .contains("html, line 1: a template cannot include another")
                .contains("html, line 2: a template cannot include another");
        assertThat(rejection("Offre", "{{=<% %>=}}<p><%first_name%></p>", null))
                .contains("html, line 1: the delimiters cannot be changed");
        assertThat(rejection("Offre", "<p>{{{first_name}}}</p>\n<p>{{& last_name}}</p>", null))
                .contains("html, line 1: {{{first_name}}} and {{&first_name}} are refused in HTML")
                .contains("html, line 2: {{{last_name}}} and {{&last_name}} are refused in HTML");
    }

    @Test
    void unescapedValuesAreAllowedWhereNothingIsEscaped() {
        PreparedEmail email = prepared("{{{first_name}}}", "<p>{{first_name}}</p>", "{{&first_name}}");
        RenderedEmail rendered = email.render(1, contact("A&B", null, Map.of()), tracking);
        assertThat(rendered.subject()).isEqualTo("A&B");
        assertThat(rendered.text()).startsWith("A&B");
    }

    @Test
    void sectionsAvoidAGreetingWithoutAName() {
        PreparedEmail email = prepared("Offre",
                "<p>{{#first_name}}Bonjour {{first_name}},{{/first_name}}{{^first_name}}Bonjour,{{/first_name}}</p>"
                        + "<p>{{#fidelite}}Niveau {{fidelite}}{{/fidelite}}</p>{{unsubscribe_url}}", null);
        assertThat(email.render(1, contact("Camille", null, Map.of("fidelite", "or")), tracking).html())
                .startsWith("<p>Bonjour Camille,</p><p>Niveau or</p>");
        assertThat(email.render(1, contact(null, null, Map.of()), tracking).html()).startsWith("<p>Bonjour,</p><p></p>");
        assertThat(email.render(1, contact("", "", Map.of("fidelite", "")), tracking).html()).startsWith("<p>Bonjour,</p><p></p>");
    }

    @Test
    void linksAreTrackedInOrderOnceEachWithTheCampaignsUtm() {
        EmailTemplate template = EmailTemplate.compile(new EmailContent("Offre", """
                <p><a href="https://shop.rempart.test/offre?ref=mail&amp;x=1#haut">Offre</a>
                <a href='http://rempart.test'>Accueil</a> <a href="mailto:service@rempart.test">Écrire</a>
                <a href="tel:+33100000000">Appeler</a> <a href="#bas">Bas</a>
                <a href="https://shop.rempart.test/offre?ref=mail&x=1#haut">Encore</a>
                <a href="{{unsubscribe_url}}">Se désinscrire</a></p>""",
                "Offre : https://shop.rempart.test/offre?ref=mail&x=1#haut\nAide : https://aide.rempart.test/faq.\n"
                        + "{{unsubscribe_url}}"), ATTRIBUTES);
        assertThat(template.writtenLinks()).containsExactly("https://shop.rempart.test/offre?ref=mail&x=1#haut",
                "http://rempart.test", "https://aide.rempart.test/faq");

        PreparedEmail email = template.prepare(new Utm("newsletter", "email", "printemps 2026", null, " "), SENDER);
        assertThat(email.links()).containsExactly(
                "https://shop.rempart.test/offre?ref=mail&x=1&utm_source=newsletter&utm_medium=email&utm_campaign=printemps+2026#haut",
                "http://rempart.test?utm_source=newsletter&utm_medium=email&utm_campaign=printemps+2026",
                "https://aide.rempart.test/faq?utm_source=newsletter&utm_medium=email&utm_campaign=printemps+2026");

        RenderedEmail rendered = email.render(42, contact("Camille", "Martin", Map.of()), tracking);
        assertThat(rendered.html()).contains("""
                <p><a href="https://t.test/c/42/0">Offre</a>
                <a href='https://t.test/c/42/1'>Accueil</a> <a href="mailto:service@rempart.test">Écrire</a>
                <a href="tel:+33100000000">Appeler</a> <a href="#bas">Bas</a>
                <a href="https://t.test/c/42/0">Encore</a>
                <a href="https://t.test/u/42">Se désinscrire</a></p>""");
        assertThat(rendered.text()).isEqualTo("Offre : https://t.test/c/42/0\nAide : https://t.test/c/42/2.\nhttps://t.test/u/42");
    }

    @Test
    void aLinkCannotHoldAMergeField() {
        assertThat(rejection("Offre", "<p>\n<a href=\"https://rempart.test/?n={{last_name}}\">x</a></p>", null))
                .isEqualTo("html, line 2: a link's address cannot hold a merge field other than {{unsubscribe_url}}: "
                        + "personal values never go into a URL");
        assertThat(rejection("Offre", "<a href=\"{{ville}}\">x</a>", null)).startsWith("html, line 1: a link's address");
        assertThat(rejection("Offre", "<p>x</p>", "Votre espace : https://rempart.test/{{ville}}"))
                .startsWith("text, line 1: a link's address cannot hold a merge field");
    }

    @Test
    void theTextBodyIsWrittenFromTheHtmlWhenAbsent() {
        PreparedEmail email = prepared("Offre", """
                <html><head><title>Offre</title><style>p { color: red }</style></head><body>
                <h1>Le printemps   arrive</h1>
                <p>{{#first_name}}Bonjour {{first_name}},{{/first_name}}<br>
                vos avantages&nbsp;:</p>
                <ul><li>un forfait <b>moins cher</b></li><li>un <a href="https://rempart.test/mobile">mobile</a></li></ul>
                <ol><li>choisir</li><li>valider</li></ol>
                <table><tr><td>Prix</td><td>9,99 &euro;</td></tr><tr><td>Durée</td><td>12 mois</td></tr></table>
                <p><a href="https://rempart.test/offre">https://rempart.test/offre</a> <a href="#top">haut</a>
                <a href="mailto:aide@rempart.test">aide</a></p><hr><p><a href="{{unsubscribe_url}}">Se désinscrire</a></p>
                </body></html>""", null);
        assertThat(email.render(3, contact("Camille", null, Map.of()), tracking).text()).isEqualTo("""
                Le printemps arrive

                Bonjour Camille,
                vos avantages :

                - un forfait moins cher
                - un mobile (https://t.test/c/3/0)

                1. choisir
                2. valider

                Prix 9,99 €
                Durée 12 mois

                https://t.test/c/3/1 haut aide (mailto:aide@rempart.test)

                ----

                Se désinscrire (https://t.test/u/3)""");
    }

    @Test
    void aFooterIsAddedWhereTheUnsubscribeLinkIsNotAlwaysShown() {
        PreparedEmail email = prepared("Offre", "<html><body><p>Offre</p>{{#first_name}}{{unsubscribe_url}}{{/first_name}}</body></html>",
                "Offre {{unsubscribe_url}}");
        RenderedEmail rendered = email.render(5, contact("Camille", null, Map.of()), tracking);
        assertThat(rendered.html()).isEqualTo("<html><body><p>Offre</p>https://t.test/u/5"
                + "<div style=\"margin-top:24px;font-family:Arial,sans-serif;font-size:12px;color:#666666\">"
                + "<p>Vous recevez ce message de Rempart Mobile &lt;offres@rempart.test&gt;. / You are receiving this message "
                + "from Rempart Mobile &lt;offres@rempart.test&gt;.<br>1 rue de la Paix, 75002 Paris</p>"
                + "<p><a href=\"https://t.test/u/5\">Se désinscrire</a> / <a href=\"https://t.test/u/5\">Unsubscribe</a></p></div>"
                + "<img src=\"https://t.test/o/5\" width=\"1\" height=\"1\" alt=\"\" "
                + "style=\"display:block;border:0;width:1px;height:1px\"></body></html>");
        assertThat(rendered.text()).isEqualTo("Offre https://t.test/u/5");
    }

    @Test
    void theTextFooterNamesTheSenderWithoutPostalAddressWhenThereIsNone() {
        PreparedEmail email = EmailTemplate.compile(new EmailContent("Offre", "<p>Offre</p>", null), ATTRIBUTES)
                .prepare(Utm.NONE, Sender.of(new Mailbox("", "offres@rempart.test")));
        RenderedEmail rendered = email.render(9, contact(null, null, Map.of()), tracking);
        assertThat(rendered.text()).isEqualTo("""
                Offre

                --
                Vous recevez ce message de offres@rempart.test. / You are receiving this message from offres@rempart.test.
                Se désinscrire / Unsubscribe : https://t.test/u/9
                """);
        assertThat(rendered.html()).startsWith("<p>Offre</p><div").contains("from offres@rempart.test.</p>")
                .endsWith("</div><img src=\"https://t.test/o/9\" width=\"1\" height=\"1\" alt=\"\" "
                        + "style=\"display:block;border:0;width:1px;height:1px\">");
    }

    @Test
    void thePixelGoesBeforeTheLastBodyEndOutsideATag() {
        PreparedEmail email = prepared("Offre", "<BODY><p>{{! </body> }}x</p>{{unsubscribe_url}}</Body >\n", null);
        assertThat(email.render(2, contact(null, null, Map.of()), tracking).html())
                .isEqualTo("<BODY><p>x</p>https://t.test/u/2<img src=\"https://t.test/o/2\" width=\"1\" height=\"1\" alt=\"\" "
                        + "style=\"display:block;border:0;width:1px;height:1px\"></Body >\n");
    }

    @Test
    void thePreviewRendersTheSampleContactWithTheLinksThemselves() {
        PreparedEmail email = EmailTemplate.compile(new EmailContent("Pour {{first_name}} {{last_name}}",
                "<p>{{ville}} <a href=\"https://rempart.test/offre\">offre</a> {{unsubscribe_url}}</p>", null), ATTRIBUTES)
                .prepare(new Utm("news", null, null, null, null), SENDER);
        RenderedEmail preview = email.preview();
        assertThat(preview.subject()).isEqualTo("Pour Camille Martin");
        assertThat(preview.html()).isEqualTo(
                "<p>value of ville <a href=\"https://rempart.test/offre?utm_source=news\">offre</a> #unsubscribe</p>");
        assertThat(preview.text()).isEqualTo("value of ville offre (https://rempart.test/offre?utm_source=news) #unsubscribe");
    }

    @Test
    void theSubjectIsOneLine() {
        PreparedEmail email = prepared("Bonjour\n{{first_name}}", "<p>x</p>", null);
        assertThat(email.render(1, contact("A\r\nBcc: x@y.test", null, Map.of()), tracking).subject())
                .isEqualTo("Bonjour A Bcc: x@y.test");
    }

    @Test
    void theRenderedMessageAndTheValuesPrintNothingPersonal() {
        MergeValues values = contact("Camille", "Martin", Map.of("ville", "Lyon"));
        RenderedEmail rendered = prepared("{{first_name}}", "<p>{{first_name}}</p>", null).render(1, values, tracking);
        assertThat(values.toString()).doesNotContain("Camille").doesNotContain("Lyon");
        assertThat(rendered.toString()).doesNotContain("Camille");
    }

    @Test
    void aTextBodyThatCannotBeWrittenFromTheHtmlAsksForOne() {
        assertThatThrownBy(() -> EmailTemplate.compile(new EmailContent("Offre",
                "<table>{{#first_name}}<tr><td>a</td></tr>{{/first_name}}<tr><td>{{^first_name}}b</td></tr>{{/first_name}}</table>",
                null), ATTRIBUTES))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("text: cannot be generated from the HTML body");
    }
}
