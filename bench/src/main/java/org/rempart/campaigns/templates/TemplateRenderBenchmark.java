package org.rempart.campaigns.templates;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rempart.campaigns.StopMention;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.SmsText;
import org.rempart.tracking.TrackingLinks;
import org.rempart.vault.ContactIdentity;

/**
 * What a campaign pays per recipient for its template, compiled once: an email (a 4 KB newsletter
 * with six tracked links, sections, two attributes, the generated text body, footer and pixel)
 * and an SMS with a short link, rendered for a new delivery each time; and the one-off cost of
 * compiling the email. Tracking URLs come from the tests' fake, which only concatenates, so the
 * figure is the template's own cost, without the HMAC of real tokens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TemplateRenderBenchmark {

    private static final Set<String> ATTRIBUTES = Set.of("fidelite", "ville", "forfait");
    private static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Offres</title>
            <style>body { font-family: Arial, sans-serif } .cta { background: #e4002b; color: #fff }</style></head>
            <body><table width="600" align="center"><tr><td>
            <h1>Le printemps arrive chez Rempart</h1>
            <p>{{#first_name}}Bonjour {{first_name}},{{/first_name}}{{^first_name}}Bonjour,{{/first_name}}</p>
            <p>En tant que client {{#fidelite}}{{fidelite}} {{/fidelite}}à {{ville}}, profitez de nos offres :</p>
            <ul><li><a href="https://boutique.rempart.test/forfaits/5g?ref=news">Forfait 5G 100 Go</a> à 9,99 €/mois</li>
            <li><a href="https://boutique.rempart.test/mobiles">Mobiles reconditionnés</a> dès 99 €</li>
            <li><a href="https://boutique.rempart.test/fibre">La fibre</a> avec 3 mois offerts</li></ul>
            <p>Votre forfait actuel : <b>{{forfait}}</b>. <a class="cta" href="https://espace.rempart.test/comparer">Comparer</a></p>
            """ + "<p>Conditions : offre valable du 1er au 30 avril, réservée aux particuliers, voir conditions en boutique. "
            .repeat(12) + """
            </p><p><a href="https://rempart.test/aide">Aide</a> · <a href="https://rempart.test/boutiques">Nos boutiques</a>
            · <a href="mailto:service@rempart.test">Nous écrire</a></p>
            </td></tr></table></body></html>""";

    private PreparedEmail email;
    private PreparedSms sms;
    private MergeValues values;
    private final TrackingLinks tracking = new FakeTrackingLinks();
    private long deliveryId;

    @Setup
    public void setUp() {
        email = EmailTemplate.compile(new EmailContent("{{first_name}}, vos offres de printemps", HTML, null), ATTRIBUTES)
                .prepare(new Utm("newsletter", "email", "printemps", null, null),
                        new Sender(new Mailbox("Rempart", "offres@rempart.test"), "1 rue de la Paix, 75002 Paris"));
        sms = SmsTemplate.compile("{{first_name}}, votre forfait 5G à 9,99 EUR : https://boutique.rempart.test/5g STOP au 36123",
                ATTRIBUTES, new StopMention("STOP au 36123")).prepare(Utm.NONE);
        values = MergeValues.of(new ContactIdentity("Dupont-Martin", "Jean-Baptiste", null, null, null, null),
                Map.of("fidelite", "or", "ville", "Saint-Étienne", "forfait", "Rempart 20 Go"));
    }

    @Benchmark
    public RenderedEmail renderEmail() {
        return email.render(++deliveryId, values, tracking);
    }

    @Benchmark
    public SmsText renderSms() {
        return sms.render(++deliveryId, values, tracking);
    }

    @Benchmark
    public EmailTemplate compileEmail() {
        return EmailTemplate.compile(new EmailContent("{{first_name}}, vos offres de printemps", HTML, null), ATTRIBUTES);
    }
}
