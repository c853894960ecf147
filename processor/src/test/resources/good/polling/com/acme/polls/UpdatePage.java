package com.acme.polls;

import java.util.List;

/**
 * New updates.
 *
 * @param value the updates, newest first
 */
public record UpdatePage(List<Update> value) {}
