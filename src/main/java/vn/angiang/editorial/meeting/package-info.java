/**
 * Meeting convocation (process {@code meeting-convocation}, {@code processes/meeting-convocation.bpmn},
 * forms {@code forms/meeting-*.form}): the board's regular meeting every six months and its ad hoc meetings
 * (Đ15.2), from the agenda (Đ12.1), the documents (Đ11.9) and the members' contributions (Đ10.8), through
 * the invitation (giấy mời, GM) signed by the head or a deputy head under delegation (Đ14.3; Nghị định
 * 30/2020/NĐ-CP), the members' replies with proxies (Đ14.2), the meeting's record with decisions by majority
 * (Đ14.1), to the conclusion notice (thông báo kết luận, TB) sent to every member (Đ12.1; Quyết định
 * 45/2018/QĐ-TTg) and the follow-up work it assigns.
 * <p>
 * This package holds the records and the rules, testable without an engine ({@link
 * vn.angiang.editorial.meeting.MeetingService}); {@code process} the delegates, listeners and typed
 * variables of the model; {@code web} the REST endpoints under {@code /api/meetings}.
 */
package vn.angiang.editorial.meeting;
