package com.qinglian.evidence.internal;

/**
 * The evidence commands need the configuration (data directory, S3 settings) and nothing else: no database, no
 * web server. Deliberately not a @Configuration, so the application's component scan leaves it alone.
 */
public class EvidenceCommandContext {}
