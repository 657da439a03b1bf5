package org.attribution.recipes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Profile;

/**
 * One way {@code docs/dependency.md} tells a user to depend on the library: the XML block under a
 * marker that names the recipe, the profiles it claims to run and those it claims fail to build:
 *
 * <pre>{@code
 * <!-- recipe: fast; runs: FAST; refuses: ACCURATE LEARNED -->
 * ```xml
 * <dependency>...</dependency>
 * ```
 * }</pre>
 */
record DependencyRecipe(String name, List<Profile> runs, List<Profile> refuses, String xml) {

  private static final Pattern BLOCK =
      Pattern.compile(
          "<!-- recipe: (\\S+); runs: ([A-Z ]+?)(?:; refuses: ([A-Z ]+?))? -->\\s*```xml\\n(.*?)```",
          Pattern.DOTALL);

  /** The recipes of a Markdown file, in the order they appear. */
  static List<DependencyRecipe> readAll(Path markdown) throws IOException {
    List<DependencyRecipe> recipes = new ArrayList<>();
    Matcher m = BLOCK.matcher(Files.readString(markdown));
    while (m.find()) {
      recipes.add(
          new DependencyRecipe(
              m.group(1), profiles(m.group(2)), profiles(m.group(3)), m.group(4).strip()));
    }
    return recipes;
  }

  private static List<Profile> profiles(String names) {
    return names == null
        ? List.of()
        : Pattern.compile(" ").splitAsStream(names.strip()).map(Profile::valueOf).toList();
  }

  /** A consumer project's pom whose dependencies are this recipe's block. */
  String pom() {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId>
          <artifactId>consumer-%s</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
        %s
          </dependencies>
          <build>
            <plugins>
              <!-- Offline against this machine's repository: every plugin the build runs at the
                   version the library's own build fetched (Maven's default resources plugin, 2.6,
                   needs Maven 2 artifacts that a fresh repository lacks). -->
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.14.0</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-dependency-plugin</artifactId>
                <version>3.8.1</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(name, xml);
  }
}
