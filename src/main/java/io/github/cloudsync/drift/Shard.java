package io.github.cloudsync.drift;

import io.github.cloudsync.model.UsageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Shard {@code index} of {@code count} (counting from 0, as Kubernetes' {@code JOB_COMPLETION_INDEX} does): the
 * profiles are ranked by the SHA-256 of their shard key (then by the key), and the k-th goes to shard k mod count. Every
 * machine given the same folder deals the same hands, whatever the folder's path or the arguments' order; the hands
 * differ in size by at most one. Ranking by hash rather than by name spreads a tenant's neighbouring profiles over the
 * shards; dealing by rank rather than by hash mod count keeps the hands even.
 */
public record Shard(int index, int count) {
    /** The most shards a run may be split into. */
    public static final int MOST = 1000;

    public Shard {
        if (count < 1 || count > MOST || index < 0 || index >= count) {
            throw new UsageException(
                    "shard " + index + "/" + count + " does not exist",
                    "pass --shard I/N with N between 1 and " + MOST + " and I from 0 to N-1");
        }
    }

    /** {@code 2/8}: shard 2 of 8. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new UsageException("--shard takes I/N, e.g. 0/4, not " + text, "pass --shard I/N, I counting from 0");
        }
        return new Shard(number(parts[0], text), number(parts[1], text));
    }

    /** Shard {@code JOB_COMPLETION_INDEX} of {@code count}, for an Indexed Job. */
    public static Shard fromCompletionIndex(String completionIndex, int count) {
        if (completionIndex == null || completionIndex.isBlank()) {
            throw new UsageException(
                    "--shard-count needs JOB_COMPLETION_INDEX, which is not set",
                    "run in a Kubernetes Indexed Job, or pass --shard I/N");
        }
        return new Shard(number(completionIndex, "JOB_COMPLETION_INDEX=" + completionIndex), count);
    }

    /** This shard's share of {@code listed}, in the order given. */
    public List<ProfileArguments.Listed> select(List<ProfileArguments.Listed> listed) {
        List<String> ranked = listed.stream()
                .map(ProfileArguments.Listed::key)
                .distinct()
                .sorted(Comparator.comparing(Shard::hash).thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, Integer> rank =
                IntStream.range(0, ranked.size()).boxed().collect(Collectors.toMap(ranked::get, Function.identity()));
        return listed.stream().filter(l -> rank.get(l.key()) % count == index).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static int number(String part, String whole) {
        try {
            return Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--shard takes I/N with whole numbers, not " + whole, "pass e.g. --shard 0/4");
        }
    }
}
