package io.github.cloudsync.profile;

import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ProfileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads a profile v1 file: reads at most 1 MiB of strict UTF-8, scans the YAML 1.2 tokens (tabs, syntax, aliases,
 * duplicate keys), validates the location-aware tree against the packaged schema and Unicode's rules for text, binds it to {@link Profile} with
 * defaults, and runs the semantic checks. Problems of one stage are all reported together; a stage runs only when the
 * ones before it found nothing, since its input would not be trustworthy. It makes no network call.
 */
public final class ProfileLoader {
    private final YamlStructure structure = new YamlStructure(YamlMappers.scanning());
    private final SchemaCheck schema = new SchemaCheck(YamlMappers.strict());

    /**
     * Builds the YAML readers and reads the packaged schema (the JSON Schema validator compiles it only when a profile
     * first fails {@link SchemaQuickCheck}); reuse one instance for many files.
     */
    public ProfileLoader() {}

    /** The loader of {@link #load} and {@link #validate}, built once; it holds only immutable, thread-safe state. */
    public static ProfileLoader shared() {
        return Shared.LOADER;
    }

    /**
     * Starts building {@link #shared()} on a daemon thread, so that its set-up (the YAML readers and the schema's
     * tree) overlaps the command line's parsing; the first use waits for it, since a
     * class is initialised once. A failure is left to that first use, which meets it again and reports it.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(ProfileLoader::prepare, "cloudsync-profile-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private static void prepare() {
        try {
            shared();
        } catch (RuntimeException | LinkageError e) {
            // the command's own use of the loader fails the same way and reports it
        }
    }

    /** The profile at {@code file} (shown in messages as written), or a {@link ProfileException} with every problem. */
    public static Profile load(Path file) {
        return Shared.LOADER.check(file).orThrow();
    }

    /** Loads {@code file} and returns the profile or every problem; never throws for a bad profile. */
    public static LoadResult validate(Path file) {
        return Shared.LOADER.check(file);
    }

    /** Instance form of {@link #validate(Path)}. */
    public LoadResult check(Path file) {
        String shown = file.toString();
        ProfileText.Outcome<byte[]> bytes = ProfileText.read(shown, file);
        if (bytes.problem().isPresent()) {
            return LoadResult.invalid(shown, List.of(bytes.problem().get()));
        }
        return check(shown, bytes.value().orElseThrow());
    }

    /** Checks profile content that did not come from a file; {@code file} is the name used in messages. */
    public LoadResult check(String file, byte[] content) {
        ProfileText.Outcome<String> text = ProfileText.decode(file, content);
        if (text.problem().isPresent()) {
            return LoadResult.invalid(file, List.of(text.problem().get()));
        }
        return checkText(file, text.value().orElseThrow());
    }

    private LoadResult checkText(String file, String text) {
        YamlStructure.Scan scan = structure.scan(file, text);
        if (!scan.problems().isEmpty()) {
            return LoadResult.invalid(file, scan.problems());
        }
        JsonNode root;
        try {
            root = schema.tree(text);
        } catch (JacksonException e) {
            return LoadResult.invalid(
                    file,
                    List.of(Problem.at(
                            file, Position.START, "", "the YAML could not be read: " + e.getOriginalMessage(), "")));
        }
        List<Problem> problems = new ArrayList<>(RootShape.check(file, root));
        if (problems.isEmpty()) {
            problems.addAll(schema.check(file, text, root, scan.keys()));
            problems.addAll(TextChecks.check(file, root));
        }
        if (problems.isEmpty()) {
            problems.addAll(SemanticChecks.check(file, text, root, scan.keys()));
        }
        return problems.isEmpty()
                ? LoadResult.valid(file, ProfileBinder.bind(file, root), places(root))
                : LoadResult.invalid(file, problems);
    }

    /**
     * Where the fields checked across profiles are written: the tenant-wide ones (one left to its default is placed at
     * {@code tenant}) and the configuration's domain.
     */
    private static Map<String, Position> places(JsonNode root) {
        JsonNode tenant = root.path("tenant");
        JsonNode directorySync = tenant.path("directorySyncEnabled");
        return Map.of(
                LoadResult.DIRECTORY_SYNC,
                SchemaCheck.positionOf(directorySync.isMissingNode() ? tenant : directorySync),
                LoadResult.DOMAIN,
                SchemaCheck.positionOf(root.path("configuration").path("domain")));
    }

    /** The shared loader, built on first use. */
    private static final class Shared {
        static final ProfileLoader LOADER = new ProfileLoader();
    }
}
