package org.attribution.index;

/**
 * Union-find over {@code 0..n-1} with path halving and union by size: near-constant time per
 * operation, so linking a million renderings costs little more than reading them.
 *
 * <p>Not thread-safe.
 */
final class DisjointSets {

  private final int[] parent;
  private final int[] size;

  DisjointSets(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
