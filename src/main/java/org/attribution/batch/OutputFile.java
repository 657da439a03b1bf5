package org.attribution.batch;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A text output: a file (gzipped when its name ends in {@code .gz}), standard output, or another
 * stream such as the body of an HTTP response. A gzipped file is written with sync flushes so that
 * every flushed line can be read back after a crash, and reopened for appending as a further gzip
 * member, which gzip readers join transparently.
 *
 * <p>Not thread-safe.
 */
public final class OutputFile implements AutoCloseable {

  private final String name;
  private final FileOutputStream file;
  private final GZIPOutputStream gzip;
  private final Writer writer;

  /** Whether {@link #flush(boolean) durable} flushes reach the disk: not for devices and pipes. */
  private final boolean syncable;

  private OutputFile(String name, FileOutputStream file, boolean gzipped, boolean syncable)
      throws IOException {
    this.name = name;
    this.file = file;
    this.syncable = syncable;
    this.gzip = gzipped ? new GZIPOutputStream(file, 1 << 16, true) : null;
    this.writer = utf8(gzipped ? gzip : file);
  }

  private OutputFile(String name, OutputStream stream) {
    this.name = name;
    this.file = null;
    this.syncable = false;
    this.gzip = null;
    this.writer = utf8(stream);
  }

  private static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Opens {@code path} for writing, from its start or, when {@code append}, after its end. */
  public static OutputFile open(Path path, boolean append) throws IOException {
    return open(path, isGzipped(path), append);
  }

  /** Opens {@code path} for writing, gzipped or not whatever its name. */
  static OutputFile open(Path path, boolean gzipped, boolean append) throws IOException {
    FileOutputStream file = new FileOutputStream(path.toFile(), append);
    return new OutputFile(path.toString(), file, gzipped, Files.isRegularFile(path));
  }

  /**
   * Standard output, through its file descriptor rather than {@link System#out}, which would
   * swallow write errors such as a closed pipe.
   */
  public static OutputFile stdout() throws IOException {
    return new OutputFile(
        "standard output", new FileOutputStream(FileDescriptor.out), false, false);
  }

  /**
   * The stream {@code out}, written in UTF-8 and closed with this output. It has no disk to sync
   * to: a durable flush is an ordinary one.
   */
  public static OutputFile of(String name, OutputStream out) {
    return new OutputFile(name, out);
  }

  static boolean isGzipped(Path path) {
    return path.getFileName().toString().endsWith(".gz");
  }

  /** The name used in messages. */
  public String name() {
    return name;
  }

  /** The byte stream to write to, for binary outputs; use it or {@link #writer()}, not both. */
  public OutputStream stream() {
    return gzip != null ? gzip : file;
  }

  /** The character stream to write to. */
  public Writer writer() {
    return writer;
  }

  /** See {@link ResultSink#flush(boolean)}. */
  public void flush(boolean durable) throws IOException {
    writer.flush();
    if (durable && syncable && file.getChannel().isOpen()) {
      file.getChannel().force(false);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
