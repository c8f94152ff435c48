package vn.angiang.editorial.platform.orgchart;

/** What a group is in the regulation; a group's rights follow from its kind (see AuthorizationTable). */
public enum GroupKind {
    BOARD_HEAD(true),
    DEPUTY_HEAD(true),
    BOARD_MEMBER(true),
    IT_CENTER(true),
    SECRETARIAT(true),
    /** change the models; they receive no task */
    PROCESS_OWNER(false),
    /** watch the work in Cockpit; they receive no task */
    MANAGER(false),
    /** each submits and revises their own work as its assignee, never as a group */
    COLLABORATOR(false),
    AGENCY(true);

    private final boolean receivesTasks;

    GroupKind(boolean receivesTasks) {
        this.receivesTasks = receivesTasks;
    }

    /**
     * Whether the processes make groups of this kind candidates of user tasks: such a group needs at
     * least one active member, or its tasks wait where nobody sees them.
     */
    public boolean receivesTasks() {
        return receivesTasks;
    }
}
