package com.qinglian.shell;

/**
 * One step of the breadcrumbs: a message key with an optional argument, linked unless {@code href} is null.
 */
public record Crumb(String key, String arg, String href) {}
