package org.rempart.campaigns.templates;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jmustache as a sandbox: values come only from maps of strings ({@link MapOnlyCollector}), no
 * template loader (an inclusion fails, and {@link MustacheSource#check} refuses it before), an
 * absent or empty value renders empty and makes its section false. {@link #HTML} escapes every
 * value for HTML text and quoted attributes; {@link #PLAIN} (subjects, text bodies, SMS) writes
 * them as they are.
 */
enum Sandbox {
    HTML(Escapers.simple(new String[][] {
        {"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}})),
    PLAIN(Escapers.NONE);

    private static final Pattern LINE = Pattern.compile("(?s)(.*) @ line (\\d+)");

    private final Mustache.Compiler compiler;

    Sandbox(Mustache.Escaper escaper) {
        this.compiler = Mustache.compiler()
                .withEscaper(escaper)
                .withCollector(new MapOnlyCollector())
                .defaultValue("")
                .emptyStringIsFalse(true);
    }

    /** The compiled template, or empty with the syntax error (and its line) added to {@code problems}. */
    Optional<Template> compile(TemplatePart part, String source, TemplateProblems problems) {
        try {
            return Optional.of(compiler.compile(source));
        } catch (MustacheException e) {
            Matcher located = LINE.matcher(e.getMessage());
            if (located.matches()) {
                problems.add(part, Integer.parseInt(located.group(2)), located.group(1));
            } else {
                problems.add(part, e.getMessage());
            }
            return Optional.empty();
        }
    }
}
