package com.qinglian.shared;

import java.util.List;

/**
 * An uploaded workbook was refused before its content was read. Carries why, for each import to say in
 * its own words; the opener itself knows no message keys.
 */
public class XlsxRefusedException extends RuntimeException {

    /** Why a workbook was refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        /** An Excel 97-2003 (.xls) file. */
        OLD_XLS,
        /** A password-protected (encrypted) workbook: its content cannot be read without the password. */
        ENCRYPTED,
        /** A macro-enabled workbook (.xlsm, .xltm) or one that carries a VBA project. */
        MACROS,
        NOT_XLSX,
        /** Decompresses into far more than it weighs: refused before it can exhaust memory. */
        ZIP_BOMB,
        CORRUPT,
        /** A sheet with more rows than the import allows; {@link Refusal#sheet()} names it. */
        TOO_MANY_ROWS,
        /** A sheet whose XML is too large even under the row cap; {@link Refusal#sheet()} names it. */
        SHEET_TOO_LARGE,
        /** Every sheet is hidden: nothing a person sees could be read; {@link Refusal#sheet()} names the hidden ones. */
        NO_VISIBLE_SHEET
    }

    /**
     * One reason for refusing.
     *
     * @param sheet the sheet concerned, or empty for the whole file
     * @param detail what the library said, for {@link Reason#CORRUPT}; empty otherwise
     */
    public record Refusal(Reason reason, String sheet, String detail) {
        public Refusal {
            sheet = sheet == null ? "" : sheet;
            detail = detail == null ? "" : detail;
        }

        static Refusal of(Reason reason) {
            return new Refusal(reason, "", "");
        }
    }

    private final List<Refusal> refusals;

    XlsxRefusedException(Refusal refusal) {
        this(List.of(refusal));
    }

    XlsxRefusedException(List<Refusal> refusals) {
        super("workbook refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
