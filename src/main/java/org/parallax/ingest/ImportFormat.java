package org.parallax.ingest;

/** Input formats Parallax reads. */
public enum ImportFormat {
    /** The "Selected Articles" digest: one block per article (title, "Share The News", body). */
    DIGEST
}
