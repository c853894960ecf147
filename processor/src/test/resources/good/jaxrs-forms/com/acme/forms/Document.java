package com.acme.forms;

/**
 * A stored document.
 *
 * @param id the document's ID
 * @param title the document's title
 */
public record Document(String id, String title) {}
