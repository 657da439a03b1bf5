package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and every other Markdown file of the repository stay true to the repository: each
 * relative link leads to a file, each anchor to a heading (named as GitHub names it), and each
 * command line a {@code sh} block shows still parses against the command line's model (parsed only,
 * never run), and each script they name ({@code scripts/...}) is run by a CI recipe ({@code
 * .ci/script-recipes} or {@code .ci/train-recipe}).
 */
class DocumentationTest {

  /** What a shown command starts with: the jar, or the alias the archive walk-through defines. */
  private static final Pattern COMMAND =
      Pattern.compile(
          "(?:java(?: +-\\S+)* +-jar +target/attribution-extractor\\.jar|^attribution-extractor)"
              + " +(.*)");

  /** Shell words that end a command's own arguments: pipes, redirections, lists, comments. */
  private static final Pattern END_OF_ARGUMENTS = Pattern.compile("[|;&<>#].*|[0-9]>.*");

  /** A script of the repository, as the docs name it for a user to run. */
  private static final Pattern SCRIPT = Pattern.compile("scripts/[\\w.-]+\\.(?:sh|py|java)");

  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

  private final Map<Path, Markdown> files = readMarkdownFiles(Path.of(""));

  @Test
  void everyRelativeLinkLeadsToAFileAndEveryAnchorToAHeading() {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Markdown file : files.values()) {
      for (String link : file.links) {
        if (link.matches("[a-zA-Z][a-zA-Z+.-]*:.*")) {
          continue; // http:, https:, mailto: are not the repository's to check
        }
        links++;
        String problem = problem(file.path, link);
        if (problem != null) {
          broken.add(file.path + ": (" + link + ") " + problem);
        }
      }
    }
    assertThat(links).as("relative links found").isGreaterThan(50);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void everyCommandLineTheDocsShowParses() {
    List<String> failures = new ArrayList<>();
    int commands = 0;
    for (Markdown file : files.values()) {
      for (String line : file.shellLines) {
        var matcher = COMMAND.matcher(line);
        if (!matcher.find()) {
          continue;
        }
        commands++;
        List<String> args = arguments(matcher.group(1));
        try {
          CommandLine.ParseResult parsed =
              Main.commandLine().parseArgs(args.toArray(String[]::new));
          if (!parsed.hasSubcommand() && !parsed.isUsageHelpRequested()) {
            failures.add(file.path + ": names no command: " + line);
          }
        } catch (CommandLine.ParameterException e) {
          failures.add(file.path + ": " + line + "\n    " + e.getMessage());
        }
      }
    }
    assertThat(commands).as("command lines found in sh blocks").isGreaterThan(20);
    assertThat(failures).as("command lines that no longer parse").isEmpty();
  }

  @Test
  void everyScriptTheDocsNameIsRunByACiRecipe() throws IOException {
    // The commands of the recipes, without their comments, which may name a script they skip.
    List<String> recipes = new ArrayList<>();
    for (String recipe : List.of(".ci/script-recipes", ".ci/train-recipe")) {
      Files.readAllLines(Path.of(recipe)).stream()
          .filter(line -> !line.strip().startsWith("#"))
          .forEach(recipes::add);
    }
    Set<String> named = new HashSet<>();
    List<String> notRun = new ArrayList<>();
    for (Markdown file : files.values()) {
      var matcher = SCRIPT.matcher(Files.readString(file.path));
      while (matcher.find()) {
        String script = matcher.group();
        Pattern run = Pattern.compile(Pattern.quote(script) + "(?![\\w.-])");
        if (named.add(script) && recipes.stream().noneMatch(line -> run.matcher(line).find())) {
          notRun.add(file.path + ": " + script);
        }
      }
    }
    assertThat(named).as("scripts the docs name").hasSizeGreaterThan(5);
    assertThat(notRun).as("scripts named in the docs that no CI recipe runs").isEmpty();
  }

  @Test
  void anchorsAreNamedAsGitHubNamesThem() {
    Markdown sample =
        Markdown.parse(
            Path.of("sample.md"),
            """
            # Speed and limits
            ## The `extract` command
            ## Profiles: accurate, or fast
            ## Profiles: accurate, or fast
            """);

    assertThat(sample.anchors)
        .containsExactlyInAnyOrder(
            "speed-and-limits",
            "the-extract-command",
            "profiles-accurate-or-fast",
            "profiles-accurate-or-fast-1");
  }

  /** Why {@code link}, written in {@code from}, leads nowhere; null when it leads somewhere. */
  private String problem(Path from, String link) {
    int hash = link.indexOf('#');
    String path =
        URLDecoder.decode(hash < 0 ? link : link.substring(0, hash), StandardCharsets.UTF_8);
    String anchor = hash < 0 ? null : link.substring(hash + 1);
    Path target = path.isEmpty() ? from : from.resolveSibling(path).normalize();
    if (!Files.exists(target)) {
      return "no such file: " + target;
    }
    if (anchor == null) {
      return null;
    }
    Markdown markdown = files.get(target);
    if (markdown == null) {
      return "an anchor into a file that is not Markdown";
    }
    return markdown.anchors.contains(anchor) ? null : "no heading #" + anchor + " in " + target;
  }

  /** The words of a command's arguments, as a POSIX shell splits them, up to the first operator. */
  static List<String> arguments(String commandLine) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < commandLine.length(); i++) {
      char c = commandLine.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord && !end(words, word)) {
          return words;
        }
        word.setLength(0);
        inWord = false;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      end(words, word);
    }
    return words;
  }

  /** Adds {@code word} to {@code words} unless it ends the arguments; false when it does. */
  private static boolean end(List<String> words, CharSequence word) {
    if (END_OF_ARGUMENTS.matcher(word).matches()) {
      return false;
    }
    words.add(word.toString());
    return true;
  }

  private static Map<Path, Markdown> readMarkdownFiles(Path root) {
    Map<Path, Markdown> files = new HashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !hiddenOrBuilt(root.relativize(p)))
          .forEach(p -> files.put(p.normalize(), Markdown.read(p.normalize())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static boolean hiddenOrBuilt(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** A Markdown file's links, heading anchors and the command lines of its {@code sh} blocks. */
  private static final class Markdown extends AbstractVisitor {
    private final Path path;
    private final List<String> links = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final List<String> shellLines = new ArrayList<>();
    private final IdGenerator ids = IdGenerator.builder().build();

    private Markdown(Path path) {
      this.path = path;
    }

    static Markdown read(Path path) {
      try {
        return parse(path, Files.readString(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Markdown parse(Path path, String text) {
      Markdown markdown = new Markdown(path);
      Parser.builder().build().parse(text).accept(markdown);
      return markdown;
    }

    @Override
    public void visit(Link link) {
      links.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      links.add(image.getDestination());
    }

    @Override
    public void visit(Heading heading) {
      StringBuilder text = new StringBuilder();
      appendText(heading, text);
      anchors.add(ids.generateId(text.toString()));
    }

    @Override
    public void visit(FencedCodeBlock block) {
      if (!List.of("sh", "bash", "shell").contains(block.getInfo().strip())) {
        return;
      }
      // A backslash at the end of a line continues the command on the next one.
      for (String line : block.getLiteral().replace("\\\n", " ").lines().toList()) {
        shellLines.add(line.strip());
      }
    }

    private static void appendText(Node node, StringBuilder text) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text t) {
          text.append(t.getLiteral());
        } else if (child instanceof Code c) {
          text.append(c.getLiteral());
        } else {
          appendText(child, text);
        }
      }
    }
  }
}
