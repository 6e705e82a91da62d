package org.educa.model;

import java.io.Serializable;

/**
 * A file kept under the media directory.
 *
 * @param name         server-generated name, the only part used on disk and in URLs
 * @param originalName the name the uploader's file had, shown to people and offered on download
 * @param mediaType    the type found by looking at the bytes
 * @param size         bytes
 */
public record StoredFile(String name, String originalName, String mediaType, long size) implements Serializable {
}
