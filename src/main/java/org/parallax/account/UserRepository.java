package org.parallax.account;

import static org.parallax.db.Tables.APP_USER;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    public UserRef findByUsername(String username) {
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new UserRef(r.value1(), r.value2()))
                .orElseThrow(() -> new IllegalStateException("no user '" + username + "': the V1 migration creates it"));
    }

    public record UserRef(long id, String displayName) {}
}
