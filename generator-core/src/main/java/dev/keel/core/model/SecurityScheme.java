package dev.keel.core.model;

/**
 * A way the contract lets a client prove who it is, from {@code components.securitySchemes}. Whatever the kind,
 * the generated application verifies a JWT; the kinds differ in the header the token comes in and the word before
 * it. Schemes Keel cannot verify (HTTP basic, API keys in a query or cookie, mutual TLS) are not in the model.
 *
 * @param name the scheme's key in {@code components.securitySchemes}, as requirements name it
 * @param header the request header carrying the token, e.g. {@code Authorization}
 * @param prefix the word before the token in that header, e.g. {@code Bearer} or {@code Token}; "" when the
 *     header holds the bare token
 * @param pointer JSON pointer of the scheme in the spec
 */
public record SecurityScheme(String name, Kind kind, String header, String prefix, String pointer) {

    public static final String AUTHORIZATION = "Authorization";
    public static final String BEARER = "Bearer";

    public enum Kind {
        /** {@code type: http, scheme: bearer}. */
        HTTP_BEARER,
        /** {@code type: apiKey, in: header}: a token in a named header, with or without a prefix. */
        API_KEY,
        /** {@code type: oauth2}: a bearer token whose {@code scope} claim requirements can ask for. */
        OAUTH2,
        /** {@code type: openIdConnect}: a bearer token. */
        OPEN_ID_CONNECT
    }

    /** True when the token is read the way Spring Security reads bearer tokens by default. */
    public boolean isStandardBearer() {
        return header.equalsIgnoreCase(AUTHORIZATION) && prefix.equalsIgnoreCase(BEARER);
    }
}
