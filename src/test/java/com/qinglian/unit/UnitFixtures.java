package com.qinglian.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Units and unit workbooks for tests; codes are unique per call so tests can share one database. */
public final class UnitFixtures {

    public static final List<String> HEADERS = UnitSheet.HEADERS;

    private UnitFixtures() {}

    public static String uniqueCode(String prefix) {
        return prefix
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    public static UnitDetails anAgency(String code) {
        return new UnitDetails(code, "区测试局" + code, UnitType.AGENCY, null, "经济部门", "张三", "0577-88880000");
    }

    public static UnitDetails aStationOf(String code, String parentCode) {
        return new UnitDetails(code, "测试站" + code, UnitType.STATION, parentCode, null, "李四", null);
    }

    /** A sheet row in the template's column order: code, name, type, parent, group, contact, phone, e-mail, status. */
    public static List<String> row(String code, String name, String type, String parent) {
        return List.of(code, name, type, parent, "经济部门", "王五", "0577-1234567", "", "启用");
    }

    /** An .xlsx workbook in the unit template's layout. */
    public static byte[] unitWorkbook(List<List<String>> rows) {
        return workbook(HEADERS, rows);
    }

    /** An .xlsx workbook with any header row, for files that do not follow the template. */
    public static byte[] workbook(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("单位");
            List<List<String>> all = new ArrayList<>();
            all.add(headers);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
