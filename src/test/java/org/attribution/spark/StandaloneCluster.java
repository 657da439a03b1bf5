package org.attribution.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Spark standalone cluster on this machine's loopback: a master and one worker with one core,
 * each in a JVM of its own, and applications submitted with {@code SparkSubmit} in client mode from
 * a third JVM. No Spark distribution is needed: the daemons, the executors the worker launches and
 * the drivers run on the test classpath, less this project's own classes and the command line's
 * logging backend, which is what a cluster has before an application arrives. The application
 * reaches the executors as a real one does, as the jar {@code spark-submit} ships.
 *
 * <p>Everything binds to 127.0.0.1 on free ports, writes under one folder, and is stopped by {@link
 * #close()}, executors included. Not thread-safe.
 */
final class StandaloneCluster implements AutoCloseable {

  /**
   * How long the worker may take to register; it only bounds a failure, a healthy start is far
   * faster.
   */
  private static final Duration START_LIMIT = Duration.ofMinutes(10);

  private static final String LOOPBACK = "127.0.0.1";

  private final Path dir;
  private final String classpath;
  private final List<String> javaOptions;
  private final List<Process> processes = new ArrayList<>();
  private final Thread stopOnExit = new Thread(this::stopAll);
  private String masterUrl;

  private StandaloneCluster(Path dir, List<String> javaOptions) {
    this.dir = dir;
    this.javaOptions = List.copyOf(javaOptions);
    Path ownBuild = Path.of("target").toAbsolutePath();
    this.classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().startsWith(ownBuild))
            .filter(entry -> !entry.contains("slf4j-simple"))
            .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Starts a master and a worker, and returns once the worker has registered.
   *
   * @param dir folder for the cluster's logs, work and scratch files
   * @param javaOptions options every JVM of the cluster gets, such as Spark's {@code --add-opens}
   */
  static StandaloneCluster start(Path dir, List<String> javaOptions)
      throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dir, javaOptions);
    Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
    try {
      cluster.startDaemons();
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private void startDaemons() throws IOException, InterruptedException {
    // Without a distribution's jars folder, the worker's launcher would refuse to build executor
    // commands; an empty one adds nothing to their classpath.
    Files.createDirectories(dir.resolve("spark-home/jars"));
    int masterPort = freePort();
    masterUrl = "spark://" + LOOPBACK + ":" + masterPort;
    launch(
        "master",
        "org.apache.spark.deploy.master.Master",
        "--host",
        LOOPBACK,
        "--port",
        String.valueOf(masterPort),
        "--webui-port",
        String.valueOf(freePort()));
    Path workerLog =
        launch(
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            LOOPBACK,
            "--port",
            String.valueOf(freePort()),
            "--webui-port",
            String.valueOf(freePort()),
            "--cores",
            "1",
            "--memory",
            "2g",
            "--work-dir",
            dir.resolve("work").toString(),
            masterUrl);
    awaitLine(workerLog, "Successfully registered with master");
  }

  /**
   * Runs {@code mainClass} of {@code applicationJar} on the cluster with {@code spark-submit}, in
   * client mode, one executor of one core and 1 GB, and gives its exit status.
   *
   * @param limit how long to wait before stopping it; it only bounds a failure
   */
  int submit(Path applicationJar, Class<?> mainClass, Duration limit, String... arguments)
      throws IOException, InterruptedException {
    String name = mainClass.getSimpleName();
    List<String> command =
        new ArrayList<>(
            List.of(
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                masterUrl,
                "--deploy-mode",
                "client",
                "--class",
                mainClass.getName(),
                "--name",
                name,
                "--executor-memory",
                "1g",
                "--total-executor-cores",
                "1",
                "--conf",
                "spark.executor.cores=1",
                "--conf",
                "spark.driver.host=" + LOOPBACK,
                "--conf",
                "spark.driver.bindAddress=" + LOOPBACK,
                "--conf",
                "spark.ui.enabled=false",
                // One core: Spark's default of 200 shuffle partitions would make each stage 200
                // tasks in a row.
                "--conf",
                "spark.sql.shuffle.partitions=2",
                "--conf",
                "spark.local.dir=" + Files.createDirectories(dir.resolve("local")),
                "--conf",
                "spark.executor.extraJavaOptions=" + String.join(" ", javaOptions),
                applicationJar.toString()));
    command.addAll(List.of(arguments));
    Process submission = start(name, 768, command);
    if (!submission.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      stop(submission);
      throw new IllegalStateException(
          name + " did not end within " + limit + "; its log:\n" + log(name));
    }
    return submission.exitValue();
  }

  /** What the process of that name wrote, for failure messages. */
  String log(String name) throws IOException {
    Path log = logFile(name);
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /**
   * Stops every process of the cluster, and the executors the worker started, and waits for them.
   */
  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run: nothing is left to stop.
    }
  }

  private synchronized void stopAll() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      stop(processes.get(i));
    }
    processes.clear();
  }

  /** Ends {@code process} and what it started (a worker's executors), politely first. */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      for (ProcessHandle child : children) {
        child.destroyForcibly();
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop a process of the cluster", e);
    }
  }

  private Path launch(String name, String mainClass, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(mainClass));
    command.addAll(List.of(arguments));
    start(name, 256, command);
    return logFile(name);
  }

  private synchronized Process start(String name, int heapMegabytes, List<String> mainAndArguments)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m"));
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", classpath));
    command.addAll(mainAndArguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logFile(name).toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_LOCAL_IP", LOOPBACK);
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    // The classpath the worker gives the executors it launches.
    env.put("SPARK_DIST_CLASSPATH", classpath);
    env.put("SPARK_WORKER_DIR", dir.resolve("work").toString());
    env.put("SPARK_LOCAL_DIRS", dir.resolve("local").toString());
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private Path logFile(String name) {
    return dir.resolve(name + ".log");
  }

  /** Waits until {@code log} has a line containing {@code text}, or fails with the log. */
  private void awaitLine(Path log, String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      if (processes.stream().anyMatch(p -> !p.isAlive())) {
        break;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the cluster did not start; its logs:\n" + log("master") + "\n" + log("worker"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    }
  }
}
