package org.rempart.campaigns.templates;

import com.samskivert.mustache.Template;

/**
 * A template jmustache compiled, with about the length of what it renders: its source, plus room
 * for values and tracking URLs, which are longer than their tags.
 */
record CompiledTemplate(Template template, int expectedLength) {

    static CompiledTemplate of(Template template, String source) {
        return new CompiledTemplate(template, source.length() + source.length() / 4 + 256);
    }
}
