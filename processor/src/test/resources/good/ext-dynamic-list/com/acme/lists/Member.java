package com.acme.lists;

/**
 * A project member.
 *
 * @param id the member's ID
 * @param displayName the member's name
 */
public record Member(String id, String displayName) {}
