package org.rempart.campaigns.templates;

/**
 * One Mustache tag of a template's source.
 *
 * @param start offset of its opening braces
 * @param end offset just after its closing braces
 * @param depth how many sections enclose it
 */
record Tag(TagKind kind, String name, int line, int start, int end, int depth) {
}
