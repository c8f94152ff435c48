package vn.angiang.editorial.content;

import vn.angiang.editorial.platform.process.Coded;

/** What a contributor did for the work; royalties (nhuận bút, thù lao) are scored by it later. */
public enum ContributorRole implements Coded {
    AUTHOR,
    PHOTOGRAPHER,
    TRANSLATOR,
    ILLUSTRATOR,
    VIDEOGRAPHER,
    COMPILER;
}
