package vn.angiang.editorial.content;

import java.util.List;

/** Input that cannot be accepted; the message (Vietnamese) lists every problem. Nothing was changed. */
public class ContentValidationException extends RuntimeException {

    private final List<String> problems;

    public ContentValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public ContentValidationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
