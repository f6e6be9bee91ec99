package reassort.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a cold start of the workbench spends its time: named marks in milliseconds after the process started,
 * printed once the first data is on screen when {@code reassort.startupProbe} is set ({@code print}, or {@code exit}
 * to quit then; installer/measure-startup.sh reads the lines). Marks are taken with the wall clock, the only clock
 * the process start time can be compared with; java.management is loaded only when the report is printed.
 */
final class StartupProbe {
    private final String mode;
    private final long processStart;
    private final List<String> names = new ArrayList<>();
    private final List<Long> millis = new ArrayList<>();

    private StartupProbe(String mode, long processStart) {
        this.mode = mode;
        this.processStart = processStart;
    }

    /** The probe asked for by {@code reassort.startupProbe}, or null when none was. */
    static StartupProbe fromSystemProperty() {
        String mode = System.getProperty(WorkbenchApp.STARTUP_PROBE_PROPERTY);
        if (mode == null) return null;
        long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
        return new StartupProbe(mode, start);
    }

    /** Records {@code name} at {@code epochMillis} (a wall-clock time). */
    synchronized void mark(String name, long epochMillis) {
        names.add(name);
        millis.add(epochMillis);
    }

    void mark(String name) {
        mark(name, System.currentTimeMillis());
    }

    boolean exits() {
        return "exit".equals(mode);
    }

    /**
     * Prints "reassort: window shown N ms after the process started" (the usable window) and the breakdown:
     * the JVM's own start, then every mark, then how many classes the JVM loaded so far.
     */
    synchronized void report(long shownAt) {
        if (processStart < 0) {
            System.out.println("reassort: window shown -1 ms after the process started (start time unknown)");
            return;
        }
        System.out.println("reassort: window shown " + (shownAt - processStart) + " ms after the process started");
        StringBuilder line = new StringBuilder("reassort: startup breakdown, ms after the process started: jvm ")
                .append(ManagementFactory.getRuntimeMXBean().getStartTime() - processStart);
        for (int i = 0; i < names.size(); i++) {
            line.append(", ").append(names.get(i)).append(' ').append(millis.get(i) - processStart);
        }
        line.append(String.format(Locale.ROOT, "; %d classes loaded",
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()));
        // CPU time says less about the wait than wall time, but much less changes with the machine's load.
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            line.append(String.format(Locale.ROOT, "; %d ms CPU", os.getProcessCpuTime() / 1_000_000));
        }
        System.out.println(line);
    }
}
