package dev.keel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the descriptor Maven uses to inject the goal's parameters: a user property wired to the wrong field
 * would pass every Java-level test.
 */
class PluginDescriptorTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private Document plugin;
    private Element generate;

    @BeforeEach
    void readDescriptor() throws Exception {
        assertThat(DESCRIPTOR).as("built by maven-plugin-plugin in process-classes").isRegularFile();
        try (var in = Files.newInputStream(DESCRIPTOR)) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        generate = mojo("generate");
    }

    @Test
    void eachUserPropertyFeedsTheParameterOfTheSameName() {
        Map<String, String> expressions = new LinkedHashMap<>();
        configuration().forEach((name, element) -> expressions.put(name, element.getTextContent()));

        assertThat(expressions).containsOnly(
                Map.entry("spec", "${keel.spec}"),
                Map.entry("schema", "${keel.schema}"),
                Map.entry("basePackage", "${keel.basePackage}"),
                Map.entry("outputDirectory", "${keel.outputDirectory}"),
                Map.entry("templateDirectory", "${keel.templateDirectory}"),
                Map.entry("migrationDirectory", "${keel.migrationDirectory}"),
                Map.entry("allowDestructiveMigrations", "${keel.allowDestructiveMigrations}"),
                Map.entry("jdbcUrl", "${keel.jdbcUrl}"),
                Map.entry("jdbcUser", "${keel.jdbcUser}"),
                Map.entry("jdbcPassword", "${keel.jdbcPassword}"),
                Map.entry("contractSnapshot", "${keel.contractSnapshot}"),
                Map.entry("dryRun", "${keel.dryRun}"),
                Map.entry("incremental", "${keel.incremental}"),
                Map.entry("deployDirectory", "${keel.deployDirectory}"),
                Map.entry("deploy", "${keel.deploy}"),
                Map.entry("verbose", "${keel.verbose}"),
                Map.entry("testOutputDirectory", "${keel.testOutputDirectory}"),
                Map.entry("skip", "${keel.skip}"),
                Map.entry("project", ""));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Map<String, Element> configuration = configuration();

        assertThat(configuration.get("outputDirectory").getAttribute("default-value"))
                .isEqualTo("${project.build.directory}/generated-sources/keel");
        assertThat(configuration.get("skip").getAttribute("default-value")).isEqualTo("false");
        assertThat(configuration.get("templateDirectory").hasAttribute("default-value")).isFalse();
        assertThat(configuration.get("migrationDirectory").getAttribute("default-value"))
                .isEqualTo("${project.basedir}/src/main/resources/db/migration");
        assertThat(configuration.get("allowDestructiveMigrations").getAttribute("default-value")).isEqualTo("false");
        assertThat(configuration.get("jdbcUrl").hasAttribute("default-value")).isFalse();
        assertThat(configuration.get("jdbcPassword").hasAttribute("default-value")).isFalse();
        assertThat(configuration.get("contractSnapshot").getAttribute("default-value"))
                .isEqualTo("${project.basedir}/src/main/resources/keel/contract-snapshot.json");
        assertThat(configuration.get("dryRun").getAttribute("default-value")).isEqualTo("false");
        assertThat(configuration.get("incremental").getAttribute("default-value")).isEqualTo("true");
        assertThat(configuration.get("deployDirectory").getAttribute("default-value"))
                .isEqualTo("${project.basedir}/deploy");
        assertThat(configuration.get("deploy").getAttribute("default-value")).isEqualTo("true");
    }

    @Test
    void onlySpecBasePackageAndOutputDirectoryAreRequired() {
        Map<String, String> required = new LinkedHashMap<>();
        NodeList parameters = generate.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (text(parameter, "editable").equals("true")) {
                required.put(text(parameter, "name"), text(parameter, "required"));
            }
        }

        assertThat(required).containsOnly(
                Map.entry("spec", "true"), Map.entry("basePackage", "true"), Map.entry("outputDirectory", "true"),
                Map.entry("schema", "false"), Map.entry("templateDirectory", "false"), Map.entry("skip", "false"),
                Map.entry("migrationDirectory", "false"), Map.entry("allowDestructiveMigrations", "false"),
                Map.entry("verbose", "false"), Map.entry("jdbcUrl", "false"), Map.entry("jdbcUser", "false"),
                Map.entry("jdbcPassword", "false"), Map.entry("contractSnapshot", "false"),
                Map.entry("dryRun", "false"), Map.entry("incremental", "false"),
                Map.entry("deployDirectory", "false"), Map.entry("deploy", "false"),
                Map.entry("testOutputDirectory", "false"));
    }

    @Test
    void goalRunsBeforeCompilationUnderThePrefixAndMavenVersionUsersHave() {
        Element root = plugin.getDocumentElement();

        assertThat(text(generate, "phase")).isEqualTo("generate-sources");
        assertThat(text(generate, "threadSafe")).isEqualTo("true");
        assertThat(text(root, "goalPrefix")).isEqualTo("keel");
        assertThat(text(root, "requiredMavenVersion")).isEqualTo("3.8.7");
        assertThat(mojo("help")).as("the help goal").isNotNull();
    }

    private Element mojo(String goal) {
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private Map<String, Element> configuration() {
        Element configuration = (Element) generate.getElementsByTagName("configuration").item(0);
        Map<String, Element> byName = new LinkedHashMap<>();
        for (Node child = configuration.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                byName.put(element.getTagName(), element);
            }
        }
        return byName;
    }

    private static String text(Element parent, String childTag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(childTag)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + childTag + "> in <" + parent.getTagName() + ">");
    }
}
