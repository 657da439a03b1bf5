package org.attribution.tagger;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribution.internal.BundledModels;

/**
 * BERT's uncased WordPiece tokenizer, which keeps for every piece the characters of the original
 * text it came from, so that tags over pieces map back to spans of the text.
 *
 * <p>Basic tokenization as BERT's: control characters dropped, text lower-cased and stripped of
 * accents, split at white space, every punctuation mark and CJK ideograph a word of its own. Each
 * word is then cut into the longest vocabulary entries from the left ({@code ##} marks a piece that
 * continues a word); a word with a part that no entry covers, or longer than 100 characters, is one
 * {@code [UNK]}.
 *
 * <pre>{@code
 * WordPieceTokenizer tokenizer = WordPieceTokenizer.load("tagger-vocab.txt");
 * List<WordPiece> pieces = tokenizer.tokenize("Putin said");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordPieceTokenizer {

  /** The entry that opens every window. */
  public static final String CLS = "[CLS]";

  /** The entry that closes every window. */
  public static final String SEP = "[SEP]";

  private static final int MAX_WORD_CHARS = 100;

  private final ImmutableMap<String, Integer> vocabulary;
  private final int unknown;

  private WordPieceTokenizer(ImmutableMap<String, Integer> vocabulary) {
    this.vocabulary = vocabulary;
    this.unknown = idOf("[UNK]");
  }

  /** Reads a vocabulary of one entry a line, the line number (from 0) being the id. */
  public static WordPieceTokenizer read(InputStream vocabulary) {
    ImmutableMap.Builder<String, Integer> ids = ImmutableMap.builder();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(vocabulary, StandardCharsets.UTF_8))) {
      int id = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ids.put(line, id++);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the WordPiece vocabulary", e);
    }
    return new WordPieceTokenizer(ids.buildKeepingLast());
  }

  /** Reads the vocabulary {@code /org/attribution/models/<name>} from the classpath. */
  public static WordPieceTokenizer load(String name) {
    InputStream in = BundledModels.open(name);
    checkArgument(
        in != null, "the vocabulary %s is not on the classpath", BundledModels.path(name));
    return read(in);
  }

  /** The id of a vocabulary entry such as {@link #CLS}. */
  public int idOf(String entry) {
    Integer id = vocabulary.get(entry);
    checkArgument(id != null, "the vocabulary has no entry %s", entry);
    return id;
  }

  /** The encoder's input for one window: {@code [CLS]}, the ids of its pieces, {@code [SEP]}. */
  public long[] inputIds(List<WordPiece> pieces, TokenWindow window) {
    long[] ids = new long[window.length() + 2];
    ids[0] = idOf(CLS);
    for (int i = window.begin(); i < window.end(); i++) {
      ids[i - window.begin() + 1] = pieces.get(i).id();
    }
    ids[ids.length - 1] = idOf(SEP);
    return ids;
  }

  /** The pieces of {@code text}, in text order. */
  public List<WordPiece> tokenize(String text) {
    List<WordPiece> pieces = new ArrayList<>();
    NormalizedWord word = new NormalizedWord();
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        word.flushInto(pieces, this);
      } else if (isIgnored(codePoint)) {
        // dropped, as BERT's clean-up does
      } else if (isPunctuation(codePoint) || isIdeograph(codePoint)) {
        word.flushInto(pieces, this);
        word.append(codePoint, i, next);
        word.flushInto(pieces, this);
      } else {
        word.append(codePoint, i, next);
      }
      i = next;
    }
    word.flushInto(pieces, this);
    return pieces;
  }

  /** Cuts one normalized word into pieces, longest vocabulary entry first. */
  private void split(NormalizedWord word, List<WordPiece> pieces) {
    int length = word.text.length();
    if (length > MAX_WORD_CHARS) {
      pieces.add(new WordPiece(unknown, word.origin(0), word.originEnd(length - 1)));
      return;
    }
    List<WordPiece> found = new ArrayList<>();
    int start = 0;
    while (start < length) {
      int end = length;
      Integer id = null;
      while (end > start) {
        String candidate = word.text.substring(start, end);
        id = vocabulary.get(start > 0 ? "##" + candidate : candidate);
        if (id != null) {
          break;
        }
        end--;
      }
      if (id == null) {
        pieces.add(new WordPiece(unknown, word.origin(0), word.originEnd(length - 1)));
        return;
      }
      found.add(new WordPiece(id, word.origin(start), word.originEnd(end - 1)));
      start = end;
    }
    pieces.addAll(found);
  }

  private static boolean isIgnored(int c) {
    int type = Character.getType(c);
    return c == 0
        || c == 0xFFFD
        || (type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
        || type == Character.FORMAT;
  }

  /** Punctuation as BERT defines it: every non-letter, non-digit ASCII symbol, and Unicode P*. */
  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private static boolean isIdeograph(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }

  /**
   * A word being collected: its lower-cased, accent-free characters, each remembering the original
   * characters it came from.
   */
  private static final class NormalizedWord {
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> origins = new ArrayList<>();

    void append(int codePoint, int begin, int end) {
      String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
      String bare = Normalizer.normalize(lower, Normalizer.Form.NFD);
      for (int k = 0; k < bare.length(); k++) {
        char c = bare.charAt(k);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          text.append(c);
          origins.add(new int[] {begin, end});
        }
      }
    }

    int origin(int index) {
      return origins.get(index)[0];
    }

    int originEnd(int index) {
      return origins.get(index)[1];
    }

    void flushInto(List<WordPiece> pieces, WordPieceTokenizer tokenizer) {
      if (text.length() > 0) {
        tokenizer.split(this, pieces);
      }
      text.setLength(0);
      origins.clear();
    }
  }
}
