package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Coded;

/** How fast the submitter needs the item published. Codes are the values used in forms and DMN. */
public enum Urgency implements Coded {
    NORMAL,
    URGENT;
}
