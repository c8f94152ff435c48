package vn.angiang.editorial.royalty;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.Resource;

import vn.angiang.editorial.platform.process.BoardTime;
import vn.angiang.editorial.platform.validation.InputRefused;

/**
 * The rules of the royalty payout as data ({@code royalty/royalty-rules.yaml}, see its header for why a file
 * and not a DMN table): the dated base salary, the unit value (10 % of the base salary in force on the
 * publication date, NĐ 18/2014/NĐ-CP), the decree's maxima per kind of work and the province's frames with
 * their effective dates. Checked when read: a frame above its kind's maximum, overlapping frames of one
 * kind, a base salary that is not positive, or an unknown kind stop the application with the reason.
 */
public final class RoyaltyRules {

    /** One row of the base salary table (mức lương cơ sở). */
    public record BaseSalary(LocalDate from, long amount, String source, boolean confirmed) {
    }

    /** A kind of work and the decree's maximum coefficient for it. */
    public record Kind(String label, BigDecimal decreeMaximum, String source) {
    }

    /** The province's frame of one kind of work, in force from {@code from} until the next frame of the kind. */
    public record Frame(String kind, LocalDate from, BigDecimal min, BigDecimal max, String source, boolean confirmed) {

        /** "0,5 – 2" as officials write it. */
        public String range() {
            return Money.decimal(min) + " – " + Money.decimal(max);
        }
    }

    /** The unit value a work gets, with the base salary it comes from. */
    public record UnitValue(long amount, BaseSalary baseSalary) {
    }

    record File(List<BaseSalary> baseSalary, int unitValuePercent, BigDecimal absoluteMaximum, Map<String, Kind> kinds,
            List<Frame> frames, Map<String, String> draftKindByContentType, Deadlines workingDays,
            List<IncomeTax> incomeTax, List<MemberFee> memberFees) {
    }

    /** The withholding of personal income tax in force from {@code from}: {@code rate} % of a payment ≥ {@code threshold}. */
    public record IncomeTax(LocalDate from, int rate, long threshold, String source, boolean confirmed) {
    }

    /**
     * The monthly fee (thù lao, Đ17.1) of each member of the org chart's groups of {@code groupKind}, from {@code from}:
     * a section of the month's regular statement, one line per member.
     */
    public record MemberFee(LocalDate from, String groupKind, long amount, String source) {
    }

    /**
     * Working days each step has (quy định nội bộ), counted from the draft (propose, score) or the scoring
     * (approve); the calendar days from publication in which royalties are due, and the working days before that
     * day when the head and the IT center are warned while the statement is not approved or not paid, and when an
     * unpaid statement is escalated to the head.
     */
    public record Deadlines(int propose, int score, int approve, int paymentDueDays, int warnBeforeDue,
            int escalateBeforeDue) {
    }

    private final File file;
    private final String source;

    private RoyaltyRules(File file, String source) {
        this.file = file;
        this.source = source;
        check();
    }

