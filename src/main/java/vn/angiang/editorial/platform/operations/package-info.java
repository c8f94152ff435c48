/**
 * The application's watch over its own data: checks that run at start and once a day
 * ({@link vn.angiang.editorial.platform.operations.DailyChecks}), report on the health page with the
 * status {@link vn.angiang.editorial.platform.operations.DataHealth#WARN}, and mail administrators
 * once per problem ({@link vn.angiang.editorial.platform.operations.AdminAlerts}, table
 * {@code operations_alert}).
 */
package vn.angiang.editorial.platform.operations;
