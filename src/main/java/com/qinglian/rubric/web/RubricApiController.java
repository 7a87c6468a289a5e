package com.qinglian.rubric.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.qinglian.rubric.RubricCatalog;
import com.qinglian.rubric.RubricInvalidException;
import com.qinglian.rubric.RubricSummary;
import com.qinglian.rubric.RubricValidator;
import com.qinglian.rubric.StoredRubric;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API for rubrics: list, get by code and version, import (YAML or Excel, decided by content). */
@RestController
@RequestMapping("/api/rubrics")
@Tag(name = "rubrics", description = "评价体系 / Rubrics")
class RubricApiController {

    private final RubricCatalog catalog;
    private final MessageSource messages;

    RubricApiController(RubricCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "All rubrics, drafts included")
    List<RubricSummary> list(HttpServletRequest request) {
        return catalog.list(request.isUserInRole("ADMIN"));
    }

    @GetMapping("/{code}/{version}")
    @Operation(summary = "One rubric with its whole tree, negative list and bonus rules")
    RubricDocument get(@PathVariable String code, @PathVariable String version, HttpServletRequest request) {
        return RubricDocument.of(catalog.visible(code, version, request.isUserInRole("ADMIN")));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a rubric file (YAML or .xlsx) as a draft; all or nothing",
            description = "The answer lists the rubric's warnings (e.g. a printed total that differs from its"
                    + " children's sum under a declared choice); they never refuse the import.")
    ResponseEntity<ImportedRubric> importFile(
            @RequestParam("file") MultipartFile file, Principal principal, Locale locale) throws IOException {
        StoredRubric stored = catalog.importFile(file.getBytes(), principal.getName());
        URI location = URI.create(
                "/api/rubrics/" + stored.rubric().code() + "/" + stored.rubric().version());
        List<ProblemLine> warnings = RubricValidator.warnings(stored.rubric()).stream()
                .map(p -> new ProblemLine(p.location(), p.key(), p.message(locale)))
                .toList();
        return ResponseEntity.created(location).body(new ImportedRubric(RubricSummary.of(stored), warnings));
    }

    @ExceptionHandler(RubricInvalidException.class)
    ProblemDetail invalid(RubricInvalidException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(messages.getMessage("rubric.importFailed", null, locale));
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> new ProblemLine(p.location(), p.key(), p.message(locale)))
                        .toList());
        return problem;
    }

    record ProblemLine(String location, String code, String message) {}

    /** The stored draft's summary, with the warnings an organiser should look at. */
    record ImportedRubric(@JsonUnwrapped RubricSummary rubric, List<ProblemLine> warnings) {}
}
