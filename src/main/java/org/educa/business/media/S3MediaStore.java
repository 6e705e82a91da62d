package org.educa.business.media;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, Garage, SeaweedFS...), through the AWS SDK for Java
 * v2: {@code EDUCA_S3_ENDPOINT} (none: AWS itself), {@code EDUCA_S3_BUCKET}, {@code EDUCA_S3_REGION},
 * {@code EDUCA_S3_PATH_STYLE}; the credentials come from the SDK's default chain (environment variables
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, a profile, a container or instance role). A PUT is
 * whole or nothing by itself; a move is a copy and a delete (S3 has no rename). Reads ask the store for the byte range
 * wanted, so a resumed download or a seek in a video fetches only that range. The bucket is never public: Educa
 * serves its objects after its own access checks.
 */
public class S3MediaStore implements MediaStore {

    private final S3Client s3;
    private final String bucket;
    private final String description;

    public S3MediaStore(S3Client s3, String bucket, String description) {
        this.s3 = s3;
        this.bucket = bucket;
        this.description = description;
    }

    /**
     * A client for the bucket: path-style addressing if asked (what most stores other than AWS need), and checksums
     * only where an operation requires them, since not every S3-compatible store accepts the SDK's newer ones.
     */
    public static S3MediaStore connect(Optional<String> endpoint, String bucket, String region, boolean pathStyle) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(uri -> builder.endpointOverride(URI.create(uri)));
        return new S3MediaStore(builder.build(), bucket,
                "bucket " + bucket + endpoint.map(uri -> " at " + uri).orElse(" (AWS S3, " + region + ")"));
    }

    @Override
    public void put(String key, Path source) {
        s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(source));
    }

    @Override
    public void move(String from, String to) {
        try {
            s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(from)
                    .destinationBucket(bucket).destinationKey(to));
        } catch (NoSuchKeyException e) {
            if (stat(to).isPresent()) {
                return; // moved before
            }
            throw e;
        }
        s3.deleteObject(request -> request.bucket(bucket).key(from));
    }

    @Override
    public Optional<MediaObject> stat(String key) {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new MediaObject(key, head.contentLength(), head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // a HEAD answer has no body to say NoSuchKey
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (length <= 0) {
            return InputStream.nullInputStream();
        }
        return s3.getObject(request -> request.bucket(bucket).key(key)
                .range("bytes=" + offset + "-" + (offset + length - 1)));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public List<String> list() {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key).filter(key -> !key.contains("/")).sorted().toList();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        s3.close();
    }
}
