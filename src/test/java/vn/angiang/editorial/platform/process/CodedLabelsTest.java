package vn.angiang.editorial.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every value officials choose from has a Vietnamese label in labels/labels.properties and a unique code. */
class CodedLabelsTest {

    @Test
    void everyCodedValueHasALabelAndAUniqueCode() throws ClassNotFoundException {
        List<Class<?>> types = codedEnums();
        assertThat(types).as("the coded enums of the application").hasSizeGreaterThanOrEqualTo(8);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            Set<String> codes = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                Coded value = (Coded) constant;
                assertThat(codes.add(value.code())).as("code %s of %s is unique", value.code(), type.getSimpleName())
                        .isTrue();
                try {
                    assertThat(value.label()).as(type.getSimpleName() + "." + value.name()).isNotBlank();
                } catch (IllegalStateException e) {
                    missing.add(e.getMessage());
                }
            }
        }
        assertThat(missing).as("labels missing from labels/labels.properties").isEmpty();
    }

    @Test
    void codesAreTheLowerCaseNamesWithHyphens() {
        assertThat(Coded.byCode(vn.angiang.editorial.content.ContentType.class, "photo-story"))
                .contains(vn.angiang.editorial.content.ContentType.PHOTO_STORY);
        assertThat(vn.angiang.editorial.content.ContentType.PHOTO_STORY.label()).isEqualTo("Phóng sự ảnh");
        assertThat(Coded.byCode(vn.angiang.editorial.content.ContentType.class, "PHOTO_STORY")).isEmpty();
    }

    private static List<Class<?>> codedEnums() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Coded.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("vn.angiang.editorial")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (type.isEnum()) {
                types.add(type);
            }
        }
        return types;
    }
}
