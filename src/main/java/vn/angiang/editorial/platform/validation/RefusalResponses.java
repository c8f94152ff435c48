package vn.angiang.editorial.platform.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one answer of every {@code /api} controller to refused input: 400 with {@code message} (all
 * problems, Vietnamese) and {@code errors} (field → message), whether the refusal came from Bean
 * Validation of the request object ({@code @Valid}) or from the service's own rules ({@link InputRefused});
 * 403 with the same shape when the user may not act on the record ({@link NotAllowed}).
 */
@RestControllerAdvice
public class RefusalResponses {

    @ExceptionHandler(InputRefused.class)
    ResponseEntity<Map<String, Object>> refused(InputRefused e) {
        return ResponseEntity.badRequest().body(body(e.errors()));
    }

    @ExceptionHandler(NotAllowed.class)
    ResponseEntity<Map<String, Object>> notAllowed(NotAllowed e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body(Map.of(InputRefused.FORM, e.getMessage())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(error -> errors.merge(error.getField(),
                error.getDefaultMessage(), (first, second) -> first + " " + second));
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.merge(InputRefused.FORM,
                error.getDefaultMessage(), (first, second) -> first + " " + second));
        return ResponseEntity.badRequest().body(body(errors));
    }

    private static Map<String, Object> body(Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", String.join(" ", errors.values()));
        body.put("errors", errors);
        return body;
    }
}
