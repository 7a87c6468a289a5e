package com.qinglian.evidence.internal;

import java.net.URI;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the S3-compatible evidence bucket is ({@code qinglian.evidence.s3.*}, set by the
 * {@code QINGLIAN_EVIDENCE_S3_*} variables). Path-style addressing, because MinIO, Ceph and most on-premises
 * object stores do not serve bucket names as host names.
 */
public record S3Settings(
        String endpoint, String region, String bucket, String accessKey, String secretKey, String prefix) {

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("qinglian.evidence.s3.bucket (QINGLIAN_EVIDENCE_S3_BUCKET) is not set");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
        prefix = prefix == null ? "" : prefix;
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
    }

    public static S3Settings from(Environment environment) {
        return new S3Settings(
                environment.getProperty("qinglian.evidence.s3.endpoint"),
                environment.getProperty("qinglian.evidence.s3.region"),
                environment.getProperty("qinglian.evidence.s3.bucket"),
                environment.getProperty("qinglian.evidence.s3.access-key"),
                environment.getProperty("qinglian.evidence.s3.secret-key"),
                environment.getProperty("qinglian.evidence.s3.prefix"));
    }

    /**
     * A client for these settings. Checksums beyond what an operation requires are off: S3-compatible stores
     * differ in which of the newer checksum headers they understand, while all of them check Content-MD5, which
     * the store sends itself.
     */
    public S3Client client() {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(true)
                .credentialsProvider(credentials())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey == null || accessKey.isBlank()) {
            // the SDK's usual chain: AWS_* variables, profiles, instance roles
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    @Override
    public String toString() {
        return "S3Settings[" + endpoint + ", " + region + ", " + bucket + ", prefix=" + prefix + "]";
    }
}
