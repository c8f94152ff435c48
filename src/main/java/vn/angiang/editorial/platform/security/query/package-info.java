/**
 * Expressions in task queries, closed at the engine whatever door a query comes in by (the REST API,
 * the webapps' own engine API, a stored filter, Java).
 *
 * <p>Camunda evaluates JUEL in task query fields, the {@code orQueries} of an ad-hoc query included,
 * with the same expression manager as the models, so an expression in a query could reach any
 * Spring bean. Two independent layers close it:
 * <ol>
 * <li>{@link QueryExpressionPolicy}: before any command runs, an ad-hoc task query (or-queries
 * included, and the query a client adds to a filter) may carry no expression at all, and a stored
 * filter only the few Tasklist needs ({@link QueryExpressions});</li>
 * <li>{@link QueryIsolatingExpressionManager}: a query's expressions (the only ones the engine
 * evaluates without a variable scope) are evaluated in a context that knows those few functions and
 * nothing else: no bean, no variable.</li>
 * </ol>
 */
package vn.angiang.editorial.platform.security.query;
