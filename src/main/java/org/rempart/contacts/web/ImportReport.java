package org.rempart.contacts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.rempart.contacts.imports.ImportService;

/** The downloadable report of an import's rejected lines and warnings, shared by the API and the UI. */
final class ImportReport {

    private ImportReport() {
    }

    static void write(ImportService imports, long id, HttpServletResponse response) throws IOException {
        imports.status(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"");
        Writer out = response.getWriter();
        imports.report(id, out);
        out.flush();
    }
}
