package dev.keel.core.emit.deploy;

import java.util.Locale;

/**
 * What the deployment files know about a variable beyond its name: the infrastructure variables are wired to the
 * compose services, the signing keys are secrets. A variable this catalogue does not know still reaches every file,
 * as optional, and secret when its name says so.
 */
final class VariableCatalog {

    static final String POSTGRES_SERVICE = "postgres";
    static final String REDIS_SERVICE = "redis";

    private VariableCatalog() {
    }

    static EnvironmentVariable describe(String name, String databaseName) {
        String jdbcUrl = "jdbc:postgresql://" + POSTGRES_SERVICE + ":5432/" + databaseName;
        String redisUrl = "redis://" + REDIS_SERVICE + ":6379";
        switch (name) {
            case "KEEL_DB_URL":
                return new EnvironmentVariable(name, "JDBC URL of PostgreSQL; unset, an embedded PostgreSQL is started "
                        + "(development only)", false, true, jdbcUrl, jdbcUrl,
                        "jdbc:postgresql://localhost:5432/" + databaseName);
            case "KEEL_DB_USER":
                return new EnvironmentVariable(name, "PostgreSQL user", false, true, "${KEEL_DB_USER:-keel}", "keel",
                        "keel");
            case "KEEL_DB_PASSWORD":
                return secret(name, "PostgreSQL password", true);
            case "KEEL_REDIS_URL":
                return new EnvironmentVariable(name, "Redis URL, e.g. redis://:password@host:6379; unset, an embedded "
                        + "Redis is started (development only)", false, true, redisUrl, redisUrl,
                        "redis://localhost:6379");
            case "KEEL_JWT_SECRET":
                return secret(name, "HS256 signing secret of access tokens, 32 bytes or more "
                        + "(openssl rand -base64 48); required unless the RS256 key pair is set", true);
            case "KEEL_JWT_PUBLIC_KEY":
                return secret(name, "RS256 public key (PEM) verifying access tokens; set with KEEL_JWT_PRIVATE_KEY",
                        false);
            case "KEEL_JWT_PRIVATE_KEY":
                return secret(name, "RS256 private key (PKCS#8 PEM) signing access tokens; set with "
                        + "KEEL_JWT_PUBLIC_KEY", false);
            default:
                return unknown(name);
        }
    }

    private static EnvironmentVariable secret(String name, String description, boolean required) {
        String fromEnvFile = required ? "${" + name + ":?set " + name + " in .env, see .env.example}"
                : "${" + name + ":-}";
        return new EnvironmentVariable(name, description, true, required, fromEnvFile, "", "");
    }

    private static EnvironmentVariable unknown(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        boolean secret = upper.contains("SECRET") || upper.contains("PASSWORD") || upper.contains("KEY")
                || upper.contains("TOKEN") || upper.contains("CREDENTIAL");
        return new EnvironmentVariable(name, "read by the application; see its generated configuration", secret,
                false, "${" + name + ":-}", "", "");
    }
}
