package vn.ansinh.registry.application;

import java.io.Serializable;
import java.util.Objects;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * A row of an import file that was read without error: the person, the household it belongs to
 * within the file, the relationship to that household's head and, on the head's row, the
 * household's poverty review.
 *
 * @param rowNumber the row as Excel numbers it
 * @param householdKey the key as written in the file ({@code H01}); rows whose keys differ only in
 *        case, diacritics or spacing belong to the same household ({@link #householdIdentity()})
 * @param review the review figures, only on the head's row and only when the file has them; else null
 */
public record ImportRow(
        int rowNumber,
        PersonDetails person,
        String householdKey,
        Relationship relationship,
        PovertyReviewFigures review)
        implements Serializable {

    public ImportRow {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relationship, "relationship");
        householdKey = householdKey == null ? "" : householdKey.strip();
        if (householdKey.isEmpty()) {
            throw new IllegalArgumentException("a household key is required");
        }
        if (review != null && relationship != Relationship.HEAD) {
            throw new IllegalArgumentException("review figures belong on the head's row");
        }
    }

    public boolean isHead() {
        return relationship == Relationship.HEAD;
    }

    /** What makes two keys the same household: {@code h01}, {@code H01} and {@code  H 01} are one. */
    public String householdIdentity() {
        return identityOf(householdKey);
    }

    static String identityOf(String key) {
        return VietnameseNames.fold(key).replace(" ", "");
    }
}
