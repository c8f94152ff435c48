package vn.angiang.editorial.platform.orgchart;

/** What a group is in the regulation; a group's rights follow from its kind (see AuthorizationTable). */
public enum GroupKind {
    BOARD_HEAD,
    DEPUTY_HEAD,
    BOARD_MEMBER,
    IT_CENTER,
    SECRETARIAT,
    PROCESS_OWNER,
    MANAGER,
    COLLABORATOR,
    AGENCY
}
