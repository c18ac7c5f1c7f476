package org.rempart.campaigns.templates;

import com.samskivert.mustache.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rempart.campaigns.StopMention;
import org.rempart.delivery.SmsText;
import org.rempart.tracking.TrackingLinks;

/**
 * An SMS template, checked and compiled once, rendered for every recipient: the email's Mustache
 * rules without HTML escaping, merge fields {@code first_name}, {@code last_name} and the
 * attributes, http(s) links shortened and tracked, and the STOP mention outside every section so
 * that each message carries it. Encoding and segments are those of the rendered text.
 */
public final class SmsTemplate {

    /** The delivery the check's sample short links name: none has that id, so they lead nowhere. */
    static final long SAMPLE_DELIVERY_ID = 0;

    private final Template template;
    private final String source;
    private final List<String> links;
    private final List<String> linkNames;
    private final Set<String> attributeNames;

    private SmsTemplate(Template template, String source, List<String> links, Set<String> attributeNames) {
        this.template = template;
        this.source = source;
        this.links = links;
        this.linkNames = Rendering.linkNames(links.size());
        this.attributeNames = Set.copyOf(attributeNames);
    }

    /**
     * @param text the template; none (null) is empty
     * @param stopMention the configured mention, proposed in the error when the text has none
     * @throws org.rempart.platform.RequestRejectedException (400) naming every problem: unknown
     *         merge fields, syntax errors with their line, a merge field in a link, no STOP mention
     */
    public static SmsTemplate compile(String text, Set<String> attributeNames, StopMention stopMention) {
        TemplateProblems problems = new TemplateProblems();
        MustacheSource source = MustacheSource.checked(TemplatePart.TEXT, text == null ? "" : text,
                MergeFields.forSms(attributeNames), false, problems);
        if (!StopMention.isPresentIn(source.textOutsideSections())) {
            problems.add(TemplatePart.TEXT, "a marketing SMS must carry the STOP mention, outside any section: append \""
                    + stopMention.text() + "\"");
        }
        problems.rejectIfAny();
        Sandbox.PLAIN.compile(TemplatePart.TEXT, source.text(), problems);
        problems.rejectIfAny();
        LinkTable links = new LinkTable();
        String tracked = TextLinks.track(source, links, problems);
        Template template = Sandbox.PLAIN.compile(TemplatePart.TEXT, tracked, problems).orElse(null);
        problems.rejectIfAny();
        return new SmsTemplate(template, source.text(), links.urls(), attributeNames);
    }

    /** The template for one campaign: its links with the campaign's UTM parameters. */
    public PreparedSms prepare(Utm utm) {
        return new PreparedSms(this, links.stream().map(utm::appendTo).toList());
    }

    /**
     * What the editor shows: a render for the synthetic contact (Camille Martin) with short links
     * of their real length, its characters, encoding and segments, and the characters of the
     * template that force UCS-2, at their offset in the template, with their GSM replacement.
     * A recipient's own values (an accented name outside the GSM alphabet) can still make their
     * message UCS-2: the cost estimate counts the rendered messages.
     */
    public SmsCheck check(TrackingLinks tracking) {
        SmsText sample = render(Rendering.of(Map.of(), linkNames,
                index -> tracking.shortClick(SAMPLE_DELIVERY_ID, index), MergeValues.sample(attributeNames)));
        return new SmsCheck(sample.text(), sample.characters(), sample.encoding(), sample.segmentCount(),
                new SmsText(source).nonGsmCharacters());
    }

    List<String> linkNames() {
        return linkNames;
    }

    SmsText render(Rendering rendering) {
        return new SmsText(rendering.render(template));
    }
}
