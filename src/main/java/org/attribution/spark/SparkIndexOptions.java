package org.attribution.spark;

import picocli.CommandLine.Option;

/** The input and output options of the Spark index jobs. */
final class SparkIndexOptions {

  @Option(
      names = "--input",
      required = true,
      description = "JSON Lines of an extraction: file, folder or glob.")
  String input;

  @Option(
      names = "--output",
      required = true,
      description = "Folder to write the index to, as JSON Lines.")
  String output;

  @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
  boolean overwrite;
}
