package parallax.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, {@code
 * java.net.http}), for tests that open the generated report as a reader would: navigate to a {@code
 * file://} page, wait for it to load, collect every console error, uncaught exception, failed
 * resource load and script dialog, evaluate checks in the page and save screenshots.
 *
 * <p>One browser per instance, with a fresh profile folder that {@link #close()} removes. Not
 * thread-safe: one page at a time.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final String session;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final Map<String, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final StringBuilder browserLog = new StringBuilder();

  /** The browser executable: {@code $CHROMIUM}, else Debian's, or empty when none is installed. */
  public static Optional<Path> executable() {
    String configured = System.getenv("CHROMIUM");
    Stream<String> paths = configured == null ? CANDIDATES.stream() : Stream.of(configured);
    return paths.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser with one blank page. */
  public static HeadlessChromium start(Path executable, int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("parallax-chromium-");
    List<String> command =
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=" + width + "," + height,
            "about:blank");
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return new HeadlessChromium(process, profile);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      deleteQuietly(profile);
      throw e;
    }
  }

  private HeadlessChromium(Process process, Path profile) throws IOException {
    this.process = process;
    this.profile = profile;
    String endpoint = awaitEndpoint();
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(URI.create(endpoint), new Listener())
            .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
    String target =
        call("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"), null)
            .get("targetId")
            .asText();
    this.session =
        call(
                "Target.attachToTarget",
                JSON.createObjectNode().put("targetId", target).put("flatten", true),
                null)
            .get("sessionId")
            .asText();
    call("Runtime.enable", JSON.createObjectNode(), session);
    call("Log.enable", JSON.createObjectNode(), session);
    call("Page.enable", JSON.createObjectNode(), session);
  }

  /** Reads the browser's stderr until it names its DevTools address, then keeps draining it. */
  private String awaitEndpoint() throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread drain =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = err.readLine()) != null) {
                  synchronized (browserLog) {
                    browserLog.append(line).append('\n');
                  }
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    endpoint.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                endpoint.completeExceptionally(e);
              }
              endpoint.completeExceptionally(
                  new IOException("chromium exited before listening:\n" + browserLog));
            },
            "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      return endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("chromium did not start its DevTools endpoint: " + e, e);
    }
  }

  /**
   * Opens {@code page}, waits for its load event (images and styles loaded) and returns the
   * problems the browser reported while loading it: console errors, uncaught exceptions, failed
   * loads, script dialogs; empty when there were none.
   */
  public List<String> open(Path page) {
    synchronized (events) {
      events.clear();
    }
    CompletableFuture<JsonNode> loaded = nextEvent("Page.loadEventFired");
    JsonNode navigation =
        call(
            "Page.navigate",
            JSON.createObjectNode().put("url", page.toAbsolutePath().toUri().toString()),
            session);
    if (navigation.has("errorText")) {
      return List.of("navigation failed: " + navigation.get("errorText"));
    }
    loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    // Console messages of the last scripts can arrive just after the load event.
    evaluate("1");
    return problems();
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  public JsonNode evaluate(String expression) {
    JsonNode result =
        call(
            "Runtime.evaluate",
            JSON.createObjectNode()
                .put("expression", expression)
                .put("returnByValue", true)
                .put("awaitPromise", true),
            session);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "page threw evaluating " + expression + ": " + result.get("exceptionDetails"));
    }
    return result.get("result").path("value");
  }

  /** Saves a PNG of the page from its top, {@code height} CSS pixels at most. */
  public void screenshot(Path file, int height) throws IOException {
    JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode(), session);
    double width = size.get("cssContentSize").get("width").asDouble();
    double contentHeight = size.get("cssContentSize").get("height").asDouble();
    ObjectNode clip =
        JSON.createObjectNode()
            .put("x", 0)
            .put("y", 0)
            .put("width", width)
            .put("height", Math.min(contentHeight, height))
            .put("scale", 1);
    ObjectNode params =
        JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    String data = call("Page.captureScreenshot", params, session).get("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    synchronized (events) {
      for (JsonNode event : events) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
          case "Runtime.exceptionThrown" ->
              problems.add(
                  "uncaught: "
                      + params
                          .path("exceptionDetails")
                          .path("exception")
                          .path("description")
                          .asText(params.path("exceptionDetails").path("text").asText()));
          case "Runtime.consoleAPICalled" -> {
            String type = params.path("type").asText();
            if (type.equals("error") || type.equals("assert")) {
              problems.add("console." + type + ": " + params.path("args"));
            }
          }
          case "Log.entryAdded" -> {
            JsonNode entry = params.path("entry");
            if (entry.path("level").asText().equals("error")) {
              problems.add(
                  "log: " + entry.path("text").asText() + " " + entry.path("url").asText(""));
            }
          }
          case "Page.javascriptDialogOpening" ->
              problems.add(
                  "dialog: "
                      + params.path("type").asText()
                      + " "
                      + params.path("message").asText());
          default -> {}
        }
      }
    }
    return problems;
  }

  private CompletableFuture<JsonNode> nextEvent(String method) {
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    synchronized (events) {
      waiting.put(method, future);
    }
    return future;
  }

  private JsonNode call(String method, ObjectNode params, String sessionId) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void received(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON from chromium: " + text, e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    synchronized (events) {
      events.add(message);
      CompletableFuture<JsonNode> waiter = waiting.remove(method);
      if (waiter != null) {
        waiter.complete(message);
      }
    }
    if (method.equals("Page.javascriptDialogOpening")) {
      // An open alert() blocks the page; dismiss it (asynchronously: this is the socket's thread).
      ObjectNode dismiss =
          JSON.createObjectNode()
              .put("id", ids.incrementAndGet())
              .put("method", "Page.handleJavaScriptDialog")
              .put("sessionId", session);
      dismiss.set("params", JSON.createObjectNode().put("accept", true));
      socket.sendText(dismiss.toString(), true);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        received(text);
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() {
    try {
      socket.sendText(
          JSON.createObjectNode()
              .put("id", ids.incrementAndGet())
              .put("method", "Browser.close")
              .toString(),
          true);
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The browser is going away either way.
    } finally {
      process.destroyForcibly();
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
