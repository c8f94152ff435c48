package vn.angiang.editorial.platform.papers;

import java.util.List;

/**
 * The wording of a paper as a template gives it ({@link PaperTemplates}): the abstract line (trích yếu,
 * printed under the kind's name) and the body.
 *
 * @param title the abstract line, or null when the template has none (the caller then gives it)
 */
public record PaperText(String title, List<PaperBlock> blocks) {

    public PaperText {
        blocks = List.copyOf(blocks);
    }
}
