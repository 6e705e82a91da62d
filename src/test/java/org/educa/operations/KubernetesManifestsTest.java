package org.educa.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1ServicePort;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.educa.config.web.ProbeServlet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code deploy/kubernetes/}, validated against the Kubernetes schemas and checked for what ties the files together.
 * <p>
 * The schemas: every object is read by the model of its kind in the official Kubernetes Java client
 * ({@code io.kubernetes:client-java-api}, generated from the Kubernetes OpenAPI document), whose
 * {@code validateJsonObject} refuses a missing required field, a field the kind does not have (at any depth) and an
 * object where a value belongs; then its JSON deserializer refuses a wrong type (text for a number). Kinds without a
 * model here fail.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("deploy", "kubernetes");
    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    /** The kinds the manifests may use, with the API version each is written in. */
    private static final Map<String, String> KINDS = Map.of("Deployment", "apps/v1", "Service", "v1", "Secret", "v1",
            "ServiceAccount", "v1", "PodDisruptionBudget", "policy/v1", "Role", "rbac.authorization.k8s.io/v1",
            "RoleBinding", "rbac.authorization.k8s.io/v1");
    private static final Gson GSON = new Gson();

    static {
        new JSON(); // sets up the client's Gson, which the models' fromJson use
    }

    @Test
    void everyManifestIsValidAgainstTheKubernetesSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, List<JsonObject>> files = manifests();
        assertFalse(files.isEmpty(), "manifests in " + MANIFESTS);
        for (Map.Entry<Path, List<JsonObject>> file : files.entrySet()) {
            for (JsonObject object : file.getValue()) {
                try {
                    validate(object);
                } catch (IOException | RuntimeException e) {
                    problems.add(file.getKey().getFileName() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theIssuesListOfObjectsIsThere() throws IOException {
        Map<String, Long> kinds = all().stream()
                .collect(Collectors.groupingBy(object -> object.get("kind").getAsString(), Collectors.counting()));
        for (String kind : List.of("Deployment", "Secret", "PodDisruptionBudget", "ServiceAccount", "Role",
                "RoleBinding")) {
            assertEquals(1L, kinds.get(kind), kind + " in " + kinds);
        }
        assertEquals(2L, kinds.get("Service"), "the web Service and the grid's headless Service: " + kinds);
    }

    /** The validator itself: each kind of mistake is refused. */
    @Test
    void brokenManifestsAreRefused() throws IOException {
        JsonObject deployment = one("Deployment");
        JsonObject unknownField = deployment.deepCopy();
        unknownField.getAsJsonObject("spec").addProperty("replica", 2);
        JsonObject missingSelector = deployment.deepCopy();
        missingSelector.getAsJsonObject("spec").remove("selector");
        JsonObject deepTypo = deployment.deepCopy();
        containers(deepTypo).get(0).getAsJsonObject().getAsJsonObject("readinessProbe").getAsJsonObject("httpGet")
                .addProperty("paht", "/health/ready");
        JsonObject wrongType = deployment.deepCopy();
        wrongType.getAsJsonObject("spec").addProperty("replicas", "two");
        JsonObject nameless = deployment.deepCopy();
        containers(nameless).get(0).getAsJsonObject().remove("name");
        JsonObject unknownKind = deployment.deepCopy();
        unknownKind.addProperty("kind", "Deploymnet");
        for (JsonObject broken : List.of(unknownField, missingSelector, deepTypo, wrongType, nameless, unknownKind)) {
            assertThrows(Exception.class, () -> validate(broken), broken.toString());
        }
        validate(deployment);
    }

    @Test
    void theProbesAskTheServletsThatAnswerThem() throws IOException {
        Set<String> served = Set.of(ProbeServlet.class.getAnnotation(WebServlet.class).value());
        V1Container educa = deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("/health/ready", educa.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/health/live", educa.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/health/live", educa.getStartupProbe().getHttpGet().getPath());
        for (var probe : List.of(educa.getReadinessProbe(), educa.getLivenessProbe(), educa.getStartupProbe())) {
            assertTrue(served.contains(probe.getHttpGet().getPath()), probe.getHttpGet().getPath() + " in " + served);
            assertEquals("http", probe.getHttpGet().getPort().getStrValue(), "the public port");
        }
        assertTrue(educa.getReadinessProbe().getTimeoutSeconds() > 3, "longer than the database check's 3 s");
    }

    @Test
    void theServicesReachThePodsAndTheGridIsFoundBehindItsHeadlessService() throws IOException {
        V1Deployment deployment = deployment();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), podLabels, "the selector takes its pods");
        V1Container educa = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, Integer> ports = educa.getPorts().stream()
                .collect(Collectors.toMap(V1ContainerPort::getName, V1ContainerPort::getContainerPort));
        assertEquals(Map.of("http", 8080, "hazelcast", 6900, "management", 9080), ports);
        V1Service grid = null;
        for (JsonObject object : all()) {
            if (object.get("kind").getAsString().equals("Service")) {
                V1Service service = V1Service.fromJson(object.toString());
                assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                        service.getMetadata().getName() + " selects the pods");
                for (V1ServicePort port : service.getSpec().getPorts()) {
                    assertTrue(ports.containsKey(port.getTargetPort().getStrValue()), "a named container port");
                    assertFalse("management".equals(port.getTargetPort().getStrValue()), "metrics stay off Services");
                }
                if ("None".equals(service.getSpec().getClusterIP())) {
                    grid = service;
                }
            }
        }
        assertTrue(grid != null && grid.getSpec().getPublishNotReadyAddresses(), "a headless grid Service that "
                + "lists pods before they are ready (ready needs the grid)");
        assertEquals("$(POD_NAMESPACE)," + grid.getMetadata().getName(), env(educa).get("CLUSTER_KUBERNETES"));
        V1PodDisruptionBudget budget = V1PodDisruptionBudget.fromJson(one("PodDisruptionBudget").toString());
        assertEquals(podLabels, budget.getSpec().getSelector().getMatchLabels());
        assertTrue(deployment.getSpec().getReplicas() > budget.getSpec().getMaxUnavailable().getIntValue());
        assertEquals(V1ServiceAccount.fromJson(one("ServiceAccount").toString()).getMetadata().getName(),
                deployment.getSpec().getTemplate().getSpec().getServiceAccountName());
    }

    @Test
    void theSecretHoldsEveryKeyTheDeploymentReadsAndTheContainerRunsAsNonRoot() throws IOException {
        V1Secret secret = V1Secret.fromJson(one("Secret").toString());
        V1Container educa = deployment().getSpec().getTemplate().getSpec().getContainers().get(0);
        for (V1EnvVar variable : educa.getEnv()) {
            if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                var reference = variable.getValueFrom().getSecretKeyRef();
                assertEquals(secret.getMetadata().getName(), reference.getName(), variable.getName());
                assertTrue(secret.getStringData().containsKey(reference.getKey()), reference.getKey());
            }
        }
        Map<String, String> env = env(educa);
        for (String literal : List.of("DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "DB_URL")) {
            assertFalse(env.containsKey(literal), literal + " comes from the Secret, never written in");
        }
        assertEquals("s3", env.get("EDUCA_MEDIA_STORE"), "media shared by every member");
        var pod = deployment().getSpec().getTemplate().getSpec().getSecurityContext();
        assertTrue(pod.getRunAsNonRoot() && pod.getRunAsUser() == 1000L, "the image's user payara");
        assertFalse(educa.getSecurityContext().getAllowPrivilegeEscalation());
        assertTrue(educa.getResources().getRequests().containsKey("memory"), "memory requested");
    }

    // --- reading and validating

    /** Validates one object against the schema of its kind; throws with the reason. */
    static void validate(JsonObject object) throws IOException {
        String kind = object.get("kind").getAsString();
        String apiVersion = object.get("apiVersion").getAsString();
        if (!apiVersion.equals(KINDS.get(kind))) {
            throw new IllegalArgumentException(kind + " " + apiVersion + ": no schema here (" + KINDS + ")");
        }
        Class<?> model;
        try {
            model = Class.forName(MODELS + "V1" + kind);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no model for " + kind, e);
        }
        try {
            model.getMethod("validateJsonObject", JsonObject.class).invoke(null, object);
            model.getMethod("fromJson", String.class).invoke(null, object.toString());
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(kind + " " + name(object) + ": " + cause, cause);
        }
    }

    private static String name(JsonObject object) {
        JsonElement metadata = object.get("metadata");
        return metadata != null && metadata.getAsJsonObject().has("name")
                ? metadata.getAsJsonObject().get("name").getAsString() : "(no name)";
    }

    private static V1Deployment deployment() throws IOException {
        return V1Deployment.fromJson(one("Deployment").toString());
    }

    private static com.google.gson.JsonArray containers(JsonObject deployment) {
        return deployment.getAsJsonObject("spec").getAsJsonObject("template").getAsJsonObject("spec")
                .getAsJsonArray("containers");
    }

    private static Map<String, String> env(V1Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (V1EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                env.put(variable.getName(), variable.getValue());
            }
        }
        return env;
    }

    private static JsonObject one(String kind) throws IOException {
        List<JsonObject> found = all().stream().filter(object -> object.get("kind").getAsString().equals(kind))
                .toList();
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }

    private static List<JsonObject> all() throws IOException {
        return manifests().values().stream().flatMap(List::stream).toList();
    }

    /** Every YAML document of every file in deploy/kubernetes/, as JSON. */
    private static Map<Path, List<JsonObject>> manifests() throws IOException {
        Map<Path, List<JsonObject>> manifests = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                List<JsonObject> objects = new ArrayList<>();
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                        if (document != null) {
                            objects.add(GSON.toJsonTree(document).getAsJsonObject());
                        }
                    }
                }
                manifests.put(file, objects);
            }
        }
        return manifests;
    }

    /** Unused, but keeps the list of kinds and their models honest: each has a model class. */
    @Test
    void everyKindHasItsModel() {
        for (Class<?> model : List.of(V1Deployment.class, V1Service.class, V1Secret.class, V1ServiceAccount.class,
                V1PodDisruptionBudget.class, V1Role.class, V1RoleBinding.class)) {
            assertTrue(KINDS.containsKey(model.getSimpleName().substring(2)), model.getName());
        }
    }
}
