package vn.angiang.editorial.platform.papers;

import java.time.LocalDate;

/**
 * Dates as an official paper writes them (Nghị định 30/2020/NĐ-CP, Phụ lục I): "ngày 02 tháng 12 năm
 * 2026": a day below 10 and the months January and February take a leading zero ("ngày 05 tháng 01",
 * "ngày 15 tháng 3"), so that nobody can add a digit later.
 */
public final class OfficialDate {

    private OfficialDate() {
    }

    /** {@code ngày 02 tháng 12 năm 2026} */
    public static String of(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth())
                + " tháng " + (month <= 2 ? "0" + month : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /** The date line of a paper: {@code An Giang, ngày 02 tháng 12 năm 2026}. */
    public static String line(String place, LocalDate date) {
        return place + ", " + of(date);
    }
}
