package org.parallax.outlet;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curating outlets: rename, edit metadata, merge two outlets into one, record aliases and
 * ratings. Every change is attributed to the current user. A renamed or merged name stays an
 * alias, so later imports that use it still resolve to the same outlet.
 */
@Service
public class OutletService {

    /** Longest outlet name, alias, rating source or rating, in characters (names are keyed in a varchar(300)). */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest note on a rating, in characters. */
    public static final int MAX_NOTE_LENGTH = 5000;

    private final OutletRepository outlets;
    private final CurrentUser user;
    private final Clock clock;

    OutletService(OutletRepository outlets, CurrentUser user, Clock clock) {
        this.outlets = outlets;
        this.user = user;
        this.clock = clock;
    }

    public Optional<OutletDetails> details(long id) {
        return outlets.findDetails(id);
    }

    /** Saves the metadata; a new name keeps the old one as an alias, a homepage adds its host as an alias. */
    @Transactional
    public OutletDetails update(long id, OutletMetadata metadata) {
        String oldKey = outlets.nameKey(id);
        if (oldKey == null) {
            throw new OutletChangeException("There is no outlet #" + id + ".");
        }
        String name = OutletNames.display(metadata.name());
        if (name.isEmpty()) {
            throw new OutletChangeException("An outlet needs a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new OutletChangeException("An outlet name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        String newKey = OutletNames.key(name);
        Optional<Long> other = outlets.findIdByKey(newKey).filter(o -> o != id);
        if (other.isPresent()) {
            throw new OutletChangeException("Another outlet is already called “" + name + "”: merge the two instead.");
        }
        String homepage = blankToNull(metadata.homepage());
        outlets.removeAlias(newKey);
        outlets.update(id, new OutletMetadata(name, homepage, blankToNull(metadata.country()),
                blankToNull(metadata.language()), metadata.ownership()), newKey, user.id(), OffsetDateTime.now(clock));
        if (!oldKey.equals(newKey)) {
            outlets.addAlias(id, oldKey);
        }
        if (homepage != null) {
            hostOf(homepage).ifPresent(host -> outlets.addAlias(id, OutletNames.hostKey(host)));
        }
        return outlets.findDetails(id).orElseThrow();
    }

    /** Moves every article, rating and alias of {@code sourceId} to {@code targetId}; the source's name becomes an alias. */
    @Transactional
    public OutletDetails merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new OutletChangeException("An outlet cannot be merged into itself.");
        }
        if (outlets.nameKey(sourceId) == null || outlets.nameKey(targetId) == null) {
            throw new OutletChangeException("Both outlets must exist to be merged.");
        }
        outlets.merge(sourceId, targetId, user.id(), OffsetDateTime.now(clock));
        return outlets.findDetails(targetId).orElseThrow();
    }

    @Transactional
    public OutletDetails addAlias(long id, String alias) {
        if (alias == null || alias.isBlank() || alias.strip().length() > MAX_NAME_LENGTH) {
            throw new OutletChangeException("An alias needs 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        String key = OutletRepository.keyOf(alias);
        Optional<Long> owner = outlets.findIdByKey(key);
        if (owner.isPresent() && owner.get() != id) {
            throw new OutletChangeException("“" + alias + "” already names another outlet: merge the two instead.");
        }
        outlets.addAlias(id, key);
        return outlets.findDetails(id).orElseThrow(() -> new OutletChangeException("There is no outlet #" + id + "."));
    }

    @Transactional
    public OutletDetails addRating(long id, String source, String rating, @Nullable LocalDate ratedOn, @Nullable String note) {
        if (source == null || source.isBlank() || rating == null || rating.isBlank()) {
            throw new OutletChangeException("A rating needs its source and the rating itself.");
        }
        if (source.strip().length() > MAX_NAME_LENGTH || rating.strip().length() > MAX_NAME_LENGTH
                || note != null && note.strip().length() > MAX_NOTE_LENGTH) {
            throw new OutletChangeException("A rating's source and rating have at most " + MAX_NAME_LENGTH
                    + " characters, its note " + MAX_NOTE_LENGTH + ".");
        }
        outlets.addRating(id, source.strip(), rating.strip(), ratedOn, blankToNull(note), user.id());
        return outlets.findDetails(id).orElseThrow();
    }

    @Transactional
    public OutletDetails removeRating(long id, long ratingId) {
        outlets.removeRating(id, ratingId);
        return outlets.findDetails(id).orElseThrow(() -> new OutletChangeException("There is no outlet #" + id + "."));
    }

    private static Optional<String> hostOf(String homepage) {
        try {
            String withScheme = homepage.contains("://") ? homepage : "https://" + homepage;
            return Optional.ofNullable(URI.create(withScheme).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
