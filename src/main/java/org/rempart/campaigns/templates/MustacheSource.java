package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A template's source read as Mustache with its fixed {@code {{ }}} delimiters: its tags, where
 * they stand and inside how many sections. What the sandbox allows is checked on it before
 * jmustache compiles anything.
 */
final class MustacheSource {

    /** A stretch of literal text between tags, and inside how many sections it stands. */
    record Literal(int start, int end, int depth) {
    }

    private final TemplatePart part;
    private final String text;
    private final List<Tag> tags;

    private MustacheSource(TemplatePart part, String text, List<Tag> tags) {
        this.part = part;
        this.text = text;
        this.tags = List.copyOf(tags);
    }

    /** The tags of {@code text}; a tag left open is a problem, and the scan stops there. */
    static MustacheSource scan(TemplatePart part, String text, TemplateProblems problems) {
        List<Tag> tags = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        int depth = 0;
        int position = 0;
        int open;
        while ((open = text.indexOf("{{", position)) >= 0) {
            boolean triple = text.startsWith("{{{", open);
            String closing = triple ? "}}}" : "}}";
            int innerStart = open + closing.length();
            int close = text.indexOf(closing, innerStart);
            int line = lines.lineAt(open);
            if (close < 0) {
                problems.add(part, line, "a tag opened with {{ is not closed");
                break;
            }
            String inner = text.substring(innerStart, close).strip();
            TagKind kind = triple ? TagKind.UNESCAPED : inner.isEmpty() ? TagKind.VARIABLE : TagKind.of(inner.charAt(0));
            String name = triple || kind == TagKind.VARIABLE ? inner : inner.substring(1).strip();
            if (kind == TagKind.CLOSE) {
                depth = Math.max(0, depth - 1);
            }
            position = close + closing.length();
            tags.add(new Tag(kind, name, line, open, position, depth));
            if (kind == TagKind.SECTION || kind == TagKind.INVERTED_SECTION) {
                depth++;
            }
        }
        return new MustacheSource(part, text, tags);
    }

    /** The source scanned and checked ({@link #check}). */
    static MustacheSource checked(TemplatePart part, String text, MergeFields fields, boolean escapedOnly,
            TemplateProblems problems) {
        MustacheSource source = scan(part, text, problems);
        source.check(fields, escapedOnly, problems);
        return source;
    }

    TemplatePart part() {
        return part;
    }

    String text() {
        return text;
    }

    /**
     * Adds a problem for each tag the sandbox refuses: inclusions of other templates, delimiter
     * changes, empty tags, names that are not merge fields and, where {@code escapedOnly}, values
     * written without escaping.
     */
    void check(MergeFields fields, boolean escapedOnly, TemplateProblems problems) {
        Map<String, List<Integer>> unknown = new LinkedHashMap<>();
        for (Tag tag : tags) {
            switch (tag.kind()) {
                case INCLUSION -> problems.add(part, tag.line(),
                        "a template cannot include another ({{>name}}, {{<name}} and {{$name}} are not available)");
                case DELIMITERS -> problems.add(part, tag.line(), "the delimiters cannot be changed ({{=...=}})");
                case UNESCAPED -> {
                    if (escapedOnly) {
                        problems.add(part, tag.line(), "{{{" + tag.name() + "}}} and {{&" + tag.name() + "}} are refused "
                                + "in HTML: every value is escaped, so that a contact's data never becomes markup");
                    }
                }
                default -> {
                }
            }
            if (tag.kind().namesAField() && tag.name().isEmpty()) {
                problems.add(part, tag.line(), "an empty tag {{}}");
            } else if (tag.kind().namesAField() && !fields.contains(tag.name())) {
                unknown.computeIfAbsent(tag.name(), name -> new ArrayList<>()).add(tag.line());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(part, "unknown merge fields " + unknown.entrySet().stream()
                    .map(e -> e.getKey() + " (line " + e.getValue().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(", ")) + "; the merge fields are " + fields.describe());
        }
    }

    /** Whether {@code name} is written as a value outside every section: whatever the contact, it renders. */
    boolean writesAlways(String name) {
        return tags.stream().anyMatch(tag -> tag.depth() == 0 && tag.name().equals(name)
                && (tag.kind() == TagKind.VARIABLE || tag.kind() == TagKind.UNESCAPED));
    }

    /** Whether the stretch between two offsets overlaps a tag (a comment's, say). */
    boolean overlapsTag(int start, int end) {
        return tags.stream().anyMatch(tag -> tag.start() < end && start < tag.end());
    }

    /** The literal text between the tags, in order (comments excluded as tags are). */
    List<Literal> literals() {
        List<Literal> literals = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (Tag tag : tags) {
            literals.add(new Literal(start, tag.start(), depth));
            start = tag.end();
            depth = tag.depth() + (tag.kind() == TagKind.SECTION || tag.kind() == TagKind.INVERTED_SECTION ? 1 : 0);
        }
        literals.add(new Literal(start, text.length(), depth));
        return List.copyOf(literals);
    }

    /**
     * The text that every rendering carries, whatever the contact: the literals outside sections,
     * each tag standing as a line break so that no phrase reads across it.
     */
    String textOutsideSections() {
        return literals().stream()
                .filter(literal -> literal.depth() == 0)
                .map(literal -> text.substring(literal.start(), literal.end()))
                .collect(Collectors.joining("\u0000"));
    }

    /** Lines of a text, 1-based, counted forward as offsets grow. */
    static final class LineCounter {
        private final String text;
        private int offset;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(int target) {
            if (target < offset) {
                offset = 0;
                line = 1;
            }
            for (; offset < target; offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
