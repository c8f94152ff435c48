package vn.angiang.editorial.platform.validation;

/**
 * The signed-in user may not do this to this record (403), with the reason in Vietnamese; nothing changed.
 * Input that is wrong whoever sends it is {@link InputRefused} (400).
 */
public class NotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowed(String message) {
        super(message);
    }
}
