package vn.angiang.editorial.platform.orgchart;

/**
 * The offices the regulation names, each held by exactly one group of the org chart ({@code role:}
 * in {@code org-chart.yaml}). Process code asks the {@link OrgDirectory} for the group of a role and
 * never writes a group id itself.
 */
public enum BoardRole {
    /** Trưởng Ban Biên tập (Đ7) */
    HEAD,
    /** Phó Trưởng ban phụ trách công nghệ thông tin (Đ8) */
    DEPUTY_HEAD_ICT,
    /** Phó Trưởng ban, Chánh Văn phòng UBND tỉnh (Đ9) */
    DEPUTY_HEAD_OFFICE,
    /** Thành viên Ban Biên tập, all fields (Đ10) */
    BOARD_MEMBERS,
    /** Trung tâm Tin học, cơ quan thường trực (Đ11) */
    IT_CENTER,
    /** Tổ trưởng Tổ giúp việc (Đ12) */
    SECRETARIAT_LEAD,
    /** Tổ giúp việc (Đ12–Đ13) */
    SECRETARIAT,
    /** Cộng tác viên (Đ5.2) */
    COLLABORATORS,
    /** Văn phòng UBND tỉnh: supplies legal documents and press information to the portal (Đ9.2–9.3) */
    PROVINCIAL_OFFICE
}
