package org.rempart.contacts.internal;

import org.rempart.platform.RequestRejectedException;
import org.springframework.http.HttpStatus;

/** A contact refused by validation: a 400 whose reason names the field, and the field itself for forms. */
public class InvalidContactException extends RequestRejectedException {

    private final String field;
    private final String problem;

    InvalidContactException(String field, String problem) {
        super(HttpStatus.BAD_REQUEST, field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's canonical name ({@link ContactField#canonical()}), such as {@code birth_date}. */
    public String field() {
        return field;
    }

    /** Why, without the field's name. */
    public String problem() {
        return problem;
    }
}
