package org.rempart.campaigns.templates;

import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rempart.tracking.UnsubscribeLinks;

/**
 * An email template, checked and compiled once, rendered for every recipient: subject and text
 * body unescaped, HTML body with every value escaped, the text body generated from the HTML when
 * the author wrote none. Its tracked links (http(s) addresses of {@code <a href>} and of the text
 * body) are numbered in order of appearance; the footer with the unsubscribe link and the
 * sender's identity is added to each body that does not always show {@code {{unsubscribe_url}}},
 * and the open pixel to the HTML.
 */
public final class EmailTemplate {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private final Template subject;
    private final Template html;
    private final Template text;
    private final List<String> links;
    private final List<String> linkNames;
    private final Set<String> attributeNames;

    private EmailTemplate(Template subject, Template html, Template text, List<String> links,
            Set<String> attributeNames) {
        this.subject = subject;
        this.html = html;
        this.text = text;
        this.links = links;
        this.linkNames = Rendering.linkNames(links.size());
        this.attributeNames = Set.copyOf(attributeNames);
    }

    /**
     * Checks and compiles a template whose merge fields may be {@code first_name},
     * {@code last_name}, {@code unsubscribe_url} and the given attribute names.
     *
     * @throws org.rempart.platform.RequestRejectedException (400) naming every problem with its part
     *         and line: unknown merge fields, syntax errors, inclusions, unescaped values in HTML,
     *         merge fields in a link's address, an empty subject or HTML body
     */
    public static EmailTemplate compile(EmailContent content, Set<String> attributeNames) {
        MergeFields fields = MergeFields.forEmail(attributeNames);
        TemplateProblems problems = new TemplateProblems();
        MustacheSource subject = MustacheSource.checked(TemplatePart.SUBJECT, content.subject(), fields, false, problems);
        MustacheSource html = MustacheSource.checked(TemplatePart.HTML, content.html(), fields, true, problems);
        Optional<MustacheSource> text = content.optionalText()
                .map(written -> MustacheSource.checked(TemplatePart.TEXT, written, fields, false, problems));
        requireText(subject, problems);
        requireText(html, problems);
        problems.rejectIfAny();
        Template subjectTemplate = Sandbox.PLAIN.compile(TemplatePart.SUBJECT, subject.text(), problems).orElse(null);
        Sandbox.HTML.compile(TemplatePart.HTML, html.text(), problems);
        text.ifPresent(written -> Sandbox.PLAIN.compile(TemplatePart.TEXT, written.text(), problems));
        problems.rejectIfAny();

        LinkTable links = new LinkTable();
        HtmlLinks htmlLinks = HtmlLinks.find(html, links, problems);
        String textSource = text.map(written -> TextLinks.track(written, links, problems))
                .orElseGet(() -> HtmlText.of(htmlLinks));
        problems.rejectIfAny();

        List<Edit> htmlEdits = new ArrayList<>(htmlLinks.edits());
        htmlEdits.add(EmailFooter.addToHtml(html, !html.writesAlways(MergeFields.UNSUBSCRIBE_URL)));
        Template htmlTemplate =
                Sandbox.HTML.compile(TemplatePart.HTML, Edit.apply(html.text(), htmlEdits), problems).orElse(null);
        MergeFields textFields = fields.plus(Rendering.linkNames(links.urls().size()));
        Template textTemplate = compileText(textSource, textFields, text.isEmpty(), problems);
        problems.rejectIfAny();
        return new EmailTemplate(subjectTemplate, htmlTemplate, textTemplate, links.urls(), attributeNames);
    }

    private static void requireText(MustacheSource source, TemplateProblems problems) {
        if (source.text().isBlank()) {
            problems.add(source.part(), "is empty");
        }
    }

    /**
     * The text body, its links already replaced by their placeholders, with its footer. One
     * generated from the HTML is checked again: jsoup moves text that sits between table rows
     * out of the table, and a section can come out cut.
     */
    private static Template compileText(String source, MergeFields fields, boolean generated, TemplateProblems problems) {
        TemplateProblems textProblems = generated ? new TemplateProblems() : problems;
        MustacheSource text = MustacheSource.checked(TemplatePart.TEXT, source, fields, false, textProblems);
        String withFooter = EmailFooter.addToText(source, !text.writesAlways(MergeFields.UNSUBSCRIBE_URL));
        Optional<Template> template = Sandbox.PLAIN.compile(TemplatePart.TEXT, withFooter, textProblems);
        if (generated && !textProblems.isEmpty()) {
            problems.add(TemplatePart.TEXT, "cannot be generated from the HTML body, whose sections cut across its tables "
                    + "or lists: write a text body");
        }
        return template.orElse(null);
    }

    /** The template for one campaign: its links with the campaign's UTM parameters, its sender in the footer. */
    public PreparedEmail prepare(Utm utm, Sender sender) {
        return new PreparedEmail(this, links.stream().map(utm::appendTo).toList(), sender);
    }

    /** The links as the author wrote them, in their index order. */
    public List<String> writtenLinks() {
        return links;
    }

    List<String> linkNames() {
        return linkNames;
    }

    Set<String> attributeNames() {
        return attributeNames;
    }

    RenderedEmail render(Rendering rendering, UnsubscribeLinks unsubscribe) {
        String renderedSubject = LINE_BREAKS.matcher(rendering.render(subject)).replaceAll(" ").strip();
        return new RenderedEmail(renderedSubject, rendering.render(html), rendering.render(text), unsubscribe);
    }
}
