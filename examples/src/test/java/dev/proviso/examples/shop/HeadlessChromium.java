package dev.proviso.examples.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven over the DevTools protocol on loopback: a fresh profile, no
 * network services, no sandbox (CI runs as root). Deadlines are generous: CI runs on two loaded
 * cores.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Duration DEADLINE = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> events = new ArrayList<>();

  /** Where Chromium is: {@code $PROVISO_CHROMIUM}, else Debian's and the usual paths. */
  static Optional<Path> find() {
    String configured = System.getenv("PROVISO_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  static String looked() {
    return "$PROVISO_CHROMIUM, " + String.join(", ", CANDIDATES);
  }

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium with a fresh profile in {@code profile} and attaches to its blank page. */
  static HeadlessChromium start(Path binary, Path profile)
      throws IOException, InterruptedException {
    Files.createDirectories(profile);
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
            .start();
    try {
      int port = port(profile.resolve("DevToolsActivePort"), process);
      HttpClient http = HttpClient.newHttpClient();
      String page = pageSocket(http, port);
      Listener listener = new Listener();
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(page), listener)
              .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium chromium = new HeadlessChromium(process, socket);
      listener.owner = chromium;
      return chromium;
    } catch (Exception e) {
      stop(process);
      throw new IOException("Chromium did not start: " + e, e);
    }
  }

  /** Chromium writes its port to DevToolsActivePort in the profile once it listens. */
  private static int port(Path file, Process process) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Chromium exited with " + process.exitValue());
      }
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium wrote no DevToolsActivePort within " + DEADLINE);
  }

  private static String pageSocket(HttpClient http, int port)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> list =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if ("page".equals(target.path("type").asText())) {
          return target.path("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("Chromium opened no page within " + DEADLINE);
  }

  /** Lays pages out at {@code width} CSS pixels, as a phone when {@code mobile}. */
  void viewport(int width, int height, boolean mobile) {
    ObjectNode p = JSON.createObjectNode();
    p.put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", mobile);
    call("Emulation.setDeviceMetricsOverride", p);
  }

  /** Opens {@code file} and waits for its load event. */
  void open(Path file) {
    call("Page.enable", JSON.createObjectNode());
    synchronized (events) {
      events.clear();
    }
    call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
    Instant deadline = Instant.now().plus(DEADLINE);
    synchronized (events) {
      while (!events.contains("Page.loadEventFired")) {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          throw new IllegalStateException("no load event for " + file + " within " + DEADLINE);
        }
        try {
          events.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Evaluates {@code expression} in the page (awaiting a promise) and returns its JSON value. */
  JsonNode evaluate(String expression) {
    ObjectNode p = JSON.createObjectNode();
    p.put("expression", expression).put("awaitPromise", true).put("returnByValue", true);
    JsonNode result = call("Runtime.evaluate", p);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "script failed: "
              + result.path("exceptionDetails").path("exception").path("description"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of the whole page ({@code whole}) or of what the viewport shows. */
  byte[] screenshot(boolean whole) {
    ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", whole);
    return Base64.getDecoder().decode(call("Page.captureScreenshot", p).path("data").asText());
  }

  private JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode reply = answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.path("error"));
      }
      return reply.path("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + " got no answer: " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  private void received(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = pending.get(message.path("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      } else if (message.has("method")) {
        synchronized (events) {
          events.add(message.path("method").asText());
          events.notifyAll();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    socket.abort();
    stop(process);
  }

  /** Ends the browser we started and every process it started, and waits for them. */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Joins the fragments of each message (screenshots arrive in many). */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    volatile HeadlessChromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        owner.received(text);
      }
      socket.request(1);
      return null;
    }
  }
}
