package dev.keel.core.model;

import java.time.Duration;

/**
 * How many requests a caller may make in a period, from {@code x-keel-rate-limit} on an operation or an entry of
 * the root {@code x-keel-rate-limits}.
 *
 * @param capacity requests allowed per period, at least 1
 * @param period how long until a spent budget is whole again
 * @param key whose budget a request counts against
 */
public record RateLimit(long capacity, Duration period, Key key) {

    /** What a budget is counted per. */
    public enum By {
        /** The client's IP address. */
        IP,
        /** The signed-in user (the token's subject); a caller without credentials is counted per IP. */
        USER,
        /** The client's IP address together with one top-level field of the JSON request body. */
        IP_AND_BODY_FIELD
    }

    /**
     * @param bodyField the JSON body's top-level field for {@link By#IP_AND_BODY_FIELD}, "" otherwise
     */
    public record Key(By by, String bodyField) {

        public static final Key IP = new Key(By.IP, "");
        public static final Key USER = new Key(By.USER, "");

        public static Key ipAndBodyField(String field) {
            return new Key(By.IP_AND_BODY_FIELD, field);
        }

        /** As the contract writes it: {@code ip}, {@code user}, {@code ip+body.email}. */
        public String text() {
            switch (by) {
                case IP:
                    return "ip";
                case USER:
                    return "user";
                default:
                    return "ip+body." + bodyField;
            }
        }
    }
}
