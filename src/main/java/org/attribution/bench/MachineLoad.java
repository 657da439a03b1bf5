package org.attribution.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * The machine a benchmark ran on and how busy it was: cores, system, Java, heap limit and the
 * one-minute load average, since figures from a shared machine mean little without it.
 */
public final class MachineLoad {

  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

  private MachineLoad() {}

  /** The one-minute system load average, or a negative number where the system gives none. */
  public static double loadAverage() {
    return OS.getSystemLoadAverage();
  }

  /** Cores, system, Java version and heap limit, on one line. */
  public static String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores, %s %s (%s), Java %s (%s), max heap %,d MB",
        Runtime.getRuntime().availableProcessors(),
        OS.getName(),
        OS.getVersion(),
        OS.getArch(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        HeapGauge.maxBytes() >> 20);
  }
}
