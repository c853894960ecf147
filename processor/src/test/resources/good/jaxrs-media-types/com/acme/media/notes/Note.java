package com.acme.media.notes;

/**
 * A note.
 *
 * @param id the note's ID
 * @param text the note's text
 */
public record Note(String id, String text) {}
