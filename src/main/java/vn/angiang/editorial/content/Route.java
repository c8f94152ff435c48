package vn.angiang.editorial.content;

/**
 * Where a submission goes after vetting, as decided by the DMN tables in {@code content-routing.dmn}.
 *
 * @param appraiserGroup        candidate group of the appraisal (the field's member, or the office deputy)
 * @param headApprovalRequired  whether the head (or a deputy acting for the head) must approve
 * @param deadlineDays          working days allowed for each step of the item
 */
public record Route(String appraiserGroup, boolean headApprovalRequired, int deadlineDays) {
}
