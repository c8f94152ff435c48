package vn.angiang.editorial.platform.papers;

/**
 * The kinds of paper the board issues: the name printed as the title and the abbreviation in the
 * symbol, from the table of abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III. Each kind has its
 * own series of numbers per issuing body and year (Điều 15).
 */
public enum PaperKind {
    GIAY_MOI("GM", "GIẤY MỜI"),
    THONG_BAO("TB", "THÔNG BÁO"),
    BAO_CAO("BC", "BÁO CÁO"),
    PHIEU_CHUYEN("PC", "PHIẾU CHUYỂN"),
    GIAY_UY_QUYEN("GUQ", "GIẤY ỦY QUYỀN"),
    /** Minutes of a meeting: signed by the one who kept them and the one who chaired ({@link PaperDraft#coSigner()}). */
    BIEN_BAN("BB", "BIÊN BẢN"),
    /**
     * A statement (the monthly royalty statement) is no kind of Phụ lục III: the board numbers its
     * statements in a series of their own, "BK", as bodies usually do.
     */
    BANG_KE("BK", "BẢNG KÊ");

    private final String abbreviation;
    private final String title;

    PaperKind(String abbreviation, String title) {
        this.abbreviation = abbreviation;
        this.title = title;
    }

    /** As in the symbol: {@code GM}. */
    public String abbreviation() {
        return abbreviation;
    }

    /** As printed above the abstract, in capitals: {@code GIẤY MỜI}. */
    public String title() {
        return title;
    }
}
