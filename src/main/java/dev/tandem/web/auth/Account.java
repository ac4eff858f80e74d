package dev.tandem.web.auth;

import java.util.List;
import java.util.Optional;

/** A person who may sign in: a name, a password hash, roles, and the API tokens made for them. */
public record Account(String name, String passwordHash, List<String> roles, List<ApiToken> tokens) {

    public Account {
        roles = List.copyOf(roles);
        tokens = List.copyOf(tokens);
    }

    public List<Grant> grants() {
        return roles.stream().map(Grant::parse).toList();
    }

    public boolean isAdmin() {
        return grants().stream().anyMatch(grant -> grant.role() == Role.ADMIN);
    }

    /** True when one of the account's roles is at least {@code role} for the language. */
    public boolean may(Role role, String language) {
        for (Grant grant : grants()) {
            if (grant.role() == Role.ADMIN) {
                return true;
            }
            boolean enough = grant.role() == role || (role == Role.TRANSLATOR && grant.role() == Role.REVIEWER);
            if (enough && grant.covers(language)) {
                return true;
            }
        }
        return false;
    }

    Optional<ApiToken> token(String id) {
        return tokens.stream().filter(token -> token.id().equals(id)).findFirst();
    }
}
