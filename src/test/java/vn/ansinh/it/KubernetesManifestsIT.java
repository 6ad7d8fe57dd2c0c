package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes manifests of docker/k8s/ against the Kubernetes API schemas, offline: no cluster runs here. The
 * validators come from the npm package kubernetes-models, installed under target/k8s-validator by the build (pom.xml,
 * execution "k8s-validator"), and run by src/test/node/validate-k8s.mjs. That validator ignores unknown fields, so
 * the fields the cluster depends on are checked here one by one.
 */
class KubernetesManifestsIT {

    private static final Path MANIFESTS = Path.of("docker/k8s");
    private static final Path MODULES = Path.of("target/k8s-validator/node_modules");
    private static final Path SCRIPT = Path.of("src/test/node/validate-k8s.mjs");
    private static final String KUSTOMIZATION = "kustomization.yaml";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyManifestIsValidAgainstTheKubernetesSchemas() throws Exception {
        Validation validation = validate(manifests());

        assertThat(validation.exitCode()).as(validation.output()).isZero();
        List<String> kinds = new ArrayList<>();
        validation.documents().forEach(d -> kinds.add(d.path("kind").asText()));
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "Namespace",
                        "ServiceAccount",
                        "Role",
                        "RoleBinding",
                        "ConfigMap",
                        "Secret",
                        "PersistentVolumeClaim",
                        "Deployment",
                        "Service",
                        "Service",
                        "Ingress",
                        "PodDisruptionBudget");
    }

    @Test
    void aManifestThatBreaksTheSchemaIsRefused(@TempDir Path dir) throws Exception {
        String deployment = Files.readString(MANIFESTS.resolve("deployment.yaml"));
        assertThat(deployment).contains("replicas: 2", "containers:");
        Path broken = dir.resolve("deployment.yaml");
        Files.writeString(
                broken, deployment.replace("replicas: 2", "replicas: two").replace("containers:", "kontainers:"));
        Path unknownKind = dir.resolve("unknown-kind.yaml");
        Files.writeString(unknownKind, deployment.replace("kind: Deployment", "kind: Deploymnet"));

        Validation validation = validate(List.of(broken, unknownKind));

        assertThat(validation.exitCode()).as(validation.output()).isEqualTo(1);
        assertThat(errorsOf(validation.documents().get(0)))
                .anyMatch(e -> e.contains("/spec/replicas must be integer"))
                .anyMatch(e -> e.contains("must have required property containers"));
        assertThat(errorsOf(validation.documents().get(1)))
                .containsExactly("unknown apiVersion/kind: apps/v1 Deploymnet");
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        Set<String> listed = new TreeSet<>();
        Matcher entry =
                Pattern.compile("(?m)^  - (\\S+\\.yaml)$").matcher(Files.readString(MANIFESTS.resolve(KUSTOMIZATION)));
        while (entry.find()) {
            listed.add(entry.group(1));
        }
        Set<String> files = new TreeSet<>();
        manifests().forEach(p -> files.add(p.getFileName().toString()));

        assertThat(listed).isEqualTo(files);
    }

    @Test
    void theDeploymentRunsTwoOrMoreClusteredReplicasWithProbesAndDiscoveryRights() throws Exception {
        Validation validation = validate(manifests());
        assertThat(validation.exitCode()).as(validation.output()).isZero();
        JsonNode deployment = object(validation, "Deployment", "ansinh-app");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        String namespace = deployment.at("/metadata/namespace").asText();

        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();

        // Payara Micro's Kubernetes discovery names the namespace and the headless service of port 6900 ...
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertThat(args).doesNotContain("--nohazelcast").contains("--clustermode");
        String clusterMode = args.get(args.indexOf("--clustermode") + 1);
        assertThat(clusterMode).startsWith("kubernetes:" + namespace + ",");
        JsonNode hazelcast = object(validation, "Service", clusterMode.substring(clusterMode.indexOf(',') + 1));
        assertThat(hazelcast.at("/spec/clusterIP").asText()).isEqualTo("None");
        assertThat(hazelcast.at("/spec/ports/0/port").asInt()).isEqualTo(6900);
        assertThat(hazelcast.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));

        // ... which it reads with the pod's service account, bound to a Role that may list endpoints and pods.
        String account = pod.at("/serviceAccountName").asText();
        object(validation, "ServiceAccount", account);
        JsonNode binding = validation.documents().stream()
                .filter(d -> d.path("kind").asText().equals("RoleBinding"))
                .map(d -> d.path("object"))
                .filter(b -> b.at("/subjects/0/name").asText().equals(account))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no RoleBinding for the service account " + account));
        JsonNode role = object(validation, "Role", binding.at("/roleRef/name").asText());
        JsonNode coreRule = role.at("/rules/0");
        assertThat(coreRule.toString()).contains("\"endpoints\"", "\"pods\"", "\"get\"", "\"list\"");

        // The budget keeps one pod of this very Deployment.
        JsonNode budget = object(validation, "PodDisruptionBudget", "ansinh-app");
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted()
                    .toList();
        }
    }

    private JsonNode object(Validation validation, String kind, String name) {
        return validation.documents().stream()
                .filter(d -> d.path("kind").asText().equals(kind)
                        && d.path("name").asText().equals(name))
                .map(d -> d.path("object"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in docker/k8s"));
    }

    private static List<String> errorsOf(JsonNode document) {
        List<String> errors = new ArrayList<>();
        document.path("errors").forEach(e -> errors.add(e.asText()));
        return errors;
    }

    private Validation validate(List<Path> files) throws IOException, InterruptedException {
        if (!Files.isDirectory(MODULES.resolve("kubernetes-models"))) {
            throw new IllegalStateException(MODULES + " is missing: ./mvnw verify installs it from the npm registry "
                    + "(pom.xml, execution k8s-validator)");
        }
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), MODULES.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<JsonNode> documents = new ArrayList<>();
        json.readTree(output).forEach(documents::add);
        return new Validation(process.exitValue(), output, documents);
    }

    private record Validation(int exitCode, String output, List<JsonNode> documents) {}
}
