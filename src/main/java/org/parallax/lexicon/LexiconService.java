package org.parallax.lexicon;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.text.compare.Lexicon;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user-editable lexicons and the one lexicon the comparison uses.
 *
 * <p>{@link #current()} merges every enabled lexicon with {@link Lexicon#merge}: concepts of the
 * same name become one with the union of their variants, hedges, intensifiers and each class of
 * attribution verbs are unioned, in a stable order (oldest lexicon first). With no lexicon stored
 * at all it answers the shipped starter lexicon, so a comparison always has one. An edit is seen
 * by the next call: the merged lexicon is cached and rebuilt whenever the table's
 * {@link LexiconRepository.Fingerprint fingerprint} (one small aggregate query) changes.
 *
 * <p>Every change is attributed to the {@link CurrentUser}.
 */
@Service
public class LexiconService {

    /** The name of the shipped starter lexicon. */
    public static final String STARTER = "starter";

    private static final Lexicon SHIPPED_STARTER = Lexicon.starter();

    /**
     * The version of the shipped starter lexicon. 1: the first starter (with the demo world's
     * concepts, {@code lexicons/starter-v1.json}); 2: general English lists, the demo world moved to
     * {@link DemoLexicon}.
     */
    public static final int STARTER_VERSION = 2;

    /** The setting that records the starter version a database was last brought up to; absent means 1. */
    static final String STARTER_VERSION_SETTING = "lexicon.starter.version";

    private static final String STARTER_V1_RESOURCE = "/lexicons/starter-v1.json";

    private record Cached(LexiconRepository.Fingerprint fingerprint, Lexicon merged) {}

    private final LexiconRepository lexicons;
    private final CurrentUser user;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    LexiconService(LexiconRepository lexicons, CurrentUser user, Clock clock) {
        this.lexicons = lexicons;
        this.user = user;
        this.clock = clock;
    }

    /** Every stored lexicon, oldest first. */
    public List<StoredLexicon> list() {
        return lexicons.findAll();
    }

    public Optional<StoredLexicon> get(String name) {
        return lexicons.find(name.strip());
    }

    /**
     * All enabled lexicons merged into one (see the class comment); the starter lexicon when none
     * is stored; an empty lexicon when every stored one is disabled. Cheap to call per comparison.
     */
    public Lexicon current() {
        LexiconRepository.Fingerprint now = lexicons.fingerprint();
        Cached c = cached;
        if (c != null && c.fingerprint().equals(now)) {
            return c.merged();
        }
        Lexicon merged;
        if (now.rows() == 0) {
            merged = SHIPPED_STARTER;
        } else {
            List<Lexicon> enabled = lexicons.findEnabled();
            merged = enabled.size() == 1 ? enabled.getFirst()
                    : Lexicon.merge(enabled.isEmpty() ? "none" : String.join(" + ", enabled.stream().map(Lexicon::name).toList()), enabled);
        }
        cached = new Cached(now, merged);
        return merged;
    }

    /**
     * Creates the lexicon, or replaces the content of the stored one with the same name (keeping
     * whether it is enabled).
     *
     * @return the stored lexicon, tidied by {@link LexiconValidator}
     * @throws InvalidLexiconException naming what is wrong; nothing is stored then
     */
    @Transactional
    public StoredLexicon save(Lexicon lexicon) {
        return save(null, lexicon);
    }

    /**
     * Saves the lexicon; when {@code previousName} names another stored lexicon, that one is
     * renamed (it keeps whether it is enabled). Refuses to rename onto an existing name.
     */
    @Transactional
    public StoredLexicon save(@Nullable String previousName, Lexicon lexicon) {
        Lexicon valid = LexiconValidator.validate(lexicon);
        Boolean enabled = null;
        if (previousName != null && !previousName.strip().equals(valid.name())) {
            if (lexicons.find(valid.name()).isPresent()) {
                throw new InvalidLexiconException("Another lexicon is already called “" + valid.name() + "”: choose another name.");
            }
            Optional<StoredLexicon> previous = lexicons.find(previousName.strip());
            if (previous.isPresent()) {
                enabled = previous.get().enabled();
                lexicons.delete(previousName.strip());
            }
        }
        lexicons.upsert(valid, enabled, user.id(), now());
        return lexicons.find(valid.name()).orElseThrow();
    }

    /**
     * Stores every lexicon of an imported document, all or none: each is checked first, and the
     * first problem is refused with the lexicon's position and name.
     *
     * @return the stored lexicons, in the document's order
     */
    @Transactional
    public List<StoredLexicon> importAll(List<LexiconImport> imported) {
        if (imported.isEmpty()) {
            throw new InvalidLexiconException("There is no lexicon to import.");
        }
        List<LexiconImport> valid = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int i = 0;
        for (LexiconImport li : imported) {
            i++;
            String label = imported.size() == 1 ? "" : "Lexicon " + i + (li.lexicon().name().isBlank() ? "" : " (“" + li.lexicon().name().strip() + "”)") + ": ";
            Lexicon lexicon;
            try {
                lexicon = LexiconValidator.validate(li.lexicon());
            } catch (InvalidLexiconException e) {
                throw new InvalidLexiconException(label + e.getMessage(), e);
            }
            if (!names.add(lexicon.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidLexiconException(label + "the name “" + lexicon.name() + "” appears twice in the document.");
            }
            valid.add(new LexiconImport(lexicon, li.enabled()));
        }
        long userId = user.id();
        OffsetDateTime now = now();
        for (LexiconImport li : valid) {
            lexicons.upsert(li.lexicon(), li.enabled(), userId, now);
        }
        return valid.stream().map(li -> lexicons.find(li.lexicon().name()).orElseThrow()).toList();
    }

    /** Deletes the lexicon; false when there is none of that name. */
    @Transactional
    public boolean delete(String name) {
        return lexicons.delete(name.strip());
    }

    /** Includes the lexicon in comparisons or leaves it out; false when there is none of that name. */
    @Transactional
    public boolean setEnabled(String name, boolean enabled) {
        return lexicons.setEnabled(name.strip(), enabled, user.id(), now());
    }

    /** Restores the shipped starter lexicon under the name {@value #STARTER}, enabled, replacing any edits to it. */
    @Transactional
    public StoredLexicon resetStarter() {
        lexicons.upsert(LexiconValidator.validate(SHIPPED_STARTER), true, user.id(), now());
        return lexicons.find(STARTER).orElseThrow();
    }

    /** Stores the starter lexicon when no lexicon is stored (the first start); true when it did. */
    @Transactional
    public boolean seedIfEmpty() {
        if (lexicons.count() > 0) {
            return false;
        }
        resetStarter();
        lexicons.saveSetting(STARTER_VERSION_SETTING, String.valueOf(STARTER_VERSION), user.id(), now());
        return true;
    }

    /**
     * Brings a starter stored by an older version of Parallax up to the shipped one, keeping the
     * user's edits ({@link StarterUpgrade}: what the new version dropped is dropped, what it added is
     * added, the user's own additions and removals stay). When the stored starter still held the
     * demo world's concepts, which now live in the demo lexicon, the demo lexicon is stored too (if
     * absent), so comparisons of the demo corpus keep their names. Runs once per database: the
     * version applied is kept in the setting {@value #STARTER_VERSION_SETTING}.
     *
     * @return true when a stored starter was changed
     */
    @Transactional
    public boolean upgradeStarter() {
        int applied = lexicons.setting(STARTER_VERSION_SETTING).map(LexiconService::version).orElse(1);
        if (applied >= STARTER_VERSION) {
            return false;
        }
        boolean changed = false;
        Optional<StoredLexicon> stored = lexicons.find(STARTER);
        if (stored.isPresent()) {
            Lexicon base = Lexicon.fromResource(STARTER_V1_RESOURCE);
            Lexicon mine = stored.get().lexicon();
            Lexicon merged = LexiconValidator.validate(StarterUpgrade.merge(base, SHIPPED_STARTER, mine));
            if (!merged.equals(mine)) {
                lexicons.upsert(merged, null, user.id(), now());
                changed = true;
            }
            if (StarterUpgrade.keepsDroppedConcepts(base, SHIPPED_STARTER, mine)) {
                storeDemoIfAbsent();
            }
        }
        lexicons.saveSetting(STARTER_VERSION_SETTING, String.valueOf(STARTER_VERSION), user.id(), now());
        return changed;
    }

    /**
     * Stores the {@link DemoLexicon demo lexicon}, enabled, unless a lexicon of its name exists;
     * called when the demo corpus is loaded. True when it stored it.
     */
    @Transactional
    public boolean storeDemoIfAbsent() {
        if (lexicons.find(DemoLexicon.NAME).isPresent()) {
            return false;
        }
        lexicons.upsert(LexiconValidator.validate(DemoLexicon.shipped()), true, user.id(), now());
        return true;
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The shipped starter lexicon, as it is in the jar. */
    public static Lexicon shippedStarter() {
        return SHIPPED_STARTER;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
