package org.rempart.contacts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rempart.contacts.imports.ImportService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CSV imports: upload (streamed, encrypted at rest), then follow the job and download its report. */
@RestController
@RequestMapping("/api/imports")
class ImportsApi {

    private final ImportService imports;
    private final Operator operator;

    ImportsApi(ImportService imports, Operator operator) {
        this.imports = imports;
        this.operator = operator;
    }

    record Started(long id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('MARKETER')")
    Started start(HttpServletRequest request) throws IOException {
        return new Started(imports.start(request, operator.id()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('MARKETER')")
    ImportService.Status status(@PathVariable long id) {
        return imports.status(id);
    }

    @GetMapping("/{id}/report")
    @PreAuthorize("hasRole('MARKETER')")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportReport.write(imports, id, response);
    }
}
