package org.rempart.tracking.internal;

/**
 * The kinds of tracking events. Opens and clicks are counted each time; the others happen to a
 * delivery once, however many times they are reported (a one-click POST and the page, a DSN
 * after the SMTP refusal).
 */
public enum FeedbackKind {
    OPEN(false),
    CLICK(false),
    UNSUBSCRIBE(true),
    BOUNCE(true),
    SOFT_BOUNCE(true),
    COMPLAINT(true);

    private final boolean once;

    FeedbackKind(boolean once) {
        this.once = once;
    }

    boolean once() {
        return once;
    }
}
