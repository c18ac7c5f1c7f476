package org.rempart.campaigns.templates;

import java.util.Comparator;
import java.util.List;

/** A replacement of the source between two offsets. */
record Edit(int start, int end, String replacement) {

    /** {@code source} with the edits, which do not overlap, made. */
    static String apply(String source, List<Edit> edits) {
        StringBuilder result = new StringBuilder(source.length() + 16 * edits.size());
        int position = 0;
        for (Edit edit : edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList()) {
            result.append(source, position, edit.start()).append(edit.replacement());
            position = edit.end();
        }
        return result.append(source, position, source.length()).toString();
    }
}
