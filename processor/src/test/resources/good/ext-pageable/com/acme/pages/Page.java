package com.acme.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of names.
 *
 * @param value the names
 * @param nextLink the next page
 */
public record Page(List<String> value, @JsonProperty("@odata.nextLink") String nextLink) {}
