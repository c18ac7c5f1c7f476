package org.rempart.platform;

import org.springframework.util.unit.DataSize;

/**
 * A request body limit for the paths matching {@code pathPattern} (Spring path pattern, such as
 * {@code /api/imports}), replacing the default limit there. Contributed as a bean by the module
 * that owns an upload endpoint; every other path keeps the default.
 */
public record BodySizeLimit(String pathPattern, DataSize max) {
}
