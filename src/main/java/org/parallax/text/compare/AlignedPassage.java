package org.parallax.text.compare;

import java.util.List;

/**
 * A shared passage: copies in several texts that align with one main form.
 *
 * @param mainForm the longest full copy, whose text is the passage's text
 * @param copies   every copy, the main form included, ordered by text index then offset
 */
public record AlignedPassage(AlignedCopy mainForm, List<AlignedCopy> copies) {

    public AlignedPassage {
        copies = List.copyOf(copies);
    }

    /** The passage's length in words: the main form's. */
    public int words() {
        return mainForm.words();
    }

    /** Whether every copy has the main form's words. */
    public boolean verbatim() {
        return copies.stream().allMatch(c -> c.kind() == CopyKind.VERBATIM);
    }
}
