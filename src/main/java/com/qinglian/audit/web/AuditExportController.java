package com.qinglian.audit.web;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.audit.internal.AuditFilter;
import com.qinglian.audit.internal.AuditLog;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Downloads the filtered trail as an Excel workbook; the export is itself recorded in the trail. */
@Controller
class AuditExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuditLog log;
    private final AuditTrail trail;
    private final MessageSource messages;

    AuditExportController(AuditLog log, AuditTrail trail, MessageSource messages) {
        this.log = log;
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/audit/export")
    void export(@ModelAttribute AuditFilterForm form, Locale locale, HttpServletResponse response) throws IOException {
        AuditFilter filter = form.toFilter();
        // Recorded before the download starts, so even an export that breaks off halfway is on record.
        trail.record(AuditEvent.of(AuditActions.EXPORT, "audit", null, null, filter.asMap()));
        String filename = "audit-" + LocalDate.now(log.zone()) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (AuditWorkbook workbook = new AuditWorkbook(messages, locale, log.zone())) {
            log.forEach(filter, AuditWorkbook.MAX_ROWS, workbook::add);
            workbook.writeTo(response.getOutputStream());
        }
    }
}
