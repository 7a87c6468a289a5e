package com.qinglian.results.report;

import com.qinglian.audit.AuditActions;
import com.qinglian.audit.AuditEvent;
import com.qinglian.audit.AuditTrail;
import com.qinglian.results.UnitOutcome;
import com.qinglian.shared.NotFoundException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * The printed and downloadable results: the ranking (通报) as a workbook and as an official notice, each unit's
 * score sheet as a workbook and as a PDF (alone or all in one zip), and the organisers' campaign workbook.
 * Guarantees: every number comes from the campaign's current stored results; administrators and leaders get
 * every report, a unit reporter only the own unit's score sheet and only once results are published to units;
 * everyone else gets a 404; every download is in the audit trail. A report is prepared (access checked, audit
 * recorded) before anything is written, then written straight to the response.
 */
@Service
public class Reports {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final ReportSource source;
    private final ReportAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final String issuer;

    Reports(
            ReportSource source,
            ReportAccess access,
            AuditTrail audit,
            Clock clock,
            @Value("${qinglian.reports.issuer:}") String issuer) {
        this.source = source;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** The file formats a report comes in. */
    public enum Format {
        XLSX("xlsx", Reports.XLSX),
        PDF("pdf", MediaType.APPLICATION_PDF);

        final String extension;
        final MediaType type;

        Format(String extension, MediaType type) {
            this.extension = extension;
            this.type = type;
        }

        /** The format named in a URL; 404 for anything else. */
        public static Format of(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return format;
                }
            }
            throw new NotFoundException("no report format " + extension);
        }
    }

    /** Writes a prepared report. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A report ready to be written: its file name, type and content. */
    public record Download(String filename, MediaType type, Body body) {}

    public Download ranking(String campaignCode, Format format) {
        access.requireAllUnits();
        ReportSource.Context context = source.context(campaignCode);
        exported(campaignCode, "ranking", format, null);
        String name = campaignCode + "-考评结果通报." + format.extension;
        if (format == Format.XLSX) {
            return new Download(name, format.type, out -> RankingWorkbook.write(source, context, out));
        }
        String by = issuer(context);
        LocalDate today = LocalDate.now(clock);
        return new Download(
                name, format.type, out -> RankingNotice.write(PdfKit.load(), source, context, by, today, out));
    }

    public Download campaignWorkbook(String campaignCode) {
        access.requireAllUnits();
        ReportSource.Context context = source.context(campaignCode);
        exported(campaignCode, "campaign-workbook", Format.XLSX, null);
        return new Download(campaignCode + "-考评数据.xlsx", XLSX, out -> CampaignWorkbook.write(source, context, out));
    }

    public Download scoreSheet(String campaignCode, String unitCode, Format format) {
        ReportSource.Context context = source.context(campaignCode);
        access.requireScoreSheet(context.campaign(), unitCode);
        UnitSheet sheet = source.unitSheet(context, unitCode);
        exported(campaignCode, "score-sheet", format, unitCode);
        return new Download(sheet.filename(format.extension), format.type, out -> write(sheet, format, null, out));
    }

    /** Every unit's score sheet in one zip, written entry by entry as each sheet is built. */
    public Download scoreSheets(String campaignCode, Format format) {
        access.requireAllUnits();
        ReportSource.Context context = source.context(campaignCode);
        exported(campaignCode, "score-sheets", format, null);
        return new Download(campaignCode + "-各单位得分表-" + format.extension + ".zip", ZIP, out -> {
            PdfKit kit = format == Format.PDF ? PdfKit.load() : null;
            ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
            for (String unitCode : unitCodes(context)) {
                UnitSheet sheet = source.unitSheet(context, unitCode);
                zip.putNextEntry(new ZipEntry(sheet.filename(format.extension)));
                write(sheet, format, kit, new Unclosed(zip));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** Every participant's code: the ranked units in rank order, then the incomplete ones (未完成) by code. */
    private static java.util.List<String> unitCodes(ReportSource.Context context) {
        java.util.List<String> codes = new java.util.ArrayList<>(
                context.run().outcomes().stream().map(UnitOutcome::unitCode).toList());
        ReportSource.incompleteRows(context.run(), null, 0).forEach(r -> codes.add(r.unitCode()));
        return codes;
    }

    /** An entry's writer may close its stream; the zip must stay open for the next entry. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void write(UnitSheet sheet, Format format, PdfKit kit, OutputStream out) throws IOException {
        if (format == Format.XLSX) {
            ScoreSheetWorkbook.write(sheet, out);
        } else {
            ScoreSheetPdf.write(kit == null ? PdfKit.load() : kit, sheet, out);
        }
    }

    /** The issuing body printed under a notice: configured, else the rubric's publisher. */
    private String issuer(ReportSource.Context context) {
        if (issuer != null && !issuer.isBlank()) {
            return issuer.strip();
        }
        String publisher = context.rubric().metadata().publisher();
        return publisher == null || publisher.isBlank() ? "区直机关工委" : publisher;
    }

    private void exported(String campaignCode, String report, Format format, String unitCode) {
        audit.record(AuditEvent.of(
                AuditActions.EXPORT,
                "results",
                campaignCode,
                null,
                unitCode == null
                        ? Map.of("report", report, "format", format.extension)
                        : Map.of("report", report, "format", format.extension, "unit", unitCode)));
    }
}
