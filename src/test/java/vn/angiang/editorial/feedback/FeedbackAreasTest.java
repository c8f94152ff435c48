package vn.angiang.editorial.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgChartLoader;

/**
 * The areas a sender chooses from are the commune-level units of An Giang after the 2025 arrangement, as
 * Nghị quyết 1654/NQ-UBTVQH15 (16/6/2025), Điều 1 names them — 102 units: 85 xã, 14 phường, 3 đặc khu —
 * plus "Khác"; the org chart's commune groups are among them.
 */
class FeedbackAreasTest {

    static final FeedbackAreas AREAS = FeedbackAreas.read(new ClassPathResource("feedback/areas.yaml"));

    @Test
    void theListIsTheResolutionsHundredAndTwoUnits() {
        assertThat(AREAS.source().document()).isEqualTo("Nghị quyết số 1654/NQ-UBTVQH15");
        assertThat(AREAS.source().date()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(AREAS.units()).hasSize(102);
        Map<AreaKind, Long> byKind = AREAS.units().stream()
                .collect(Collectors.groupingBy(FeedbackAreas.Area::kind, Collectors.counting()));
        assertThat(byKind).containsEntry(AreaKind.XA, 85L).containsEntry(AreaKind.PHUONG, 14L).containsEntry(AreaKind.DAC_KHU, 3L);
        // Điều 1 khoản 80–93 (phường), 94–96 (đặc khu), 97 (the six xã not arranged)
        assertThat(AREAS.units().stream().filter(a -> a.kind() == AreaKind.PHUONG).map(FeedbackAreas.Area::name))
                .containsExactlyInAnyOrder("Long Xuyên", "Bình Đức", "Mỹ Thới", "Châu Đốc", "Vĩnh Tế", "Tân Châu",
                        "Long Phú", "Tịnh Biên", "Thới Sơn", "Chi Lăng", "Vĩnh Thông", "Rạch Giá", "Hà Tiên", "Tô Châu");
        assertThat(AREAS.units().stream().filter(a -> a.kind() == AreaKind.DAC_KHU).map(FeedbackAreas.Area::name))
                .containsExactlyInAnyOrder("Kiên Hải", "Phú Quốc", "Thổ Châu");
        assertThat(AREAS.units().stream().map(FeedbackAreas.Area::label))
                .contains("xã Mỹ Hòa Hưng", "xã Bình Giang", "xã Bình Sơn", "xã Hòn Nghệ", "xã Sơn Hải", "xã Tiên Hải",
                        "xã An Phú", "xã U Minh Thượng", "xã Vĩnh Điều", "đặc khu Phú Quốc");
        assertThat(AREAS.units()).allSatisfy(a -> assertThat(Normalizer.isNormalized(a.name(), Normalizer.Form.NFC))
                .as("%s in Unicode NFC", a.name()).isTrue());
    }

    @Test
    void theCatalogOffersThemSortedAsVietnameseSortThenKhac() {
        FeedbackCatalog catalog = FeedbackTestCatalog.catalog();
        List<FeedbackCatalog.Option> areas = catalog.areas();

        assertThat(areas).hasSize(103);
        assertThat(areas.get(0)).isEqualTo(new FeedbackCatalog.Option("an-bien", "xã An Biên"));
        assertThat(areas.get(102).code()).isEqualTo("khac").isEqualTo(catalog.otherArea());
        assertThat(areas.get(102).label()).startsWith("Khác");
        List<String> labels = areas.stream().map(FeedbackCatalog.Option::label).toList();
        // Đ after D, Ô after O, as in a Vietnamese dictionary
        assertThat(labels.indexOf("xã Định Mỹ")).isGreaterThan(labels.indexOf("xã Cù Lao Giêng"));
        assertThat(labels.indexOf("xã Ô Lâm")).isGreaterThan(labels.indexOf("xã Óc Eo"));
        assertThat(catalog.isArea("khac")).isTrue();
        assertThat(catalog.areaLabel("long-xuyen")).isEqualTo("phường Long Xuyên");
    }

    /** Every commune group of the org chart stands for one area; most areas have no group yet. */
    @Test
    void everyCommuneGroupOfTheOrgChartIsTheAgencyOfAnArea() {
        FeedbackCatalog catalog = FeedbackTestCatalog.catalog();
        OrgChart chart = new OrgChartLoader(new org.springframework.core.io.DefaultResourceLoader())
                .load(List.of("classpath:org-chart/org-chart.yaml"));
        List<String> communeGroups = chart.groups().stream()
                .filter(g -> g.kind() == GroupKind.AGENCY && g.id().startsWith(FeedbackCatalog.COMMUNE_PREFIX))
                .map(OrgChart.Group::id).toList();

        assertThat(communeGroups).isNotEmpty().allSatisfy(group ->
                assertThat(catalog.areaAgency(group.substring(FeedbackCatalog.COMMUNE_PREFIX.length()))).contains(group));
        assertThat(catalog.areaAgency("vinh-te")).as("an area without a group").isEmpty();
        assertThat(catalog.areaAgency("khac")).isEmpty();
        assertThat(catalog.areaAgency("nowhere")).isEmpty();
    }

    @Test
    void aListThatDoesNotMatchItsSourceIsRefused() {
        String twoXa = """
                source: { document: "Nghị quyết thử", expected: { xa: 2, phuong: 1 } }
                areas:
                  - { code: an-phu, kind: xa, name: "An Phú", clause: 1 }
                  - { code: long-xuyen, kind: phuong, name: "Long Xuyên", clause: 80 }
                other: { code: khac, label: "Khác" }
                """;
        assertThatThrownBy(() -> FeedbackAreas.read(file(twoXa)))
                .hasMessageContaining("Nghị quyết thử có 2 xã, danh mục có 1");
        assertThatThrownBy(() -> FeedbackAreas.read(file(twoXa.replace("long-xuyen, kind: phuong", "an-phu, kind: phuong"))))
                .hasMessageContaining("\"an-phu\" bị ghi hai lần");
        assertThatThrownBy(() -> FeedbackAreas.read(file(twoXa.replace("kind: phuong", "kind: huyen"))))
                .hasMessageContaining("loại \"huyen\"");
        assertThatThrownBy(() -> FeedbackAreas.read(file(twoXa.replace("code: an-phu", "code: An Phú"))))
                .hasMessageContaining("mã \"An Phú\"");
        assertThatThrownBy(() -> FeedbackAreas.read(file(twoXa.replace("other: { code: khac, label: \"Khác\" }", ""))))
                .hasMessageContaining("thiếu mục \"Khác\"");
    }

    private static ByteArrayResource file(String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "areas.yaml");
    }
}
