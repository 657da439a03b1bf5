package org.attribution.io;

import java.io.EOFException;

/**
 * A gzip member that is corrupt or cut short, as {@link GzipMembers} finds it. It tells how many
 * decompressed bytes came before the member, all of them from members whose checksum passed, so
 * that a reader can tell a record that ends before the member (whole) from one the member cuts.
 */
final class GzipMemberException extends EOFException {

  private static final long serialVersionUID = 1L;

  private final long checkedBytes;

  GzipMemberException(String message, long checkedBytes) {
    super(message);
    this.checkedBytes = checkedBytes;
  }

  /** The decompressed bytes before the failing member, every one of them checked. */
  long checkedBytes() {
    return checkedBytes;
  }
}
