package com.qinglian.audit.web;

import com.qinglian.audit.internal.AuditEntry;
import com.qinglian.shared.ExcelCells;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/** Audit entries as a streamed .xlsx sheet: only a window of rows is in memory, however long the export. */
final class AuditWorkbook implements AutoCloseable {

    /** One sheet holds at most 1,048,576 rows, the header included. */
    static final long MAX_ROWS = 1_048_575;

    private static final List<String> COLUMNS = List.of(
            "id",
            "occurredAt",
            "actor",
            "clientAddress",
            "action",
            "entityType",
            "entityId",
            "before",
            "after",
            "reason",
            "prevHash",
            "hash");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final ZoneId zone;
    private int nextRow;

    AuditWorkbook(MessageSource messages, Locale locale, ZoneId zone) {
        this.zone = zone;
        this.sheet = workbook.createSheet(messages.getMessage("audit.sheet.name", null, locale));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.createCell(i).setCellValue(messages.getMessage("audit.field." + COLUMNS.get(i), null, locale));
            row.getCell(i).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(AuditEntry e) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(e.id());
        String[] texts = {
            TIME.format(e.occurredAt().atZone(zone)),
            e.actor(),
            e.clientAddress(),
            e.action(),
            e.entityType(),
            e.entityId(),
            e.beforeJson(),
            e.afterJson(),
            e.reason(),
            e.prevHash(),
            e.hash()
        };
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                // Always a text cell: a value starting with "=" stays text and never becomes a formula.
                row.createCell(i + 1).setCellValue(fit(texts[i]));
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static String fit(String text) {
        return ExcelCells.fit(text);
    }
}
