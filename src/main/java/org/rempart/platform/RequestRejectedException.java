package org.rempart.platform;

import org.springframework.http.HttpStatus;

/**
 * A request that Rempart refuses for a reason the caller can fix. The message is shown to the
 * caller as it is: it must name the problem (a field, a rule) and never echo personal data.
 */
public class RequestRejectedException extends RuntimeException {

    private final HttpStatus status;

    public RequestRejectedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static RequestRejectedException badRequest(String message) {
        return new RequestRejectedException(HttpStatus.BAD_REQUEST, message);
    }

    public static RequestRejectedException notFound(String message) {
        return new RequestRejectedException(HttpStatus.NOT_FOUND, message);
    }

    public static RequestRejectedException conflict(String message) {
        return new RequestRejectedException(HttpStatus.CONFLICT, message);
    }

    public HttpStatus status() {
        return status;
    }
}
