package vn.angiang.editorial.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.orgchart.GroupKind;
import vn.angiang.editorial.platform.orgchart.OrgChart;
import vn.angiang.editorial.platform.orgchart.OrgDirectory;
import vn.angiang.editorial.platform.process.RuleFiles;

/**
 * What a sender chooses from and where feedback may be forwarded, all data: topics from
 * {@code feedback/topics.yaml}; areas (the province's xã, phường, đặc khu, and "Khác") from
 * {@code feedback/areas.yaml} ({@link FeedbackAreas}); agencies from the org chart — any group of kind
 * AGENCY. An area's own agency, where the org chart has one, is the group {@code commune-<area code>}
 * (area {@code long-xuyen}: group {@code commune-long-xuyen}); most areas have none yet. Routing itself
 * is in the DMN table, not here.
 */
@Component
public class FeedbackCatalog {

    public static final String COMMUNE_PREFIX = "commune-";
    /** the routing table's answer when the board answers itself */
    public static final String BOARD = "board";

    private static final Logger log = LoggerFactory.getLogger(FeedbackCatalog.class);

    public record Option(String code, String label) {
    }

    record TopicFile(List<Option> topics) {
    }

    private final Map<String, String> topics = new LinkedHashMap<>();
    private final Map<String, String> areas = new LinkedHashMap<>();
    private final String otherArea;
    private final Map<String, String> agencies = new LinkedHashMap<>();

    @Autowired
    public FeedbackCatalog(@Value("${editorial.feedback.topics-location:classpath:feedback/topics.yaml}") Resource topicFile,
            @Value("${editorial.feedback.areas-location:classpath:feedback/areas.yaml}") Resource areaFile,
            OrgDirectory org) {
        this(readTopics(topicFile), FeedbackAreas.read(areaFile), org.chart());
    }

    public FeedbackCatalog(List<Option> topicList, FeedbackAreas areaList, OrgChart chart) {
        for (Option topic : topicList) {
            topics.put(topic.code(), topic.label());
        }
        for (FeedbackAreas.Area area : areaList.units()) {
            areas.put(area.code(), area.label());
        }
        otherArea = areaList.other().code();
        areas.put(otherArea, areaList.other().label());
        for (OrgChart.Group group : chart.groups()) {
            if (group.kind() != GroupKind.AGENCY) {
                continue;
            }
            agencies.put(group.id(), group.name());
            if (group.id().startsWith(COMMUNE_PREFIX) && !isUnit(group.id().substring(COMMUNE_PREFIX.length()))) {
                log.warn("Org chart group {} ({}) matches no area of the area list: local matters are never proposed to it",
                        group.id(), group.name());
            }
        }
    }

    static List<Option> readTopics(Resource resource) {
        return RuleFiles.read(resource, TopicFile.class, "danh mục lĩnh vực phản ánh").topics();
    }

    public List<Option> topics() {
        return topics.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public List<Option> areas() {
        return areas.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public List<Option> agencies() {
        return agencies.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public boolean isTopic(String code) {
        return code != null && topics.containsKey(code);
    }

    public boolean isArea(String code) {
        return code != null && areas.containsKey(code);
    }

    /** The code of the area "Khác": none of the units, or not known. */
    public String otherArea() {
        return otherArea;
    }

    /**
     * The agency group of the area itself, {@code commune-<code>}, when the org chart has it (the
     * People's Committee of the xã, phường or đặc khu); empty for an area without one and for "Khác".
     */
    public Optional<String> areaAgency(String areaCode) {
        if (!isUnit(areaCode)) {
            return Optional.empty();
        }
        String group = COMMUNE_PREFIX + areaCode;
        return agencies.containsKey(group) ? Optional.of(group) : Optional.empty();
    }

    private boolean isUnit(String code) {
        return isArea(code) && !code.equals(otherArea);
    }

    public boolean isAgency(String groupId) {
        return groupId != null && agencies.containsKey(groupId);
    }

    public String topicLabel(String code) {
        return Optional.ofNullable(topics.get(code)).orElse(code);
    }

    public String areaLabel(String code) {
        return Optional.ofNullable(areas.get(code)).orElse(code);
    }

    /** The agency's name, "Ban Biên tập" for {@value #BOARD}, the id itself if unknown. */
    public String agencyLabel(String groupId) {
        if (groupId == null) {
            return null;
        }
        if (BOARD.equals(groupId)) {
            return "Ban Biên tập Cổng thông tin điện tử";
        }
        return Optional.ofNullable(agencies.get(groupId)).orElse(groupId);
    }
}
