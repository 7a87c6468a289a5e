package com.qinglian.rubric;

import com.qinglian.rubric.internal.yaml.RubricYamlReader;
import com.qinglian.rubric.internal.yaml.RubricYamlWriter;

/**
 * Reads and writes the rubric YAML format ({@code docs/rubric-format.md}). Reading is defensive:
 * a size cap, no duplicate keys, no aliases worth a bomb, no object tags, no octal surprises
 * (every scalar but {@code null} is read as text and converted), unknown fields refused.
 */
public final class RubricYaml {

    public static final String FORMAT = "qinglian-rubric/1";
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private RubricYaml() {}

    /** Parses a rubric file; throws {@link RubricInvalidException} naming every field that is wrong. Does not validate sums. */
    public static Rubric read(byte[] content) {
        return RubricYamlReader.read(content);
    }

    /** The canonical text of a rubric: what is stored, hashed and offered for download. */
    public static String write(Rubric rubric) {
        return RubricYamlWriter.write(rubric);
    }
}
