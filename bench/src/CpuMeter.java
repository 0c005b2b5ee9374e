import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent while a load phase runs, split by who spent it: the app's JVM, its database (the embedded
 * PostgreSQL's processes, children of the JVM) and this client. Wall-clock rates on 2 shared cores mix all three; CPU
 * milliseconds per page view say what the server itself pays for a view, and vary less with what else the machine does.
 * Read from /proc (Linux); where that is missing the figures are zero.
 */
final class CpuMeter {

    /** Linux reports process times in clock ticks of 10 ms (USER_HZ = 100 on every current kernel). */
    private static final double MILLIS_PER_TICK = 10.0;

    record Sample(long appTicks, long databaseTicks, long clientNanos) {}

    /** CPU milliseconds per page view over a phase. */
    record PerView(double app, double database, double client) {

        double server() {
            return app + database;
        }

        static PerView between(Sample before, Sample after, long views) {
            if (views == 0) {
                return new PerView(0, 0, 0);
            }
            return new PerView(
                    (after.appTicks() - before.appTicks()) * MILLIS_PER_TICK / views,
                    (after.databaseTicks() - before.databaseTicks()) * MILLIS_PER_TICK / views,
                    (after.clientNanos() - before.clientNanos()) / 1e6 / views);
        }
    }

    private final long appPid;

    CpuMeter(long appPid) {
        this.appPid = appPid;
    }

    Sample sample() {
        var parents = parents();
        long database = 0;
        for (var pid : parents.keySet()) {
            if (pid != appPid && descendsFromApp(pid, parents)) {
                database += ticks(pid);
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Sample(ticks(appPid), database, os.getProcessCpuTime());
    }

    private boolean descendsFromApp(long pid, Map<Long, Long> parents) {
        var at = parents.get(pid);
        for (int depth = 0; at != null && depth < 16; depth++) {
            if (at == appPid) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    private static Map<Long, Long> parents() {
        var parents = new HashMap<Long, Long>();
        try (var dirs = Files.newDirectoryStream(
                Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (var dir : dirs) {
                var fields = stat(Long.parseLong(dir.getFileName().toString()));
                if (fields != null) {
                    parents.put(Long.parseLong(dir.getFileName().toString()), Long.parseLong(fields[1]));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return parents;
    }

    /** utime + stime of a process, 0 when it is gone. */
    private static long ticks(long pid) {
        var fields = stat(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The fields of /proc/PID/stat after the command name (which may hold spaces): state, ppid, ... */
    private static String[] stat(long pid) {
        try {
            var text = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
