package com.qinglian.rubric.web;

import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricExcel;
import com.qinglian.rubric.RubricYaml;
import com.qinglian.shared.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Rubric downloads as YAML or as an Excel sheet in the published layout. */
@Controller
class RubricDownloadController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final RubricCatalog catalog;

    RubricDownloadController(RubricCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/rubrics/{code}/{version}/download")
    ResponseEntity<byte[]> download(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam(defaultValue = "yaml") String format,
            HttpServletRequest request) {
        Rubric rubric =
                catalog.visible(code, version, request.isUserInRole("ADMIN")).rubric();
        boolean excel = "xlsx".equals(format);
        byte[] body =
                excel ? RubricExcel.write(rubric) : RubricYaml.write(rubric).getBytes(StandardCharsets.UTF_8);
        String filename = rubric.code() + "-" + rubric.version() + (excel ? ".xlsx" : ".yaml");
        return Downloads.attachment(filename, excel ? Downloads.XLSX : YAML, body);
    }
}
