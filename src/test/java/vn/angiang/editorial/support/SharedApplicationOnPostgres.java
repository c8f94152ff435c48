package vn.angiang.editorial.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on one database of the shared PostgreSQL server: every test
 * class so annotated (and declaring no other configuration) runs in the same cached application context,
 * started once.
 * <p>
 * Only for test classes that tolerate each other's data: each works on the records, instances and tasks
 * it created itself and counts rows as before and after, never absolutely; none lists Tasklist filters
 * (ExpressionInjectionIT leaves filters of its own, one of them broken on purpose) or changes what the
 * others rely on (the demo users and their groups, the rights on tasks, the engine's settings); none
 * submits through the public intake (those instances are started in the background, between another
 * test's counts) or publishes records that the public feed must survive. A test class that needs a
 * database of its own keeps {@code @SpringBootTest} with {@link EmbeddedPostgresSupport#useDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPostgresSupport.SharedDatabase.class)
public @interface SharedApplicationOnPostgres {
}
