package vn.angiang.editorial.platform.publishing;

/** HTML that would run code in a reader's browser; the message (Vietnamese) says what was found. */
public class UnsafeHtmlException extends RuntimeException {

    public UnsafeHtmlException(String message) {
        super(message);
    }
}
