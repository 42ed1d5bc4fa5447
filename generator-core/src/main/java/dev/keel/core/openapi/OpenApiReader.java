package dev.keel.core.openapi;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Operation;
import dev.keel.core.model.RateLimits;
import dev.keel.core.naming.NamingStrategy;
import dev.keel.core.work.InParallel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OpenAPI 3.0 or 3.1 document (with external {@code $ref}s) into the immutable {@link ApiModel}.
 * Problems are reported to {@code diagnostics} with file, line and JSON pointer; the caller stops the run
 * when any of them is an error.
 *
 * <p>The stages: the text is checked as YAML first (so a syntax error has a line and column), then parsed by
 * swagger-parser with component {@code $ref}s kept as names, then mapped to the model. Every stage reports
 * all it finds; bad input never ends in an exception, but in an error and a model as complete as possible.
 */
public final class OpenApiReader {

    private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([^}]*)}");
    /** A line that starts with the {@code openapi} key and a 3.0 version, in YAML or JSON. */
    private static final Pattern DECLARES_30 = Pattern.compile("^\\s*[\"']?openapi[\"']?\\s*:\\s*[\"']?3\\.0\\.",
            Pattern.MULTILINE);
    /**
     * A {@code $ref} whose value does not start with {@code #}: a reference into another file. Possessive: with a
     * quote given back, {@code $ref: '#/a'} matched too, and every quoted reference counted as another file's.
     */
    private static final Pattern REFERS_TO_ANOTHER_FILE =
            Pattern.compile("\\$ref[\"']?+\\s*+:\\s*+[\"']?+(?!#)");

    private final NamingStrategy naming;

    public OpenApiReader() {
        this(new NamingStrategy());
    }

    public OpenApiReader(NamingStrategy naming) {
        this.naming = naming;
    }

    public ApiModel read(Path spec, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        ApiModel model = readReporting(spec, found);
        // Reported in file order, so a user can fix them top to bottom.
        found.all().stream().sorted(Comparator.comparingInt(Diagnostic::line)).forEach(diagnostics::report);
        return model;
    }

    private ApiModel readReporting(Path spec, Diagnostics diagnostics) {
        String file = spec.toString();
        String text;
        try {
            text = Files.readString(spec, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            diagnostics.error(file, 0, "", "The contract file does not exist");
            return empty();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(file, 0, "", "The contract file cannot be read as UTF-8 text: " + e.getMessage());
            return empty();
        }
        SourceLocator locator = new SourceLocator(text);
        SpecProblems problems = new SpecProblems(file, diagnostics, locator);
        // The syntax check runs on another core and builds the tree swagger-parser reads (from a YAML text unless it
        // uses what swagger-parser limits), while this thread loads swagger-parser; a text that is not well-formed
        // is not parsed.
        boolean json = JsonCheck.isJson(text);
        CompletableFuture<JsonCheck.Reading> checked = InParallel.start(() -> json ? JsonCheck.read(text, problems)
                : YamlCheck.read(text, problems, locator));
        SwaggerParseResult parsed = null;
        RuntimeException parseFailure = null;
        try {
            parsed = parse(spec, text, json, checked);
        } catch (RuntimeException e) {
            parseFailure = e;
        }
        boolean wellFormed = InParallel.join(checked).wellFormed();
        // The check's tree (GitHub's is some 40 MB) is not kept alive through the mapping: dead by the next collection.
        checked = null;
        if (!wellFormed) {
            return empty();
        }
        if (parseFailure != null) {
            problems.error(JsonPointer.ROOT, "swagger-parser could not read the contract: " + parseFailure);
            return empty();
        }
        List<String> messages = parsed.getMessages() == null ? List.of() : parsed.getMessages();
        OpenAPI api = parsed.getOpenAPI();
        if (api == null || api.getOpenapi() == null || !api.getOpenapi().matches("3\\.[01]\\..*")) {
            new ParserMessages(problems, Set.of()).report(messages);
            String version = api == null || api.getOpenapi() == null ? "none" : api.getOpenapi();
            problems.error(JsonPointer.of("openapi"), "Keel reads OpenAPI 3.0 and 3.1 documents; this one declares "
                    + "openapi version " + version);
            return empty();
        }
        Path directory = spec.toAbsolutePath().getParent();
        ReadContext context = new ReadContext(api, problems, naming, directory);
        ApiModel model;
        try {
            model = map(context);
        } catch (RuntimeException e) {
            // A safety net: a contract shape the mapping does not foresee must still end as a diagnostic.
            problems.error(JsonPointer.ROOT, "Keel could not map the contract (" + e + "); please report this with "
                    + "the contract attached");
            model = empty();
        }
        new ParserMessages(problems, context.unresolvedRefs()).report(messages);
        return model;
    }

    /**
     * Parses with {@code $ref}s to other files resolved and component {@code $ref}s kept as names. A 3.0
     * document is resolved here rather than by {@code readContents}, because swagger-parser's default would
     * copy path-level parameters into each operation and lose where they were declared. The text is read from the
     * tree its check built ({@code checked}) when there is one; null when that check found it not well-formed.
     */
    private static SwaggerParseResult parse(Path spec, String text, boolean json,
            CompletableFuture<JsonCheck.Reading> checked) {
        String location = spec.toAbsolutePath().toString();
        ParseOptions options = new ParseOptions();
        options.setResolveFully(false);
        // One parse when the declared version is guessed right from the text; a wrong guess parses again.
        boolean looksLike30 = DECLARES_30.matcher(text).find();
        // swagger-parser's 3.1 resolution walks and copies the whole document (a third of a small contract's
        // reading); Keel maps references within the document itself, so it runs only for references to other files.
        boolean refersToAnotherFile = refersToAnotherFile(text);
        options.setResolve(!looksLike30 && refersToAnotherFile);
        if (!json) {
            YamlCheck.prepareConstructor();
        }
        JsonCheck.Reading reading = InParallel.join(checked);
        if (!reading.wellFormed()) {
            return null;
        }
        // readContents would trim and parse the text again; without resolution it then deserializes the tree as
        // this does. OpenAPIV3Parser is not loaded for it: its static set-up builds two Jackson mappers for reading
        // text, 20 to 40 ms of a small contract's run.
        SwaggerParseResult parsed = reading.tree() != null && !options.isResolve()
                ? SwaggerDeserializer.deserialize(reading.tree(), location, options)
                : new OpenAPIV3Parser().readContents(text, null, options, location);
        OpenAPI api = parsed.getOpenAPI();
        boolean is30 = api != null && api.getOpenapi() != null && api.getOpenapi().startsWith("3.0");
        if (is30 != looksLike30) {
            options.setResolve(!is30 && refersToAnotherFile);
            parsed = new OpenAPIV3Parser().readContents(text, null, options, location);
            api = parsed.getOpenAPI();
        }
        if (!is30) {
            return parsed;
        }
        options.setResolve(true);
        List<String> messages = new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
        parsed.setMessages(messages);
        try {
            OpenAPIResolver.Settings keepPathParameters = new OpenAPIResolver.Settings()
                    .addParametersToEachOperation(false);
            new OpenAPIResolver(api, List.of(), location, keepPathParameters, options).resolve(parsed);
        } catch (RuntimeException e) {
            messages.add(e.getMessage());
        }
        return parsed;
    }

    /** Whether the text has a {@code $ref} to another file (or a URL): only those need swagger-parser's resolution. */
    static boolean refersToAnotherFile(String text) {
        return REFERS_TO_ANOTHER_FILE.matcher(text).find();
    }

    private ApiModel map(ReadContext context) {
        SchemaReader schemas = new SchemaReader(context);
        SecurityReader security = new SecurityReader(context);
        OperationReader operations = new OperationReader(context, schemas, security);
        operations.declareTags();
        schemas.declareComponents();
        schemas.readComponents();
        List<Operation> read = operations.readOperations();
        security.reportImplicitlyProtected();
        reportWebhooks(context);
        context.reportXml();
        OpenAPI api = context.api;
        String title = api.getInfo() == null ? "" : SchemaShape.text(api.getInfo().getTitle());
        String version = api.getInfo() == null ? "" : SchemaShape.text(api.getInfo().getVersion());
        return new ApiModel(title, version, basePath(api.getServers()), operations.tags(), read, schemas.schemas(),
                security.schemes(), new RateLimitReader(context).defaults(), new AuditReader(context).store());
    }

    private static void reportWebhooks(ReadContext context) {
        if (context.api.getWebhooks() != null) {
            context.api.getWebhooks().keySet().forEach(name -> context.problems.info(
                    JsonPointer.of("webhooks", name), "Webhooks are requests this API sends, not serves; Keel "
                            + "generates no code for '" + name + "'"));
        }
    }

    /**
     * The path of the first server URL, variables replaced by their defaults:
     * {@code {scheme}://developer.uspto.gov/ds-api} gives {@code /ds-api}, {@code /api/v1/} gives
     * {@code /api/v1}, no server or {@code /} gives "".
     */
    static String basePath(List<Server> servers) {
        if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
            return "";
        }
        Server server = servers.get(0);
        Matcher variables = SERVER_VARIABLE.matcher(server.getUrl());
        StringBuilder url = new StringBuilder();
        while (variables.find()) {
            ServerVariable variable = server.getVariables() == null ? null
                    : server.getVariables().get(variables.group(1));
            String value = variable == null || variable.getDefault() == null ? "" : variable.getDefault();
            variables.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        variables.appendTail(url);
        String path = url.toString();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        path = path.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    private static ApiModel empty() {
        return new ApiModel("", "", "", List.of(), List.of(), List.of(), List.of(), RateLimits.NONE);
    }
}
