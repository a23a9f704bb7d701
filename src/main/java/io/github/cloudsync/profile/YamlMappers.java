package io.github.cloudsync.profile;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The two YAML 1.2 readers the loader uses: a token scanner that sees every key, and a strict tree reader. */
final class YamlMappers {
    /**
     * A small alias limit and a code point limit of 1 MiB. Jackson reads an alias ({@code *a}) as the anchor's name
     * rather than expanding it, so an alias bomb cannot expand through Jackson; {@link YamlStructure} refuses aliases
     * outright, and these limits guard any future reader that does compose the document.
     */
    private static final LoadSettings LIMITS = LoadSettings.builder()
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(ProfileText.MAX_BYTES)
            .setAllowDuplicateKeys(false)
            .build();

    private YamlMappers() {}

    /** For the token scan: no duplicate detection, so the scan can report every duplicate with its first place. */
    static YAMLMapper scanning() {
        return YAMLMapper.builder(YAMLFactory.builder().loadSettings(LIMITS).build())
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** For the tree: duplicate keys fail (the scan has already reported them with better places). */
    static YAMLMapper strict() {
        return YAMLMapper.builder(YAMLFactory.builder().loadSettings(LIMITS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
