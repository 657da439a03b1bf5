package org.attribution.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The documents between reading and writing, handed to the writer either in input order or as they
 * finish. Even as they finish, documents that share an id are handed over in input order, so that
 * the k-th record of an id in the output is always its k-th document in the input, which is how
 * {@link CompletedIds} matches them when a run resumes.
 *
 * <p>{@link #add}, {@link #next} and {@link #ready} are called from one thread; futures may
 * complete on any.
 */
abstract sealed class ResultQueue {

  private int size;

  static ResultQueue create(boolean ordered) {
    return ordered ? new InOrder() : new AsCompleted();
  }

  /** Documents added and not yet taken. */
  final int size() {
    return size;
  }

  /** Adds the future result of the document {@code id}. */
  final void add(String id, CompletableFuture<DocumentResult> result) {
    size++;
    enqueue(id, result);
  }

  /** The next result to write, waiting for it. Call only when {@link #size()} is positive. */
  final DocumentResult next() throws InterruptedException {
    size--;
    return take();
  }

  /** The next result to write if it is already finished. */
  final Optional<DocumentResult> ready() {
    Optional<DocumentResult> result = poll();
    if (result.isPresent()) {
      size--;
    }
    return result;
  }

  abstract void enqueue(String id, CompletableFuture<DocumentResult> result);

  abstract DocumentResult take() throws InterruptedException;

  abstract Optional<DocumentResult> poll();

  private static final class InOrder extends ResultQueue {
    private final Deque<CompletableFuture<DocumentResult>> pending = new ArrayDeque<>();

    @Override
    void enqueue(String id, CompletableFuture<DocumentResult> result) {
      pending.add(result);
    }

    @Override
    DocumentResult take() {
      return pending.remove().join();
    }

    @Override
    Optional<DocumentResult> poll() {
      CompletableFuture<DocumentResult> head = pending.peek();
      return head != null && head.isDone()
          ? Optional.of(pending.remove().join())
          : Optional.empty();
    }
  }

  private static final class AsCompleted extends ResultQueue {
    private final BlockingQueue<DocumentResult> finished = new LinkedBlockingQueue<>();

    /**
     * For each id with a document not yet handed over, the stage that hands over its last one; an
     * entry leaves once that stage is done, so the map holds at most the documents in work.
     */
    private final Map<String, CompletableFuture<Void>> lastById = new ConcurrentHashMap<>();

    @Override
    void enqueue(String id, CompletableFuture<DocumentResult> result) {
      CompletableFuture<Void> before = lastById.get(id);
      CompletableFuture<Void> handedOver =
          before == null
              ? result.thenAccept(finished::add)
              : before.thenCombine(result, (done, r) -> r).thenAccept(finished::add);
      lastById.put(id, handedOver);
      handedOver.thenRun(() -> lastById.remove(id, handedOver));
    }

    @Override
    DocumentResult take() throws InterruptedException {
      return finished.take();
    }

    @Override
    Optional<DocumentResult> poll() {
      return Optional.ofNullable(finished.poll());
    }
  }
}
