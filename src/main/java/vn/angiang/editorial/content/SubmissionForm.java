package vn.angiang.editorial.content;

import java.util.List;

/**
 * A submission as it arrives from the start form or REST: raw values, checked by
 * {@link ContentService#submit}. Codes: {@link ContentType}, {@link Urgency}, {@link ContributorRole}.
 *
 * @param requestedPublicationDate ISO date (yyyy-MM-dd), optional
 */
public record SubmissionForm(
        String title,
        String summary,
        String body,
        String contentType,
        String field,
        String urgency,
        String requestedPublicationDate,
        String sourceAgency,
        List<ContributorInput> contributors) {

    /** One contributor as entered: a name and a role code. */
    public record ContributorInput(String name, String role) {
    }
}
