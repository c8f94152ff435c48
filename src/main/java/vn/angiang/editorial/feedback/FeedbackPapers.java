package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.papers.PaperFormat;

/** Where officials open the papers the board issued about a piece of feedback (mails, forms, the list). */
public final class FeedbackPapers {

    private FeedbackPapers() {
    }

    public static String url(String trackingCode, long paperId, PaperFormat format) {
        return "/api/feedback/" + trackingCode + "/papers/" + paperId + "." + format.extension();
    }
}
