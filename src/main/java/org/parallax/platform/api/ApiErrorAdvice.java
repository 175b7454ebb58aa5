package org.parallax.platform.api;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;

/**
 * One error shape for every REST endpoint: {@code {"error": "..."}} in words a user understands,
 * never a stack trace, an exception or a Java type name (see docs/api-limits-and-fetching.md).
 *
 * <ul>
 *   <li>400: a body that is missing, not JSON, of the wrong shape, or without a required field;
 *       a query parameter of the wrong type (enum parameters list their values in lower case);</li>
 *   <li>422: a field over its documented length (or otherwise invalid by its constraints);</li>
 *   <li>413: an upload over {@code parallax.import.max-file-bytes};</li>
 *   <li>405, 415 and every {@link ResponseStatusException}: their status, with their reason.</li>
 * </ul>
 * Handlers a controller declares itself (409 for refused curation, 422 for unreadable imports
 * and invalid lexicons) still come first.
 */
@RestControllerAdvice
class ApiErrorAdvice {

    /** Constraints that say a value is missing: those answer 400, every other constraint 422. */
    private static final Set<String> MISSING = Set.of("NotNull", "NotEmpty", "NotBlank");

    private final long maxUploadBytes;

    ApiErrorAdvice(@Value("${parallax.import.max-file-bytes:536870912}") long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        JacksonException json = cause(e, JacksonException.class);
        if (json == null) {
            return error(HttpStatus.BAD_REQUEST, "The request needs a JSON body.");
        }
        String path = path(json);
        if (path.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, json instanceof tools.jackson.core.exc.StreamReadException
                    ? "The request body is not valid JSON." : "The request body is not a JSON object of the expected fields.");
        }
        return error(HttpStatus.BAD_REQUEST, "The field " + path + " has a value of the wrong type or form.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
        boolean missing = e.getBindingResult().getFieldErrors().stream().anyMatch(f -> MISSING.contains(f.getCode()));
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(ApiErrorAdvice::describe).sorted().collect(Collectors.joining("; "));
        return error(missing ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
                message.isEmpty() ? "The request body is invalid." : message + ".");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "The parameter " + e.getName() + " must be " + expected(e.getRequiredType())
                + ", not “" + e.getValue() + "”.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "The parameter " + e.getParameterName() + " is required.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "The multipart field " + e.getRequestPartName() + " is required.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxUploadBytes;
        return error(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the limit of " + limit + " bytes"
                + " (parallax.import.max-file-bytes): split the file or raise the limit.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as " + e.getSupportedMediaTypes().stream()
                .map(Object::toString).collect(Collectors.joining(" or ")) + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "This address does not answer " + e.getMethod() + ".");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        HttpStatusCode code = e.getStatusCode();
        String reason = e.getReason() != null ? e.getReason()
                : code instanceof HttpStatus s ? s.getReasonPhrase() : "HTTP " + code.value();
        return error(code, reason);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    private static String describe(FieldError f) {
        return f.getField() + " " + (f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage());
    }

    /** The JSON path of the field Jackson stopped at, e.g. {@code eventIds[2]}; empty at the top level. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a parameter of this type looks like, in words. */
    static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time in ISO 8601 form (e.g. 2024-05-01T12:00:00Z)";
        }
        return "a valid value";
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
