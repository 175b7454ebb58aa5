package org.parallax.text.compare;

/**
 * The fifteen frame dimensions of the Policy Frames Codebook: Boydstun, Card, Gross, Resnik &amp;
 * Smith (2014), <i>Tracking the Development of Media Frames within and across Policy Issues</i>
 * (APSA 2014 Annual Meeting); used for the Media Frames Corpus (Card et al. 2015, ACL).
 * The number is the codebook's.
 */
public enum Frame {
    ECONOMIC(1, "Economic"),
    CAPACITY_AND_RESOURCES(2, "Capacity and resources"),
    MORALITY(3, "Morality"),
    FAIRNESS_AND_EQUALITY(4, "Fairness and equality"),
    LEGALITY(5, "Legality, constitutionality and jurisprudence"),
    POLICY_PRESCRIPTION(6, "Policy prescription and evaluation"),
    CRIME_AND_PUNISHMENT(7, "Crime and punishment"),
    SECURITY_AND_DEFENSE(8, "Security and defense"),
    HEALTH_AND_SAFETY(9, "Health and safety"),
    QUALITY_OF_LIFE(10, "Quality of life"),
    CULTURAL_IDENTITY(11, "Cultural identity"),
    PUBLIC_OPINION(12, "Public opinion"),
    POLITICAL(13, "Political"),
    EXTERNAL_REGULATION_AND_REPUTATION(14, "External regulation and reputation"),
    OTHER(15, "Other");

    private final int code;
    private final String label;

    Frame(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The codebook number, 1–15. */
    public int code() {
        return code;
    }

    /** The codebook's name for the frame. */
    public String label() {
        return label;
    }
}
