package vn.angiang.editorial.platform.performance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds, from the engine's own task mapping ({@code Task.xml}), a mapper holding the task list and
 * count statements with the authorization join replaced by the EXISTS checks of
 * {@code platform/performance/task-authorization-check.xml}. Everything else in the statements (every
 * criterion Tasklist and the REST API may send, ordering, paging, tenant check) is the engine's text,
 * unchanged. Returns empty when the engine's text is not the one this was written for.
 */
final class TaskQueryMapping {

    static final String NAMESPACE = "vn.angiang.editorial.platform.performance.TaskQueryMapping";
    static final String LIST = "selectTaskByQueryCriteria";
    static final String COUNT = "selectTaskCountByQueryCriteria";

    private static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

    private static final Pattern AUTHORIZATION_JOIN = Pattern.compile(
            "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity"
                    + "\\.authCheckJoinWithoutOnClause\"\\s*/>\\s*"
                    + "AUTH ON \\(AUTH\\.RESOURCE_ID_ \\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_ "
                    + "\\$\\{authJoinSeparator} '\\*' \\$\\{authJoinEnd}\\)");
    private static final Pattern AUTHORIZATION_CHECK = Pattern.compile(
            "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity"
                    + "\\.contextualAuthorizationCheck\"\\s*/>");

    private TaskQueryMapping() {}

    static Optional<String> rewrite(String engineTaskXml, String authorizationFragments) {
        Optional<String> columns = element(engineTaskXml, "<sql id=\"columnSelection\">", "</sql>");
        Optional<String> criteria = element(engineTaskXml, "<sql id=\"selectTaskByQueryCriteriaSql\">", "</sql>");
        Optional<String> list = element(engineTaskXml, "<select id=\"" + LIST + "\"", "</select>");
        Optional<String> count = element(engineTaskXml, "<select id=\"" + COUNT + "\"", "</select>");
        if (columns.isEmpty() || criteria.isEmpty() || list.isEmpty() || count.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> withoutJoin = replaceOnce(criteria.get(), AUTHORIZATION_JOIN, "");
        Optional<String> rewritten = withoutJoin.flatMap(text ->
                replaceOnce(text, AUTHORIZATION_CHECK, "<include refid=\"authorizationCheckByExists\" />"));
        if (rewritten.isEmpty() || !list.get().contains("resultMap=\"taskResultMap\"")) {
            return Optional.empty();
        }
        String listStatement = list.get().replace("resultMap=\"taskResultMap\"",
                "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"");
        return Optional.of("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\" "
                + "\"http://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n"
                + "<mapper namespace=\"" + NAMESPACE + "\">\n"
                + authorizationFragments + "\n"
                + columns.get() + "\n"
                + rewritten.get() + "\n"
                + listStatement + "\n"
                + count.get() + "\n"
                + "</mapper>\n");
    }

    /** The text from {@code start} to the first {@code end} after it, both included, if it occurs once. */
    private static Optional<String> element(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0 || text.indexOf(start, from + 1) >= 0) {
            return Optional.empty();
        }
        int to = text.indexOf(end, from);
        return to < 0 ? Optional.empty() : Optional.of(text.substring(from, to + end.length()));
    }

    private static Optional<String> replaceOnce(String text, Pattern pattern, String replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = matcher.start();
        int end = matcher.end();
        if (matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, start) + replacement + text.substring(end));
    }
}
