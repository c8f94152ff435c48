package vn.angiang.editorial.royalty;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.angiang.editorial.platform.process.BoardTime;

/**
 * The works of a month as the content records hold them, read only ({@code published_item},
 * {@code content_submission}, {@code content_contributor}): the first publication of each item of the
 * content process whose first publication falls in the month, in the board's time zone. A correction
 * (a newer version) is the same work; a work taken down after publishing was still published.
 */
@Component
public record PublishedWorks(JdbcClient jdbc) {

    public List<PublishedWork> firstPublishedIn(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(BoardTime.ZONE).toOffsetDateTime();
        OffsetDateTime until = month.plusMonths(1).atDay(1).atStartOfDay(BoardTime.ZONE).toOffsetDateTime();
        List<PublishedWork> works = jdbc.sql("""
                SELECT p.id, p.source_id, p.item_key, s.title, s.content_type, s.field_code, s.appraiser_group,
                       s.submitter_group, p.first_published_at
                  FROM published_item p JOIN content_submission s ON s.id = p.source_id
                 WHERE p.source_kind = 'content' AND p.item_version = 1
                   AND p.first_published_at >= :from AND p.first_published_at < :until
                 ORDER BY p.first_published_at, p.id""")
                .param("from", from).param("until", until)
                .query((rs, i) -> new PublishedWork(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), List.of()))
                .list();
        if (works.isEmpty()) {
            return works;
        }
        Map<Long, List<PublishedWork.Contributor>> people = new LinkedHashMap<>();
        // the contributors of the same works, by the same window (no list of ids: a month may hold thousands)
        jdbc.sql("""
                SELECT c.submission_id, c.name, c.role
                  FROM content_contributor c JOIN published_item p ON p.source_id = c.submission_id
                 WHERE p.source_kind = 'content' AND p.item_version = 1
                   AND p.first_published_at >= :from AND p.first_published_at < :until
                 ORDER BY c.submission_id, c.position""")
                .param("from", from).param("until", until)
                .query(rs -> {
                    people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PublishedWork.Contributor(rs.getString(2), rs.getString(3)));
                });
        return works.stream().map(w -> new PublishedWork(w.publishedItemId(), w.submissionId(), w.itemKey(), w.title(),
                w.contentType(), w.fieldCode(), w.fieldGroup(), w.submitterGroup(), w.firstPublishedAt(),
                people.getOrDefault(w.submissionId(), List.of()))).toList();
    }
}
