package vn.angiang.editorial.platform.delegation;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A delegation as the head (or an administrator entering the head's paper) sends it to {@code POST
 * /api/delegations}. {@code delegatorId} is only read from an administrator: the head delegates their own
 * authority, whoever the body names.
 */
public record DelegationRequest(
        @Size(max = 64, message = "Mã người ủy quyền quá dài.") String delegatorId,
        @NotBlank(message = "Hãy chọn Phó Trưởng ban được ủy quyền.")
        @Size(max = 64, message = "Mã người được ủy quyền quá dài.") String delegateId,
        @NotEmpty(message = "Hãy chọn ít nhất một phạm vi ủy quyền.") Set<DelegationScope> scopes,
        @NotNull(message = "Hãy nhập ngày bắt đầu ủy quyền.") LocalDate validFrom,
        @NotNull(message = "Hãy nhập ngày kết thúc ủy quyền.") LocalDate validTo,
        @NotBlank(message = "Hãy nhập số, ngày của giấy ủy quyền.")
        @Size(max = 200, message = "Số, ngày của giấy ủy quyền dài quá 200 ký tự.") String paperRef) {
}
