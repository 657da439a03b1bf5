package org.attribution.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attribution.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dependency recipe of {@code docs/dependency.md}, as a new user follows it: a consumer
 * project whose pom holds the recipe's block is built against the freshly packaged library,
 * installed into a local repository of its own that takes every other artifact from this machine's
 * local repository (a file mirror: no network), then run over the samples with each profile the
 * recipe claims, which must give what this build's own extractor gives, and each profile it claims
 * to refuse, which must fail to build with one line. The table of jars and bytes each recipe puts
 * on a classpath is written to {@code target/dependency-sizes.md}; the test fails when the table in
 * {@code docs/dependency.md} says otherwise (counts exact, sizes within {@link #SIZE_SLACK_MB}).
 *
 * <p>Runs in {@code mvn verify} (integration-test phase), after the jars are packaged.
 */
class ConsumerProjectIT {

  /** The library's own jar grows with every change of code; its size need not be retyped. */
  static final double SIZE_SLACK_MB = 1.0;

  private static final Path DOC = Path.of("docs/dependency.md");
  private static final Path WORK = Path.of("target/consumer-projects").toAbsolutePath();

  /** This build's output per profile, loaded once for all the recipes that run it. */
  private static final Map<Profile, String> EXPECTED = new EnumMap<>(Profile.class);

  private static List<DependencyRecipe> recipes;
  private static List<String> samples;

  @BeforeAll
  static void installTheLibrary() throws IOException {
    recipes = DependencyRecipe.readAll(DOC);
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .map(f -> f.toAbsolutePath().toString())
              .sorted()
              .toList();
    }
    deleteRecursively(WORK);
    Path repository = WORK.resolve("repository");
    String version = System.getProperty("project.version");
    Path installed = repository.resolve("org/attribution/attribution-extractor/" + version);
    Files.createDirectories(installed);
    String base = "attribution-extractor-" + version;
    copy(Path.of("pom.xml"), installed.resolve(base + ".pom"));
    copy(Path.of("target/attribution-extractor.jar"), installed.resolve(base + ".jar"));
    copy(Path.of("target/attribution-extractor-fast.jar"), installed.resolve(base + "-fast.jar"));
    Files.writeString(
        WORK.resolve("settings.xml"),
        """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>this-machine</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """
            .formatted(repository, Path.of(System.getProperty("localRepository")).toUri()));
  }

  @Test
  void everyRecipeRunsTheProfilesItClaimsAndTheTableSaysWhatItCosts() throws Exception {
    assertThat(recipes).extracting(DependencyRecipe::name).contains("plain", "fast");
    List<String> rows = new ArrayList<>();
    for (DependencyRecipe recipe : recipes) {
      Path project = build(recipe);
      List<Path> jars = jars(project.resolve("target/dependency"));
      String output = run(project, jars, recipe);

      assertThat(output).as(recipe.name()).isEqualTo(expected(recipe));
      long bytes = 0;
      for (Path jar : jars) {
        bytes += Files.size(jar);
      }
      rows.add(SizeTable.row(recipe, jars.size(), bytes));
    }
    String table = SizeTable.of(rows);
    Files.writeString(Path.of("target/dependency-sizes.md"), table);
    assertThat(SizeTable.agree(SizeTable.in(Files.readString(DOC)), table, SIZE_SLACK_MB))
        .as(
            "the table of %s against the one measured (target/dependency-sizes.md):%n%s",
            DOC, table)
        .isTrue();
  }

  private static Path build(DependencyRecipe recipe) throws IOException, InterruptedException {
    Path project = WORK.resolve(recipe.name());
    Path source = project.resolve("src/main/java/org/attribution/recipes/ConsumerMainSource.java");
    Files.createDirectories(source.getParent());
    Files.writeString(project.resolve("pom.xml"), recipe.pom());
    copy(Path.of("src/test/java/org/attribution/recipes/ConsumerMainSource.java"), source);
    exec(
        project,
        List.of(
            "mvn",
            "-B",
            "-q",
            "-s",
            WORK.resolve("settings.xml").toString(),
            "compile",
            "dependency:copy-dependencies",
            "-DincludeScope=runtime"));
    return project;
  }

  private static String run(Path project, List<Path> jars, DependencyRecipe recipe)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx3g");
    command.add("-cp");
    List<String> classpath = new ArrayList<>();
    classpath.add(project.resolve("target/classes").toString());
    jars.forEach(j -> classpath.add(j.toString()));
    command.add(String.join(java.io.File.pathSeparator, classpath));
    command.add(ConsumerMainSource.class.getName());
    Stream.concat(recipe.runs().stream(), recipe.refuses().stream())
        .forEach(p -> command.add(p.name()));
    command.add("--");
    command.addAll(samples);
    return exec(project, command);
  }

  /** What this build's extractor prints for the recipe's profiles, refusals as the recipe says. */
  private static String expected(DependencyRecipe recipe) throws Exception {
    StringBuilder expected = new StringBuilder();
    for (Profile profile : recipe.runs()) {
      if (!EXPECTED.containsKey(profile)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsumerMainSource.run(List.of(profile.name()), samples, out);
        EXPECTED.put(profile, bytes.toString(StandardCharsets.UTF_8));
      }
      expected.append(EXPECTED.get(profile));
    }
    for (Profile refused : recipe.refuses()) {
      expected.append(refused + "\tcannot build: " + SizeTable.refusal(refused) + "\n");
    }
    return expected.toString();
  }

  /** Runs {@code command} in {@code dir}; fails with its output unless it exits 0. */
  private static String exec(Path dir, List<String> command)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(WORK, "exec", ".log");
    Path out = Files.createTempFile(WORK, "exec", ".out");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(log.toFile())
            .redirectOutput(out.toFile())
            .start();
    int status = process.waitFor();
    assertThat(status)
        .as("%s%n%s%n%s", command, Files.readString(out), Files.readString(log))
        .isZero();
    return Files.readString(out);
  }

  private static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
