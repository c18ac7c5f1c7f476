package org.rempart.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request that Rempart refuses for a reason the caller can fix: the API answers it as a problem
 * document whose detail is the reason, the UI as an error page. The reason must name the problem
 * (a field, a rule, a message key) and never echo personal data.
 */
public class RequestRejectedException extends ResponseStatusException {

    public RequestRejectedException(HttpStatus status, String reason) {
        super(status, reason);
    }

    public static RequestRejectedException badRequest(String reason) {
        return new RequestRejectedException(HttpStatus.BAD_REQUEST, reason);
    }

    public static RequestRejectedException notFound(String reason) {
        return new RequestRejectedException(HttpStatus.NOT_FOUND, reason);
    }

    public static RequestRejectedException conflict(String reason) {
        return new RequestRejectedException(HttpStatus.CONFLICT, reason);
    }
}
