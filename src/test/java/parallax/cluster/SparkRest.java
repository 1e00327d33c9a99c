package parallax.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a running driver's monitoring REST API ({@code /api/v1} of the Spark UI): what the tests
 * watch to act at a known point of a job, instead of sleeping and hoping. Not thread-safe.
 */
final class SparkRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;
  private String appId;

  SparkRest(int uiPort) {
    this.base = "http://127.0.0.1:" + uiPort + "/api/v1";
  }

  /** The application's id once the driver's UI answers, else empty. */
  Optional<String> appId() {
    if (appId == null) {
      get("/applications")
          .filter(apps -> apps.size() > 0)
          .ifPresent(apps -> appId = apps.get(0).get("id").asText());
    }
    return Optional.ofNullable(appId);
  }

  /** A JSON document of the application ({@code path} after {@code /applications/ID}). */
  Optional<JsonNode> app(String path) {
    return appId().flatMap(id -> get("/applications/" + id + path));
  }

  private Optional<JsonNode> get(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? Optional.of(JSON.readTree(response.body()))
          : Optional.empty();
    } catch (IOException e) {
      // The driver is not up yet, or already gone.
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
