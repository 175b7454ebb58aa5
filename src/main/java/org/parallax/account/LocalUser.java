package org.parallax.account;

import org.springframework.stereotype.Component;

/** The single local user of a Parallax without accounts (created by the first migration). */
@Component
class LocalUser implements CurrentUser {

    static final String USERNAME = "local";

    private final UserRepository users;
    private volatile UserRepository.UserRef ref;

    LocalUser(UserRepository users) {
        this.users = users;
    }

    @Override
    public long id() {
        return ref().id();
    }

    @Override
    public String displayName() {
        return ref().displayName();
    }

    private UserRepository.UserRef ref() {
        UserRepository.UserRef r = ref;
        if (r == null) {
            r = users.findByUsername(USERNAME);
            ref = r;
        }
        return r;
    }
}
