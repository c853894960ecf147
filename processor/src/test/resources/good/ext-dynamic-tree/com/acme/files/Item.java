package com.acme.files;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file or folder.
 *
 * @param id the item's ID
 * @param displayName the item's name
 * @param path the item's full path
 * @param folder whether the item is a folder
 * @param mediaType the file's media type
 */
public record Item(
    @JsonProperty("Id") String id,
    @JsonProperty("DisplayName") String displayName,
    @JsonProperty("Path") String path,
    @JsonProperty("IsFolder") boolean folder,
    @JsonProperty("MediaType") String mediaType) {}