    public static RoyaltyRules read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return read(in, resource.getDescription());
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được quy định nhuận bút " + resource.getDescription(), e);
        }
    }

    public static RoyaltyRules read(InputStream in, String source) {
        try {
            File file = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, File.class);
            return new RoyaltyRules(file, source);
        } catch (IOException e) {
            throw new IllegalStateException("Quy định nhuận bút " + source + " sai cú pháp: " + e.getMessage(), e);
        }
    }

    private void check() {
        List<String> problems = new ArrayList<>();
        for (MemberFee fee : memberFees()) {
            if (fee.from() == null || fee.amount() < 0 || fee.source() == null || fee.source().isBlank()
                    || java.util.Arrays.stream(vn.angiang.editorial.platform.orgchart.GroupKind.values())
                            .noneMatch(k -> k.name().equals(fee.groupKind()))) {
                problems.add("memberFees: mỗi dòng phải có ngày hiệu lực, nhóm (GroupKind), số tiền ≥ 0 và nguồn: " + fee);
            }
        }
        if (file.baseSalary() == null || file.baseSalary().isEmpty()) {
            problems.add("chưa có bảng lương cơ sở (baseSalary)");
        } else {
            file.baseSalary().stream().filter(b -> b.from() == null || b.amount() <= 0)
                    .forEach(b -> problems.add("mức lương cơ sở phải có ngày hiệu lực và số tiền dương: " + b));
        }
        if (file.unitValuePercent() <= 0 || file.unitValuePercent() > 100) {
            problems.add("unitValuePercent phải từ 1 đến 100");
        }
        if (file.absoluteMaximum() == null || file.absoluteMaximum().signum() <= 0) {
            problems.add("absoluteMaximum phải là số dương (NĐ 18/2014/NĐ-CP: 50)");
        }
        Map<String, Kind> kinds = file.kinds() == null ? Map.of() : file.kinds();
        kinds.forEach((code, kind) -> {
            if (kind.decreeMaximum() == null || file.absoluteMaximum() == null
                    || kind.decreeMaximum().compareTo(file.absoluteMaximum()) > 0) {
                problems.add("hệ số tối đa của loại «" + code + "» vượt mức cao nhất " + file.absoluteMaximum()
                        + " của NĐ 18/2014/NĐ-CP");
            }
        });
        List<Frame> frames = file.frames() == null ? List.of() : file.frames();
        for (Frame f : frames) {
            Kind kind = kinds.get(f.kind());
            if (kind == null) {
                problems.add("khung hệ số cho loại chưa khai báo «" + f.kind() + "»");
            } else if (f.from() == null || f.min() == null || f.max() == null || f.min().signum() <= 0
                    || f.min().compareTo(f.max()) > 0) {
                problems.add("khung hệ số của «" + f.kind() + "» phải có ngày hiệu lực và 0 < min ≤ max: " + f);
            } else if (f.max().compareTo(kind.decreeMaximum()) > 0) {
                problems.add("khung hệ số của «" + f.kind() + "» từ " + f.from() + " (" + f.range()
                        + ") vượt hệ số tối đa " + Money.decimal(kind.decreeMaximum()) + " (" + kind.source() + ")");
            }
        }
        frames.stream().filter(f -> f.from() != null).collect(java.util.stream.Collectors.groupingBy(
                f -> f.kind() + "@" + f.from())).forEach((key, same) -> {
                    if (same.size() > 1) {
                        problems.add("hai khung hệ số cùng loại cùng ngày hiệu lực: " + key);
                    }
                });
        Map<String, String> drafts = file.draftKindByContentType() == null ? Map.of() : file.draftKindByContentType();
        drafts.forEach((type, kind) -> {
            if (!kinds.containsKey(kind)) {
                problems.add("draftKindByContentType." + type + " chỉ loại chưa khai báo «" + kind + "»");
            }
        });
        if (file.workingDays() == null || file.workingDays().propose() < 1 || file.workingDays().score() < 1
                || file.workingDays().approve() < 1 || file.workingDays().paymentDueDays() < 1
                || file.workingDays().warnBeforeDue() < 0 || file.workingDays().escalateBeforeDue() < 0) {
            problems.add("workingDays phải ghi số ngày (≥ 1) cho propose, score, approve, paymentDueDays; warnBeforeDue, "
                    + "escalateBeforeDue ≥ 0");
        }
        if (file.incomeTax() == null || file.incomeTax().isEmpty()) {
            problems.add("chưa có quy định khấu trừ thuế thu nhập cá nhân (incomeTax)");
        } else {
            file.incomeTax().stream().filter(t -> t.from() == null || t.rate() < 0 || t.rate() > 100 || t.threshold() < 0)
                    .forEach(t -> problems.add("dòng thuế thu nhập cá nhân phải có ngày hiệu lực, thuế suất 0–100 %, ngưỡng ≥ 0: " + t));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Quy định nhuận bút " + source + " không dùng được: "
                    + String.join("; ", problems));
        }
    }

    /** The base salary in force on {@code day}; none before the first row of the table. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return file.baseSalary().stream().filter(b -> !b.from().isAfter(day))
                .max(Comparator.comparing(BaseSalary::from));
    }

    /**
     * The unit value of a work published on {@code day}: {@code unitValuePercent} % of the base salary in
     * force that day, in whole dong (rounded half up; 10 % of the base salaries so far is exact).
     */
    public UnitValue unitValueOn(LocalDate day) {
        BaseSalary base = baseSalaryOn(day).orElseThrow(() -> InputRefused.of("Chưa có mức lương cơ sở áp dụng cho ngày "
                + BoardTime.DATE.format(day) + ": hãy bổ sung bảng lương cơ sở trong quy định nhuận bút."));
        long amount = BigDecimal.valueOf(base.amount()).multiply(BigDecimal.valueOf(file.unitValuePercent()))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return new UnitValue(amount, base);
    }

    /** The frame of {@code kind} in force on {@code day}. */
    public Optional<Frame> frameOn(String kind, LocalDate day) {
        return file.frames().stream().filter(f -> f.kind().equals(kind) && !f.from().isAfter(day))
                .max(Comparator.comparing(Frame::from));
    }

    /** The withholding rule in force on {@code day}. */
    public IncomeTax incomeTaxOn(LocalDate day) {
        return file.incomeTax().stream().filter(t -> !t.from().isAfter(day)).max(Comparator.comparing(IncomeTax::from))
                .orElseThrow(() -> new IllegalStateException("Chưa có quy định khấu trừ thuế áp dụng ngày " + day));
    }

    public List<MemberFee> memberFees() {
        return file.memberFees() == null ? List.of() : file.memberFees();
    }

    /** The members' fees in force on {@code day}: per group kind, the row of the latest date not after it. */
    public List<MemberFee> memberFeesOn(LocalDate day) {
        Map<String, MemberFee> latest = new java.util.TreeMap<>();
        memberFees().stream().filter(f -> f.from() != null && !f.from().isAfter(day))
                .forEach(f -> latest.merge(f.groupKind(), f, (a, b) -> a.from().isAfter(b.from()) ? a : b));
        return List.copyOf(latest.values());
    }

    public Deadlines workingDays() {
        return file.workingDays();
    }

    public Optional<Kind> kind(String code) {
        return Optional.ofNullable(file.kinds().get(code));
    }

    public Map<String, Kind> kinds() {
        return file.kinds();
    }

    /** The kind a published item of {@code contentType} is drafted as; empty when it earns no royalty. */
    public Optional<String> draftKind(String contentType) {
        return Optional.ofNullable(file.draftKindByContentType().get(contentType));
    }

    /**
     * Refuses a coefficient for a work of {@code kind} published on {@code day} that lies outside the frame in
     * force that day, with the frame in the message (Vietnamese, bound to {@code field}).
     */
    public Frame refuseOutsideFrame(String field, String workTitle, String kind, LocalDate day, BigDecimal coefficient) {
        Kind k = kind(kind).orElseThrow(() -> new InputRefused(field, "Loại tác phẩm «" + kind
                + "» không có trong quy định nhuận bút."));
        Frame frame = frameOn(kind, day).orElseThrow(() -> new InputRefused(field, "Chưa có khung hệ số cho loại «"
                + k.label() + "» áp dụng ngày " + BoardTime.DATE.format(day) + "."));
        if (coefficient == null || coefficient.compareTo(frame.min()) < 0 || coefficient.compareTo(frame.max()) > 0) {
            throw new InputRefused(field, "Hệ số " + (coefficient == null ? "(trống)" : Money.decimal(coefficient))
                    + " của «" + workTitle + "» nằm ngoài khung " + frame.range() + " cho loại «" + k.label()
                    + "» (" + frame.source() + ").");
        }
        if (coefficient.scale() > 2 && coefficient.stripTrailingZeros().scale() > 2) {
            throw new InputRefused(field, "Hệ số của «" + workTitle + "» chỉ ghi tối đa hai chữ số thập phân.");
        }
        return frame;
    }
}
