package org.rempart.campaigns.templates;

/** The Mustache tags, by the character that opens them. */
enum TagKind {
    VARIABLE,
    /** {@code {{{name}}}} or {@code {{&name}}}: a value written without escaping. */
    UNESCAPED,
    SECTION,
    INVERTED_SECTION,
    CLOSE,
    COMMENT,
    /** {@code {{>name}}}, {@code {{<name}}}, {@code {{$name}}}: templates that pull in others. */
    INCLUSION,
    /** {@code {{=<% %>=}}}. */
    DELIMITERS;

    static TagKind of(char sigil) {
        return switch (sigil) {
            case '&', '{' -> UNESCAPED;
            case '#' -> SECTION;
            case '^' -> INVERTED_SECTION;
            case '/' -> CLOSE;
            case '!' -> COMMENT;
            case '>', '<', '$' -> INCLUSION;
            case '=' -> DELIMITERS;
            default -> VARIABLE;
        };
    }

    boolean namesAField() {
        return this == VARIABLE || this == UNESCAPED || this == SECTION || this == INVERTED_SECTION;
    }
}
