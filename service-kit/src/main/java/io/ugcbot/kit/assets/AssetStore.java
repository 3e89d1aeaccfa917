package io.ugcbot.kit.assets;

import io.ugcbot.events.AssetRef;
import io.ugcbot.kit.KitProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** The service's view of object storage: put bytes and get a claim check back, read by claim check, presign. */
public class AssetStore implements AutoCloseable {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private volatile boolean bucketChecked;

    AssetStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    public static AssetStore create(KitProperties.S3 settings) {
        URI endpoint = URI.create(settings.endpoint());
        Region region = Region.of(settings.region());
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
        S3Client client = S3Client.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials)
                .serviceConfiguration(pathStyle).build();
        S3Presigner presigner = S3Presigner.builder().endpointOverride(URI.create(settings.presignEndpoint()))
                .region(region)
                .credentialsProvider(credentials).serviceConfiguration(pathStyle).build();
        return new AssetStore(client, presigner, settings.bucket());
    }

    public String bucket() {
        return bucket;
    }

    public AssetRef put(String key, byte[] bytes, String contentType) {
        ensureBucket();
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
        return new AssetRef(bucket, key, contentType, bytes.length, sha256(bytes));
    }

    public AssetRef put(String key, Path file, String contentType) {
        try {
            return put(key, Files.readAllBytes(file), contentType);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public byte[] read(AssetRef asset) {
        return s3.getObjectAsBytes(request -> request.bucket(asset.bucket()).key(asset.key())).asByteArray();
    }

    public Path download(AssetRef asset, Path target) {
        try (var in = s3.getObject(request -> request.bucket(asset.bucket()).key(asset.key()))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Deletes these keys of a bucket, at most 1,000 per request (S3's limit); a key already gone is no error. Fails
     * when S3 refuses any of them, so the caller keeps its record of them and tries again.
     */
    public void deleteAll(String assetBucket, java.util.List<String> keys) {
        for (int from = 0; from < keys.size(); from += 1000) {
            var objects = keys.subList(from, Math.min(keys.size(), from + 1000)).stream()
                    .map(key -> software.amazon.awssdk.services.s3.model.ObjectIdentifier.builder().key(key).build())
                    .toList();
            var result = s3.deleteObjects(request -> request.bucket(assetBucket)
                    .delete(delete -> delete.objects(objects).quiet(true)));
            if (result.hasErrors() && !result.errors().isEmpty()) {
                throw new IllegalStateException("S3 did not delete " + result.errors().size() + " object(s), first: "
                        + result.errors().getFirst().key() + " " + result.errors().getFirst().code());
            }
        }
    }

    /** Keys under {@code prefix} in this store's bucket last written before {@code before}. */
    public java.util.List<String> keysOlderThan(String prefix, java.time.Instant before) {
        ensureBucket();
        java.util.List<String> keys = new java.util.ArrayList<>();
        s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().forEach(object -> {
            if (object.lastModified().isBefore(before)) {
                keys.add(object.key());
            }
        });
        return keys;
    }

    public boolean exists(String key) {
        ensureBucket();
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        }
    }

    public URL presignDownload(String assetBucket, String key, Duration validity) {
        return presigner.presignGetObject(request -> request.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(assetBucket).key(key))).url();
    }

    /** Creates the bucket on first use: S3Proxy and a fresh MinIO start empty. */
    private void ensureBucket() {
        if (bucketChecked) {
            return;
        }
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(request -> request.bucket(bucket));
            } catch (software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException raced) {
                // another service created it between our check and our create
            }
        }
        bucketChecked = true;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }
}
