package com.qinglian.shared.web;

import com.qinglian.shared.ConflictException;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where refusals that reach no form become answers: an unknown or hidden object is a 404, a
 * request that does not fit the current state a 409, a refused import a 422 listing every problem, an upload
 * that cannot be read a 400 (one over the size limit never gets here: {@code shell.UploadLimitFilter} answers
 * 413 before the security filters). Pages get a Chinese page with the layout and
 * a way back; {@code /api/} gets an RFC 9457 problem. Numbers bound to forms are read as plain decimals.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    private final ProblemMessages messages;

    WebErrors(ProblemMessages messages) {
        this.messages = messages;
    }

    @InitBinder
    void plainDecimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PlainDecimalEditor());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        log.debug("not found: {}", e.getMessage());
        return answer(
                request,
                HttpStatus.NOT_FOUND,
                "error.404.title",
                messages.text("error.404.text", locale),
                List.of(),
                locale);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, Locale locale) {
        String key = e.messageKey() == null ? "error.409.text" : e.messageKey();
        return answer(request, HttpStatus.CONFLICT, "error.409.title", messages.text(key, locale), List.of(), locale);
    }

    @ExceptionHandler(InputRejectedException.class)
    Object rejected(InputRejectedException e, HttpServletRequest request, Locale locale) {
        List<String> problems = messages.byRow(e.problems(), locale).stream()
                .map(ProblemMessages.Line::message)
                .toList();
        return answer(
                request,
                HttpStatus.UNPROCESSABLE_CONTENT,
                "error.422.title",
                messages.text("error.422.text", locale),
                problems,
                locale);
    }

    /** A multipart body the server cannot read, e.g. a file name with a NUL byte: the client's fault. */
    @ExceptionHandler(MultipartException.class)
    Object unreadableUpload(MultipartException e, HttpServletRequest request, Locale locale) {
        log.info("unreadable upload refused: {}", e.getMessage());
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "error.400.title",
                messages.text("error.400.upload", locale),
                List.of(),
                locale);
    }

    /**
     * A request Spring MVC itself refuses (a missing part or parameter, a value of the wrong type, a wrong
     * method or media type, an unreadable body): the API keeps Spring's problem, a browser gets a Chinese page
     * instead of raw JSON.
     */
    @ExceptionHandler({
        ServletRequestBindingException.class,
        MissingServletRequestPartException.class,
        TypeMismatchException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMessageNotReadableException.class,
        MethodArgumentNotValidException.class,
        HandlerMethodValidationException.class
    })
    Object badRequest(Exception e, HttpServletRequest request, Locale locale) {
        HttpStatus status = e instanceof ErrorResponse response
                ? HttpStatus.valueOf(response.getStatusCode().value())
                : HttpStatus.BAD_REQUEST;
        log.info("request refused by the framework ({}): {}", status.value(), e.getMessage());
        String titleKey = status == HttpStatus.METHOD_NOT_ALLOWED ? "error.405.title" : "error.400.title";
        String textKey = status == HttpStatus.METHOD_NOT_ALLOWED ? "error.405.text" : "error.400.text";
        return answer(request, status, titleKey, messages.text(textKey, locale), List.of(), locale);
    }

    private Object answer(
            HttpServletRequest request,
            HttpStatus status,
            String titleKey,
            String detail,
            List<String> problems,
            Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(messages.text(titleKey, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            if (!problems.isEmpty()) {
                problem.setProperty("errors", problems);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView(
                "error/refused",
                Map.of("titleKey", titleKey, "detail", detail, "problems", problems, "status", status.value()));
        page.setStatus(status);
        return page;
    }
}
