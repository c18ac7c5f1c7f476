package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.List;
import org.rempart.platform.RequestRejectedException;

/**
 * What is wrong with a template, gathered over all its parts so that the author sees every
 * problem at once. Messages quote the template's own source (field names, lines), never a
 * contact's value.
 */
final class TemplateProblems {

    private final List<String> problems = new ArrayList<>();

    void add(TemplatePart part, int line, String problem) {
        problems.add(part.label() + ", line " + line + ": " + problem);
    }

    void add(TemplatePart part, String problem) {
        problems.add(part.label() + ": " + problem);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws RequestRejectedException (400) listing every problem, when there is one */
    void rejectIfAny() {
        if (!problems.isEmpty()) {
            throw RequestRejectedException.badRequest(String.join("; ", problems));
        }
    }
}
