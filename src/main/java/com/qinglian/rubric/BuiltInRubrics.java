package com.qinglian.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The rubrics shipped with the application as classpath YAML resources, read and validated on demand. */
public final class BuiltInRubrics {

    /** 瓯海区清廉机关(站所)建设评价体系, published 2021-08-30 by 区直机关工委. */
    public static final String OUHAI_2021_RESOURCE = "rubrics/ouhai-clean-agency-2021.yaml";

    private BuiltInRubrics() {}

    /** The seed rubric, read from {@link #OUHAI_2021_RESOURCE} and validated. */
    public static Rubric ouhai2021() {
        return load(OUHAI_2021_RESOURCE);
    }

    /** Classpath names of every built-in rubric. */
    public static List<String> resources() {
        return List.of(OUHAI_2021_RESOURCE);
    }

    /** Every built-in rubric, read and validated. */
    public static List<Rubric> all() {
        return resources().stream().map(BuiltInRubrics::load).toList();
    }

    /** Reads and validates a built-in rubric by its classpath name; throws {@link RubricInvalidException} if it is not valid. */
    public static Rubric load(String resource) {
        ClassLoader loader = BuiltInRubrics.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in rubric resource not found: " + resource);
            }
            return RubricValidator.requireValid(RubricYaml.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in rubric " + resource, e);
        }
    }
}
