package vn.angiang.editorial.platform.papers;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the papers ({@code editorial.papers.*}): who issues them and where their wording is.
 *
 * @param parent            the governing body ({@code UBND TỈNH AN GIANG})
 * @param issuingBody       the issuing body's name, one entry per printed line
 * @param code              the issuing body's abbreviation in every symbol ({@code BBT}); a new code
 *                          starts new series of numbers
 * @param place             the place name of the date line ({@code An Giang})
 * @param templateLocations where the wording of the papers is looked for, in order: an installation
 *                          puts its own folder first ({@code file:/etc/bbt/documents/}) to replace some
 *                          of the shipped files
 */
@Validated
@ConfigurationProperties("editorial.papers")
public record PaperSettings(
        @DefaultValue("UBND TỈNH AN GIANG") @NotBlank String parent,
        @DefaultValue({"BAN BIÊN TẬP", "CỔNG THÔNG TIN ĐIỆN TỬ"}) @NotEmpty List<String> issuingBody,
        @DefaultValue("BBT") @Pattern(regexp = "[\\p{Lu}0-9&-]{1,20}") String code,
        @DefaultValue("An Giang") @NotBlank String place,
        @DefaultValue(PaperTemplates.SHIPPED) @NotEmpty List<String> templateLocations) {

    public IssuingBody issuer() {
        return new IssuingBody(parent, issuingBody, code, place);
    }
}
