package vn.angiang.editorial.platform.papers;

/** The files every paper is issued as: the same layout, for editing (DOCX) and for keeping (PDF). */
public enum PaperFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    PaperFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    byte[] draw(Paper paper) {
        return PaperLayout.draw(paper, this == DOCX ? new DocxCanvas() : new PdfCanvas());
    }
}
