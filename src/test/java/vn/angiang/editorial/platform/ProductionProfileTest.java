package vn.angiang.editorial.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** prod has no default password: started without one, the application exits and says what to set. */
class ProductionProfileTest {

    @Test
    void prodWithoutAdminPasswordExitsWithAClearMessage() throws Exception {
        ProcessBuilder java = new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"),
                "vn.angiang.editorial.Application", "--spring.profiles.active=prod", "--server.port=0")
                .redirectErrorStream(true);
        java.environment().keySet().removeIf(name -> name.startsWith("EDITORIAL_") || name.startsWith("SPRING_"));
        java.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:1/none");
        java.environment().put("SPRING_DATASOURCE_USERNAME", "bbt");
        java.environment().put("SPRING_DATASOURCE_PASSWORD", "secret");

        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("EDITORIAL_ADMIN_PASSWORD").contains("Hồ sơ prod thiếu cấu hình bắt buộc");
        assertThat(output).doesNotContain("SPRING_DATASOURCE_URL,");
    }
}
