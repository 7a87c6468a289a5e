package com.qinglian.rubric.internal.yaml;

import org.yaml.snakeyaml.resolver.Resolver;

/** Resolves only {@code null} implicitly; numbers, dates and booleans stay text until the reader converts them. */
final class TextOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
}
