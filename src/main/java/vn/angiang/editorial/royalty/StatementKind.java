package vn.angiang.editorial.royalty;

import vn.angiang.editorial.platform.process.Coded;

/** A month's regular statement, or a supplementary one correcting an approved statement. */
public enum StatementKind implements Coded {
    REGULAR,
    SUPPLEMENTARY
}
