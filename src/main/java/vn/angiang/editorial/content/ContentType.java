package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Coded;

/** What kind of work is submitted (Đ5.2, Đ9.2, Đ9.3). Codes are the values used in forms and DMN. */
public enum ContentType implements Coded {
    NEWS,
    ARTICLE,
    PHOTO_STORY,
    ANNOUNCEMENT,
    LEGAL_DOCUMENT,
    PRESS_INFORMATION;

    /**
     * Legal documents and the board's press information come from the provincial People's Committee
     * office, whose deputy head ensures they are supplied (Đ9.2–9.3); the field's member appraises them.
     */
    public boolean suppliedByTheProvincialOffice() {
        return this == LEGAL_DOCUMENT || this == PRESS_INFORMATION;
    }
}
