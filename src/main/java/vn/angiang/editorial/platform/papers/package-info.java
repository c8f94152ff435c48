/**
 * The board's official papers, after Nghị định 30/2020/NĐ-CP: worded from a template, numbered in their
 * series, drawn as DOCX and PDF, kept in the register with the record of the process that issued them.
 * <p>
 * The API: {@link vn.angiang.editorial.platform.papers.Papers} (issue, preview, list, open),
 * {@link vn.angiang.editorial.platform.papers.PaperDraft} with its
 * {@link vn.angiang.editorial.platform.papers.PaperKind}, body of
 * {@link vn.angiang.editorial.platform.papers.PaperBlock}s and
 * {@link vn.angiang.editorial.platform.papers.PaperTable}s, and
 * {@link vn.angiang.editorial.platform.papers.Signer};
 * {@link vn.angiang.editorial.platform.papers.IssuedPaper} is a paper in the register,
 * {@link vn.angiang.editorial.platform.papers.OfficialDate} writes a date as papers do.
 * <p>
 * Inside: {@code PaperLayout} decides what goes where on the page, {@code DocxCanvas} (Apache POI) and
 * {@code PdfCanvas} (OpenPDF, Liberation Serif embedded) draw it, {@code PaperTemplates} reads the wording
 * ({@code templates/documents/}), {@code PaperRegister} numbers and stores (tables of
 * {@code V6__paper_register.sql}).
 * <p>
 * A process adds its own endpoints to list and open the papers of its records, checking who may read them.
 */
package vn.angiang.editorial.platform.papers;
