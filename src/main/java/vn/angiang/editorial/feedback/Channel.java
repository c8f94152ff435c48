package vn.angiang.editorial.feedback;

import vn.angiang.editorial.platform.process.Coded;

/**
 * How a piece of feedback reached the board. QĐ 31/2021/QĐ-TTg asks that every channel enter one system:
 * the web form enters itself, the others are entered by the IT center from Tasklist's start form.
 */
public enum Channel implements Coded {
    WEB,
    PAPER,
    PHONE,
    EMAIL;
}
