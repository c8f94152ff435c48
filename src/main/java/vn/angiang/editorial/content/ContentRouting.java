package vn.angiang.editorial.content;

import java.util.Optional;

/** Routing of a submission; the rules live in the DMN tables, not in Java. */
public interface ContentRouting {

    /** The route for this classification, empty if no rule covers it (an unknown field). */
    Optional<Route> route(ContentType type, String field, Urgency urgency);
}
