import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The production jar on a fresh embedded data folder of its own, on a free port, with the benchmark probes on. */
final class AppProcess implements AutoCloseable {

    private final Process process;
    final String base;
    final Path log;
    final long startMillis;

    private AppProcess(Process process, String base, Path log, long startMillis) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startMillis = startMillis;
    }

    static AppProcess start(Path jar, String demoData, Path workDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        var dataDir = workDir.resolve("data-" + demoData);
        Files.createDirectories(workDir);
        var log = workDir.resolve("app-" + demoData + ".log");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--tweespoor.embedded.data-dir=" + dataDir,
                "--tweespoor.demo-data=" + demoData,
                "--tweespoor.benchmark=true",
                "--vaadin.launch-browser=false",
                // Ready only once the demo data (and the large portfolio) are loaded; health is UP before that.
                "--management.endpoint.health.probes.enabled=true"));
        long started = System.currentTimeMillis();
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var app = new AppProcess(process, "http://127.0.0.1:" + port, log, started);
        app.awaitHealthy(Duration.ofMinutes(10));
        return app;
    }

    long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the app stopped; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IOException("the app did not become healthy within " + limit + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static void deleteTree(File file) {
        var children = file.listFiles();
        if (children != null) {
            for (var child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
