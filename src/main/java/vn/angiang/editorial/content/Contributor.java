package vn.angiang.editorial.content;

/** A person named on the work and what they did for it. */
public record Contributor(String name, ContributorRole role) {
}
