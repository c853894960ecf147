package com.acme.pages;

import java.util.List;

/**
 * A page of tags.
 *
 * @param value the tags
 * @param nextLink the next page
 */
public record TagPage(List<String> value, String nextLink) {}
